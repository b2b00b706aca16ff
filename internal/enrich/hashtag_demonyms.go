package enrich

import (
	"slices"
	"strings"
	"unicode/utf8"

	"herald/internal/text"
)

// withoutDemonyms drops single-word topics that only say which country
// something belongs to ("Ardenian", "Savari", "الأردينية") when the
// article names the place itself, whose tag gathers its stories, and
// gazetteer demonyms that name no language ("Israeli") wherever the place
// is. Places are the article's place entities and, since Arabic places
// are often found only as topics, its Arabic single-word topics; English
// topics count only when the gazetteer knows them as places. A demonym
// before a common noun of the text goes too.
func withoutDemonyms(topics []Keyphrase, placeNames []string, written string) []Keyphrase {
	keys := func(names []string) []string { // the tag key of each word: "kingdom", "savara"
		var ks []string
		for _, p := range names {
			if _, known := placeIndex[placeKey(p)]; known && text.HasArabic(p) {
				continue // its adjective already shares its key (see isDemonym)
			}
			for _, w := range strings.Split(HashtagKey(Hashtag(p)), "-") {
				if utf8.RuneCountInString(w) >= 3 {
					ks = append(ks, w)
				}
			}
		}
		return ks
	}
	places := keys(placeNames)
	named := make([][]string, len(topics)) // each topic's own keys, when it may name a place
	for i, t := range topics {
		if strings.Contains(t.Text, " ") {
			continue
		}
		if pl, ok := placeIndex[placeKey(t.Text)]; ok && !pl.demonym || text.HasArabic(t.Text) {
			named[i] = keys([]string{t.Text})
		}
	}
	out := topics[:0]
	for i, t := range topics {
		others := places
		for j := range topics {
			if j != i {
				others = append(others[:len(others):len(others)], named[j]...)
			}
		}
		if first, rest, ok := strings.Cut(strings.TrimSpace(t.Text), " "); ok && !strings.Contains(rest, " ") &&
			strings.Contains(written, first+" "+strings.ToLower(rest)) && isDemonym(first, others) {
			// "Ardenian nurses" (written so once at least): the nurses'
			// tag, which the other reports carry; "British Airways" is a name.
			t.Text = strings.ToLower(rest)
		}
		if strings.ContainsAny(strings.TrimSpace(t.Text), " _") || slices.Contains(placeNames, t.Text) || !isDemonym(t.Text, others) {
			out = append(out, t)
		}
	}
	return out
}

// demonymEndings turn a place's name into its people's adjective, after
// the name's last vowels are dropped or not: Ardenia-n, Savar-i, Japan-ese.
var demonymEndings = []string{"n", "an", "ian", "ese", "i", "ish"}

// arabicNisbaEndings end an Arabic adjective of relation: "أرديني",
// "الأردينية", "أردينيّ".
var arabicNisbaEndings = []string{"ي", "ية", "يّ", "يّة", "يون", "يين"}

// isDemonym reports whether word is a gazetteer demonym that names no
// language, or the adjective of one of the places (tag keys of their
// words).
func isDemonym(word string, places []string) bool {
	if text.HasArabic(word) {
		if _, ok := placeIndex[placeKey(word)]; ok {
			return false // "السعودية" is the country
		}
		nisba := false
		for _, end := range arabicNisbaEndings {
			nisba = nisba || strings.HasSuffix(word, end)
		}
		if !nisba {
			return false
		}
		// The light stemmer drops the ending: "الأردينية" is "اردين",
		// which is "أردينيا" ("اردينيا") without its last letters. A
		// gazetteer place's adjective already shares its key ("المصري"
		// and "مصر" are both "مصر"), so places holds only others, and
		// they are compared exactly: "الرياضية" (sports) is not of
		// "الرياض".
		k := HashtagKey(Hashtag(word))
		for _, p := range places {
			if utf8.RuneCountInString(k) >= 3 && (p == k || p == k+"ا" || p == k+"يا") {
				return true
			}
		}
		return false
	}
	w := text.Fold(word)
	if languageNames[w] {
		return false
	}
	if pl, ok := placeIndex[placeKey(word)]; ok && pl.demonym {
		return true
	}
	for _, p := range places {
		if w == p || !strings.HasPrefix(w, p[:len(p)-1]) {
			continue
		}
		for _, base := range []string{p, strings.TrimRight(p, "aeiouy")} {
			for _, end := range demonymEndings {
				if w == base+end {
					return true
				}
			}
		}
	}
	return false
}

// languageNames are demonyms that also name a language.
var languageNames = wordSet(`english french german spanish arabic italian portuguese russian chinese japanese dutch
greek turkish hebrew persian polish swedish danish norwegian finnish korean hindi urdu welsh irish catalan
ukrainian hungarian czech romanian bengali swahili`)
