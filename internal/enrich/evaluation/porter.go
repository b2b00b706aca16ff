package evaluation

import "strings"

// PorterStem stems an English word with the Porter algorithm exactly as
// NLTK's PorterStemmer does in its default NLTK_EXTENSIONS mode, which is
// the stemmer Google's rouge-score package uses. ROUGE scores are only
// comparable to published ones with this stemmer, not with Porter2
// (Snowball), hence a port here rather than internal/text's Stem.
func PorterStem(word string) string {
	w := strings.ToLower(word)
	if s, ok := porterIrregular[w]; ok {
		return s
	}
	if len(w) <= 2 {
		return w
	}
	w = porterStep1a(w)
	w = porterStep1b(w)
	w = porterStep1c(w)
	w = porterStep2(w)
	w = porterStep3(w)
	w = porterStep4(w)
	w = porterStep5a(w)
	return porterStep5b(w)
}

var porterIrregular = map[string]string{
	"skies": "sky", "sky": "sky", "dying": "die", "lying": "lie", "tying": "tie", "news": "news",
	"innings": "inning", "inning": "inning", "outings": "outing", "outing": "outing",
	"cannings": "canning", "canning": "canning", "howe": "howe", "proceed": "proceed",
	"exceed": "exceed", "succeed": "succeed",
}

func porterConsonant(w string, i int) bool {
	switch w[i] {
	case 'a', 'e', 'i', 'o', 'u':
		return false
	case 'y':
		if i == 0 {
			return true
		}
		return !porterConsonant(w, i-1)
	}
	return true
}

// porterMeasure counts the VC sequences of w.
func porterMeasure(w string) int {
	m := 0
	prevVowel := false
	for i := 0; i < len(w); i++ {
		c := porterConsonant(w, i)
		if c && prevVowel {
			m++
		}
		prevVowel = !c
	}
	return m
}

func porterHasVowel(w string) bool {
	for i := 0; i < len(w); i++ {
		if !porterConsonant(w, i) {
			return true
		}
	}
	return false
}

func porterDoubleConsonant(w string) bool {
	n := len(w)
	return n >= 2 && w[n-1] == w[n-2] && porterConsonant(w, n-1)
}

func porterCVC(w string) bool {
	n := len(w)
	if n >= 3 && porterConsonant(w, n-3) && !porterConsonant(w, n-2) && porterConsonant(w, n-1) {
		return w[n-1] != 'w' && w[n-1] != 'x' && w[n-1] != 'y'
	}
	return n == 2 && !porterConsonant(w, 0) && porterConsonant(w, 1)
}

// porterRule is one suffix rule; cond sees the word without the suffix.
type porterRule struct {
	suffix, repl string
	cond         func(stem string) bool
}

// porterApply applies the first rule whose suffix matches (NLTK's
// _apply_rule_list): when its condition fails the word is left unchanged.
func porterApply(w string, rules []porterRule) string {
	for _, r := range rules {
		if strings.HasSuffix(w, r.suffix) {
			stem := w[:len(w)-len(r.suffix)]
			if r.cond == nil || r.cond(stem) {
				return stem + r.repl
			}
			return w
		}
	}
	return w
}

func porterPositive(stem string) bool { return porterMeasure(stem) > 0 }
func porterAbove1(stem string) bool   { return porterMeasure(stem) > 1 }

func porterStep1a(w string) string {
	if strings.HasSuffix(w, "ies") && len(w) == 4 {
		return w[:1] + "ie"
	}
	return porterApply(w, []porterRule{{"sses", "ss", nil}, {"ies", "i", nil}, {"ss", "ss", nil}, {"s", "", nil}})
}

func porterStep1b(w string) string {
	if strings.HasSuffix(w, "ied") {
		if len(w) == 4 {
			return w[:1] + "ie"
		}
		return w[:len(w)-3] + "i"
	}
	if strings.HasSuffix(w, "eed") {
		stem := w[:len(w)-3]
		if porterMeasure(stem) > 0 {
			return stem + "ee"
		}
		return w
	}
	var stem string
	ok := false
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(w, suf) {
			stem = w[:len(w)-len(suf)]
			if porterHasVowel(stem) {
				ok = true
				break
			}
		}
	}
	if !ok {
		return w
	}
	switch {
	case strings.HasSuffix(stem, "at"), strings.HasSuffix(stem, "bl"), strings.HasSuffix(stem, "iz"):
		return stem + "e"
	case porterDoubleConsonant(stem):
		last := stem[len(stem)-1]
		if last != 'l' && last != 's' && last != 'z' {
			return stem[:len(stem)-1]
		}
		return stem
	case porterMeasure(stem) == 1 && porterCVC(stem):
		return stem + "e"
	}
	return stem
}

