package enrich

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// withoutDemonyms replaces single-word topics that only say which country
// something belongs to ("Ardenian", "Savari", "الأردينية", "Israeli") by
// the place, whose tag gathers its stories (and merges with the place's
// own tag when the article has one): a gazetteer demonym that names no
// language by the gazetteer's place, the adjective of a place the article
// names by that name. Places are the article's place entities and, since
// Arabic places are often found only as topics, its Arabic single-word
// topics; English topics count only when the gazetteer knows them as
// places. Any other adjective of nationality goes, its place named
// elsewhere in the text ("the Savari capital" beside "Savara's history")
// or not at all ("Ardenian nurses" in an article that never names
// Ardenia): its tag would gather only the articles that happen to use the
// adjective, and a capitalised word is no sure place to put in its stead.
// A demonym before a common noun of the text goes too.
func withoutDemonyms(topics []Keyphrase, placeNames []string, written string) []Keyphrase {
	var known []namedPlace
	for _, p := range placeNames {
		known = append(known, namedPlace{p, placeWordKeys(p)})
	}
	named := make([]namedPlace, len(topics)) // the topics that may name a place
	for i, t := range topics {
		if strings.Contains(t.Text, " ") {
			continue
		}
		if pl, ok := placeIndex[placeKey(t.Text)]; ok && !pl.demonym || text.HasArabic(t.Text) {
			named[i] = namedPlace{t.Text, placeWordKeys(t.Text)}
		}
	}
	var capitalised []string
	ofCapitalised := func(w string) bool { // the adjective of a capitalised word of the text
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) || !hasDemonymEnding(text.Fold(w), demonymEndings) {
			return false
		}
		if capitalised == nil {
			capitalised = capitalisedKeys(written)
		}
		return isDemonym(w, capitalised)
	}
	out := topics[:0]
	for i, t := range topics {
		places := known
		for j := range topics {
			if j != i && named[j].keys != nil {
				places = append(places[:len(places):len(places)], named[j])
			}
		}
		if first, rest, ok := strings.Cut(strings.TrimSpace(t.Text), " "); ok && !strings.Contains(rest, " ") &&
			strings.Contains(written, first+" "+strings.ToLower(rest)) && (demonymPlace(first, places) != "" || unknownDemonym(first, written)) {
			// "Ardenian nurses" (written so once at least): the nurses'
			// tag, which the other reports carry; "British Airways" is a name.
			t.Text = strings.ToLower(rest)
		}
		word := !strings.ContainsAny(strings.TrimSpace(t.Text), " _") && !slices.Contains(placeNames, t.Text)
		if pl, ok := placeIndex[placeKey(t.Text)]; word && ok && pl.demonym && languageNames[text.Fold(t.Text)] &&
			slices.Contains(placeNames, pl.name) && !usedAsLanguage(t.Text, written) {
			continue // "Chinese officials" beside China: the country's tag says it
		}
		if place := demonymPlace(t.Text, places); word && place != "" {
			t.Text = place
		} else if word && (unknownDemonym(t.Text, written) || ofCapitalised(t.Text)) {
			continue
		}
		out = append(out, t)
	}
	return out
}

// namedPlace is a place's name and the tag keys of its words.
type namedPlace struct {
	name string
	keys []string
}

// demonymPlace returns the place whose adjective word is: the gazetteer's
// for its demonyms, else the one of places whose name it derives from
// ("Ardenian" from "Ardenia", "Savari" from "Kingdom of Savara"); "" when
// there is none.
func demonymPlace(word string, places []namedPlace) string {
	if pl, ok := placeIndex[placeKey(word)]; ok && pl.demonym && !text.HasArabic(word) && !languageNames[text.Fold(word)] {
		return pl.name
	}
	for _, p := range places {
		if isDemonym(word, p.keys) {
			return p.name
		}
	}
	return ""
}

// placeWordKeys returns the tag key of each word of a place's name:
// "kingdom", "savara". A gazetteer place in Arabic gives none: its
// adjective already shares its key (see isDemonym).
func placeWordKeys(name string) []string {
	ks := []string{}
	if _, known := placeIndex[placeKey(name)]; known && text.HasArabic(name) {
		return ks
	}
	for _, w := range strings.Split(HashtagKey(Hashtag(name)), "-") {
		if utf8.RuneCountInString(w) >= 3 {
			ks = append(ks, w)
		}
	}
	return ks
}

