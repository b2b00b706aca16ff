package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// docWord is one word of an analysed document.
type docWord struct {
	text    string // as written
	key     string // stem of the lower-cased word
	id      int32  // number of the stem within the document
	start   int    // byte offsets of text in its sentence
	end     int
	sent    int // sentence index; the title, when present, is sentence 0
	stop    bool
	number  bool
	capital bool // starts upper case and is not the first word of its sentence
	acronym bool // two or more letters, all upper case
	initial bool // first word of its sentence
	// joined says the previous word is adjacent (no punctuation between),
	// so a phrase may span both.
	joined bool
}

// docAnalysis is a document split into sentences and words, shared by the
// keyphrase and summary scorers.
type docAnalysis struct {
	lang      string
	hasTitle  bool
	sentences []string
	sentWords [][2]int // [first, end) indices into words per sentence
	words     []docWord
	// lexicon caches stem and stop-word status per written form: a news
	// article repeats most of its words, and stemming dominates the cost.
	lexicon map[string]lexEntry
	stemIDs map[string]int32
	// cands caches candidates(); rankings copy the slice before sorting.
	cands []*phraseCandidate
	// wordTF counts each stem's occurrences as a one-word candidate, by
	// stem number (filled with cands).
	wordTF map[int32]int
	// acronyms holds the texts written as acronyms somewhere, cased the
	// lower-cased texts of words written with small letters (see
	// noteCases).
	acronyms, cased map[string]bool
	// quoted marks the words inside quotation marks (see inQuotation).
	quoted []bool
	// standfirst counts the body's first sentences that are the
	// publisher's standfirst (see markStandfirst).
	standfirst int
}

type lexEntry struct {
	key  string
	id   int32
	stop bool
}

// maxAnalysedBytes bounds the text analysed, so a hostile multi-megabyte
// input costs no more than a long article.
const maxAnalysedBytes = 200_000

// Analysis is a document tokenised, split into sentences and stemmed once,
// so the keyphrases, topic phrases and summary of one article share that
// work. Its methods may be called in any order and repeatedly, but not from
// several goroutines at once (they share scratch state).
type Analysis struct{ a *docAnalysis }

// Analyze prepares doc for Keyphrases and Summary.
func Analyze(doc Document) *Analysis { return &Analysis{a: analyzeDocument(doc)} }

// Language returns the document's language (given or detected).
func (an *Analysis) Language() string { return an.a.lang }

// sentenceParagraphs numbers the paragraph of each body sentence in text
// (blocks between blank lines, empty ones not counted; the title is
// sentence 0 of no paragraph) and counts the paragraphs. ok is false when
// a sentence is not found in text, which then was not the analysed one.
func (a *docAnalysis) sentenceParagraphs(text string) (para []int, paragraphs int, ok bool) {
	norm := strings.ReplaceAll(text, "\r\n", "\n")
	var ends []int // where each paragraph ends in norm
	pos := 0
	for _, p := range strings.Split(norm, "\n\n") {
		if strings.TrimSpace(p) != "" {
			ends = append(ends, pos+len(p))
		}
		pos += len(p) + 2
	}
	para = make([]int, len(a.sentences))
	at, pi := 0, 0
	for si := a.bodyStart(); si < len(a.sentences); si++ {
		s := strings.ReplaceAll(a.sentences[si], "\r\n", "\n")
		j := strings.Index(norm[at:], s)
		if j < 0 {
			return nil, 0, false
		}
		at += j
		for pi < len(ends)-1 && at >= ends[pi] {
			pi++
		}
		para[si] = pi
		at += len(s)
	}
	return para, len(ends), true
}

// stem returns the stem of a written word, from the lexicon when the text
// uses it.
func (an *Analysis) stem(form string) string {
	if lex, ok := an.a.lexicon[form]; ok {
		return lex.key
	}
	return text.Stem(an.a.lang, form)
}

// bodyStart is the index of the first sentence of the text (after the
// title, when there is one).
func (a *docAnalysis) bodyStart() int {
	if a.hasTitle {
		return 1
	}
	return 0
}

