package evaluation

import (
	"herald/internal/enrich"
)

// KPCrowdResult is a macro-averaged score over a document set.
type KPCrowdResult struct {
	Docs int
	PRF
}

// EvaluateKPCrowd ranks k keyphrases per document with enrich.Keyphrases
// and macro-averages precision, recall and F1@k over the documents (F1 is
// the mean of per-document F1s, the usual reporting in the keyphrase
// literature).
//
// With corpusStats, each document is scored with document frequencies
// counted over the other documents of the set (leave-one-out: the document
// itself is removed from the counts while it is scored), standing in for
// the store's statistics over previously ingested articles. Without, each
// document is scored on its own.
func EvaluateKPCrowd(docs []KPCrowdDoc, corpusStats bool, k int) KPCrowdResult {
	in := make([]enrich.Document, len(docs))
	for i, d := range docs {
		in[i] = enrich.Document{Title: d.Title, Text: d.Text, Language: "en"}
	}
	var df enrich.DocFreqs
	keys := make([][]string, len(docs))
	if corpusStats {
		for i := range in {
			keys[i] = enrich.TermKeys(in[i])
			df.Add(keys[i])
		}
	}
	var sum PRF
	for i, d := range docs {
		var stats enrich.CorpusStats
		if corpusStats {
			df.Remove(keys[i])
			stats = &df
		}
		kps := enrich.Keyphrases(in[i], stats, k)
		if corpusStats {
			df.Add(keys[i])
		}
		pred := make([]string, len(kps))
		for j, kp := range kps {
			pred[j] = kp.Text
		}
		r := F1AtK(pred, d.Keys, k)
		sum.P += r.P
		sum.R += r.R
		sum.F += r.F
	}
	n := float64(len(docs))
	if n == 0 {
		return KPCrowdResult{}
	}
	return KPCrowdResult{Docs: len(docs), PRF: PRF{P: sum.P / n, R: sum.R / n, F: sum.F / n}}
}
