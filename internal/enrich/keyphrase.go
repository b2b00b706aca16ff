package enrich

import (
	"sort"
	"strings"

	"herald/internal/text"
)

// Document is the text the enrichment functions read. Title may be empty;
// Language is an ISO 639-1 code, detected from the text when empty.
type Document struct {
	Title    string
	Text     string
	Language string
	// Publisher is the name of the site the article comes from, when
	// known: its mentions of itself are not entities of the story.
	Publisher string
	// Standfirst is the publisher's own summary of the article (its
	// feed's description), when known. When the text opens with it, the
	// page shows it first, so key points say what it does not (see
	// docAnalysis.standfirst).
	Standfirst string
}

// lang returns the document's language, detecting it when unset.
func (d Document) lang() string {
	if d.Language != "" {
		return d.Language
	}
	if l := text.Language(d.Title + "\n" + d.Text); l != "" {
		return l
	}
	return "en"
}

// Keyphrase is one ranked phrase of a document.
type Keyphrase struct {
	// Text is the phrase as written in the document, in its most frequent
	// capitalisation ("Zalmay Khalilzad", "bounties").
	Text string `json:"text"`
	// Key is the lower-cased, stemmed form used to merge variants and to
	// look up corpus statistics ("zalmay khalilzad", "bounti").
	Key string `json:"key"`
	// Score is higher for better phrases; it orders one document's phrases
	// and is not comparable across documents.
	Score float64 `json:"score"`
	// Count is how often the phrase occurs in the title and text.
	Count int `json:"count"`
}

// Keyphrases returns up to n ranked keyphrases of doc (1 to 3 words each,
// neither starting nor ending with a stop word), as a reader would mark
// them: mostly single words, with whole names ("Bruno Mars") and, where
// both are likely keys, a phrase beside its own words. The ranking is
// DefaultKeyphraseModel, fitted on the crowd keys of 500N-KPCrowd (see
// keyphrase_model.go). stats, when not nil, supplies corpus document
// frequencies so terms common to many articles ("police", "Reuters") rank
// lower; nil scores the document on its own. For hashtags use
// TopicPhrases, which favours names and drops dates and generic words.
func Keyphrases(doc Document, stats CorpusStats, n int) []Keyphrase {
	if n <= 0 {
		return nil
	}
	return Analyze(doc).Keyphrases(stats, n)
}

// Keyphrases is the package function Keyphrases on an analysed document.
func (an *Analysis) Keyphrases(stats CorpusStats, n int) []Keyphrase {
	if n <= 0 {
		return nil
	}
	return rankByModel(an.a, stats, n, DefaultKeyphraseModel())
}

// rankKeyphrases ranks with the hand-tuned product score of
// keyphrase_score.go, which TopicPhrases and the summary's topic words use;
// it scores, sorts and deduplicates the candidates of a.
func rankKeyphrases(a *docAnalysis, cands []*phraseCandidate, stats CorpusStats, n int, w keyphraseWeights) []Keyphrase {
	if len(cands) == 0 {
		return nil
	}
	cands = append([]*phraseCandidate(nil), cands...) // the analysis keeps its order
	scoreCandidates(a, cands, stats, w)
	sort.Slice(cands, func(i, j int) bool {
		if cands[i].score != cands[j].score {
			return cands[i].score > cands[j].score
		}
		return cands[i].key < cands[j].key
	})
	if w.Absorb > 0 {
		absorbWords(a, cands, w.Absorb, w.AbsorbCommon)
	}
	return selectKeyphrases(cands, n)
}

// selectKeyphrases takes the best candidates, dropping a phrase when an
// already chosen one contains it and it seldom occurs outside of it
// ("Khalilzad" after "Zalmay Khalilzad"), or when it contains a chosen
// phrase that mostly occurs inside it.
func selectKeyphrases(cands []*phraseCandidate, n int) []Keyphrase {
	out := make([]Keyphrase, 0, n)
	chosen := make([]*phraseCandidate, 0, n)
	for _, c := range cands {
		if len(out) == n {
			break
		}
		if kpRedundantPhrase(c, chosen) {
			continue
		}
		if c.container != nil {
			score := c.score
			c = c.container
			if kpRedundantPhrase(c, chosen) {
				continue
			}
			c.score = max(c.score, score)
		}
		chosen = append(chosen, c)
		out = append(out, Keyphrase{Text: c.surface(), Key: c.key, Score: c.score, Count: c.tf})
	}
	return out
}

func kpRedundantPhrase(c *phraseCandidate, chosen []*phraseCandidate) bool {
	for _, p := range chosen {
		switch {
		case p.key == c.key:
			return true
		case kpContainsPhrase(p.key, c.key) && c.tf <= p.tf+p.tf/2:
			return true
		case kpContainsPhrase(c.key, p.key) && p.tf <= c.tf+c.tf/2:
			return true
		}
	}
	return false
}

// containsPhrase reports whether the space-separated key outer contains
// inner as a run of whole words.
func kpContainsPhrase(outer, inner string) bool {
	if len(inner) >= len(outer) {
		return false
	}
	i := strings.Index(" "+outer+" ", " "+inner+" ")
	return i >= 0
}

// absorbWords points each single capitalised word that occurs mostly inside
// one capitalised phrase at that phrase ("Bruno" at "Bruno Mars"), so the
// ranking shows the full name where the word ranks; with common, lower-case
// phrases written at least twice absorb their words too ("customer" in
// "customer support", "confidence" in "confidence vote").
func absorbWords(a *docAnalysis, cands []*phraseCandidate, ratio float64, common bool) {
	single := make(map[string]*phraseCandidate, len(cands))
	for _, c := range cands {
		c.container = nil
		if c.nWords == 1 {
			single[c.key] = c
		}
	}
	for _, p := range cands {
		if p.nWords == 1 || p.capitals*2 < p.tf && !(common && p.tf-p.titleTF >= 2 && !a.possessiveIn(p)) {
			continue // a lower-case phrase counts twice in the text, without an owner ("Reyvik's bid")
		}
		for k := p.words[0]; k <= p.words[1]; k++ {
			w := &a.words[k]
			s := single[w.key]
			if w.stop || s == nil || float64(p.tf) < ratio*float64(s.tf) {
				continue
			}
			if cur := s.container; cur == nil || p.tf > cur.tf || (p.tf == cur.tf && p.nWords < cur.nWords) {
				s.container = p
			}
		}
	}
}

// possessiveIn reports a possessive inside phrase c: "Reyvik's bid".
func (a *docAnalysis) possessiveIn(c *phraseCandidate) bool {
	for k := c.words[0]; k < c.words[1]; k++ {
		if t := a.words[k].text; strings.HasSuffix(t, "'s") || strings.HasSuffix(t, "’s") {
			return true
		}
	}
	s := c.surface()
	return strings.Contains(s, "'s ") || strings.Contains(s, "’s ")
}
