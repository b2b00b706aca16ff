package enrich

import (
	"math"
	"sort"
	"strings"
)

// The keyphrase ranker is a logistic regression over cheap features of each
// candidate. What 500N-KPCrowd's crowd keys taught (see BENCHMARKS.md):
// besides frequency and word length, the strongest cue is how a word sits in
// its sentence. The keys are the union of many readers' highlighted spans,
// so a word that stands alone between function words ("the officer said")
// is often a key on its own, while one always inside a run of content words
// ("crippled nuclear plant") is highlighted as part of the run and seldom
// alone. Names count whole; fragments of longer names rarely.
//
// Why it stays a logistic regression: it is about as good as the keys
// allow. Stories that occur twice in KPCrowd with (nearly) the same text
// were annotated by separate crowds whose key sets overlap by 13-24%
// (Jaccard), and boosted trees, LambdaRank, word-commonness levels (SCOWL)
// and context features all scored within noise of it under
// cross-validation (0.224-0.230 against 0.227; BENCHMARKS.md has each).

// kpNameSlotMin is the shortest list that reserves a place for a name.
const kpNameSlotMin = 5

// kpFeatureCount is the length of a candidate's feature vector.
const kpFeatureCount = 26

// kpFeatures fills x with the features of candidate c. maxTF is the largest
// candidate frequency of the document; stats may be nil.
func (a *docAnalysis) kpFeatures(c *phraseCandidate, stats CorpusStats, maxTF int, x *[kpFeatureCount]float64) {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	// Occurrences in the title echo the text; the body count ranks better.
	tf := c.tf
	if c.titleTF > 0 && tf > c.titleTF {
		tf -= c.titleTF
	}
	logTF := math.Log(float64(tf))
	multi := c.nWords > 1
	name := multi && c.nameLike*2 >= c.tf
	fragment := c.capitals > 0 && c.extended == c.capitals
	idf := 1.0
	if stats != nil && stats.Docs() > 0 {
		idf = corpusIDF(stats, c.key)
	}
	first, last := &a.words[c.words[0]], &a.words[c.words[1]]
	lower := strings.ToLower(last.text)
	occ := float64(c.tf)
	docLen := math.Log(1 + float64(len(a.words)))
	firstWord := math.Log(1 + float64(c.words[0]))
	*x = [kpFeatureCount]float64{
		1,
		logTF,
		b(tf == 1),
		float64(c.tf) / float64(maxTF),
		b(c.nWords == 2),
		b(c.nWords == 3),
		b(name),
		b(name && !fragment),
		b(fragment),
		b(!multi) * float64(c.capitals) / occ,
		b(first.acronym),
		b(c.inTitle),
		math.Log(float64(max(1, min(c.letters, maxLengthCredit)))),
		min(idf, 4),
		math.Log(1 + float64(c.firstPos)),
		b(c.firstPos <= a.bodyStart()),
		float64(c.isolated) / occ,
		float64(c.leftContent) / occ,
		float64(c.rightContent) / occ,
		c.runLogs / occ,
		b(multi) * float64(c.isolated) / occ,
		b(strings.HasSuffix(lower, "ly")) + 2*b(strings.HasSuffix(lower, "ed")),
		docLen * logTF,
		docLen * firstWord,
		b(c.firstPos >= len(a.sentences)-2 && c.firstPos > a.bodyStart()),
		b(c.firstPos >= len(a.sentences)-1 && c.firstPos > a.bodyStart()),
	}
}

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
	w [kpFeatureCount]float64
}

// DefaultKeyphraseModel returns the shipped weights, fitted on all of
// 500N-KPCrowd with leave-one-out corpus statistics
// (HERALD_TUNE=1 go test -run TestFitKeyphraseModel ./internal/enrich/).
func DefaultKeyphraseModel() KeyphraseModel { return KeyphraseModel{w: defaultKeyphraseModelWeights} }

// score is the model's probability that c is a key.
func (m KeyphraseModel) score(x *[kpFeatureCount]float64) float64 {
	z := 0.0
	for i, v := range x {
		z += m.w[i] * v
	}
	return 1 / (1 + math.Exp(-z))
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
	ranked := make([]kpScored, len(all))
	var x [kpFeatureCount]float64
	for i, c := range all {
		a.kpFeatures(c, stats, maxTF, &x)
		ranked[i] = kpScored{c, m.score(&x)}
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
