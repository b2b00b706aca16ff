package text

import (
	"unicode"
	"unicode/utf8"

	"github.com/abadojack/whatlanggo"
)

// languageSampleBytes bounds how much of a document language detection
// reads: a few paragraphs decide the language as well as a whole article
// does, and detection cost grows with the input.
const (
	languageSampleBytes = 1500
	trigramSampleBytes  = 600
)

// Language returns the ISO 639-1 code of the main language of s ("en",
// "fr", "es", "de", "ar", ...), or "" when s has too few letters to tell.
//
// Two stages keep it fast (about 20 µs for a news article): Arabic script
// decides "ar" at once, and a count of the commonest function words
// decides among the Latin-script languages whose lists it knows when one
// clearly leads; only other or unclear text goes to whatlanggo's trigram
// profiles (84 languages, pure Go, no model download), which cost about a
// millisecond per kilobyte.
func Language(s string) string {
	sample := prefix(s, languageSampleBytes)
	letters, arabic, latin := 0, 0, 0
	for _, r := range sample {
		if !unicode.IsLetter(r) {
			continue
		}
		letters++
		switch {
		case unicode.Is(unicode.Arabic, r):
			arabic++
		case unicode.Is(unicode.Latin, r):
			latin++
		}
	}
	if letters < 3 {
		return ""
	}
	if arabic*2 > letters && !hasPersianLetters(sample) {
		return "ar"
	}
	if latin*2 > letters {
		if lang := functionWordLanguage(sample); lang != "" {
			return lang
		}
	}
	info := whatlanggo.Detect(prefix(sample, trigramSampleBytes))
	if info.Lang < 0 {
		return ""
	}
	return info.Lang.Iso6391()
}

// hasPersianLetters spots the letters Persian and Urdu add to the Arabic
// alphabet (پ چ ژ گ ک ی), leaving those texts to the trigram profiles.
func hasPersianLetters(s string) bool {
	for _, r := range s {
		switch r {
		case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی', 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے':
			return true
		}
	}
	return false
}

// functionWordLanguage counts, per language, the words of sample that are
// among its most frequent function words, and returns the leader when it
// covers enough of the text and clearly beats the runner-up; "" otherwise.
func functionWordLanguage(sample string) string {
	var counts [len(detectionLanguages)]int
	words := 0
	for _, t := range Tokens(sample) {
		if t.Kind != Word {
			continue
		}
		words++
		w := lowerASCII(t.Text)
		for i, dl := range detectionLanguages {
			if dl.words[w] {
				counts[i]++
			}
		}
	}
	best, second := -1, 0
	for i, c := range counts {
		switch {
		case best < 0 || c > counts[best]:
			if best >= 0 {
				second = counts[best]
			}
			best = i
		case c > second:
			second = c
		}
	}
	if best < 0 || words < 4 {
		return ""
	}
	c := counts[best]
	if c*100 < words*15 || c < 2 || c*2 < second*3 {
		return ""
	}
	return detectionLanguages[best].code
}

// prefix cuts s to at most n bytes without splitting a rune.
func prefix(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// HasArabic reports whether s holds a letter of the Arabic script.
func HasArabic(s string) bool {
	for _, r := range s {
		if unicode.Is(unicode.Arabic, r) {
			return true
		}
	}
	return false
}
