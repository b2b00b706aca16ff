package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// lawClauseAt reports a numbered part of a text at token k: a capitalised
// "Section", "Article" or "Clause" before a number ("Section 58",
// "Article 22"), which may declare or guarantee something but never
// speaks.
func lawClauseAt(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k].upper && lawClauseWords[lower(toks[k].text)] &&
		toks[k+1].sent == toks[k].sent && unicode.IsDigit(runeAt(toks[k+1].text, 0))
}

// lawClauseWords name a numbered part of a law, a treaty or a bill.
var lawClauseWords = wordSet(`section article clause bill amendment chapter paragraph schedule regulation
articles sections clauses alinéa loi`)

// isLawClause reports a speaker phrase that is a numbered part of a text.
func isLawClause(toks []token, np []int) bool {
	for i, k := range np {
		if lawClauseAt(toks, k) {
			return true
		}
		if w := lower(toks[k].text); i > 0 || w != "the" && w != "its" {
			return false
		}
	}
	return false
}

// quotesALaw reports a short quotation inside a sentence about a
// numbered part of a text, when no one says it: "Section 58 declares the
// act to be “of provincial public order”", "Article 22 ... guarantees
// linguistic minorities “reasonable access to public services”" quote
// the law's wording, not a speaker.
func (a *analysis) quotesALaw(pi int, q rawQuote) bool {
	toks := a.paras[pi].toks
	if q.words > 15 || q.tokStart <= 1 || q.tokStart > len(toks) || !toks[q.tokStart-2].word {
		return false // a quotation opening its sentence is someone's
	}
	sent := toks[q.tokStart-1].sent
	for k := q.tokStart - 2; k >= 0 && toks[k].sent == sent && !toks[k].quoted; k-- {
		if lawClauseAt(toks, k) {
			return true
		}
	}
	return false
}

// isTypedText reports quoted words typed into a machine, not spoken: a
// prompt or a search ("typed “best pizza near me”", "asked it “What did
// we agree with the supplier?”", "the prompt “...”"), or a question that
// itself does something ("“What did we agree ...?” pulled the right
// paragraph").
func (a *analysis) isTypedText(pi int, q rawQuote) bool {
	toks := a.paras[pi].toks
	if q.tokStart < 1 || q.tokStart > len(toks) {
		return false
	}
	if k := q.tokEnd; k < len(toks) && toks[k].word && !toks[k].upper && resultVerbs[toks[k].text] {
		return true
	}
	sent := toks[q.tokStart-1].sent
	for k, n := q.tokStart-2, 0; k >= 0 && n < 6 && toks[k].sent == sent && !toks[k].quoted; k-- {
		if !toks[k].word {
			continue
		}
		n++
		w := lower(toks[k].text)
		if typingWords[w] || (w == "it" || w == "atlas" || w == "chatgpt") && k > 0 && lower(toks[k-1].text) == "asked" {
			return true
		}
	}
	return false
}

// typingWords put the quoted words after them into a machine.
var typingWords = wordSet(`typed types typing type prompt prompts prompted query queries queried searched
search searching googled entered keyed tapé tapant requête`)

// resultVerbs after a quotation make it a query that found something:
// "“...” pulled the right paragraph", "“...” returned 40 results".
var resultVerbs = wordSet(`pulled returned returns produced produces brought surfaced fetched retrieved
yielded generated turned found finds gave gives`)

// replyNouns after a possessive name make the name the speaker of the
// quotation the sentence goes on to: "Marsk’s answer: “...”", "the
// ministry's reply, that the forecasts sit “...”".
var replyNouns = wordSet(`answer reply response retort riposte rejoinder verdict réponse`)

// possessiveReplySpeaker returns the person or organisation whose answer
// or reply the tokens before a quotation announce, or nil.
func (a *analysis) possessiveReplySpeaker(pi int, ks []int) *cluster {
	toks := a.paras[pi].toks
	for i := 0; i+1 < len(ks); i++ {
		if !toks[ks[i]].poss || !replyNouns[lower(toks[ks[i+1]].text)] {
			continue
		}
		for _, mi := range a.byPara[pi] {
			m := &a.mentions[mi]
			if m.tok1-1 != ks[i] || m.cluster < 0 || m.quoted {
				continue
			}
			if c := a.clusters[m.cluster]; c.typ == Person || c.typ == Organization {
				return c
			}
		}
		return nil
	}
	return nil
}

// leadIn reports a quotation announced by a short phrase and a colon that
// names no one, opening its paragraph: "Then came the killer line:
// “...”". The words are those of whoever the previous paragraph quoted.
func (a *analysis) leadIn(pi int, q rawQuote) bool {
	toks := a.paras[pi].toks
	if q.tokStart < 2 || q.tokStart > len(toks) || toks[q.tokStart-2].text != ":" || toks[q.tokStart-2].sent != 0 {
		return false
	}
	words := 0
	for _, t := range toks[:q.tokStart-2] {
		if t.word {
			words++
		}
	}
	if words > 8 {
		return false
	}
	for _, mi := range a.byPara[pi] {
		if a.mentions[mi].tok0 < q.tokStart {
			return false
		}
	}
	return true
}

