package enrich

import (
	"strings"
	"unicode"
)

// trimDateline removes a leading dateline or wire credit from a key point
// or an article's first sentence as answers cite it ("PORT CALDER (Herald) — ", "EL PASO, Texas (AP) — ",
// "LONDON - ", "(CNN) "), which says where the story was filed, not what
// happened. The rest of the sentence is returned unchanged; a sentence
// that would become too short is kept whole.
func trimDateline(s string) string {
	if r := []rune(strings.TrimSpace(s)); len(r) > 0 && unicode.Is(unicode.Arabic, r[0]) {
		return trimArabicDateline(s)
	}
	rest := s
	place := 0
	// The place: words in capitals ("PORT CALDER", "WASHINGTON, D.C.").
	for {
		word, after := sumNextWord(rest)
		if word == "" || !sumShouted(word) {
			break
		}
		place++
		rest = after
		if strings.HasSuffix(word, ",") {
			// A region in ordinary case, and a date, may follow:
			// "EL PASO, Texas (AP)", "LINDHAVEN, Ardenia, Nov 21 (Reuters)".
			for k := 0; k < 4; k++ {
				w, a := sumNextWord(rest)
				r := []rune(w)
				if len(r) == 0 || !(unicode.IsUpper(r[0]) || unicode.IsDigit(r[0]) && len(r) <= 3) || strings.HasPrefix(w, "(") {
					break
				}
				rest = a
			}
			break
		}
	}
	rest = strings.TrimLeft(rest, " ")
	credit := false
	if strings.HasPrefix(rest, "(") {
		if j := strings.IndexByte(rest, ')'); j > 0 && j < 30 {
			rest = strings.TrimLeft(rest[j+1:], " ")
			credit = true
		}
	}
	dash := false
	for _, d := range []string{"—", "–", "--", "-"} {
		if strings.HasPrefix(rest, d) {
			rest = strings.TrimLeft(rest[len(d):], " ")
			dash = true
			break
		}
	}
	isDateline := (place > 0 && (dash || credit)) || (place == 0 && credit)
	if !isDateline || len(strings.Fields(rest)) < 6 {
		return trimPlaceDash(trimColonDateline(s))
	}
	return rest
}

// trimPlaceDash removes a dateline in ordinary case before a dash
// ("Indianapolis – Several thousand teachers ..."): one to three
// capitalised words, a known place, then the dash.
func trimPlaceDash(s string) string {
	for _, d := range []string{" – ", " — ", " - "} {
		head, rest, ok := strings.Cut(s, d)
		if !ok || len(head) > 40 || len(strings.Fields(rest)) < 6 {
			continue
		}
		head = strings.TrimRight(strings.TrimSpace(head), ",")
		rest = strings.TrimLeft(rest, " ")
		if strings.Contains(rest[:min(len(rest), 120)], strings.TrimSpace(d)) || !unicode.IsUpper(runeAt(rest, 0)) {
			continue // "Ukraine - which has lost ... - says", "China – the world's biggest emitter –": an aside
		}
		if words := strings.Fields(head); len(words) >= 1 && len(words) <= 3 && isPlaceName(head) {
			return rest
		}
	}
	return s
}

// trimColonDateline removes a dateline of places in ordinary case ended by
// a colon, as Al Jazeera writes them ("Washington, DC, United States:
// Getting to the Moon ..."): two or three comma-separated names of up to
// three capitalised words each, one of them a known place.
func trimColonDateline(s string) string {
	head, rest, ok := strings.Cut(s, ":")
	if !ok || len(head) > 60 || len(strings.Fields(rest)) < 6 {
		return s
	}
	parts := strings.Split(head, ",")
	if len(parts) < 2 || len(parts) > 3 {
		return s
	}
	known := false
	for _, p := range parts {
		words := strings.Fields(p)
		if len(words) == 0 || len(words) > 3 {
			return s
		}
		for _, w := range words {
			if r := []rune(w); !unicode.IsUpper(r[0]) {
				return s
			}
		}
		known = known || isPlaceName(strings.TrimSpace(p))
	}
	if !known {
		return s
	}
	return strings.TrimLeft(rest, " ")
}

// sumNextWord returns the next space-separated word of s and what follows.
func sumNextWord(s string) (word, rest string) {
	s = strings.TrimLeft(s, " ")
	i := strings.IndexByte(s, ' ')
	if i < 0 {
		return s, ""
	}
	return s[:i], s[i:]
}

// sumShouted reports whether a word is written in capitals and has at
// least two letters ("CALDER", "D.C.", "PASO,").
func sumShouted(w string) bool {
	letters := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			letters++
		case r == '.' || r == ',' || r == '\'' || r == '-':
		default:
			return false
		}
	}
	return letters >= 2
}

// trimArabicDateline removes an Arabic dateline, which has no capitals
// to tell it: one to three words, an optional credit in brackets, then a
// dash ("غراوبورغ – فاز رئيس…", "فيلمونت (رويترز) - بدأ…"). A dash that
// comes back later opens an aside, not a dateline ("وزير الخارجية – الذي
// تولى منصبه – قال").
func trimArabicDateline(s string) string {
	isDash := func(w string) bool { return w == "–" || w == "—" || w == "-" || w == "--" }
	// Word boundaries by byte offset, so any spacing around the dash works.
	var starts, ends []int
	for i, r := range s {
		space := unicode.IsSpace(r)
		switch {
		case !space && len(starts) == len(ends):
			starts = append(starts, i)
		case space && len(starts) > len(ends):
			ends = append(ends, i)
		}
	}
	if len(starts) > len(ends) {
		ends = append(ends, len(s))
	}
	for k := 1; k <= 4 && k < len(starts); k++ {
		w := s[starts[k]:ends[k]]
		if isDash(w) {
			if len(starts)-k-1 < 6 {
				return s
			}
			for j := k + 1; j < len(starts); j++ {
				if isDash(s[starts[j]:ends[j]]) {
					return s
				}
			}
			return s[starts[k+1]:]
		}
		if strings.ContainsAny(w, ".،,:؛") {
			return s // a clause, not a place
		}
	}
	return s
}
