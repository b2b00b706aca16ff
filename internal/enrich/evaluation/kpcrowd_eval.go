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

// kpcrowdSet is a document set prepared for fitting: the documents, their
// corpus keys (for leave-one-out statistics), their groups of copies, and
// each one's labelled candidates, with features computed against the
// statistics of the documents outside its group.
type kpcrowdSet struct {
	docs     []enrich.Document
	keys     [][]string
	group    []int // copies, re-edits and leads of one story share a group (see leaks)
	df       enrich.DocFreqs
	examples []enrich.KeyphraseExamples
	// deal, when set (tests only), replaces the official fold of a group,
	// group % folds, to measure how much the deal moves the score.
	deal func(group, folds int) int
}

// foldOf returns the fold of document i.
func (s *kpcrowdSet) foldOf(i, folds int) int {
	if s.deal != nil {
		return s.deal(s.group[i], folds)
	}
	return s.group[i] % folds
}

func prepareKPCrowd(docs []KPCrowdDoc) *kpcrowdSet {
	s := &kpcrowdSet{docs: make([]enrich.Document, len(docs)), keys: make([][]string, len(docs)),
		group: copyGroups(docs, leaks), examples: make([]enrich.KeyphraseExamples, len(docs))}
	for i, d := range docs {
		s.docs[i] = enrich.Document{Title: d.Title, Text: d.Text, Language: "en"}
		s.keys[i] = enrich.TermKeys(s.docs[i])
		s.df.Add(s.keys[i])
	}
	for i, d := range docs {
		gold := goldKeys(d.Keys)
		s.leaveOut(i, func() {
			s.examples[i] = enrich.KeyphraseTrainingExamples(s.docs[i], &s.df, func(p string) bool { return gold[MatchKey(p)] })
		})
	}
	return s
}

// leaveOut runs f with document i and its copies removed from s.df: a
// copy's counts would tell the ranker the document's own words.
func (s *kpcrowdSet) leaveOut(i int, f func()) {
	for j := range s.docs {
		if s.group[j] == s.group[i] {
			s.df.Remove(s.keys[j])
		}
	}
	f()
	for j := range s.docs {
		if s.group[j] == s.group[i] {
			s.df.Add(s.keys[j])
		}
	}
}

// crossValidate fits one model per fold on the documents of the other
// folds and calls rank for each document of the fold, inside leaveOut.
// Documents are dealt by group (the group's first document i goes to fold
// i mod folds), so that copies share a fold: a model never learns a
// document's text from its copy.
func (s *kpcrowdSet) crossValidate(folds int, rank func(i int, model enrich.KeyphraseModel)) {
	for f := 0; f < folds; f++ {
		var train []enrich.KeyphraseExamples
		for i := range s.docs {
			if s.foldOf(i, folds) != f {
				train = append(train, s.examples[i])
			}
		}
		model := enrich.FitKeyphraseModel(train)
		for i := range s.docs {
			if s.foldOf(i, folds) == f {
				s.leaveOut(i, func() { rank(i, model) })
			}
		}
	}
}

func goldKeys(keys []string) map[string]bool {
	m := make(map[string]bool, len(keys))
	for _, k := range keys {
		if key := MatchKey(k); key != "" {
			m[key] = true
		}
	}
	return m
}

// FitKPCrowd fits a keyphrase model on all of docs, each document's
// features computed with leave-one-out corpus statistics, as the shipped
// enrich.DefaultKeyphraseModel was.
func FitKPCrowd(docs []KPCrowdDoc) enrich.KeyphraseModel {
	return enrich.FitKeyphraseModel(prepareKPCrowd(docs).examples)
}

// EvaluateKPCrowdCV is EvaluateKPCrowd for a fitted ranker, measured
// honestly: each document is ranked by a model fitted on other folds only
// (see crossValidate), so no document's own keys, nor its copy's, shape
// its ranking. Each fold's model ranks its documents twice, with
// leave-one-out corpus statistics (withStats) and with none
// (withoutStats).
func EvaluateKPCrowdCV(docs []KPCrowdDoc, k, folds int) (withStats, withoutStats KPCrowdResult) {
	if len(docs) == 0 || folds < 2 {
		return KPCrowdResult{}, KPCrowdResult{}
	}
	s := prepareKPCrowd(docs)
	var with, without PRF
	add := func(sum *PRF, kps []enrich.Keyphrase, gold []string) {
		pred := make([]string, len(kps))
		for j, kp := range kps {
			pred[j] = kp.Text
		}
		r := F1AtK(pred, gold, k)
		sum.P += r.P
		sum.R += r.R
		sum.F += r.F
	}
	s.crossValidate(folds, func(i int, model enrich.KeyphraseModel) {
		an := enrich.Analyze(s.docs[i])
		add(&with, an.KeyphrasesWithModel(model, &s.df, k), docs[i].Keys)
		add(&without, an.KeyphrasesWithModel(model, nil, k), docs[i].Keys)
	})
	n := float64(len(docs))
	mean := func(sum PRF) KPCrowdResult {
		return KPCrowdResult{Docs: len(docs), PRF: PRF{P: sum.P / n, R: sum.R / n, F: sum.F / n}}
	}
	return mean(with), mean(without)
}
