package enrich

import (
	"strings"
	"unicode"
)

// commonAcronyms returns the acronyms the text spells out in lower-case
// words beside parentheses: "Binge eating disorder (BED)", "GaN (gallium
// nitride)". Such an acronym abbreviates a common noun, not a name, and
// makes no entity; "the European Central Bank (ECB)" is written in
// capitals and stays.
func commonAcronyms(paras []para) map[string]bool {
	var found map[string]bool
	for _, p := range paras {
		toks := p.toks
		for i := 1; i+2 < len(toks); i++ {
			if toks[i].text != "(" {
				continue
			}
			// "binge eating disorder (BED)": the words before spell it.
			if acr := toks[i+1].text; toks[i+2].text == ")" && lowerExpansion(toks, i-len(capitals(acr)), i, acr) {
				found = addAcronym(found, acr)
			}
			// "GaN (gallium nitride)": the words inside spell the one before.
			acr := toks[i-1].text
			if n := len(capitals(acr)); n >= 2 && i+n+1 < len(toks) && toks[i+n+1].text == ")" && lowerExpansion(toks, i+1, i+1+n, acr) {
				found = addAcronym(found, acr)
			}
		}
	}
	return found
}

func addAcronym(found map[string]bool, acr string) map[string]bool {
	if found == nil {
		found = map[string]bool{}
	}
	found[acr] = true
	return found
}

// capitals returns the upper-case letters of a word: "GaN" gives "GN".
func capitals(w string) string {
	var b strings.Builder
	for _, r := range w {
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// lowerExpansion reports toks[from:to] as words whose initials spell the
// capitals of acr, all in lower case but for a sentence's first.
func lowerExpansion(toks []token, from, to int, acr string) bool {
	caps := capitals(acr)
	if len(caps) < 2 || from < 0 || to-from != len(caps) || !isAcronym(acr) && !isCamelCase(acr) {
		return false
	}
	for m := from; m < to; m++ {
		t := toks[m]
		if !t.word || unicode.ToUpper(runeAt(t.text, 0)) != rune(caps[m-from]) || t.upper && !t.sentStart {
			return false
		}
	}
	return true
}
