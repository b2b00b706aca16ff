package enrich

import (
	"strings"
	"unicode"

	"herald/internal/text"
)

// markNoProse flags the tokens that name nothing even when capitalised:
// headings written in title case ("Price Tag Isn't Cheap"), whose
// capitals are the style's (a name in a heading is named in the text
// too), social handles and hashtags ("@MattBevin", "#HealthyHydration"),
// titles in quotation marks and web addresses ("t.co/XPxUJuyIAC").
func (a *analysis) markNoProse(p *para) {
	// German capitalises its nouns and Arabic has no capitals: neither
	// shows a heading by its case.
	if a.lang != "de" && a.lang != "ar" && (a.titleCaseHeading(p) || shoutedLine(p)) {
		skipFrom(p, 0, len(p.text))
		return
	}
	for k := 1; k < len(p.toks); k++ {
		if handleOrPath(p, k) {
			p.toks[k].skip = true
		}
	}
	for _, q := range p.quotes {
		// "Takin' It to the Streets", "The Medium is the Message": a
		// title's capitals name no one; a sign with none of a title's
		// small words ("« Bélanger & Fils – Hardware »") may name a shop.
		if inner := p.text[q.innerStart:q.innerEnd]; len(strings.Fields(inner)) <= 8 && titleCased(strings.TrimRight(inner, ".,!? ")) && hasSmallTitleWord(inner) {
			skipFrom(p, q.innerStart, q.innerEnd)
		}
	}
	for _, span := range webAddresses(p.text) {
		skipFrom(p, span[0], span[1])
	}
}

// skipFrom flags the tokens of p that start between bytes from and to.
func skipFrom(p *para, from, to int) {
	for k := range p.toks {
		if p.toks[k].start >= from && p.toks[k].start < to {
			p.toks[k].skip = true
		}
	}
}

// handleOrPath reports a word written right after "@", "#" or "/".
func handleOrPath(p *para, k int) bool {
	prev := p.toks[k-1]
	return p.toks[k].word && !prev.word && prev.end == p.toks[k].start &&
		(prev.text == "@" || prev.text == "#" || prev.text == "/")
}

// webAddresses returns the byte spans of the URLs in s.
func webAddresses(s string) [][2]int {
	var spans [][2]int
	for _, pre := range []string{"http://", "https://", "www."} {
		for i := 0; ; {
			k := strings.Index(s[i:], pre)
			if k < 0 {
				break
			}
			start := i + k
			end := strings.IndexFunc(s[start:], unicode.IsSpace)
			if end < 0 {
				end = len(s) - start
			}
			spans = append(spans, [2]int{start, start + end})
			i = start + end
		}
	}
	return spans
}

// titleCaseHeading reports a heading in title case: a line of three to
// fifteen words with no closing stop or list punctuation, at most one of
// them in lower case, and a capitalised word that the article writes in
// lower case elsewhere or that is a function word ("Isn't", "While",
// "Money").
func (a *analysis) titleCaseHeading(p *para) bool {
	if n := len(p.toks); n < 3 || n > 40 {
		return false // most paragraphs: no heading, and no word lower-cased to tell
	}
	words, lower, commas, styled := 0, 0, 0, false
	last := ""
	for k, t := range p.toks {
		last = t.text
		if !t.word {
			if t.text == "," {
				commas++
			}
			if commas > 1 || t.text == "/" || t.text == ";" {
				return false // "Path D: Georgia, North Macedonia, Kosovo": a list
			}
			continue
		}
		words++
		if !t.upper {
			if lower++; lower > 1 {
				return false
			}
			continue
		}
		if styled {
			continue
		}
		w := strings.ToLower(t.text)
		if k > 0 && (a.vocab[w] || text.IsStopWord(a.lang, w)) && !isAcronym(t.text) {
			styled = true
		}
	}
	if words < 3 || words > 15 || lower > 1 || !styled {
		return false
	}
	switch last {
	case ".", "!", "?", ":", ";", ",", "”", "\"", "’":
		return false
	}
	return true
}

// hasSmallTitleWord reports a word a title keeps in lower case: "to",
// "the", "is".
func hasSmallTitleWord(s string) bool {
	for _, w := range strings.Fields(s) {
		if titleSmallWords[w] {
			return true
		}
	}
	return false
}

// shoutedLine reports a line of one to four words in capitals that names
// no place or famous body: a heading or a sign-off ("STAFF", "CONCERNED
// SISTER"), whose capitals are its style. "NASA" or "WASHINGTON" alone
// still name something.
func shoutedLine(p *para) bool {
	words := 0
	for _, t := range p.toks {
		if !t.word {
			continue
		}
		words++
		if words > 4 || len(t.text) < 2 || strings.ToUpper(t.text) != t.text || strings.ToLower(t.text) == t.text ||
			isPlaceName(t.text) || knownOrganizations[strings.ToLower(t.text)] {
			return false
		}
	}
	if words == 0 {
		return false
	}
	// One word of four letters or fewer may be an acronym ("NATO", "BBC").
	return words > 1 || len(p.toks) > 0 && len(strings.TrimSpace(p.text)) > 4
}

// markRepeatedLines flags the words of short capitalised lines that the
// text repeats whole: the items and headings of a list or a menu ("Pre-Workout
// Supplement", "Asian Chicken Zoodles" six times over), which name no one.
// A name in the story is written inside sentences.
func markRepeatedLines(paras []para) {
	seen := map[string]int{}
	for _, p := range paras {
		if shortCapitalisedLine(p) {
			seen[strings.TrimSpace(p.text)]++
		}
	}
	for i := range paras {
		if seen[strings.TrimSpace(paras[i].text)] >= 2 {
			skipFrom(&paras[i], 0, len(paras[i].text))
		}
	}
}

// shortCapitalisedLine reports a paragraph of two to six words, each
// capitalised or a small joining word, with no sentence punctuation.
func shortCapitalisedLine(p para) bool {
	words := 0
	for _, t := range p.toks {
		switch {
		case !t.word:
			return false
		case t.upper:
			words++
		case !nameConnectors[t.text] && t.text != "and":
			return false
		}
	}
	return words >= 2 && words <= 6
}
