package enrich

import (
	"sort"
	"unicode"
	"unicode/utf8"
)

// quoteSpan is one quotation found in a paragraph: open..close covers the
// marks, innerStart..innerEnd the quoted words.
type quoteSpan struct {
	open, close          int
	innerStart, innerEnd int
}

// scanQuotes finds quotation spans in a paragraph. Double quotes (straight,
// curly, guillemets) are paired first; single quotes are paired only outside
// them, and only where they cannot be apostrophes. A double quote left open
// at the end of a paragraph runs to its end, as multi-paragraph quotations
// do in news copy.
func scanQuotes(p string) []quoteSpan {
	var spans []quoteSpan
	inDouble := false
	var openAt int
	var closer rune
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		switch {
		case !inDouble && (r == '“' || r == '«' || r == '"' || r == '„'):
			inDouble, openAt = true, i
			closer = closerOf(r)
		case inDouble && (r == closer || (closer == '”' && r == '"') || (closer == '"' && r == '”')):
			spans = append(spans, makeSpan(p, openAt, i+w))
			inDouble = false
		}
		i += w
	}
	if inDouble && len(p)-openAt > 1 {
		s := makeSpan(p, openAt, len(p))
		s.innerEnd = trimRight(p, s.innerStart, len(p))
		spans = append(spans, s)
	}
	spans = append(spans, scanSingleQuotes(p, spans)...)
	sortSpans(spans)
	return spans
}

func makeSpan(p string, open, close int) quoteSpan {
	_, ow := utf8.DecodeRuneInString(p[open:])
	_, cw := utf8.DecodeLastRuneInString(p[:close])
	s := quoteSpan{open: open, close: close, innerStart: open + ow, innerEnd: close - cw}
	if s.innerEnd < s.innerStart {
		s.innerEnd = s.innerStart
	}
	s.innerStart = trimLeft(p, s.innerStart, s.innerEnd)
	s.innerEnd = trimRight(p, s.innerStart, s.innerEnd)
	return s
}

func trimLeft(p string, i, j int) int {
	for i < j {
		r, w := utf8.DecodeRuneInString(p[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += w
	}
	return i
}

func trimRight(p string, i, j int) int {
	for j > i {
		r, w := utf8.DecodeLastRuneInString(p[:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= w
	}
	return j
}

// inSpans reports whether byte i lies in one of spans, which are sorted
// and do not overlap.
func inSpans(i int, spans []quoteSpan) bool {
	k := sort.Search(len(spans), func(k int) bool { return spans[k].close > i })
	return k < len(spans) && i >= spans[k].open
}

// scanSingleQuotes pairs ' and ‘’ used as quotation marks. An opening mark
// follows a space or an opening bracket/dash and precedes a letter; a
// closing mark follows a non-space and is not followed by a letter, so
// "There's" and "O'Brien" are never split. A plural possessive ("dollars'
// worth") is taken as a closer only when nothing better follows before the
// next opening mark.
func scanSingleQuotes(p string, doubles []quoteSpan) []quoteSpan {
	type mark struct {
		at, width         int
		open, close, weak bool
	}
	var marks []mark
	for i := 0; i < len(p); {
		r, w := utf8.DecodeRuneInString(p[i:])
		if (r == '\'' || r == '‘' || r == '’') && !inSpans(i, doubles) {
			m := mark{at: i, width: w}
			m.open = r != '’' && singleOpens(p, i, w)
			if r != '‘' && singleCloses(p, i, w) {
				prev, next, after := runeBefore(p, i), runeAt(p, i+w), runeAt(p, i+w+1)
				m.close = true
				m.weak = (prev == 's' || prev == 'S') && next == ' ' && unicode.IsLower(after)
			}
			if m.open || m.close {
				marks = append(marks, m)
			}
		}
		i += w
	}
	var spans []quoteSpan
	for k := 0; k < len(marks); k++ {
		if !marks[k].open {
			continue
		}
		end, weak := -1, -1
		for j := k + 1; j < len(marks) && j <= k+maxSingleQuoteLookahead; j++ {
			m := marks[j]
			if inDoubleBetween(doubles, marks[k].at, m.at) {
				break
			}
			if m.close && !m.weak && m.at > marks[k].at+marks[k].width {
				end = j
				break
			}
			if m.close && m.weak && weak < 0 {
				weak = j
			}
			if m.open && weak >= 0 {
				break // "'good fighters' and 'really smart'"
			}
		}
		if end < 0 {
			end = weak
		}
		if end < 0 {
			continue
		}
		spans = append(spans, makeSpan(p, marks[k].at, marks[end].at+marks[end].width))
		k = end
	}
	return spans
}

// inDoubleBetween reports a double-quoted span starting between i and j.
func inDoubleBetween(doubles []quoteSpan, i, j int) bool {
	k := sort.Search(len(doubles), func(k int) bool { return doubles[k].open > i })
	return k < len(doubles) && doubles[k].open < j
}

// maxSingleQuoteLookahead bounds the marks searched for a closing single
// quote, so a paragraph of unmatched marks costs linear time.
const maxSingleQuoteLookahead = 40

func singleOpens(p string, i, w int) bool {
	prev := runeBefore(p, i)
	next := runeAt(p, i+w)
	if !(i == 0 || unicode.IsSpace(prev) || prev == '(' || prev == '[' || prev == '—' || prev == '–' || prev == ':' || prev == '“' || prev == '"') {
		return false
	}
	if !(unicode.IsLetter(next) || unicode.IsDigit(next) || next == '[' || next == '…' || next == '.') {
		return false
	}
	// Elisions such as 'em, 'til, '90s.
	if unicode.IsDigit(next) {
		return false
	}
	return true
}

func singleCloses(p string, j, w int) bool {
	prev := runeBefore(p, j)
	next := runeAt(p, j+w)
	if prev == 0 || unicode.IsSpace(prev) {
		return false
	}
	return !(unicode.IsLetter(next) || unicode.IsDigit(next))
}

func sortSpans(s []quoteSpan) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j].open < s[j-1].open; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func closerOf(open rune) rune {
	switch open {
	case '“':
		return '”'
	case '«':
		return '»'
	case '„':
		return '“'
	}
	return '"'
}
