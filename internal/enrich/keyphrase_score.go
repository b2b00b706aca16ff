package enrich

import (
	"math"
)

// keyphraseWeights shape the keyphrase score, a product of YAKE-style
// local features and corpus rarity:
//
//	tf^TF · min(idf, IDFCap)^IDF · (1 + Title·inTitle)
//	  · (1 + Capitals·capitalisedShare) · (1 + Lead·(1 − first/sentences))
//	  · (1 + first)^−Early · min(letters, 12)^Length · Phrase[n] or Name
//	  · (1/yakeS)^YAKE
//
// where tf counts the phrase's occurrences, idf is corpusIDF (1 without
// corpus statistics), first is the index of the sentence where the phrase
// first occurs, and yakeS is YAKE's candidate score (Campos et al.,
// Information Sciences 2020; lower is better).
type keyphraseWeights struct {
	TF, IDF, Title, Capitals, Lead, YAKE float64
	// IDFCap, when positive, caps idf so that corpus statistics only
	// demote common terms and do not favour hapaxes (names misspelt once,
	// typos), which dominate a small corpus's rare end.
	IDFCap float64
	// Early is the decay exponent of the first sentence index.
	Early float64
	// Length is the exponent of the phrase's letter count (capped at
	// maxLengthCredit): longer words are rarer and more specific.
	Length float64
	// Absorb is the share of a capitalised word's occurrences that must
	// fall inside one capitalised phrase for the phrase to replace it in
	// the ranking (0 disables).
	Absorb float64
	// AbsorbCommon lets a lower-case phrase that occurs at least twice
	// absorb its words too: "customer" written only in "customer
	// support" shows as "customer support".
	AbsorbCommon bool
	Phrase       [maxPhraseWords + 1]float64
	// Name replaces Phrase[n] for multi-word phrases written with capitals
	// in at least half their occurrences ("Harbour Bridge", "Zalmay
	// Khalilzad"): names are worth more as topics than other word runs.
	Name float64
}

// defaultKeyphraseWeights rank the topic phrases behind hashtags (as the
// base of topicWeights) and the summary's topic words; Keyphrases itself
// ranks with the fitted model of keyphrase_model.go, which beats this score
// on 500N-KPCrowd (0.235 against 0.214 F1@10, cross-validated). They were
// tuned on 500N-KPCrowd by coordinate ascent
// over coarse grids (keyphrase_tune_test.go), keeping round values on
// plateaus of F1@10. What the data said: frequency and word length carry
// most of the signal (crowd keys are mostly single, long, repeated words);
// a slight lead bonus helps; title and capitalisation add nothing once
// frequency is counted; YAKE's own score lowers F1@10 (0.214 to 0.169 at
// weight 1), so its weight is 0 and it stays available for other corpora;
// idf, capped so it only demotes terms found in more than about 5% of
// articles, is neutral on this small corpus and is meant for the store's.
// A TextRank centrality factor was tried too and lowered F1@10 at every
// weight (0.209 at exponent 0.25, 0.196 at 1).
var defaultKeyphraseWeights = keyphraseWeights{
	TF: 1, IDF: 1, IDFCap: 4, Title: 0, Capitals: 0, Lead: 0.25, YAKE: 0, Early: 0, Length: 1.5, Absorb: 0.8,
	Phrase: [maxPhraseWords + 1]float64{0, 1, 0.3, 0.3}, Name: 0.3,
}

// maxLengthCredit caps the letters a phrase gets credit for.
const maxLengthCredit = 12

// scoreCandidates sets each candidate's score (higher is better).
func scoreCandidates(a *docAnalysis, cands []*phraseCandidate, stats CorpusStats, w keyphraseWeights) {
	var terms map[string]*termStats
	if w.YAKE != 0 {
		terms = yakeTermScores(a)
	}

	n := 0
	if stats != nil {
		n = stats.Docs()
	}
	for _, c := range cands {
		weight := w.Phrase[c.nWords]
		if c.nWords > 1 && c.capitals*2 >= c.tf {
			weight = w.Name
		}
		score := math.Pow(float64(c.tf), w.TF) * weight
		if n > 0 {
			idf := corpusIDF(stats, c.key)
			if w.IDFCap > 0 {
				idf = min(idf, w.IDFCap)
			}
			score *= math.Pow(idf, w.IDF)
		}
		if c.inTitle {
			score *= 1 + w.Title
		}
		score *= 1 + w.Capitals*float64(c.capitals)/float64(c.tf)
		score *= 1 + w.Lead*(1-float64(c.firstPos)/float64(len(a.sentences)))
		score *= math.Pow(float64(1+c.firstPos), -w.Early)
		if w.Length != 0 {
			score *= math.Pow(float64(min(c.letters, maxLengthCredit)), w.Length)
		}
		if terms != nil {
			score *= math.Pow(1/(yakeCandidateScore(a, c, terms)+1e-9), w.YAKE)
		}
		c.score = score
	}
}

// yakeCandidateScore is YAKE's S(kw) = ΠH / (tf · (1 + ΣH)) over the
// candidate's content words; lower is better.
func yakeCandidateScore(a *docAnalysis, c *phraseCandidate, terms map[string]*termStats) float64 {
	prod, sum := 1.0, 0.0
	for k := c.words[0]; k <= c.words[1]; k++ {
		w := &a.words[k]
		if w.stop {
			continue
		}
		t := terms[w.key]
		prod *= t.h
		sum += t.h
	}
	return prod / (float64(c.tf) * (1 + sum))
}
