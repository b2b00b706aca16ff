package enrich

// Test-only access to the keyphrase scorer's weights, for the tuning run in
// keyphrase_tune_test.go.

type KeyphraseWeights = keyphraseWeights

var DefaultKeyphraseWeights = defaultKeyphraseWeights

// KeyphraseTuneDoc caches a document's analysis and candidates across scorings.
type KeyphraseTuneDoc struct {
	a     *docAnalysis
	cands []*phraseCandidate
}

func PrepareKeyphraseTune(doc Document) KeyphraseTuneDoc {
	a := analyzeDocument(doc)
	return KeyphraseTuneDoc{a: a, cands: a.candidates()}
}

func (p KeyphraseTuneDoc) Rank(stats CorpusStats, n int, w KeyphraseWeights) []Keyphrase {
	return rankKeyphrases(p.a, p.cands, stats, n, w)
}
