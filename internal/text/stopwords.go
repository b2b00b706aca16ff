package text

import "strings"

// stopWords maps an ISO 639-1 code to its stop list, keyed by folded word
// (lower case, accents stripped), so "Über" and "uber" both hit "über".
// Built once from the word lists below and never written afterwards.
var stopWords = map[string]map[string]bool{
	"en": wordSet(stopEnglish),
	"fr": wordSet(stopFrench),
	"es": wordSet(stopSpanish),
	"de": wordSet(stopGerman),
	"ar": wordSet(stopArabic),
}

func wordSet(list string) map[string]bool {
	words := strings.Fields(list)
	set := make(map[string]bool, len(words))
	for _, w := range words {
		set[Fold(w)] = true
	}
	return set
}

// IsStopWord reports whether word is a function word of lang (ISO 639-1):
// articles, pronouns, auxiliaries, prepositions, conjunctions and the most
// frequent uninformative adverbs and reporting verbs. Unknown languages
// fall back to English, the lingua franca of mixed news text. The check
// is case- and accent-insensitive; an English possessive is ignored.
func IsStopWord(lang, word string) bool {
	set, ok := stopWords[lang]
	if !ok {
		set = stopWords["en"]
	}
	w := Fold(word)
	if set[w] {
		return true
	}
	w = strings.ReplaceAll(w, "’", "'")
	if set[w] {
		return true // "l’", "d’" as "l'", "d'"
	}
	if strings.HasSuffix(w, "'s") {
		return set[w[:len(w)-2]]
	}
	return false
}