// keptQuote is a quotation kept, with whether its speaker was read beside
// it.
type keptQuote struct {
	Quote
	adjacent bool
}

// dropRepeatedQuotes keeps one of two quotations where one's words are in
// the other's: a phrase quoted in a sentence and then quoted in full ("be
// “first in line”" and "“The Harbour Bridge is first in line, and ...”"),
// or a standfirst's shortened version of a quotation in the body ("Union
// boss: “We're not angels, we're exhausted”"). The longer stays, with
// the shorter's speaker when only that one was read beside its words.
func dropRepeatedQuotes(qs []keptQuote) []Quote {
	out := make([]Quote, 0, len(qs))
	if len(qs) < 2 {
		for _, q := range qs {
			out = append(out, q.Quote)
		}
		return out
	}
	words := make([][]string, len(qs))
	for i, q := range qs {
		words[i] = quoteWords(q.Text)
	}
	drop := make([]bool, len(qs))
	for i := range qs {
		for j := range qs {
			if i == j || drop[j] || len(words[i]) < 2 || len(words[i]) > len(words[j]) ||
				len(words[i]) == len(words[j]) && i < j || !withinWords(words[i], words[j]) {
				continue
			}
			drop[i] = true
			if qs[i].Speaker != "" && qs[i].adjacent && !qs[j].adjacent && qs[j].Speaker != qs[i].Speaker {
				qs[j].Speaker, qs[j].SpeakerKey, qs[j].adjacent = qs[i].Speaker, qs[i].SpeakerKey, true
			}
			break
		}
	}
	for i, q := range qs {
		if !drop[i] {
			out = append(out, q.Quote)
		}
	}
	return out
}

// quoteWords lower-cases a quotation's words, apostrophes folded.
func quoteWords(s string) []string {
	s = strings.ToLower(strings.ReplaceAll(s, "’", "'"))
	return strings.FieldsFunc(s, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
}

// withinWords reports whether short's words appear in long in order,
// within a stretch at most twice as long as short: "we're not angels,
// we're exhausted" in "we're not angels, we're professionals, and we're
// exhausted".
func withinWords(short, long []string) bool {
	for s := 0; s+len(short) <= len(long); s++ {
		if long[s] != short[0] {
			continue
		}
		i, k := 1, s+1
		for ; i < len(short) && k < len(long) && k-s < 2*len(short); k++ {
			if long[k] == short[i] {
				i++
			}
		}
		if i == len(short) {
			return true
		}
	}
	return false
}

// titlePrepositions stand before a show's or a work's name: "on “DWTS.”",
// "in “Pose”".
var titlePrepositions = wordSet(`on in at of for from with by`)

// nameInSentence reports a short quotation that a sentence uses as a word
// of its own, after a word that is no speech verb: a show or a work named
// in passing ("the “Pose” actor said", "said on “DWTS.”", "CNBC's
// “Trading Nation”"), which the attribution beside it does not make
// anyone's words. "“Never,” she said" opens its sentence; "replied:
// “No.”" follows a colon.
func (a *analysis) nameInSentence(pi int, q rawQuote) bool {
	toks := a.paras[pi].toks
	if q.words >= minQuoteWords || q.tokStart < 2 || q.tokStart > len(toks) {
		return false
	}
	before := toks[q.tokStart-2]
	if !before.word || before.sent != toks[q.tokStart-1].sent || speechVerbAt(toks, q.tokStart-2) {
		return false
	}
	// Only where a name goes: after a determiner, a preposition or an
	// owner ("the “Pose” actor", "on “DWTS.”", "CNBC's “Trading
	// Nation”"); not a reply ("told reporters “Never.”", "replied simply
	// “No.”") nor a name put on something ("called it a “Witch Hunt.”").
	if w := lower(before.text); !determiners[w] && !titlePrepositions[w] && !before.poss {
		return false
	}
	for k := q.tokStart - 2; k >= 0 && k >= q.tokStart-12 && toks[k].sent == before.sent; k-- {
		if namingVerbs[lower(toks[k].text)] || namingAsVerbs[lower(toks[k].text)] {
			return false
		}
	}
	for _, w := range strings.Fields(q.text) {
		if r, _ := utf8.DecodeRuneInString(w); unicode.IsLetter(r) && !unicode.IsUpper(r) {
			return false // "a “goodwill” gesture" is a scare quote, kept or dropped by its length
		}
	}
	return a.lang != "de" // German capitalises every noun
}
