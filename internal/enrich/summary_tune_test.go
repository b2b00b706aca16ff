package enrich_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"herald/internal/enrich"
	"herald/internal/enrich/evaluation"
	"herald/internal/text"
)

// TestTuneSummary searches the summary weights on SummEval, fitting on the
// first half of the articles and reporting the second half separately so
// overfitting shows. It only runs with HERALD_TUNE=1:
//
//	HERALD_TUNE=1 go test -run TestTuneSummary -v ./internal/enrich/
func TestTuneSummary(t *testing.T) {
	if os.Getenv("HERALD_TUNE") == "" {
		t.Skip("set HERALD_TUNE=1 to run the weight search")
	}
	docs, err := evaluation.LoadSummEval(filepath.Join(tuneDataDir(), "summarization", "summeval", "summeval.jsonl"))
	if err != nil {
		t.Skip(err)
	}
	type prepared struct {
		src string
		ref []string
	}
	ps := make([]prepared, len(docs))
	var lead [2]float64
	for i, d := range docs {
		ps[i] = prepared{src: evaluation.Detokenize(d.Source), ref: text.Sentences(evaluation.Detokenize(d.References[0]))}
		all := text.Sentences(ps[i].src)
		lead[i*2/len(docs)] += evaluation.ScoreSummary(all[:min(3, len(all))], ps[i].ref).R2.F
	}
	half := float64(len(docs) / 2)
	fmt.Printf("Lead-3 R2: fit half %.2f, held-out half %.2f\n", 100*lead[0]/half, 100*lead[1]/half)
	eval := func(w enrich.SummaryWeights) (fit, held float64) {
		var s [2]float64
		for i, p := range ps {
			sum := enrich.SummarizeWeighted(enrich.Document{Text: p.src, Language: "en"}, 3, w)
			s[i*2/len(ps)] += evaluation.ScoreSummary(sum, p.ref).R2.F
		}
		return 100 * s[0] / half, 100 * s[1] / half
	}
	best := enrich.DefaultSummaryWeights
	bestF, bestH := eval(best)
	fmt.Printf("default: fit %.2f held %.2f\n", bestF, bestH)
	try := func(name string, vals []float64, set func(*enrich.SummaryWeights, float64)) {
		for _, v := range vals {
			w := best
			set(&w, v)
			f, h := eval(w)
			fmt.Printf("  %s=%.2f  fit %.2f held %.2f\n", name, v, f, h)
			if f > bestF+0.02 {
				best, bestF, bestH = w, f, h
			}
		}
	}
	for _, q := range []float64{0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.7} {
		w := best
		w.Quote = q
		f, h := eval(w)
		fmt.Printf("Quote %.1f: fit %.2f held %.2f all %.2f\n", q, f, h, (f+h)/2)
	}
	for round := 0; round < 2; round++ {
		try("Quote", []float64{0, 0.1, 0.2, 0.4, 0.8}, func(w *enrich.SummaryWeights, v float64) { w.Quote = v })
		try("Dangling", []float64{0, 0.1, 0.2, 0.3, 0.5}, func(w *enrich.SummaryWeights, v float64) { w.Dangling = v })
		try("Short", []float64{0, 0.2, 0.4, 0.8, 1.6}, func(w *enrich.SummaryWeights, v float64) { w.Short = v })
		try("ShortWords", []float64{8, 10, 12, 15, 20}, func(w *enrich.SummaryWeights, v float64) { w.ShortWords = int(v) })
		try("LeadDecay", []float64{0.1, 0.2, 0.3, 0.5, 0.8, 1.2}, func(w *enrich.SummaryWeights, v float64) { w.LeadDecay = v })
		try("Centrality", []float64{0, 0.25, 0.5, 1, 2}, func(w *enrich.SummaryWeights, v float64) { w.Centrality = v })
		try("Keyphrases", []float64{0, 0.5, 1, 2, 4}, func(w *enrich.SummaryWeights, v float64) { w.Keyphrases = v })
		try("Length", []float64{0, 0.1, 0.2, 0.4, 0.8}, func(w *enrich.SummaryWeights, v float64) { w.Length = v })
		try("LongWords", []float64{20, 25, 30, 35, 45}, func(w *enrich.SummaryWeights, v float64) { w.LongWords = int(v) })
		try("Redundancy", []float64{0, 0.3, 0.6, 1}, func(w *enrich.SummaryWeights, v float64) { w.Redundancy = v })
		try("MinWords", []float64{3, 6, 8, 10}, func(w *enrich.SummaryWeights, v float64) { w.MinWords = int(v) })
		try("MaxWords", []float64{40, 50, 60, 80, 1000}, func(w *enrich.SummaryWeights, v float64) { w.MaxWords = int(v) })
		fmt.Printf("round %d best %+v fit %.2f held %.2f\n", round, best, bestF, bestH)
	}
}
