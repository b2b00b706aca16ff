package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is one word or punctuation mark of a paragraph, with byte offsets so
// quotations and sentences can be mapped back onto the original text.
type token struct {
	text       string // surface form; a possessive 's is stripped and noted in poss
	start, end int    // byte offsets in the paragraph
	word       bool
	upper      bool // first letter is upper case
	sentStart  bool // first word of its sentence, ignoring opening quotes
	quoted     bool // inside a quotation
	poss       bool // the word carried a possessive 's
	skip       bool // wire furniture (dateline, credits): names no entity of the story
	sent       int  // sentence number within the paragraph
}

// numberAbbreviations are abbreviations only before a number: "No. 5",
// "Fig. 2".
var numberAbbreviations = map[string]bool{"no": true, "nos": true, "fig": true}

// abbreviations keep their full stop inside the token, so "Sgt." or "Inc."
// does not end a sentence or split a name.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sgt": true, "gen": true,
	"col": true, "lt": true, "capt": true, "maj": true, "gov": true, "sen": true, "rep": true,
	"st": true, "jr": true, "sr": true, "inc": true, "corp": true, "ltd": true, "co": true,
	"rev": true, "no": true, "vs": true, "mt": true, "ft": true, "dept": true, "adm": true,
	"cpl": true, "pvt": true, "supt": true, "insp": true, "det": true, "hon": true, "mme": true,
	"mlle": true, "messrs": true, "bros": true, "plc": true, "jan": true, "feb": true,
	"mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "approx": true, "est": true, "fig": true,
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// pluralPossessiveInName reports a capitalised plural word s[i:j] with a
// possessive apostrophe that goes on with another capitalised word: the
// "Nurses'" of "Ardenian Nurses' Union", "Workers' Party".
func pluralPossessiveInName(s string, i, j int) bool {
	if !unicode.IsUpper(runeAt(s, i)) || runeBefore(s, j) != 's' {
		return false
	}
	if a := runeAt(s, j); a != '\'' && a != '’' {
		return false
	}
	k := j + utf8.RuneLen(runeAt(s, j))
	if runeAt(s, k) != ' ' || !unicode.IsUpper(runeAt(s, k+1)) {
		return false
	}
	// The next word names the body: "Brightwell Foods' Dunmore plant" is
	// a company's possession, not a name.
	next := s[k+1 : scanWord(s, k+1)]
	return possessiveNameHeads[strings.ToLower(next)]
}

// possessiveNameHeads follow a plural possessive inside a name.
var possessiveNameHeads = wordSet(`union unions party association associations movement federation alliance
league council fund guild trust cooperative co-operative club society institute college school hospital
home day rights bank committee front coalition congress forum network group`)

func runeAt(s string, i int) rune {
	if i < 0 || i >= len(s) {
		return 0
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return r
}

func runeBefore(s string, i int) rune {
	if i <= 0 || i > len(s) {
		return 0
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return r
}

// tokenize splits a paragraph into words and punctuation. Hyphens and
// apostrophes between letters stay inside words ("al-Nur", "O'Brien");
// initialisms ("U.S.") and listed abbreviations keep their stops.
func tokenize(s string) []token {
	toks := make([]token, 0, len(s)/5)
	for i := 0; i < len(s); {
		r, w := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += w
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{text: s[i : i+w], start: i, end: i + w})
			i += w
			continue
		}
		j := scanWord(s, i)
		if e := elidedBeforeName(s, i, j); e > 0 {
			toks = append(toks, token{text: s[i:e], start: i, end: e, word: true})
			i = e
			continue
		}
		if pluralPossessiveInName(s, i, j) {
			j += utf8.RuneLen(runeAt(s, j)) // "Nurses' Union": the apostrophe stays in the name
		}
		t := token{text: s[i:j], start: i, end: j, word: true}
		t.upper = unicode.IsUpper(r)
		if strings.HasSuffix(t.text, "'s") || strings.HasSuffix(t.text, "’s") {
			n := len(t.text) - len("'s")
			if strings.HasSuffix(t.text, "’s") {
				n = len(t.text) - len("’s")
			}
			if n > 0 {
				t.text, t.poss = t.text[:n], true
			}
		}
		toks = append(toks, t)
		i = j
	}
	markSentences(toks)
	return toks
}