func analyzeDocument(doc Document) *docAnalysis {
	a := &docAnalysis{lang: doc.lang(), lexicon: make(map[string]lexEntry, 512), stemIDs: make(map[string]int32, 512)}
	body := doc.Text
	if len(body) > maxAnalysedBytes {
		body = strings.ToValidUTF8(body[:maxAnalysedBytes], "")
	}
	// About one word per six bytes of news text; growing the slice costs
	// more than slightly over-allocating it.
	a.words = make([]docWord, 0, (len(body)+len(doc.Title))/6+8)
	if t := strings.TrimSpace(doc.Title); t != "" {
		a.hasTitle = true
		a.addSentence(t)
	}
	if a.hasTitle && kpIsTitleCase(a.words) {
		// "True Grit Star Hailee Steinfeld In Talks": capitals mark the
		// headline style, not names.
		for i := range a.words {
			a.words[i].capital = false
		}
	}
	for _, s := range text.Sentences(body) {
		a.addSentence(s)
	}
	a.markStandfirst(doc)
	return a
}

func (a *docAnalysis) addSentence(s string) {
	idx := len(a.sentences)
	a.sentences = append(a.sentences, s)
	first := len(a.words)
	toks := text.Tokens(s)
	allCaps := kpIsShouting(toks)
	prevWord := false
	for _, t := range toks {
		if t.Kind == text.Punct {
			prevWord = false
			continue
		}
		w := docWord{text: t.Text, sent: idx, number: t.Kind == text.Number, joined: prevWord}
		w.initial = len(a.words) == first
		lex, ok := a.lexicon[t.Text]
		if !ok {
			lex = lexEntry{key: text.Stem(a.lang, t.Text), stop: text.IsStopWord(a.lang, t.Text)}
			id, seen := a.stemIDs[lex.key]
			if !seen {
				id = int32(len(a.stemIDs))
				a.stemIDs[lex.key] = id
			}
			lex.id = id
			a.lexicon[t.Text] = lex
		}
		w.key, w.id, w.stop = lex.key, lex.id, lex.stop
		w.start, w.end = t.Start, t.End
		if !allCaps {
			w.acronym = kpIsAcronym(t.Text)
			r, _ := utf8.DecodeRuneInString(t.Text)
			w.capital = !w.initial && unicode.IsUpper(r)
		}
		a.words = append(a.words, w)
		prevWord = true
	}
	a.unmarkShoutedRuns(first)
	a.sentWords = append(a.sentWords, [2]int{first, len(a.words)})
}

// unmarkShoutedRuns clears the name evidence of capitals in a shouted
// kicker, words[first:] being one sentence: a run of two or more
// all-capital words, 8 letters or more in all, ended by a colon or an
// exclamation mark ("MARSK CLINGS ON:", "COMMUTER CHAOS:", "MARINERS
// MAGIC!"). Acronyms in running text ("NYSE ARCA halts trading") keep
// theirs.
func (a *docAnalysis) unmarkShoutedRuns(first int) {
	sent := a.sentences[len(a.sentences)-1]
	for i := first; i < len(a.words); {
		j, letters := i, 0
		for j < len(a.words) && a.words[j].acronym && (j == i || a.words[j].joined) {
			letters += kpLetterCount(a.words[j].text)
			j++
		}
		if j-i >= 2 && letters >= 8 {
			if rest := strings.TrimLeft(sent[a.words[j-1].end:], " "); strings.HasPrefix(rest, ":") || strings.HasPrefix(rest, "!") {
				for k := i; k < j; k++ {
					a.words[k].acronym, a.words[k].capital = false, false
				}
			}
		}
		i = max(j, i+1)
	}
}

// isShouting reports whether a sentence is written in capitals (a dateline
// or headline kicker), whose case says nothing about names.
func kpIsShouting(toks []text.Token) bool {
	upper, lower := 0, 0
	for _, t := range toks {
		for _, r := range t.Text {
			if unicode.IsUpper(r) {
				upper++
			} else if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return upper > 8 && upper > 2*lower
}

func kpIsAcronym(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		}
	}
	return letters >= 2
}

// kpIsTitleCase reports whether most content words of a headline start
// with a capital letter.
func kpIsTitleCase(words []docWord) bool {
	content, upper := 0, 0
	for _, w := range words {
		if w.stop || w.number {
			continue
		}
		content++
		r, _ := utf8.DecodeRuneInString(w.text)
		if unicode.IsUpper(r) {
			upper++
		}
	}
	return content >= 3 && upper*3 > content*2
}