// capitalisedKeys returns the tag keys of the capitalised words of a text,
// among them the names of places no gazetteer knows ("Savara's long
// history"), so their adjectives are told apart from other topics. Being
// capitalised does not make a word a place, so they only say what to drop.
func capitalisedKeys(written string) []string {
	ks, seen := []string{}, map[string]bool{}
	for _, t := range text.Tokens(written) {
		if r, _ := utf8.DecodeRuneInString(t.Text); unicode.IsUpper(r) && utf8.RuneCountInString(t.Text) >= 3 && !seen[t.Text] {
			seen[t.Text] = true
			ks = append(ks, placeWordKeys(t.Text)...)
		}
	}
	return ks
}

// unknownDemonym reports a capitalised word shaped like an adjective of
// nationality that names no language and that the text writes before a
// common noun: "Ardenian" in "Ardenian nurses". "Atlantic hurricane" and
// "Ferrari drivers" are not of that shape.
func unknownDemonym(word, written string) bool {
	r, _ := utf8.DecodeRuneInString(word)
	w := text.Fold(word)
	if !unicode.IsUpper(r) || languageNames[w] || !hasDemonymEnding(w, unknownDemonymEndings) {
		return false
	}
	toks := text.Tokens(written)
	for k := 0; k+1 < len(toks); k++ {
		next, _ := utf8.DecodeRuneInString(toks[k+1].Text)
		if toks[k].Text == word && unicode.IsLower(next) && written[toks[k].End:toks[k+1].Start] == " " {
			return true
		}
	}
	return false
}

// hasDemonymEnding reports whether a folded word ends in one of endings.
func hasDemonymEnding(w string, endings []string) bool {
	return slices.ContainsFunc(endings, func(end string) bool { return strings.HasSuffix(w, end) })
}

// unknownDemonymEndings end the adjectives of nationality that cannot be
// told from names without knowing the place: "Savari" could be a surname.
var unknownDemonymEndings = []string{"ian", "ean", "ese", "ish"}

// demonymEndings turn a place's name into its people's adjective, after
// the name's last vowels are dropped or not: Ardenia-n, Savar-i, Japan-ese,
// and in French (without accents) Belriv-ois, Paris-ien, Européen.
var demonymEndings = []string{"n", "an", "ian", "ese", "i", "ish", "ois", "ais", "ien", "een"}

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

// usedAsLanguage reports a text that uses a language's name as the
// language: "French-language rules", "in French", "speak French",
// "French speakers".
func usedAsLanguage(lang, written string) bool {
	for _, p := range []string{lang + "-language", lang + " language", "speak " + lang, "speaks " + lang,
		"speaking " + lang, lang + " speakers", lang + "-speaking", lang + " lessons", lang + " classes"} {
		if writtenAsWord(written, p) {
			return true
		}
	}
	return inLanguage(lang, written)
}

// inLanguage reports "in French" that names the language ("written in
// French.", "in French and English"), not "in Chinese culture" or "in
// Chinese goods", where the word is the adjective of a noun after it.
func inLanguage(lang, written string) bool {
	phrase := "in " + lang
	for i := 0; ; {
		k := strings.Index(written[i:], phrase)
		if k < 0 {
			return false
		}
		at, end := i+k, i+k+len(phrase)
		i = end
		if unicode.IsLetter(runeBefore(written, at)) || unicode.IsLetter(runeAt(written, end)) {
			continue
		}
		next := strings.Fields(written[end:min(len(written), end+40)])
		if len(next) == 0 || !unicode.IsSpace(runeAt(written, end)) {
			return true // "in French.", "in French, ..."
		}
		if r := runeAt(next[0], 0); !unicode.IsLower(r) || text.IsStopWord("en", strings.TrimRightFunc(next[0], func(r rune) bool { return !unicode.IsLetter(r) })) {
			return true // "in French and English", "in French The ..."
		}
	}
}
