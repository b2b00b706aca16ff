package enrich

import (
	"math"
	"slices"
	"strings"

	"herald/internal/text"
)

// "Who is quoted, and what did they say?" asks for no fact but for the
// article's voices: the answer is one sentence per speaker, the one that
// holds their quotation and, where it can, names them, so that each
// citation says who speaks. The quotations and their speakers are the
// ones Quotes finds.

// asksWhoIsQuoted reports a question about the article's quotations as a
// whole, in English, French or Arabic: "Who is quoted?", "Who said
// what?", "What did they say?", "Qui s'exprime ?", "Qu'ont-ils dit ?",
// «من صرّح، وماذا قال؟». "What did Haddad say?" is one too; the caller
// leaves it to the speaker weights when the article quotes Haddad.
func asksWhoIsQuoted(q string) bool {
	q = normalizeQuestion(q)
	for _, p := range quotedQuestionForms {
		if strings.Contains(q, " "+p+" ") {
			return true
		}
	}
	return false
}

// normalizeQuestion lower-cases q, turns punctuation and curly
// apostrophes into plain ones, drops Arabic vowel marks ("صرّح" is
// "صرح") and pads it with spaces, for matching whole phrases.
func normalizeQuestion(q string) string {
	q = strings.Map(func(r rune) rune {
		switch {
		case r == '’':
			return '\''
		case r >= 0x064B && r <= 0x0652: // Arabic harakat and shadda
			return -1
		case strings.ContainsRune("?!.,;:؟،¿()«»\"“”", r):
			return ' '
		}
		return r
	}, q)
	return " " + strings.ToLower(strings.Join(strings.Fields(q), " ")) + " "
}

var quotedQuestionForms = []string{
	"who is quoted", "who was quoted", "who are quoted", "who were quoted", "who gets quoted",
	"who said what", "who says what", "who spoke", "who speaks", "who is speaking", "who commented",
	"what did they say", "what do they say", "what did they tell", "what was said", "what quotes", "which quotes",
	"qui est cité", "qui est citée", "qui sont cités", "qui est interrogé", "qui s'exprime", "qui s'est exprimé",
	"qui parle", "qui a parlé", "qui a dit quoi", "qui témoigne", "qu'ont-ils dit", "qu'ont-elles dit",
	"qu'a-t-il dit", "qu'a-t-elle dit", "qu'a-t-on dit", "que disent-ils", "que disent-elles",
	"من صرح", "من تحدث", "من قال", "ماذا قال", "ماذا قالوا", "ماذا قالت", "ماذا صرح", "بماذا صرح",
}

// quotedQuestionWords are the words of those questions that ask for a
// quotation rather than name a topic; what is left ("Who is quoted about
// the fares?") ranks the quotations.
var quotedQuestionWords = wordSet(`quoted quote quotes said say says saying spoke speaks speaking commented tell told
cité citée cités citées exprime exprimé interrogé parle parlé dit disent témoigne صرح قال قالوا قالت تحدث وماذا`)

// answerQuoted answers a question about the article's quotations: for
// each named speaker in order of appearance, the sentence of their
// quotations that names them (or, when none does, the first), ranked by
// score (the question's other words) and then by position.
func answerQuoted(quotes []Quote, sents []string, scores []float64, n int) []Citation {
	type pick struct {
		sent  int
		named bool
	}
	best := map[string]pick{}
	speakers := map[string]string{}
	var order []string
	for _, q := range quotes {
		if q.Speaker == "" {
			continue // a quotation no one is credited with does not say who speaks
		}
		key := q.SpeakerKey
		if key == "" {
			key = q.Speaker
		}
		for _, i := range quoteSentences(q.Text, sents) {
			named := namesSpeaker(sents[i], q.Speaker)
			old, seen := best[key]
			if !seen {
				order = append(order, key)
			}
			if !seen || named && !old.named {
				best[key] = pick{i, named}
				speakers[key] = q.Speaker
			}
		}
	}
	var out []Citation
	for rank, key := range order {
		i := best[key].sent
		score := 1 / float64(1+rank)
		if scores != nil && scores[i] > 0 {
			score += scores[i]
		}
		c := Citation{Sentence: i, Text: sents[i], Score: math.Round(score*1000) / 1000}
		if !best[key].named {
			c.Speaker = speakers[key]
		}
		out = append(out, c)
	}
	return bestCitations(out, n)
}

// quoteSentences returns the indices of the sentences that hold part of
// quotation quote: its own sentences are looked for in the article's, as
// a long quotation runs over several ("These are not hairline cracks …
// We closed the bridge …," she said).
func quoteSentences(quote string, sents []string) []int {
	var out []int
	for _, part := range text.Sentences(quote) {
		core := quoteCore(part)
		if len([]rune(core)) < 12 {
			continue
		}
		for i, s := range sents {
			if strings.Contains(s, core) || strings.Contains(core, quoteCore(s)) && len([]rune(quoteCore(s))) >= 12 {
				if !slices.Contains(out, i) {
					out = append(out, i)
				}
				break
			}
		}
	}
	slices.Sort(out)
	return out
}

// namesSpeaker reports a sentence that names speaker: by full name or
// surname for a person ("M. Desrosiers"), by the words themselves for a
// description ("la chercheuse").
func namesSpeaker(s, speaker string) bool {
	for _, form := range personForms(speaker) {
		if strings.Contains(s, form) && containsWords(s, form) {
			return true
		}
	}
	return false
}

// answerQuotedQuestion answers a question about the quotations of the
// analysed article, ranking them by the question's words that do not ask
// for a quotation; nil when the article quotes no one by name.
func answerQuotedQuestion(a *analysis, lang string, sents []string, query map[string]bool, n int) []Citation {
	topic := map[string]bool{}
	for st := range query {
		topic[st] = true
	}
	for w := range quotedQuestionWords {
		delete(topic, answerStem(lang, w))
	}
	var scores []float64
	if len(topic) > 0 {
		m := matchQuestion(lang, sents, topic, false)
		scores = make([]float64, len(sents))
		for i := range sents {
			scores[i] = m.bm25(i)
		}
	}
	return answerQuoted(a.quotes, sents, scores, n)
}
