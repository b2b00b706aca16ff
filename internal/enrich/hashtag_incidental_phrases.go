package enrich

// phraseSpread says where the article names each topic that is a phrase
// or a capitalised word ("#SanAntonio", "#LawEnforcement", "#Hollywood"),
// by its Key: the single lower-case words have their own, stricter rules
// in withoutIncidental.
func (a *docAnalysis) phraseSpread(topics []Keyphrase, para []int, paras int) map[string]*topicSpread {
	byKey := make(map[string]*phraseCandidate, len(topics))
	for _, t := range topics {
		if !commonNoun(t.Text) {
			byKey[t.Key] = nil
		}
	}
	for _, c := range a.candidates() {
		if _, ok := byKey[c.key]; ok {
			byKey[c.key] = c
		}
	}
	out := map[string]*topicSpread{}
	for _, t := range topics {
		c := byKey[t.Key]
		if c == nil {
			continue
		}
		sp := &topicSpread{title: c.inTitle}
		for _, span := range append([][2]int{{c.words[0], c.words[1]}}, c.later...) {
			s := a.words[span[0]].sent
			if a.hasTitle && s == 0 {
				continue
			}
			sp.mentions++
			// The lead is the first two paragraphs or the opening
			// sentences, whichever goes further: a text given as one
			// block is all first paragraph.
			if paras > 1 && para[s] <= 1 || s < a.bodyStart()+incidentalLeadSentences {
				sp.lead = true
			}
		}
		out[t.Key] = sp
	}
	return out
}

// topicSpread is where an article names a topic.
type topicSpread struct {
	title, lead bool
	mentions    int // in the text, the title left out
}

// thin reports a topic that neither the title nor the lead names and the
// text names less than thinTopicPerMille times per thousand of its
// words: a place passed through ("#SanAntonio" in a story about a
// concert tour), a body cited once ("#SupremeCourt"), a turn of phrase
// ("#WorstNightmare"). On the Zyte and development stories 22 of the 76
// tags this leaves out were judged right. The lead is the first two
// paragraphs here, or the opening sentences: with the first paragraph
// alone, 34 of 94 were.
func (s *topicSpread) thin(words int) bool {
	return !s.title && !s.lead && s.mentions*1000 < thinTopicPerMille*words
}
