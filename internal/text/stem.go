package text

import (
	"strings"

	"github.com/kljensen/snowball/english"
	"github.com/kljensen/snowball/french"
	"github.com/kljensen/snowball/spanish"
)

// Stem returns the Snowball (Porter2) stem of the lower-cased word for lang
// (an ISO 639-1 code: en, fr, es), the CISTEM stem for German, the light10
// stem for Arabic, and the lower-cased word for other languages, so keys
// stay consistent even when unstemmed.
// A trailing English possessive ("Trump's") is dropped before stemming.
func Stem(lang, word string) string {
	w := strings.ToLower(word)
	w = strings.ReplaceAll(w, "’", "'")
	if strings.Contains(w, "-") {
		// Compounds stem part by part, so "peace-keepers" and
		// "peace-keeping" share the key "peace-keep".
		parts := strings.Split(w, "-")
		for i, p := range parts {
			parts[i] = stemWord(lang, p)
		}
		return strings.Join(parts, "-")
	}
	if lang == "de" {
		// CISTEM reads the capital of nouns, so it gets the word as written.
		return germanStem(strings.ReplaceAll(word, "’", "'"))
	}
	return stemWord(lang, w)
}

// stemWord stems one lower-cased word without hyphens.
func stemWord(lang, w string) string {
	switch lang {
	case "en", "":
		w = strings.TrimSuffix(w, "'s")
		w = strings.TrimSuffix(w, "'")
		if !stemmable(w) {
			return w
		}
		return english.Stem(w, true)
	case "fr":
		if !stemmable(w) {
			return w
		}
		return french.Stem(w, true)
	case "es":
		if !stemmable(w) {
			return w
		}
		return spanish.Stem(w, true)
	case "ar":
		return arabicLightStem(w)
	}
	return w
}

// stemmable reports whether w is worth handing to a stemmer: numbers,
// initialisms and hyphenated compounds are left as they are, since suffix
// rules only mangle them ("u.s." must not become "u.").
func stemmable(w string) bool {
	if len(w) < 3 {
		return false
	}
	for _, r := range w {
		if r == '.' || (r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
