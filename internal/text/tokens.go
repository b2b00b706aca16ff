package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind says what a token is.
type Kind uint8

const (
	// Word is a run of letters (and digits mixed with letters), possibly
	// with inner hyphens or apostrophes ("well-known", "Trump's") or an
	// initialism's periods ("U.S.").
	Word Kind = iota + 1
	// Number is a run of digits, possibly with inner "." or "," ("3.5",
	// "1,400").
	Number
	// Punct is any other single non-space character (".", ",", "«", "%").
	Punct
)

// Token is one token of a text with its byte offsets: s[Start:End] == Text.
type Token struct {
	Text       string
	Start, End int
	Kind       Kind
}

// Tokens splits s into words, numbers and punctuation, skipping spaces.
// Hyphens and apostrophes between letters stay inside a word; French
// elisions are split off ("l'homme" gives "l'" and "homme"). Invalid UTF-8
// bytes are treated as spaces.
func Tokens(s string) []Token {
	toks := make([]Token, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size <= 1, unicode.IsSpace(r):
			i += size
		case isWordRune(r):
			end, kind := scanWord(s, i)
			if e := elision(s, i, end); e > 0 {
				toks = append(toks, Token{Text: s[i:e], Start: i, End: e, Kind: Word})
				i = e
				continue
			}
			toks = append(toks, Token{Text: s[i:end], Start: i, End: end, Kind: kind})
			i = end
		default:
			toks = append(toks, Token{Text: s[i : i+size], Start: i, End: i + size, Kind: Punct})
			i += size
		}
	}
	return toks
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)
}

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// scanWord returns the end of the word or number starting at i.
func scanWord(s string, i int) (int, Kind) {
	start := i
	letters := false
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isWordRune(r) {
			if unicode.IsLetter(r) {
				letters = true
			}
			i += size
			continue
		}
		next, _ := utf8.DecodeRuneInString(s[i+size:])
		prev, _ := utf8.DecodeLastRuneInString(s[start:i])
		switch {
		case isHyphen(r) && isWordRune(next):
			i += size
			continue
		case isApostrophe(r) && unicode.IsLetter(prev) && unicode.IsLetter(next):
			i += size
			continue
		case (r == '.' || r == ',') && unicode.IsDigit(prev) && unicode.IsDigit(next) && !letters:
			i += size
			continue
		case r == '.' && i-start <= maxInitialismBytes && isInitialism(s[start:i]):
			// "U.S.", "U.K." and "a.m.": single letters joined by periods.
			if unicode.IsLetter(next) {
				afterNext, _ := utf8.DecodeRuneInString(s[i+size+utf8.RuneLen(next):])
				if !isWordRune(afterNext) {
					i += size
					continue
				}
			}
			if len(s[start:i]) > 1 {
				i += size // the initialism's closing period
			}
			return i, kindOf(letters)
		}
		break
	}
	return i, kindOf(letters)
}

// maxInitialismBytes bounds the initialisms recognised ("U.S.A.F"), which
// also keeps scanning linear on inputs like "a.a.a.a...".
const maxInitialismBytes = 12

// isInitialism reports whether w is a single letter or single letters
// joined by periods ("U", "U.S").
func isInitialism(w string) bool {
	n := 0
	for i, r := range w {
		if i%2 == 0 {
			if !unicode.IsLetter(r) || r >= 0x80 {
				return false
			}
			n++
		} else if r != '.' {
			return false
		}
	}
	return n >= 1 && len(w)%2 == 1
}

func kindOf(letters bool) Kind {
	if letters {
		return Word
	}
	return Number
}

// elisionPrefixes are the French (and Italian) elided words written with an
// apostrophe before the next word.
var elisionPrefixes = map[string]bool{
	"l": true, "d": true, "j": true, "n": true, "s": true, "c": true, "m": true, "t": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true,
	"dell": true, "nell": true, "all": true, "dall": true, "sull": true, "un": true,
}

// elision returns the end of an elided prefix ("l'" in "l'homme") when the
// word s[start:end] starts with one, else 0.
func elision(s string, start, end int) int {
	for i := start; i < end && i-start <= 7; {
		r, size := utf8.DecodeRuneInString(s[i:])
		if isApostrophe(r) {
			if i == start || !elisionPrefixes[lowerASCII(s[start:i])] || end-(i+size) < 2 {
				return 0
			}
			return i + size
		}
		i += size
	}
	return 0
}

func lowerASCII(s string) string {
	upper := false
	for i := 0; i < len(s); i++ {
		if s[i] >= 'A' && s[i] <= 'Z' {
			upper = true
			break
		}
	}
	if !upper {
		return s
	}
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}
