package enrich

import (
	"math"
	"sort"

	"herald/internal/text"
)

// The keyphrase ranker is fitted on 500N-KPCrowd, whose keys are the union
// of many readers' highlighted spans, each span one occurrence of a phrase.
// So it scores each occurrence: a logistic model over the candidate's
// features (frequency, word length, name shape, position, corpus rarity)
// and the occurrence's own (how it sits in its sentence, the words beside
// it), and a candidate is a key when any of its occurrences is highlighted
// (noisy-OR; see score). What the keys taught: a word that stands alone
// between function words ("the officer said") is often a key on its own,
// while one always inside a run of content words ("crippled nuclear
// plant") is highlighted as part of the run and seldom alone; names count
// whole, fragments of longer names rarely.
//
// Scoring occurrences lifted cross-validated F1@10 from 0.227 to 0.232-0.233
// on every one of ten fold dealings, and a bias per training story 0.235
// (see FitKeyphraseModel); boosted trees, LambdaRank, word
// commonness (SCOWL, WordNet) and many context features on candidates had
// all scored within noise of the plain logistic regression (BENCHMARKS.md
// has each). Stories that occur twice in KPCrowd were annotated by separate
// crowds whose key sets overlap by 13-24% (Jaccard): the keys are noisy.

// kpNameSlotMin is the shortest list that reserves a place for a name.
const kpNameSlotMin = 5

// kpFeatureCount is the length of a candidate's feature vector.
const kpFeatureCount = 26

// kpOccurrence records how the occurrence of c at words i..j sits among
// its neighbours: content words (neither stop words nor numbers) joined to
// it on the left or right, and the length of the joined content run.
func (a *docAnalysis) kpOccurrence(c *phraseCandidate, i, j int) {
	linked := func(k int) bool { // word k is joined to word k-1
		return k > 0 && k < len(a.words) && a.words[k].joined && a.words[k-1].sent == a.words[k].sent
	}
	content := func(k int) bool { return !a.words[k].stop && !a.words[k].number }
	left := linked(i) && content(i-1)
	right := linked(j+1) && content(j+1)
	switch {
	case left && right:
		c.leftContent++
		c.rightContent++
	case left:
		c.leftContent++
	case right:
		c.rightContent++
	default:
		c.isolated++
	}
	run := j - i + 1
	for k := i; linked(k) && content(k-1) && run < 16; k-- {
		run++
	}
	for k := j + 1; linked(k) && content(k) && run < 16; k++ {
		run++
	}
	c.runLogs += math.Log(float64(run))
}

// KeyphraseModel holds the weights of the keyphrase ranker. The zero value
// ranks nothing usefully; start from DefaultKeyphraseModel or fit one with
// FitKeyphraseModel.
type KeyphraseModel struct {
	w [kpFeatureCount]float64    // on the candidate's features
	o [kpOccFeatureCount]float64 // on each occurrence's
}

// DefaultKeyphraseModel returns the shipped weights, fitted on all of
// 500N-KPCrowd with leave-one-out corpus statistics
// (HERALD_TUNE=1 go test -run TestFitKeyphraseModel ./internal/enrich/).
func DefaultKeyphraseModel() KeyphraseModel {
	return KeyphraseModel{w: defaultKeyphraseModelWeights, o: defaultKeyphraseOccWeights}
}

// score is the model's hazard that c is a key: each occurrence is
// highlighted with probability sigmoid(w·x + o·occ), independently, and the
// candidate is a key with probability 1 - exp(-score).
func (m KeyphraseModel) score(x *[kpFeatureCount]float64, occ [][kpOccFeatureCount]float64) float64 {
	z := 0.0
	for i, v := range x {
		z += m.w[i] * v
	}
	s := 0.0
	for _, xo := range occ {
		zo := z
		for i, v := range xo {
			zo += m.o[i] * v
		}
		s += kpSoftplus(zo)
	}
	return s
}

