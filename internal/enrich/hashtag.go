package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// Hashtag turns a phrase or entity name into a readable hashtag:
// "Zalmay Khalilzad" gives "#ZalmayKhalilzad", "port calder" gives
// "#PortCalder", "Trump's" gives "#Trump". Words already carrying capitals
// inside ("McDonald", "ISIS-K") keep them; diacritics are kept ("#Élysée").
// A phrase written all in capitals ("ZALMAY KHALILZAD") is title-cased.
// Words of scripts without case (Arabic) are joined by "_". It returns ""
// when the phrase has no letters or digits.
func Hashtag(phrase string) string {
	var words []string
	for _, t := range text.Tokens(phrase) {
		if t.Kind == text.Punct {
			continue
		}
		w := strings.TrimSuffix(strings.TrimSuffix(t.Text, "'s"), "’s")
		if text.HasArabic(w) {
			w = tagArabicBase(w)
		}
		// Each part of a compound is a word of the tag: "self-checkouts"
		// reads "SelfCheckouts", not "Selfcheckouts".
		for _, part := range tagCompoundParts(w) {
			if part = strings.Map(tagKeepRune, part); part != "" {
				words = append(words, part)
			}
		}
	}
	if len(words) == 0 {
		return ""
	}
	if len(words) > 1 && tagAllShouting(words) {
		// "ZALMAY KHALILZAD" is a shouted name, not two acronyms: without
		// case changes its words could not be told apart again.
		for i, w := range words {
			words[i] = strings.ToLower(w)
		}
	}
	var b strings.Builder
	b.WriteByte('#')
	for i, w := range words {
		if i > 0 && (!tagHasCase(w) || !tagHasCase(words[i-1])) {
			b.WriteByte('_')
		}
		// A word starting in lower case gets a capital so the words stay
		// apart: "al-Nur" reads "AlNur" ("#QasrAlNur"), not "#QasralNur".
		r, size := utf8.DecodeRuneInString(w)
		if unicode.IsLower(r) {
			b.WriteRune(unicode.ToUpper(r))
			b.WriteString(w[size:])
		} else {
			b.WriteString(w)
		}
	}
	return b.String()
}

// tagAllShouting reports whether every cased word is written in capitals.
func tagAllShouting(words []string) bool {
	cased := 0
	for _, w := range words {
		if !tagHasCase(w) {
			continue
		}
		cased++
		if tagHasLower(w) {
			return false
		}
	}
	return cased > 1
}

func tagKeepRune(r rune) rune {
	if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) {
		return r
	}
	return -1
}

func tagHasCase(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) || unicode.IsLower(r) {
			return true
		}
	}
	return false
}

func tagHasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// HashtagKey returns the slug that identifies a hashtag's tag page, the
// same for all variants of one topic: "#ZalmayKhalilzad", "#Zalmay_Khalilzad",
// "Zalmay Khalilzad" and "#ZALMAY KHALILZAD" all give "zalmay-khalilzad"
// (an all-lower-case "#zalmaykhalilzad" has lost its word breaks and gives
// "zalmaykhalilzad"); "#Bounties" and "#Bounty" both give "bounty";
// "#Élysée" gives "elysee". Words are split at case changes, folded
// (lower case, no diacritics), and the last one is made singular
// (English plural rules), so the slug stays readable, unlike a stem.
// Arabic words get the light10 stem instead ("#الجسر" gives "جسر").
func HashtagKey(tag string) string {
	words := tagSplitWords(strings.TrimLeft(strings.TrimSpace(tag), "#"))
	if len(words) == 0 {
		return ""
	}
	for i, w := range words {
		if text.HasArabic(w) {
			// Light stemming drops the article and suffixes, so
			// "#الجسر" (the bridge) and "#جسر" share a page.
			words[i] = text.Stem("ar", w)
		} else {
			words[i] = text.Fold(w)
		}
	}
	last := len(words) - 1
	words[last] = tagSingular(words[last])
	return strings.Join(words, "-")
}

// splitTagWords splits a tag at separators and case changes: "ZalmayKhalilzad"
// gives Zalmay, Khalilzad; "ISISKhorasan" gives ISIS, Khorasan; "C17" stays.
func tagSplitWords(s string) []string {
	var words []string
	for _, t := range text.Tokens(s) {
		if t.Kind == text.Punct {
			continue
		}
		for _, seg := range strings.FieldsFunc(t.Text, func(r rune) bool { return r == '_' }) {
			for _, part := range tagCompoundParts(seg) {
				if part = strings.Map(tagKeepRune, part); part != "" {
					words = append(words, tagSplitCamel(part)...)
				}
			}
		}
	}
	return words
}

// tagCompoundParts splits a hyphenated word whose parts are written in
// lower case ("self-checkouts", "Saint-Aubert"); codes keep their hyphen
// out without a break ("ISIS-K", "C-17" stay one word).
func tagCompoundParts(w string) []string {
	parts := strings.FieldsFunc(w, isHyphen)
	if len(parts) < 2 {
		return []string{w}
	}
	for _, p := range parts {
		if !tagHasLower(p) {
			return []string{w}
		}
	}
	return parts
}

func tagSplitCamel(w string) []string {
	rs := []rune(w)
	if !tagHasUpper(w) || !tagHasLower(w) {
		return []string{w}
	}
	var out []string
	start := 0
	for i := 1; i < len(rs); i++ {
		lowerToUpper := unicode.IsLower(rs[i-1]) && unicode.IsUpper(rs[i])
		acronymEnd := unicode.IsUpper(rs[i-1]) && unicode.IsUpper(rs[i]) && i+1 < len(rs) && unicode.IsLower(rs[i+1])
		if lowerToUpper || acronymEnd {
			out = append(out, string(rs[start:i]))
			start = i
		}
	}
	return append(out, string(rs[start:]))
}

func tagHasLower(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return true
		}
	}
	return false
}

// tagInvariantPlurals end in "s" but are not plurals (or have no singular).
var tagInvariantPlurals = map[string]bool{
	"news": true, "series": true, "species": true, "politics": true, "economics": true, "physics": true,
	"mathematics": true, "athletics": true, "ethics": true, "crisis": true, "analysis": true, "thesis": true,
	"texas": true, "paris": true, "lens": true, "bus": true, "gas": true, "chaos": true, "isis": true,
	"atlas": true, "alias": true, "status": true, "virus": true, "bias": true, "canvas": true, "kansas": true,
	"arkansas": true, "honduras": true, "carlos": true, "brussels": true, "wales": true, "philippines": true,
	"olympics": true, "data": true, "diabetes": true, "rabies": true, "herpes": true, "mumps": true,
}

// singular undoes regular English plurals on a folded word; names and
// short words are left alone.
func tagSingular(w string) string {
	n := len(w)
	switch {
	case n <= 3 || tagInvariantPlurals[w] || !strings.HasSuffix(w, "s"):
		return w
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return w[:n-2]
	}
	return w[:n-1]
}

// tagArabicBase writes an Arabic word in its nominative for a tag: "صوتاً"
// (a vote, in the accusative) as "صوت". Clitics stay here: "للبنان" is
// "for Lebanon", not "for the Banan", and names begin with their letters
// ("بالتيمور", Baltimore); a topic phrase has already lost the clitics its
// article shows to be clitics (arabicTopicForms).
func tagArabicBase(w string) string {
	for _, end := range []string{"اً", "ًا"} {
		if strings.HasSuffix(w, end) && utf8.RuneCountInString(w) >= 5 {
			w = strings.TrimSuffix(w, end)
		}
	}
	return w
}
