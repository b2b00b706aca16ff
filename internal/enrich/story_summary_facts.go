package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// storyFacts are the words of a summary sentence that carry its facts:
// numbers, and names (capitalised words after the sentence's first), each
// lower-cased without a possessive, hyphenated words taken apart ("the
// 140-year history" holds 140).
func storyFacts(s string) []string {
	var facts []string
	first := true
	for _, t := range text.Tokens(s) {
		switch t.Kind {
		case text.Number:
			facts = append(facts, t.Text)
		case text.Word:
			for _, part := range storyWordParts(t.Text) {
				r, _ := utf8.DecodeRuneInString(part)
				if unicode.IsDigit(r) || (!first && unicode.IsUpper(r)) {
					facts = append(facts, strings.ToLower(part))
				}
			}
			first = false
		}
	}
	return facts
}

// storyWordParts splits a word at its hyphens and drops a possessive:
// "Reyvik's" gives "Reyvik", "140-year" gives "140" and "year".
func storyWordParts(w string) []string {
	for _, p := range []string{"'s", "’s"} {
		w = strings.TrimSuffix(w, p)
	}
	return strings.FieldsFunc(w, isStoryHyphen)
}

func isStoryHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// storyWords adds every word and number of s, lower-cased and taken apart
// as storyFacts takes them, to seen.
func storyWords(s string, seen map[string]bool) {
	for _, t := range text.Tokens(s) {
		if t.Kind == text.Punct {
			continue
		}
		for _, part := range storyWordParts(t.Text) {
			seen[strings.ToLower(part)] = true
		}
	}
}

// addsFact reports whether s names someone or something, or gives a
// number, that the sentences already chosen (their words in seen) do not:
// "PM survived Tomas Reyvik's bid by 78 votes to 76" after a lede with
// the same names and numbers only retells it.
func addsFact(s string, seen map[string]bool) bool {
	for _, f := range storyFacts(s) {
		if !seen[f] {
			return true
		}
	}
	return false
}
