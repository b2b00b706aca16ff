package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Names and numbers are what coverage of one event shares across languages
// and scripts: "Port Calder" in English and French, "بورت كالدر" in Arabic,
// "3.50" everywhere. NameKeys reduces them to script-neutral keys: a
// consonant skeleton (vowels and vowel letters dropped, consonants folded
// into broad classes, since Arabic spells most short vowels not at all and
// has no p, v or g), and numbers as written.
//
// In Latin script only capitalised words count (names, and sentence-initial
// words, which IDF discounts); in Arabic script, which has no capitals, every
// word of three letters or more does, after the article and conjunction
// prefixes are removed.
func NameKeys(s string) []string {
	var keys []string
	for _, tok := range Tokens(s) {
		switch tok.Kind {
		case Number:
			if len(tok.Text) >= 2 {
				keys = append(keys, "#"+tok.Text)
			}
		case Word:
			r, _ := utf8.DecodeRuneInString(tok.Text)
			var key string
			switch {
			case unicode.Is(unicode.Arabic, r):
				key = arabicSkeleton(tok.Text)
			case unicode.IsUpper(r) && !IsStopWord("", tok.Text):
				w := strings.TrimSuffix(strings.ReplaceAll(tok.Text, "’", "'"), "'s")
				key = latinSkeleton(Fold(w))
			}
			if utf8.RuneCountInString(key) >= 3 {
				keys = append(keys, key)
			}
		}
	}
	return keys
}

// latinSkeleton maps a folded Latin word to consonant classes, reading the
// common digraphs as one sound.
func latinSkeleton(w string) string {
	w = strings.ToLower(w)
	var b strings.Builder
	var last byte
	emit := func(c byte) {
		if c != last {
			b.WriteByte(c)
		}
		last = c
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		next := byte(0)
		if i+1 < len(w) {
			next = w[i+1]
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'w', '\'', '-', '.':
			last = 0 // a vowel separates two equal consonants
		case 'b', 'p':
			emit('b')
		case 'f', 'v':
			emit('f')
		case 't', 'd', 'n', 'm', 'l', 'r':
			if c == 't' && next == 'h' {
				i++
			}
			emit(c)
		case 'c':
			switch next {
			case 'e', 'i', 'y':
				emit('s')
			case 'h':
				i++
				emit('k')
			default:
				emit('k')
			}
		case 'k', 'q', 'g', 'j':
			emit('k')
		case 's', 'z', 'x':
			if c == 's' && next == 'h' {
				i++
			}
			emit('s')
		case 'h':
			if i == 0 {
				emit('h')
			}
		default:
			if c >= '0' && c <= '9' {
				emit(c)
			}
		}
	}
	return b.String()
}

// arabicSkeleton strips the definite article and attached conjunctions and
// prepositions, then maps the consonants to the classes latinSkeleton uses.
func arabicSkeleton(w string) string {
	for _, p := range []string{"وال", "بال", "فال", "كال", "لل", "ال"} {
		if strings.HasPrefix(w, p) && utf8.RuneCountInString(w)-utf8.RuneCountInString(p) >= 3 {
			w = w[len(p):]
			break
		}
	}
	var b strings.Builder
	var last rune
	for _, r := range w {
		var c rune
		switch r {
		case 'ب', 'پ':
			c = 'b'
		case 'ف', 'ڤ':
			c = 'f'
		case 'ت', 'ط', 'ث':
			c = 't'
		case 'د', 'ض', 'ذ', 'ظ':
			c = 'd'
		case 'ك', 'ق', 'خ', 'ج', 'غ', 'گ':
			c = 'k'
		case 'س', 'ص', 'ش', 'ز':
			c = 's'
		case 'ل':
			c = 'l'
		case 'م':
			c = 'm'
		case 'ن':
			c = 'n'
		case 'ر':
			c = 'r'
		case 'ه', 'ح':
			c = 'h'
		default:
			last = 0 // vowel letters, hamza, ain and marks
			continue
		}
		if c != last {
			b.WriteRune(c)
		}
		last = c
	}
	return b.String()
}
