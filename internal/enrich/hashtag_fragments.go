package enrich

import (
	"unicode"
	"unicode/utf8"
)

// capitalisedRuns returns the byte spans of two or more capitalised words
// written side by side on one line ("Amsterdam Light Festival", "Dear
// Abby", "Europa Clipper"): names whether or not they are entities, so a
// word the text writes only inside them is a piece of a name (see
// withoutNameParts).
func capitalisedRuns(text string) [][2]int {
	var runs [][2]int
	start, end, words := -1, -1, 0
	flush := func() {
		if words >= 2 {
			runs = append(runs, [2]int{start, end})
		}
		start, end, words = -1, -1, 0
	}
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if !nameRune(r) {
			if r != ' ' || end != i {
				flush() // anything but one space ends the run
			}
			i += size
			continue
		}
		j := i
		for j < len(text) {
			r2, s2 := utf8.DecodeRuneInString(text[j:])
			if !nameRune(r2) {
				break
			}
			j += s2
		}
		if unicode.IsUpper(r) {
			if words == 0 {
				start = i
			}
			end, words = j, words+1
		} else {
			flush()
		}
		i = j
	}
	flush()
	return runs
}

// nameRune is a rune of a word of a name: letters, digits, apostrophes,
// hyphens and ampersands.
func nameRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '-' || r == '&'
}
