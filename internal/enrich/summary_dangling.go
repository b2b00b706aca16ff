package enrich

import (
	"strings"
	"unicode"
)

// sumDangles reports an English sentence that leans on the one before it:
// it opens with a pronoun ("They arrived before first light"), a
// connective ("But the game turned ...") or a time counted from something
// already told ("Ninety minutes later bosses were on stage"). As a key
// point without its predecessor it reads as an answer to a missing
// question.
func sumDangles(s, lang string) bool {
	if lang != "en" {
		return false
	}
	words := strings.FieldsFunc(s, func(r rune) bool { return unicode.IsSpace(r) })
	if len(words) == 0 {
		return false
	}
	first := strings.ToLower(strings.TrimRightFunc(words[0], unicode.IsPunct))
	if sumLeaningWords[first] {
		return true
	}
	if sumCommaConnectives[first] && strings.HasSuffix(words[0], ",") {
		return true
	}
	// "Ninety minutes later", "Two days earlier", "A week later,": a count
	// of time from an event the sentence does not name.
	for i := 1; i < min(len(words), 4); i++ {
		w := strings.ToLower(strings.TrimRightFunc(words[i], unicode.IsPunct))
		if (w == "later" || w == "earlier") && sumTimeUnits[strings.ToLower(words[i-1])] {
			return true
		}
	}
	return false
}

// sumLeaningWords open a sentence that needs the one before: subject and
// possessive pronouns, demonstratives and connectives. "We" and "I" are
// left out: in a column they are the writer, who needs no introduction.
var sumLeaningWords = map[string]bool{
	"he": true, "she": true, "they": true, "it": true, "his": true, "her": true, "their": true,
	"its": true, "this": true, "these": true, "those": true, "that": true, "them": true, "him": true,
	"but": true, "and": true, "yet": true, "so": true, "also": true, "however": true, "instead": true,
	"then": true, "nevertheless": true, "nonetheless": true, "moreover": true, "furthermore": true,
	"besides": true, "otherwise": true, "thus": true, "hence": true, "therefore": true, "later": true,
	"earlier": true, "afterwards": true, "there": false,
}

// sumCommaConnectives lean on the sentence before only when a comma sets
// them off ("Still, the union ..." but "Still waters ...").
var sumCommaConnectives = map[string]bool{"still": true, "meanwhile": true, "again": true, "indeed": true}

var sumTimeUnits = map[string]bool{
	"seconds": true, "minutes": true, "hours": true, "days": true, "weeks": true, "months": true,
	"years": true, "moments": true, "minute": true, "hour": true, "day": true, "week": true,
	"month": true, "year": true, "decades": true, "decade": true,
}
