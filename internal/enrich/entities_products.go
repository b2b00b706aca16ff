package enrich

import (
	"strings"
	"unicode"
)

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
		if len(c.words) >= 2 && productNameTails[strings.ToLower(c.words[len(c.words)-1])] {
			c.things++ // "Magic Keyboard", "Apple Pencil": the kind ends the product's own name
			c.product = true
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

// productNameTails are kinds of device that end a product's name, not a
// company's: "Magic Keyboard", "Entry Sensor". Not "controller" nor
// "speaker": "the State Controller", "House Speaker".
var productNameTails = wordSet(`keyboard trackpad mouse thermostat sensor charger headset headphones earbuds
pencil tablet laptop smartphone console`)

// workKinds say it of a work, in a third of its mentions: a franchise is
// named bare as often as with its kind ("Star Trek", "the Star Trek film").
var workKinds = wordSet(`film movie franchise novel album episode sequel trilogy`)

// modelNumbered reports a short name written as a model or an index is:
// with a model number after it ("S&P 500", "LC 500", "NBA 2K20"), a
// version number after a one-word name ("MagSafe 2 connection", "AirPlay
// 2 support"), or a model year or screen size before it ("the 2020
// Sentra", "the 16-inch MacBook"). People and companies are not numbered
// so; a famous maker's model ("Boeing 737") leaves the maker alone. Numbered
// bodies, roads and channels ("Channel 4", "Route 66") are left alone,
// and so is a name between two numbers, a score's second team.
func modelNumbered(toks []token, k, j int) bool {
	if !(j-k == 1 || j-k == 3 && toks[k+1].text == "&") || toks[j-1].poss {
		return false
	}
	w := lower(toks[k].text)
	if orgSuffixes[w] || orgHeads[w] || placeHeads[w] || placeSuffixes[w] || numberedNames[w] || isPlaceName(toks[k].text) ||
		knownOrganizations[w] {
		return false
	}
	if j < len(toks) && toks[j].sent == toks[j-1].sent && isModelNumber(toks[j].text) {
		return true // "S&P 500", "LC 500", "NBA 2K20"
	}
	if j-k != 1 {
		return false
	}
	if j+1 < len(toks) && toks[j].sent == toks[k].sent && isVersionNumber(toks[j].text) && !toks[j].poss &&
		!(k > 0 && isAllDigits(toks[k-1].text)) && // "Lindhaven 2 Brenmoor 3 after extra time": a score
		(toks[j+1].word && !toks[j+1].upper && toks[j+1].sent == toks[k].sent || toks[j+1].text == ".") {
		return true
	}
	if k < 2 || toks[k-1].sent != toks[k].sent {
		return false
	}
	before, det := lower(toks[k-1].text), lower(toks[k-2].text)
	if !(det == "the" || det == "a" || det == "an" || det == "new" || det == "old") {
		return false
	}
	return strings.HasSuffix(before, "-inch") || len(before) == 4 && (strings.HasPrefix(before, "19") || strings.HasPrefix(before, "20")) && isAllDigits(before)
}

// isModelNumber is a number of three digits or more, or digits and
// letters mixed: "500", "2K20", "A320".
func isModelNumber(s string) bool {
	digits, letters := 0, 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			digits++
		case unicode.IsLetter(r):
			letters++
		default:
			return false
		}
	}
	return digits >= 3 || digits > 0 && letters > 0 && len(s) >= 3
}

// isVersionNumber is a small whole number or a decimal one: "2", "11", "2.0".
func isVersionNumber(s string) bool {
	whole, frac, _ := strings.Cut(s, ".")
	return len(whole) >= 1 && len(whole) <= 2 && isAllDigits(whole) && isAllDigits(frac)
}

// numberedNames take a number after them as part of a name that is no
// product: "Channel 4", "Route 66", "Formula 1", "Apollo 11".
var numberedNames = wordSet(`channel radio route highway interstate formula apollo gemini artemis category
section level phase stage group chapter article title covid`)
