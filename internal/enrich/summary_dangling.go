package enrich

import (
	"strings"

	"herald/internal/text"
)

// sumDangles reports a sentence that leans on the one before it: it opens
// with a pronoun ("They arrived before first light", "Il a démissionné"),
// a connective ("But the game turned ...") or a time counted from
// something already told ("Ninety minutes later bosses were on stage"). As
// a key point without its predecessor it reads as an answer to a missing
// question. A quotation is left to the quotation rules.
func sumDangles(s, lang string) bool {
	if sumOpensWithQuote(s) {
		return false
	}
	var words []string
	var first string // as written, with its punctuation
	head := s        // the first words are enough: cut at a space past 80 bytes
	if len(s) > 80 {
		if i := strings.IndexByte(s[80:], ' '); i >= 0 {
			head = s[:80+i]
		}
	}
	for _, t := range text.Tokens(head) {
		if t.Kind != text.Word {
			continue
		}
		if words == nil {
			first = head[t.Start:min(len(head), t.End+1)]
		}
		words = append(words, strings.ToLower(t.Text))
		if len(words) == 4 {
			break
		}
	}
	if len(words) == 0 {
		return false
	}
	if leaningWords[lang][words[0]] {
		return !(lang == "fr" && words[0] == "il" && frenchImpersonal(words[1:]))
	}
	if lang != "en" {
		return false
	}
	if commaConnectives[words[0]] && strings.HasSuffix(first, ",") {
		return true
	}
	if subordinators[words[0]] && !strings.Contains(s, ",") {
		return true // "Because space travel is anything but easy.": a reason without its main clause
	}
	// "Ninety minutes later", "Two days earlier,": a count of time from an
	// event the sentence does not name.
	for i := 1; i < len(words); i++ {
		if (words[i] == "later" || words[i] == "earlier") && timeUnits[words[i-1]] {
			return true
		}
	}
	return false
}

// leaningWords open a sentence that needs the one before: subject and
// possessive pronouns, demonstratives and connectives. "We" and "I" are
// left out: in a column they are the writer, who needs no introduction.
var leaningWords = map[string]map[string]bool{
	"en": wordSet(`he she they it his her their its this these those that them him but and yet so also however
instead then nevertheless nonetheless moreover furthermore besides otherwise thus hence therefore later earlier
afterwards`),
	"fr": wordSet(`il elle ils elles cela ce mais et`),
}

// subordinators open a clause that needs a main clause; without a comma
// to end it, the sentence is the clause alone.
var subordinators = wordSet(`because although though whereas which`)

// commaConnectives lean on the sentence before only when a comma sets
// them off ("Still, the union ..." but "Still waters ...").
var commaConnectives = wordSet(`still meanwhile again indeed`)

var timeUnits = wordSet(`seconds minutes hours days weeks months years moments decades minute hour day week
month year decade`)

// frenchImpersonal reports the verb of an impersonal "il", which points
// back to nothing: "Il aura fallu six heures", "Il y a", "Il s'agit".
func frenchImpersonal(next []string) bool {
	if len(next) == 0 {
		return false
	}
	switch next[0] {
	case "y", "faut", "fallait", "faudra", "faudrait", "s'agit", "s’agit", "semble", "reste", "manque", "suffit":
		return true
	case "a", "aura", "avait", "aurait":
		return len(next) > 1 && next[1] == "fallu"
	}
	return false
}
