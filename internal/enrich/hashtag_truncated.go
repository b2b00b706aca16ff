package enrich

import (
	"strings"
	"unicode"
)

// withoutTruncated drops a phrase of common words that cuts another topic
// in two: the text never writes it without the same word beside it, and
// that word joins its edge to another topic of the article. "rate of
// income" is always "rate of income tax" beside the topic "income tax";
// "butter line" always "peanut butter line" beside "peanut butter".
// Phrases written once, and names, are kept.
func withoutTruncated(topics []Keyphrase, written string) []Keyphrase {
	lower := strings.ToLower(written)
	others := map[string]bool{}
	for _, t := range topics {
		others[strings.ToLower(t.Text)] = true
	}
	out := topics[:0]
	for _, t := range topics {
		phrase := strings.ToLower(t.Text)
		if strings.Contains(phrase, " ") && unicode.IsLower(runeAt(t.Text, 0)) {
			before, after := alwaysBeside(lower, phrase)
			words := strings.Fields(phrase)
			if after != "" && others[words[len(words)-1]+" "+after] || before != "" && others[before+" "+words[0]] {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// alwaysBeside returns the word written just before every occurrence of
// phrase in text (both lower case), and the word just after every one,
// when it is always the same; "" otherwise, or for a phrase written once.
func alwaysBeside(text, phrase string) (before, after string) {
	sameBefore, sameAfter, n := true, true, 0
	for i := 0; n < onlyInsideChecks; {
		k := strings.Index(text[i:], phrase)
		if k < 0 {
			break
		}
		at, end := i+k, i+k+len(phrase)
		i = end
		if at > 0 && isWordByte(text[at-1]) || end < len(text) && isWordByte(text[end]) {
			continue // inside a longer word
		}
		b, a := lastWordOf(text[:at]), firstWordOf(text[end:])
		if n == 0 {
			before, after = b, a
		}
		sameBefore = sameBefore && b == before
		sameAfter = sameAfter && a == after
		n++
	}
	if n < 2 {
		return "", ""
	}
	if !sameBefore {
		before = ""
	}
	if !sameAfter {
		after = ""
	}
	return before, after
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= '0' && b <= '9' || b >= 0x80
}

// lastWordOf and firstWordOf return the word just before the end of s, or
// just after its start, when one space separates them; "" otherwise.
func lastWordOf(s string) string {
	t := strings.TrimRight(s, " ")
	if len(s)-len(t) != 1 {
		return ""
	}
	return t[strings.LastIndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) })+1:]
}

func firstWordOf(s string) string {
	t := strings.TrimLeft(s, " ")
	if len(s)-len(t) != 1 {
		return ""
	}
	if i := strings.IndexFunc(t, func(r rune) bool { return !unicode.IsLetter(r) }); i >= 0 {
		return t[:i]
	}
	return t
}
