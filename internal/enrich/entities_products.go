package enrich

import "strings"

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
var workKinds = wordSet(`film movie franchise novel album episode sequel trilogy`)