// KeyphrasesWithModel is Keyphrases ranked by m instead of the default
// model (for evaluations and for weights fitted on another corpus).
func (an *Analysis) KeyphrasesWithModel(m KeyphraseModel, stats CorpusStats, n int) []Keyphrase {
	if n <= 0 {
		return nil
	}
	return rankByModel(an.a, stats, n, m)
}

// rankByModel scores every candidate with m and returns the n best. Every
// candidate competes on its own: a name and its parts, or a phrase and its
// head word, are often keys together, and the features already demote name
// fragments.
func rankByModel(a *docAnalysis, stats CorpusStats, n int, m KeyphraseModel) []Keyphrase {
	all := a.candidates()
	if len(all) == 0 {
		return nil
	}
	maxTF := 1
	for _, c := range all {
		maxTF = max(maxTF, c.tf)
	}
	ranked := make([]kpScored, 0, len(all))
	var x [kpFeatureCount]float64
	var occ [][kpOccFeatureCount]float64
	for _, c := range all {
		if a.isDateName(c) {
			continue // "Tuesday" is often highlighted, but it is no keyphrase
		}
		a.kpFeatures(c, stats, maxTF, &x)
		occ = a.kpOccurrences(c, occ)
		ranked = append(ranked, kpScored{c, m.score(&x, occ)})
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].score != ranked[j].score {
			return ranked[i].score > ranked[j].score
		}
		return ranked[i].c.key < ranked[j].c.key
	})
	if n >= kpNameSlotMin && len(ranked) > n {
		kpKeepTitleName(ranked, n)
	}
	out := make([]Keyphrase, 0, min(n, len(ranked)))
	for _, r := range ranked[:min(n, len(ranked))] {
		out = append(out, Keyphrase{Text: r.c.surface(), Key: r.c.key, Score: r.score, Count: r.c.tf})
	}
	return out
}

// isDateName reports a weekday or month name, written as one: "Tuesday",
// "March"; not the march of protesters.
func (a *docAnalysis) isDateName(c *phraseCandidate) bool {
	w := a.words[c.words[0]].text
	return c.nWords == 1 && kpStartsUpper(w) && kpDateNames[a.lang][text.Fold(w)]
}

// kpDateNames are weekday and month names (folded) by language: "Mars" is
// a month in French and a planet in English.
var kpDateNames = map[string]map[string]bool{
	"en": wordSet(`monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december`),
	"fr": wordSet(`lundi mardi mercredi jeudi vendredi samedi dimanche janvier fevrier mars avril mai juin juillet
aout septembre octobre novembre decembre`),
	"es": wordSet(`lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio
agosto septiembre setiembre octubre noviembre diciembre`),
	"de": wordSet(`montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz april mai juni
juli august september oktober november dezember`),
}

// kpScored is a candidate with its model score.
type kpScored struct {
	c     *phraseCandidate
	score float64
}

// kpKeepTitleName shows the article's main name whole: when no multi-word
// name that occurs in the title and again in the text made the first n of
// ranked, the best-ranked such name takes the last place, scored no higher
// than the place before it. The crowd keys reward single words more, at a
// cost of about 0.001 F1@10, but a list of keyphrases without the story's
// subject ("Port Calder") reads wrong.
func kpKeepTitleName(ranked []kpScored, n int) {
	isName := func(c *phraseCandidate) bool {
		fragment := c.capitals > 0 && c.extended == c.capitals
		return c.nWords > 1 && c.tf >= 2 && c.inTitle && c.nameLike*2 >= c.tf && !fragment
	}
	for _, r := range ranked[:n] {
		if isName(r.c) {
			return
		}
	}
	for _, r := range ranked[n:] {
		if isName(r.c) {
			ranked[n-1] = kpScored{r.c, min(r.score, ranked[n-2].score)}
			return
		}
	}
}

// KeyphraseFeatureCount is the number of candidate weights that
// KeyphraseModel.Weights lists before the occurrence weights.
const KeyphraseFeatureCount = kpFeatureCount
