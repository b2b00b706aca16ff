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

// markSpelledThings marks as things the acronyms the text also spells out
// as a machine: "Space Launch System" for SLS, "Exploration Upper Stage"
// for EUS, "Volatiles Investigating Polar Exploration Rover" for VIPER.
// A rocket or a rover is no organisation, however often "the SLS" reads
// like one.
func (a *analysis) markSpelledThings(order []*cluster) {
	machines := map[string]bool{}
	for _, m := range a.mentions {
		words := strings.Fields(m.surface)
		if n := len(words); n >= 2 && machineName(words) {
			machines[initials(words)] = true
		}
	}
	if len(machines) == 0 {
		return
	}
	for _, c := range order {
		if !c.dropped && len(c.words) == 1 && isAcronym(c.words[0]) && machines[strings.ReplaceAll(c.words[0], ".", "")] {
			c.things++
			c.product = true
		}
	}
}

// machineName reports a name ending in the kind of machine it is.
func machineName(words []string) bool {
	n := len(words)
	last := strings.ToLower(words[n-1])
	return machineHeads[last] || last == "system" && systemKinds[strings.ToLower(words[n-2])]
}

var machineHeads = wordSet(`rover lander telescope spacecraft rocket capsule probe satellite module stage vehicle
engine orbiter`)

// systemKinds make "System" a machine: "Space Launch System", not
// "Federal Reserve System".
var systemKinds = wordSet(`launch landing propulsion weapon weapons missile defense defence positioning navigation`)

// markProductKinds marks as things the names the text writes, in half
// their mentions or more, before the kind of product or work they are:
// "Arrowhead water", "the MEB platform", "the Star Trek film". A company
// of the story says something somewhere, or is famous
// (knownOrganizations): "Tesla vehicles" stays Tesla; a person is one
// with evidence ("the Tarantino film" after "director Quentin
// Tarantino"), not a bare two-word name.
func markProductKinds(order []*cluster) {
	for _, c := range order {
		if c.dropped || c.spoke > 0 || c.typ == Person && c.votes != [3]int{} || c.mentions < 2 || knownOrganizations[strings.ToLower(strings.Join(c.words, " "))] ||
			c.typ == Place && c.name != "" {
			continue
		}
		n, works := 0, 0
		for kind, k := range c.kindsAfter {
			switch {
			case productKinds[kind]:
				n += k
			case workKinds[kind]:
				works += k
			}
		}
		if n*2 >= c.mentions || (n+works)*3 >= c.mentions {
			c.things++
			c.product = true
		}
	}
}

// productKinds are nouns that say, after a name, that it is a product:
// "Arrowhead water".
var productKinds = wordSet(`platform box app water drink beer connector charger cable keyboard rover rocket spacecraft
lander console headset sensor chip processor smartphone laptop tablet sedan hatchback suv coupe truck engine
browser software update`)

// workKinds say it of a work, in a third of its mentions: a franchise is
// named bare as often as with its kind ("Star Trek", "the Star Trek film").
var workKinds = wordSet(`film films movie movies franchise novel novels album episode episodes sequel trilogy`)
