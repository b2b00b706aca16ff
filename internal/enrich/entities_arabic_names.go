package enrich

import (
	"strings"
	"unicode/utf8"

	"herald/internal/text"
)

// Word tests of the Arabic name rules.

// arabicNameWord reports a word that may stand in a name: no article
// (unless family is set and it has one), no clitic before an article, no
// function word, number, role, speech verb or common noun, and never
// written with the article elsewhere in the article.
func (a *analysis) arabicNameWord(w string, family bool) bool {
	if utf8.RuneCountInString(w) < 2 || !text.HasArabic(w) {
		return false
	}
	if strings.HasPrefix(w, "ال") {
		rest := strings.TrimPrefix(w, "ال")
		return family && utf8.RuneCountInString(rest) >= 3 && !arabicNonNames[w] && !text.IsStopWord("ar", w)
	}
	if rest := arabicStripPrep(w); rest != w && (arabicOutlets[rest] || arabicOrgHeads[rest] || arabicRoles[rest]) {
		return false // "لرويترز", "لوكالة": told to an outlet, not a name
	}
	for _, p := range []string{"لل", "بال", "وال", "فال", "كال"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 3 {
			return false // "للصحفيين"; but "كالدر" is Calder
		}
	}
	if rest := strings.TrimPrefix(w, "و"); rest != w && text.IsStopWord("ar", rest) {
		return false // "ومن"
	}
	for _, p := range []string{"لأ", "لإ", "بأ", "بإ"} {
		if strings.HasPrefix(w, p) {
			return false // "لأبوين", to parents
		}
	}
	if strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون") {
		return false // "سافاريين": a plural adjective of origin
	}
	if strings.HasSuffix(w, "اً") || strings.HasSuffix(w, "ًا") || strings.HasSuffix(w, "ةً") {
		return false // "إضراباً": an indefinite accusative, which no name takes
	}
	return (!text.IsStopWord("ar", w) || a.aliIsName(w)) && !arabicNonNames[w] && !arabicOutlets[w] && !arabicRoles[w] && !arabicSpeechVerbs[w] &&
		!arabicPlaceHeads[w] && !arabicOrgHeads[w] && !arabicNameLinks[w] && !a.arabicDefinite[w]
}

// aliIsName reports "علي" (Ali) in an article that writes the preposition
// "على" with its final alif: the stop list holds "علي" for copy that drops
// the difference, where it may be either.
func (a *analysis) aliIsName(w string) bool {
	return w == "علي" && a.arabicCounts["على"] > 0
}

// arabicBoundary grades what follows a name: 3 for the end of the
// sentence, punctuation, a preposition, "إن"/"أن", a relative pronoun or a
// word with "لل" ("للصحفيين"); 2 for a word with "ب" or "ل" attached,
// which opens a complement ("رونه ألدرسن بتوفير", "هيلينا مارسك بأنسلم")
// but also begins names ("برانت"); 0 for anything else.
func arabicBoundary(toks []token, j, sent int) int {
	if j >= len(toks) || toks[j].sent != sent || !toks[j].word {
		return 3
	}
	w := toks[j].text
	switch {
	case arabicBoundaryWords[w] || strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "و") && arabicBoundaryWords[strings.TrimPrefix(w, "و")]:
		return 3
	case strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل"):
		return 2
	}
	return 0
}

// arabicPronounSuffix reports a word ending in a possessive pronoun
// ("رحلاتها", "أرضه"), which no name does.
func arabicPronounSuffix(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, s := range []string{"ها", "هم", "هما", "هن", "كم", "اته"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// arabicMatch returns the form of w found in set: w itself ("وزير", which
// only looks like "و" before "زير"), or w without the clitic strip drops
// ("وقالت", "بمدينة"); "" when neither is there.
func arabicMatch(set map[string]bool, w string, strip func(string) string) string {
	if set[w] {
		return w
	}
	if s := strip(w); set[s] {
		return s
	}
	return ""
}

// arabicCliticForms lists w and what it may be with its clitic dropped:
// "بمصر" may be "مصر", "للقاهرة" "القاهرة".
func arabicCliticForms(w string) []string {
	forms := []string{w}
	for _, v := range []string{w, strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")} {
		if rest, ok := strings.CutPrefix(v, "لل"); ok && utf8.RuneCountInString(rest) >= 2 {
			forms = append(forms, "ال"+rest) // "للقاهرة", "وللقاهرة"
		}
	}
	if s := arabicStripPrep(w); s != w {
		forms = append(forms, s)
	}
	return forms
}

// arabicStripConj drops a leading "و" or "ف" (and, so) from a verb or a
// role: "وقالت", "والرئيس" stays (the article follows).
func arabicStripConj(w string) string {
	for _, p := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 3 && !strings.HasPrefix(rest, "ال") {
			return rest
		}
	}
	return w
}

// arabicStripPrep drops one clitic conjunction or preposition ("و", "ف",
// "ب", "ل", "ك") before a word of three letters or more: "بمدينة",
// "ومارسك", "لسافارا".
func arabicStripPrep(w string) string {
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return w
}

// noteArabicDefinites records every word the article writes with the
// article, without it: a word seen as "البلدية" is a common noun, not the
// start of a name. It also notes the words that follow a speech verb and
// counts every word, alone or with a clitic.
func (a *analysis) noteArabicDefinites() {
	a.arabicDefinite = map[string]bool{}
	a.arabicAfterSpeech = map[string]bool{}
	a.arabicCounts = map[string]int{}
	for _, p := range a.paras {
		for k, t := range p.toks {
			if t.word {
				a.arabicCounts[t.text]++
				if s := arabicStripPrep(t.text); s != t.text {
					a.arabicCounts[s]++
				}
			}
			if k > 0 && t.word && arabicSpeechVerbs[p.toks[k-1].text] {
				a.arabicAfterSpeech[t.text] = true
			}
			for _, art := range []string{"ال", "لل", "بال", "وال", "فال", "كال"} {
				if rest := strings.TrimPrefix(t.text, art); rest != t.text && utf8.RuneCountInString(rest) >= 3 {
					a.arabicDefinite[rest] = true
					break
				}
			}
		}
	}
}
