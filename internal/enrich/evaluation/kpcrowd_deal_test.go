package evaluation

import (
	"fmt"
	"math/rand"
	"os"
	"sort"
	"testing"

	"herald/internal/enrich"
)

// kpDeals are four ways to deal the groups into folds: the official
// (group mod folds), contiguous blocks of groups, and two seeded shuffles.
func kpDeals(group []int, folds int) []func(g, folds int) int {
	seen := map[int]bool{}
	var gs []int
	for _, g := range group {
		if !seen[g] {
			seen[g] = true
			gs = append(gs, g)
		}
	}
	sort.Ints(gs)
	block := map[int]int{}
	for r, g := range gs {
		block[g] = r * folds / len(gs)
	}
	shuffled := func(seed int64) map[int]int {
		p := append([]int(nil), gs...)
		rand.New(rand.NewSource(seed)).Shuffle(len(p), func(i, j int) { p[i], p[j] = p[j], p[i] })
		m := map[int]int{}
		for r, g := range p {
			m[g] = r % folds
		}
		return m
	}
	s1, s2 := shuffled(1), shuffled(2)
	return []func(g, folds int) int{
		nil,
		func(g, _ int) int { return block[g] },
		func(g, _ int) int { return s1[g] },
		func(g, _ int) int { return s2[g] },
	}
}

// TestKPCrowdDeals prints the 5-fold cross-validated F1@10 (corpus stats)
// on four dealings of the folds and their mean: a change to the ranker
// gains only if it gains on all four (the deal alone moves F1 by about
// 0.002). Run with:
//
//	HERALD_TUNE=1 go test -run 'TestKPCrowdDeals$' -v ./internal/enrich/evaluation/
//
// It takes about 70 s, so only runs with HERALD_TUNE=1, like the fit.
func TestKPCrowdDeals(t *testing.T) {
	if os.Getenv("HERALD_TUNE") == "" {
		t.Skip("set HERALD_TUNE=1 to score four fold dealings")
	}
	docs := loadKPCrowd(t)
	s := prepareKPCrowd(docs)
	var fs []float64
	sum := 0.0
	for _, d := range kpDeals(s.group, kpcrowdFolds) {
		s.deal = d
		f := 0.0
		s.crossValidate(kpcrowdFolds, func(i int, model enrich.KeyphraseModel) {
			kps := enrich.Analyze(s.docs[i]).KeyphrasesWithModel(model, &s.df, 10)
			pred := make([]string, len(kps))
			for j, kp := range kps {
				pred[j] = kp.Text
			}
			f += F1AtK(pred, docs[i].Keys, 10).F
		})
		f /= float64(len(docs))
		fs = append(fs, f)
		sum += f
	}
	fmt.Printf("5-fold F1@10 on four dealings: official %.4f, blocks %.4f, shuffles %.4f %.4f; mean %.4f\n", fs[0], fs[1], fs[2], fs[3], sum/4)
	for _, f := range fs {
		if f < 0.22 {
			t.Errorf("a dealing scores F1@10 %.4f (floor 0.22, as TestKPCrowd's)", f)
		}
	}
}
