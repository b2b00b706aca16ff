package enrich

import (
	"strings"

	"herald/internal/text"
)

// isTableRow reports a line of a table that sentence splitting left as a
// sentence: "S Damarious Randall 43 58% 1 tackle (1 combined)." A third or
// more of its words are numbers, three at least, and none is a function
// word: it lists figures, it says nothing. "The FTSE 100 rose 0.6% to
// 8,210." is a sentence.
func isTableRow(s string) bool {
	numbers, words := 0, 0
	for _, t := range text.Tokens(s) {
		switch {
		case t.Kind == text.Number || strings.ContainsAny(t.Text, "0123456789"):
			numbers++
			words++
		case t.Kind == text.Word:
			if text.IsStopWord("en", t.Text) {
				return false
			}
			words++
		}
	}
	return numbers >= 3 && numbers*3 >= words
}
