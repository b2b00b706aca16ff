package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// germanStem is CISTEM (Weissweiler and Fraser, GSCL 2017), a small German
// stemmer that beats the Snowball German stemmer on their segmentation and
// retrieval tests. Umlauts and ß are folded, a "ge-" prefix is dropped
// from long words, then the endings -em -er -nd (in words over 5
// letters), -t (not for capitalised words, which are nouns) and -e -s -n
// are removed while more than 3 letters remain.
func germanStem(original string) string {
	if original == "" {
		return original
	}
	first, _ := utf8.DecodeRuneInString(original)
	upper := unicode.IsUpper(first)
	w := germanFold.Replace(strings.ToLower(original))
	if strings.HasPrefix(w, "ge") && utf8.RuneCountInString(w) >= 6 {
		w = w[2:]
	}
	w = germanDigraphs.Replace(w)
	w = germanMarkDoubles(w)
	for utf8.RuneCountInString(w) > 3 {
		n := utf8.RuneCountInString(w)
		if n > 5 && (strings.HasSuffix(w, "em") || strings.HasSuffix(w, "er") || strings.HasSuffix(w, "nd")) {
			w = w[:len(w)-2]
			continue
		}
		if !upper && strings.HasSuffix(w, "t") {
			w = w[:len(w)-1]
			continue
		}
		if last := w[len(w)-1]; last == 'e' || last == 's' || last == 'n' {
			w = w[:len(w)-1]
			continue
		}
		break
	}
	w = germanUnmarkDoubles(w)
	return germanDigraphsBack.Replace(w)
}

var (
	germanFold         = strings.NewReplacer("ü", "u", "ö", "o", "ä", "a", "ß", "ss")
	germanDigraphs     = strings.NewReplacer("sch", "$", "ei", "%", "ie", "&")
	germanDigraphsBack = strings.NewReplacer("&", "ie", "%", "ei", "$", "sch")
)

// germanMarkDoubles writes the second of two equal letters as "*" so that
// endings are not stripped between them ("dass" stays apart from "das").
func germanMarkDoubles(w string) string {
	var b strings.Builder
	var prev rune = -1
	for _, r := range w {
		if r == prev {
			b.WriteByte('*')
			prev = -1
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}

func germanUnmarkDoubles(w string) string {
	var b strings.Builder
	var prev rune
	for _, r := range w {
		if r == '*' {
			b.WriteRune(prev)
			continue
		}
		b.WriteRune(r)
		prev = r
	}
	return b.String()
}
