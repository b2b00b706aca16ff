package enrich

import (
	"strings"

	"herald/internal/text"
)

// Limits on what counts as a standfirst: a paragraph of one or two
// sentences, followed by at least standfirstRest more sentences of text.
const (
	standfirstMaxSentences = 2
	standfirstRest         = 4
)

// markStandfirst notes that the text opens with the publisher's
// standfirst, the short summary many papers print under the headline and
// also send as the feed's description. Its sentences are shown at the top
// of the article, beside the key points; as key points they would say it
// again, and the lede after it says it a third time (37 of the 87 demo
// articles gave two of their three points to it). The first paragraph
// counts only when it is exactly the feed's description, so a lede that
// merely opens the text stays a candidate.
func (a *docAnalysis) markStandfirst(doc Document) {
	a.standfirst = len(standfirstSentences(doc, len(a.sentences)-a.bodyStart()))
}

// standfirstSentences returns the sentences of the standfirst doc's text
// opens with, as the text writes them, or nil; textSentences is how many
// sentences the whole text has.
func standfirstSentences(doc Document, textSentences int) []string {
	sf := strings.Join(strings.Fields(doc.Standfirst), " ")
	if sf == "" {
		return nil
	}
	para, _, _ := strings.Cut(strings.TrimSpace(strings.ReplaceAll(doc.Text, "\r\n", "\n")), "\n\n")
	if strings.Join(strings.Fields(para), " ") != sf {
		return nil
	}
	sents := text.Sentences(para)
	if n := len(sents); n == 0 || n > standfirstMaxSentences || textSentences-n < standfirstRest {
		return nil
	}
	return sents
}

// Standfirst returns the sentences of the standfirst doc's text opens with
// (its first paragraph, when that is exactly the feed's description), which
// key points leave out because the article page shows it first. A story
// summary shows no standfirst, and the standfirst is often the report's
// best lede ("Port Calder Mariners came from behind to beat ten-man
// Velmont Athletic 2-1 ..."), so the story's reports offer it with their
// key points.
func Standfirst(doc Document) []string {
	return standfirstSentences(doc, len(text.Sentences(doc.Text)))
}
