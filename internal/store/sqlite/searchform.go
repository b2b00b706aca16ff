package sqlite

import (
	"strings"
	"unicode"
)

// searchForm is the spelling the full-text index holds and queries are
// written in, so that variants Arabic writers use interchangeably meet:
// alef with or without hamza or madda (أ إ آ ٱ → ا), alef maqsura and ya
// (ى → ي), ta marbuta and ha (ة → ه), and words with or without harakat
// and tatweel. Everything else is left to the tokenizer, which folds case
// and Latin accents and stems English.
//
// The index keeps the article's own text for snippets (migration 0007), and
// FTS5 places a snippet's highlights by counting tokens, so searchForm must
// keep every token of s: it only swaps letters for letters and drops marks
// inside a word, never one that is a whole token. Changing what it does
// needs a migration that rebuilds the index, since removing an article from
// the index repeats searchForm on the stored text.
func searchForm(s string) string {
	if !strings.ContainsFunc(s, isArabicVariant) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inWord := false
	for _, r := range s {
		switch {
		case isArabicMark(r) && inWord:
			continue
		case r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ':
			r = 'ا'
		case r == 'ى':
			r = 'ي'
		case r == 'ة':
			r = 'ه'
		}
		b.WriteRune(r)
		inWord = unicode.IsLetter(r) || unicode.IsNumber(r) || unicode.Is(unicode.Mn, r)
	}
	return b.String()
}

func isArabicVariant(r rune) bool {
	return isArabicMark(r) || r == 'أ' || r == 'إ' || r == 'آ' || r == 'ٱ' || r == 'ى' || r == 'ة'
}

// isArabicMark reports harakat, Quranic annotation marks and tatweel, which
// decorate a word without changing it.
func isArabicMark(r rune) bool {
	return r == 'ـ' || (r >= 0x0610 && r <= 0x06ED && unicode.Is(unicode.Mn, r))
}
