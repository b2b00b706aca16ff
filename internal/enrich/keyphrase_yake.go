package enrich

import (
	"math"
	"sort"
)

// termStats are YAKE's per-word features (Campos et al., Information
// Sciences 2020), keyed by stem.
type termStats struct {
	tf, tfCase    int
	sentences     []int // sentence index of each occurrence
	left, right   map[string]int
	stop          bool
	h             float64 // YAKE word score: lower is more important
	distinctSents int
}

// yakeTermScores computes YAKE's word score H for every word stem:
// H = Pos·Rel / (Case + Freq/Rel + Spread/Rel), where Case favours words
// written with capitals, Pos words in early sentences, Freq frequent words,
// Rel penalises words with many different neighbours (function-like) and
// Spread words spread over many sentences.
func yakeTermScores(a *docAnalysis) map[string]*termStats {
	terms := make(map[string]*termStats, len(a.words)/2)
	for i := range a.words {
		w := &a.words[i]
		t := terms[w.key]
		if t == nil {
			t = &termStats{stop: w.stop}
			terms[w.key] = t
		}
		t.tf++
		if w.capital || w.acronym {
			t.tfCase++
		}
		if len(t.sentences) == 0 || t.sentences[len(t.sentences)-1] != w.sent {
			t.distinctSents++
		}
		t.sentences = append(t.sentences, w.sent)
		if i > 0 && w.joined {
			p := a.words[i-1].key
			if t.left == nil {
				t.left = make(map[string]int, 4)
			}
			t.left[p]++
			q := terms[p]
			if q.right == nil {
				q.right = make(map[string]int, 4)
			}
			q.right[w.key]++
		}
	}
	var sum, sumSq float64
	valid, maxTF := 0, 0
	for _, t := range terms {
		if t.stop {
			continue
		}
		valid++
		f := float64(t.tf)
		sum += f
		sumSq += f * f
		if t.tf > maxTF {
			maxTF = t.tf
		}
	}
	mean, std := 0.0, 0.0
	if valid > 0 {
		mean = sum / float64(valid)
		std = math.Sqrt(math.Max(0, sumSq/float64(valid)-mean*mean))
	}
	nSent := float64(len(a.sentences))
	for _, t := range terms {
		f := float64(t.tf)
		wCase := float64(t.tfCase) / (1 + math.Log(f))
		wPos := math.Log(math.Log(3 + kpMedian(t.sentences)))
		wFreq := f / (mean + std + 1e-9)
		rel := 1.0
		if maxTF > 0 {
			rel = 1 + (kpSpreadRatio(t.left)+kpSpreadRatio(t.right))*f/float64(maxTF)
		}
		wSpread := float64(t.distinctSents) / nSent
		t.h = wPos * rel / (wCase + wFreq/rel + wSpread/rel)
	}
	return terms
}

// kpSpreadRatio is distinct neighbours over neighbour occurrences.
func kpSpreadRatio(m map[string]int) float64 {
	if len(m) == 0 {
		return 0
	}
	total := 0
	for _, n := range m {
		total += n
	}
	return float64(len(m)) / float64(total)
}

func kpMedian(xs []int) float64 {
	// Occurrences are appended in document order, so xs is already sorted.
	if !sort.IntsAreSorted(xs) {
		sort.Ints(xs)
	}
	n := len(xs)
	if n%2 == 1 {
		return float64(xs[n/2])
	}
	return float64(xs[n/2-1]+xs[n/2]) / 2
}
