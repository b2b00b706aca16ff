package enrich

import (
	"regexp"
	"strings"
	"unicode"

	"herald/internal/text"
)

// expansionQuestion finds the acronym a question asks to spell out:
// "What does HP stand for?", "What is HP?".
var expansionQuestion = regexp.MustCompile(`^\s*(?i:what\s+(?:does|do|did)\s+(?:the\s+)?)([A-Z]{2,6})(?i:\s+stands?\s+for)\b|^\s*(?i:what(?:\s+is|'s|’s)\s+(?:an?\s+|the\s+)?)([A-Z]{2,6})s?\s*\??\s*$`)

// askedAcronym returns the acronym of an expansion question, upper case,
// or "".
func askedAcronym(question string) string {
	m := expansionQuestion.FindStringSubmatch(question)
	if m == nil {
		return ""
	}
	return strings.ToUpper(m[1] + m[2])
}

// spellsOut reports words of s, side by side, whose initials spell the
// acronym ("hypersensitivity pneumonitis" for HP), other than the
// acronym itself: words of three letters or more and no function words
// ("are in" spells no AI).
func spellsOut(s, acronym string) bool {
	words := strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	n := len(acronym)
	for i := 0; i+n <= len(words); i++ {
		ok := true
		for k := 0; k < n && ok; k++ {
			w := words[i+k]
			ok = len(w) >= 3 && unicode.ToUpper(rune(w[0])) == rune(acronym[k]) && strings.ToUpper(w) != w &&
				!text.IsStopWord("en", w)
		}
		if ok {
			return true
		}
	}
	return false
}

// nearAcronym reports the acronym in sentence i or a sentence beside it:
// an expansion is written where the acronym is ("a condition called HP.
// No, not the computer maker but hypersensitivity pneumonitis.").
func nearAcronym(sents []string, i int, acronym string) bool {
	for j := max(0, i-1); j <= min(len(sents)-1, i+1); j++ {
		if writtenAsWord(sents[j], acronym) {
			return true
		}
	}
	return false
}