// elidedBeforeName returns the end of a lower-case French elision that
// opens the word s[i:j] when a capital follows it ("l'Union européenne",
// "d'Ardenia"), so that the name after it is a word of its own; 0 when
// there is none. A capital elision stays: "L'Oréal" is a name.
func elidedBeforeName(s string, i, j int) int {
	for k := i; k < j && k-i <= 7; {
		r, w := utf8.DecodeRuneInString(s[k:])
		if r == '\'' || r == '’' {
			if k == i || !frenchElisions[s[i:k]] || !unicode.IsUpper(runeAt(s, k+w)) {
				return 0
			}
			return k + w
		}
		k += w
	}
	return 0
}

// frenchElisions are the words French writes with an apostrophe before a
// vowel, in lower case.
var frenchElisions = map[string]bool{"l": true, "d": true, "qu": true, "lorsqu": true, "puisqu": true, "jusqu": true, "s": true, "n": true, "c": true, "j": true, "m": true, "t": true}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	j := i
	segStart := i // start of the current dot-separated segment
	for j < len(s) {
		r, w := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += w
			continue
		}
		next := runeAt(s, j+w)
		switch {
		case (r == '-' || r == '\'' || r == '’') && isWordRune(next):
			j += w
			continue
		case r == '&' && unicode.IsUpper(runeBefore(s, j)) && unicode.IsUpper(next):
			j += w // "S&P", "AT&T": one name
			continue
		case r == '.' && utf8.RuneCountInString(s[segStart:j]) == 1 && unicode.IsLetter(next):
			// Initialism such as "U.S." or "U.N.": letter, stop, letter, stop.
			nw := utf8.RuneLen(next)
			if runeAt(s, j+w+nw) == '.' {
				j += w
				segStart = j
				continue
			}
		}
		if r == '.' {
			word := s[i:j]
			if numberAbbreviations[strings.ToLower(word)] && !unicode.IsDigit(runeAt(strings.TrimLeft(s[j+w:], " "), 0)) {
				break // "the union said no. The broadcaster ...": a word ending its sentence, not "No. 5"
			}
			if strings.Contains(word, ".") || abbreviations[strings.ToLower(word)] ||
				(utf8.RuneCountInString(word) == 1 && unicode.IsUpper(runeAt(word, 0))) {
				return j + w // "U.S." keeps its final stop; "Sgt." and initials too
			}
		}
		break
	}
	return j
}

// markSentences numbers sentences: a sentence ends at . ! ? or … (plus any
// closing quotes) when the next word starts with a capital, a digit or an
// opening quote.
func markSentences(toks []token) {
	sent := 0
	start := true
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		t.sent = sent
		if t.word && start {
			t.sentStart = true
			start = false
		}
		if t.word || !isSentenceEnd(t.text) {
			continue
		}
		m := k + 1
		for m < len(toks) && !toks[m].word && isClosingMark(toks[m].text) && !(straightMark(toks[m].text) && toks[m].start > toks[m-1].end) {
			m++ // a straight mark after a space opens the next sentence's quotation
		}
		if m >= len(toks) {
			continue
		}
		nt := toks[m]
		if nt.upper || (nt.word && unicode.IsDigit(runeAt(nt.text, 0))) || isOpeningMark(nt.text) {
			for q := k + 1; q < m; q++ {
				toks[q].sent = sent // closing marks belong to the finished sentence
			}
			k = m - 1
			sent++
			start = true
		}
	}
}

// straightMark reports a quotation mark that is the same either way.
func straightMark(s string) bool { return s == "\"" || s == "'" }

func isSentenceEnd(s string) bool {
	return s == "." || s == "!" || s == "?" || s == "…"
}

func isClosingMark(s string) bool {
	switch s {
	case "\"", "'", "’", "”", "»", ")", "]":
		return true
	}
	return false
}

func isOpeningMark(s string) bool {
	switch s {
	case "\"", "'", "‘", "“", "«", "(", "[":
		return true
	}
	return false
}
