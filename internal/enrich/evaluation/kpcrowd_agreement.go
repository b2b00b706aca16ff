package evaluation

import (
	"strings"

	"herald/internal/enrich"
)

// Agreement compares the ranker with a second crowd on the stories that
// 500N-KPCrowd holds more than once: (nearly) the same text, annotated by
// separate crowds. Each such story is scored against its own keys three
// ways: the ranker's first k phrases; k of a copy's crowd keys that occur
// in the text, taken in the ranker's order; and k of those keys drawn at
// random (the expected score, computed exactly), which owes nothing to the
// ranker. It measures how much two crowds agree.
type Agreement struct {
	Stories int // documents that have a copy
	Groups  int // distinct texts among them
	Model   PRF // the cross-validated ranker, with corpus statistics
	// CrowdRanked is k of the copy's keys in the ranker's order;
	// CrowdRandom the expected score of k of them drawn at random.
	CrowdRanked, CrowdRandom PRF
	// KeyJaccard is the mean overlap of the two crowds' key sets.
	KeyJaccard float64
}

// Copies are told by the word trigrams of their bodies (headlines and
// datelines differ between versions). Near-identical copies, the pairs
// the agreement is measured on, share at least copyJaccard of them; for
// keeping copies out of each other's training and statistics, a looser
// test also catches re-edited versions and a story's lead published on
// its own: one text holding leakContainment of the other's trigrams.
const (
	copyJaccard     = 0.8
	leakContainment = 0.75
	minCopyTrigrams = 20 // shorter texts share trigrams by chance
)

func bodyTrigrams(docs []KPCrowdDoc) []map[string]bool {
	grams := make([]map[string]bool, len(docs))
	for i, d := range docs {
		words := strings.Fields(MatchKey(d.Text))
		grams[i] = make(map[string]bool, len(words))
		for w := 0; w+2 < len(words); w++ {
			grams[i][words[w]+" "+words[w+1]+" "+words[w+2]] = true
		}
	}
	return grams
}

func nearIdentical(a, b map[string]bool) bool { return jaccard(a, b) >= copyJaccard }

func leaks(a, b map[string]bool) bool {
	return nearIdentical(a, b) || min(len(a), len(b)) >= minCopyTrigrams && containment(a, b) >= leakContainment
}

// copyGroups returns, for each document, the index of the first document
// of its group under isCopy (taken transitively), or its own index.
func copyGroups(docs []KPCrowdDoc, isCopy func(a, b map[string]bool) bool) []int {
	grams := bodyTrigrams(docs)
	group := make([]int, len(docs))
	for i := range group {
		group[i] = i
	}
	root := func(i int) int {
		for group[i] != i {
			i = group[i]
		}
		return i
	}
	for i := range docs {
		for j := i + 1; j < len(docs); j++ {
			if isCopy(grams[i], grams[j]) {
				ri, rj := root(i), root(j)
				group[max(ri, rj)] = min(ri, rj)
			}
		}
	}
	for i := range group {
		group[i] = root(i)
	}
	return group
}

// containment is the share of the smaller set found in the other.
func containment(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	shared := 0
	for g := range a {
		if b[g] {
			shared++
		}
	}
	return float64(shared) / float64(len(a))
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	shared := 0
	for g := range a {
		if b[g] {
			shared++
		}
	}
	return float64(shared) / float64(len(a)+len(b)-shared)
}

// EvaluateAgreement scores the ranker, cross-validated as in
// EvaluateKPCrowdCV, against a second crowd on the stories held more than
// once (near-identical copies). Each document with copies is scored
// against each of its copies' crowds in turn, and those scores averaged,
// so every document counts once.
func EvaluateAgreement(docs []KPCrowdDoc, k, folds int) Agreement {
	if len(docs) == 0 || folds < 2 {
		return Agreement{}
	}
	s := prepareKPCrowd(docs)
	pairs := copyGroups(docs, nearIdentical)
	ranked := make([][]string, len(docs))
	s.crossValidate(folds, func(i int, model enrich.KeyphraseModel) {
		for _, kp := range enrich.Analyze(s.docs[i]).KeyphrasesWithModel(model, &s.df, 1<<20) {
			ranked[i] = append(ranked[i], kp.Text)
		}
	})
	var a Agreement
	groups := map[int]bool{}
	add := func(sum *PRF, r PRF, w float64) { sum.P += w * r.P; sum.R += w * r.R; sum.F += w * r.F }
	for i := range docs {
		var copies []int
		for j := range docs {
			if j != i && pairs[j] == pairs[i] {
				copies = append(copies, j)
			}
		}
		if len(copies) == 0 {
			continue
		}
		a.Stories++
		groups[pairs[i]] = true
		add(&a.Model, F1AtK(ranked[i], docs[i].Keys, k), 1)
		gold := goldKeys(docs[i].Keys)
		text := " " + MatchKey(docs[i].Title+" "+docs[i].Text) + " "
		w := 1 / float64(len(copies))
		for _, j := range copies {
			other := goldKeys(docs[j].Keys)
			var inOrder []string
			for _, p := range ranked[i] {
				if other[MatchKey(p)] {
					inOrder = append(inOrder, p)
				}
			}
			add(&a.CrowdRanked, F1AtK(inOrder, docs[i].Keys, k), w)
			add(&a.CrowdRandom, expectedRandomF1(other, gold, text, k), w)
			a.KeyJaccard += w * keyJaccard(gold, other)
		}
	}
	if a.Stories == 0 {
		return Agreement{}
	}
	a.Groups = len(groups)
	n := float64(a.Stories)
	for _, r := range []*PRF{&a.Model, &a.CrowdRanked, &a.CrowdRandom} {
		r.P, r.R, r.F = r.P/n, r.R/n, r.F/n
	}
	a.KeyJaccard /= n
	return a
}

// expectedRandomF1 is the expected P, R and F1@k of k keys drawn at random
// from the other crowd's keys that occur in text (padded with spaces),
// scored against gold. With m such keys of which h are gold, n = min(k, m)
// drawn hit n·h/m on average; P, R and F1 are linear in the hits for a
// fixed n, so their expectations follow.
func expectedRandomF1(other, gold map[string]bool, text string, k int) PRF {
	m, h := 0, 0
	for key := range other {
		if strings.Contains(text, " "+key+" ") {
			m++
			if gold[key] {
				h++
			}
		}
	}
	if m == 0 || len(gold) == 0 {
		return PRF{}
	}
	n := min(k, m)
	hits := float64(n) * float64(h) / float64(m)
	return PRF{P: hits / float64(n), R: hits / float64(len(gold)), F: 2 * hits / float64(n+len(gold))}
}

func keyJaccard(a, b map[string]bool) float64 {
	shared := 0
	for key := range a {
		if b[key] {
			shared++
		}
	}
	if union := len(a) + len(b) - shared; union > 0 {
		return float64(shared) / float64(union)
	}
	return 0
}
