package evaluation

import (
	"strings"

	"herald/internal/enrich"
)

// Agreement compares the ranker with a second crowd on the stories that
// 500N-KPCrowd holds twice: the same text, annotated by two separate crowds.
// For each such story the ranker's first k phrases and k of the other
// crowd's keys (those that occur in the text, in the ranker's order) are
// scored against the story's own keys. How well one crowd predicts another
// bounds what any ranker can expect on this set.
type Agreement struct {
	Stories     int // stories that have a copy
	Model       PRF // the cross-validated ranker
	SecondCrowd PRF // the copy's crowd keys
}

// repeatOverlap is the share of a story's word trigrams its copy must
// share: at 0.9 the two texts differ by a few words at most.
const repeatOverlap = 0.9

// EvaluateAgreement finds the repeated stories of docs and scores the
// ranker, cross-validated as in EvaluateKPCrowdCV with corpus statistics,
// against the second crowd on them.
func EvaluateAgreement(docs []KPCrowdDoc, k, folds int) Agreement {
	copies := repeatedStories(docs)
	if len(copies) == 0 || folds < 2 {
		return Agreement{}
	}
	ranked := crossValidatedRankings(docs, folds)
	var a Agreement
	add := func(s *PRF, r PRF) { s.P += r.P; s.R += r.R; s.F += r.F }
	for i, j := range copies {
		other := goldKeys(docs[j].Keys)
		var crowd []string
		for _, p := range ranked[i] {
			if other[MatchKey(p)] {
				crowd = append(crowd, p)
			}
		}
		add(&a.Model, F1AtK(ranked[i], docs[i].Keys, k))
		add(&a.SecondCrowd, F1AtK(crowd, docs[i].Keys, k))
		a.Stories++
	}
	n := float64(a.Stories)
	for _, s := range []*PRF{&a.Model, &a.SecondCrowd} {
		s.P, s.R, s.F = s.P/n, s.R/n, s.F/n
	}
	return a
}

// repeatedStories maps each document that has a near-identical copy in
// docs to its closest copy.
func repeatedStories(docs []KPCrowdDoc) map[int]int {
	grams := make([]map[string]bool, len(docs))
	for i, d := range docs {
		words := strings.Fields(MatchKey(d.Title + " " + d.Text))
		grams[i] = make(map[string]bool, len(words))
		for w := 0; w+2 < len(words); w++ {
			grams[i][words[w]+" "+words[w+1]+" "+words[w+2]] = true
		}
	}
	copies := make(map[int]int)
	for i := range docs {
		best, bestJ := 0.0, -1
		for j := range docs {
			if i == j || len(grams[i]) == 0 || len(grams[j]) == 0 {
				continue
			}
			shared := 0
			for g := range grams[i] {
				if grams[j][g] {
					shared++
				}
			}
			if f := float64(shared) / float64(min(len(grams[i]), len(grams[j]))); f > best {
				best, bestJ = f, j
			}
		}
		if best >= repeatOverlap {
			copies[i] = bestJ
		}
	}
	return copies
}

// crossValidatedRankings ranks every candidate of each document with a
// model fitted on the other folds, using leave-one-out corpus statistics.
func crossValidatedRankings(docs []KPCrowdDoc, folds int) [][]string {
	s := prepareKPCrowd(docs)
	out := make([][]string, len(docs))
	for f := 0; f < folds; f++ {
		var train []enrich.KeyphraseExamples
		for i := range docs {
			if i%folds != f {
				train = append(train, s.examples[i])
			}
		}
		model := enrich.FitKeyphraseModel(train)
		for i := f; i < len(docs); i += folds {
			s.df.Remove(s.keys[i])
			kps := enrich.Analyze(s.docs[i]).KeyphrasesWithModel(model, &s.df, 1<<20)
			s.df.Add(s.keys[i])
			for _, kp := range kps {
				out[i] = append(out[i], kp.Text)
			}
		}
	}
	return out
}
