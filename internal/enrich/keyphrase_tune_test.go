package enrich_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"herald/internal/enrich"
	"herald/internal/enrich/evaluation"
)

// TestTuneKeyphrases searches the hand-set product-score weights
// (defaultKeyphraseWeights, the base of the hashtag and summary rankings)
// on 500N-KPCrowd. Keyphrases itself uses the fitted model, refitted by
// TestFitKeyphraseModel in ./evaluation. It only runs with HERALD_TUNE=1:
//
//	HERALD_TUNE=1 go test -run TestTuneKeyphrases -v ./internal/enrich/
func TestTuneKeyphrases(t *testing.T) {
	if os.Getenv("HERALD_TUNE") == "" {
		t.Skip("set HERALD_TUNE=1 to run the weight search")
	}
	docs, err := evaluation.LoadKPCrowd(filepath.Join(tuneDataDir(), "keywords", "500N-KPCrowd"))
	if err != nil {
		t.Skip(err)
	}
	prepared := make([]enrich.KeyphraseTuneDoc, len(docs))
	keys := make([][]string, len(docs))
	var df enrich.DocFreqs
	for i, d := range docs {
		doc := enrich.Document{Title: d.Title, Text: d.Text, Language: "en"}
		prepared[i] = enrich.PrepareKeyphraseTune(doc)
		keys[i] = enrich.TermKeys(doc)
		df.Add(keys[i])
	}
	eval := func(w enrich.KeyphraseWeights, stats bool) float64 {
		var f float64
		for i, d := range docs {
			var cs enrich.CorpusStats
			if stats {
				df.Remove(keys[i])
				cs = &df
			}
			kps := prepared[i].Rank(cs, 10, w)
			if stats {
				df.Add(keys[i])
			}
			pred := make([]string, len(kps))
			for j, k := range kps {
				pred[j] = k.Text
			}
			f += evaluation.F1AtK(pred, d.Keys, 10).F
		}
		return f / float64(len(docs))
	}
	base := enrich.DefaultKeyphraseWeights
	fmt.Printf("default: stats %.4f  nostats %.4f\n", eval(base, true), eval(base, false))
	// Coordinate ascent: each weight in turn over a coarse grid, keeping a
	// change only when it gains more than 0.001 F1@10.
	best := base
	bestF := eval(base, true)
	try := func(name string, vals []float64, set func(*enrich.KeyphraseWeights, float64)) {
		for _, v := range vals {
			w := best
			set(&w, v)
			f := eval(w, true)
			fmt.Printf("  %s=%.2f  %.4f\n", name, v, f)
			if f > bestF+0.001 {
				best, bestF = w, f
			}
		}
	}
	yake := enrich.KeyphraseWeights{YAKE: 1, Phrase: [4]float64{0, 1, 1, 1}, Name: 1}
	fmt.Printf("plain YAKE (our implementation): %.4f\n", eval(yake, false))
	for round := 0; round < 1; round++ {
		try("TF", []float64{0.5, 0.75, 1, 1.25, 1.5}, func(w *enrich.KeyphraseWeights, v float64) { w.TF = v })
		try("IDF", []float64{0, 0.5, 1, 1.5, 2, 3}, func(w *enrich.KeyphraseWeights, v float64) { w.IDF = v })
		try("IDFCap", []float64{0, 1.5, 2, 2.5, 3, 4}, func(w *enrich.KeyphraseWeights, v float64) { w.IDFCap = v })
		try("IDF", []float64{0, 0.5, 1, 1.5, 2, 3}, func(w *enrich.KeyphraseWeights, v float64) { w.IDF = v })
		try("Title", []float64{0, 0.25, 0.5, 1, 2}, func(w *enrich.KeyphraseWeights, v float64) { w.Title = v })
		try("Capitals", []float64{0, 0.25, 0.5, 1, 2}, func(w *enrich.KeyphraseWeights, v float64) { w.Capitals = v })
		try("Lead", []float64{0, 0.25, 0.5, 1, 2, 4}, func(w *enrich.KeyphraseWeights, v float64) { w.Lead = v })
		try("YAKE", []float64{0, 0.25, 0.5, 1}, func(w *enrich.KeyphraseWeights, v float64) { w.YAKE = v })
		try("Early", []float64{0, 0.1, 0.2, 0.3, 0.5}, func(w *enrich.KeyphraseWeights, v float64) { w.Early = v })
		try("Length", []float64{0, 0.5, 1, 1.5, 2, 3}, func(w *enrich.KeyphraseWeights, v float64) { w.Length = v })
		try("Absorb", []float64{0, 0.5, 0.66, 0.8, 1}, func(w *enrich.KeyphraseWeights, v float64) { w.Absorb = v })
		try("Name", []float64{0.3, 0.6, 0.8, 1, 1.5, 2}, func(w *enrich.KeyphraseWeights, v float64) { w.Name = v })
		try("Phrase2", []float64{0.2, 0.4, 0.6, 0.8, 1, 1.2}, func(w *enrich.KeyphraseWeights, v float64) { w.Phrase[2] = v })
		try("Phrase3", []float64{0.2, 0.4, 0.6, 0.8, 1}, func(w *enrich.KeyphraseWeights, v float64) { w.Phrase[3] = v })
		fmt.Printf("round %d best %+v  F1 %.4f (nostats %.4f)\n", round, best, bestF, eval(best, false))
	}
}

// tuneDataDir is the shared data directory seen from this package.
func tuneDataDir() string {
	if d := os.Getenv("HERALD_SHARED_DATA"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "data")
}
