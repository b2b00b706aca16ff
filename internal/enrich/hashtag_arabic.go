package enrich

import (
	"strings"
	"unicode/utf8"
)

// arabicTopicForms writes each Arabic topic phrase without the preposition
// or conjunction joined to its first word, which a hashtag does not carry:
// "للمطالبة" is "for the demand" (#المطالبة), "بالضمانات" "with the
// guarantees" (#الضمانات). The phrases' keys are stemmed, so tags already
// merge; this only fixes the name shown.
func (a *docAnalysis) arabicTopicForms(phrases []Keyphrase) {
	if a.lang != "ar" {
		return
	}
	var written map[string]int
	for i := range phrases {
		first, rest, multi := strings.Cut(phrases[i].Text, " ")
		if written == nil {
			written = make(map[string]int, len(a.words))
			for _, w := range a.words {
				written[w.text]++
			}
		}
		form := arabicWithoutClitic(first, written)
		if multi {
			form += " " + rest
		}
		phrases[i].Text = form
	}
}

// arabicWithoutClitic returns w without a clitic. A form the article also
// writes on its own wins, then a gazetteer place ("للبنان" is "لبنان", for
// Lebanon). Otherwise only "لل" goes for sure (the "ل" that swallows the
// article's alif); "و", "ف" or "ب" before "ال" go when the rest ends like
// a common noun's plural or feminine ("بالضمانات"), since a name may start
// with the same letters ("فالنسيا", "بالتيمور", "والي"). "كال" stays
// ("كالدر" is Calder), and so does a bare "ل" or "ب" before a word the
// article never writes alone.
func arabicWithoutClitic(w string, written map[string]int) string {
	forms := arabicCliticForms(w)[1:]
	best := ""
	for _, f := range forms {
		if written[f] > written[best] {
			best = f
		}
	}
	if best != "" {
		return best
	}
	if _, ok := placeIndex[placeKey(w)]; ok {
		return w
	}
	for _, f := range forms {
		if _, ok := placeIndex[placeKey(f)]; ok {
			return f
		}
	}
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok && strings.HasPrefix(rest, "لل") {
			w = rest // "وللمطالبة"
			break
		}
	}
	if rest, ok := strings.CutPrefix(w, "لل"); ok && utf8.RuneCountInString(rest) >= 3 {
		return "ال" + rest
	}
	for _, p := range []string{"و", "ف", "ب", "وب", "فب"} {
		if rest, ok := strings.CutPrefix(w, p+"ال"); ok && utf8.RuneCountInString(rest) >= 3 && arabicNounEnding(rest) {
			return "ال" + rest
		}
	}
	return w
}

// arabicNounEnding reports the ending of a feminine or plural common noun;
// a masculine plural's only on a long word, since short names end so too
// ("فالكون" is Falcon, "بالدوين" Baldwin).
func arabicNounEnding(w string) bool {
	if strings.HasSuffix(w, "ة") || strings.HasSuffix(w, "ات") {
		return true
	}
	return (strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ون")) && utf8.RuneCountInString(w) >= 6
}