func porterStep1c(w string) string {
	if strings.HasSuffix(w, "y") {
		stem := w[:len(w)-1]
		if len(stem) > 1 && porterConsonant(stem, len(stem)-1) {
			return stem + "i"
		}
	}
	return w
}

var porterStep2Rules = []porterRule{
	{"ational", "ate", porterPositive}, {"tional", "tion", porterPositive}, {"enci", "ence", porterPositive},
	{"anci", "ance", porterPositive}, {"izer", "ize", porterPositive}, {"bli", "ble", porterPositive},
	{"alli", "al", porterPositive}, {"entli", "ent", porterPositive}, {"eli", "e", porterPositive},
	{"ousli", "ous", porterPositive}, {"ization", "ize", porterPositive}, {"ation", "ate", porterPositive},
	{"ator", "ate", porterPositive}, {"alism", "al", porterPositive}, {"iveness", "ive", porterPositive},
	{"fulness", "ful", porterPositive}, {"ousness", "ous", porterPositive}, {"aliti", "al", porterPositive},
	{"iviti", "ive", porterPositive}, {"biliti", "ble", porterPositive}, {"fulli", "ful", porterPositive},
}

func porterStep2(w string) string {
	if strings.HasSuffix(w, "alli") && porterPositive(w[:len(w)-4]) {
		return porterStep2(w[:len(w)-4] + "al")
	}
	// NLTK's "logi" rule tests the measure with the "l" kept in the stem.
	if !porterAnySuffix(w, porterStep2Rules) && strings.HasSuffix(w, "logi") {
		if porterPositive(w[:len(w)-3]) {
			return w[:len(w)-1]
		}
		return w
	}
	return porterApply(w, porterStep2Rules)
}

func porterAnySuffix(w string, rules []porterRule) bool {
	for _, r := range rules {
		if strings.HasSuffix(w, r.suffix) {
			return true
		}
	}
	return false
}

var porterStep3Rules = []porterRule{
	{"icate", "ic", porterPositive}, {"ative", "", porterPositive}, {"alize", "al", porterPositive},
	{"iciti", "ic", porterPositive}, {"ical", "ic", porterPositive}, {"ful", "", porterPositive},
	{"ness", "", porterPositive},
}

func porterStep3(w string) string { return porterApply(w, porterStep3Rules) }

var porterStep4Rules = []porterRule{
	{"al", "", porterAbove1}, {"ance", "", porterAbove1}, {"ence", "", porterAbove1}, {"er", "", porterAbove1},
	{"ic", "", porterAbove1}, {"able", "", porterAbove1}, {"ible", "", porterAbove1}, {"ant", "", porterAbove1},
	{"ement", "", porterAbove1}, {"ment", "", porterAbove1}, {"ent", "", porterAbove1},
	{"ion", "", func(s string) bool {
		return porterMeasure(s) > 1 && (strings.HasSuffix(s, "s") || strings.HasSuffix(s, "t"))
	}},
	{"ou", "", porterAbove1}, {"ism", "", porterAbove1}, {"ate", "", porterAbove1}, {"iti", "", porterAbove1},
	{"ous", "", porterAbove1}, {"ive", "", porterAbove1}, {"ize", "", porterAbove1},
}

func porterStep4(w string) string { return porterApply(w, porterStep4Rules) }

func porterStep5a(w string) string {
	if strings.HasSuffix(w, "e") {
		stem := w[:len(w)-1]
		m := porterMeasure(stem)
		if m > 1 || (m == 1 && !porterCVC(stem)) {
			return stem
		}
	}
	return w
}

func porterStep5b(w string) string {
	if strings.HasSuffix(w, "ll") && porterMeasure(w[:len(w)-1]) > 1 {
		return w[:len(w)-1]
	}
	return w
}
