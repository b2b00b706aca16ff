package sqlite

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// searchForm is the spelling the full-text index holds and queries are
// written in, so that variants Arabic writers use interchangeably meet:
// alef with or without hamza or madda (أ إ آ ٱ → ا), alef maqsura and ya
// (ى → ي), ta marbuta and ha (ة → ه), words with or without harakat and
// tatweel, and with or without the article ("الإضراب" and "إضراب", with a
// joined "و", "ب", "ف", "ك" or "ل"). Everything else is left to the
// tokenizer, which folds case and Latin accents and stems English.
//
// The index keeps the article's own text for snippets (migration 0007), and
// FTS5 places a snippet's highlights by counting tokens, so searchForm must
// keep every token of s: it only swaps letters for letters and drops marks
// and articles inside a word, never one that is a whole token. Changing what
// it does needs a migration that rebuilds the indexes (as 0008 and 0009
// did; see rebuildSearch), since removing an article from the stemmed index
// repeats searchForm on the stored text.
func searchForm(s string) string {
	if !strings.ContainsFunc(s, isArabicLetter) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	inWord := false
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if !inWord {
			i += arabicArticle(s[i:]) // at a word's start: "الإضراب" is "إضراب"
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		i += size
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

// arabicArticle is the length in bytes of the definite article, with a
// conjunction or preposition joined to it, that opens word w ("ال", "وال",
// "بال", "فال", "كال", "لل"), when at least three letters follow; else 0.
func arabicArticle(w string) int {
	for _, p := range []string{"وال", "بال", "فال", "كال", "لل", "ال"} {
		if !strings.HasPrefix(w, p) {
			continue
		}
		n := 0
		for _, r := range w[len(p):] {
			if !unicode.IsLetter(r) && !unicode.Is(unicode.Mn, r) && r != 'ـ' {
				break
			}
			if !isArabicMark(r) {
				n++
			}
		}
		if n >= 3 {
			return len(p)
		}
		return 0
	}
	return 0
}

func isArabicLetter(r rune) bool { return unicode.Is(unicode.Arabic, r) }

// isArabicMark reports harakat, Quranic annotation marks and tatweel, which
// decorate a word without changing it.
func isArabicMark(r rune) bool {
	return r == 'ـ' || (r >= 0x0610 && r <= 0x06ED && unicode.Is(unicode.Mn, r))
}
