package enrich

import "strings"

// The words around a capitalised run that say it is no name, or only part
// of one: acronyms of things and units, adjectives made of names,
// position codes, named days, mastheads, party members and club prefixes.

// isNonEntityAcronym reports an acronym of a thing: "GDP", "USB-C",
// "COVID-19".
func isNonEntityAcronym(w string) bool {
	return isAcronym(w) && (nonEntityAcronyms[strings.ReplaceAll(w, ".", "")] || nonEntityAcronyms[strings.Split(w, "-")[0]] ||
		strings.HasPrefix(strings.ToLower(w), "covid"))
}

func allNonEntityAcronyms(toks []token) bool {
	for _, t := range toks {
		if !isNonEntityAcronym(t.text) {
			return false
		}
	}
	return len(toks) > 0
}

// unitAfter reports an acronym that is a unit after a quantity: "151 PS",
// "150 kW DC"; "17 NBA seasons" and "the 2019 NFL draft" keep their names.
func unitAfter(prev, acr string) bool {
	return powerUnits[strings.ToLower(prev)] && isAcronym(acr) ||
		prev != "," && isAllDigits(strings.ReplaceAll(prev, ",", "")) && unitAcronyms[acr]
}

var powerUnits = wordSet(`kw kwh mw mwh gw gwh v w hp mah`)

var unitAcronyms = map[string]bool{"PS": true, "BHP": true, "HP": true, "DC": true, "AC": true, "RPM": true, "MPH": true}

// knownTail reports a run ending in a known organisation's name of two
// words or more: "Hollywood Reporter", "Sioux Falls Argus Leader".
func knownTail(toks []token) bool {
	for i := 0; i+1 < len(toks); i++ {
		if knownOrganizations[lower(joinName(tokWords(toks[i:])))] {
			return true
		}
	}
	return false
}

// nameAsAdjective reports a name made an adjective by its suffix:
// "Sacramento-based", "GiveWell-directed", "China-sympathetic".
func nameAsAdjective(w string) bool {
	i := strings.LastIndex(w, "-")
	return i > 0 && adjectiveSuffixes[w[i+1:]]
}

var adjectiveSuffixes = wordSet(`based led backed owned run funded directed enabled sponsored affiliated linked
sympathetic friendly style born made focused bound related controlled operated rated`)

// positionCodes are the positions a sports table writes before a
// player's name.
var positionCodes = wordSet(`QB RB WR TE DL LB CB DB OL DE DT OT OG FB`)

func allRoleWords(words []string) bool {
	for _, w := range words {
		if !isRoleWord(w) {
			return false
		}
	}
	return len(words) > 0
}

// personBeforeOf reports a run that is a person's full name, which "of"
// after it does not join to what follows: "Joe Mount of Metronomy", "Mira
// Holm of the Velmont Trust" (but "Joan of Arc", "Bank of England").
func personBeforeOf(run []token) bool {
	if len(run) < 2 || len(run) > 3 || !isGivenName(lower(run[0].text)) {
		return false
	}
	for _, t := range run {
		if w := lower(t.text); orgHeads[w] || orgSuffixes[w] || isPersonTitle(w) || t.poss {
			return false
		}
	}
	return true
}

// namedDayHeads name a day with a weekday after them.
var namedDayHeads = wordSet(`black cyber good super easter ash bloody holy maundy palm shrove giving`)

func isWeekday(s string) bool {
	return isTimeWord(s) && strings.HasSuffix(strings.ToLower(s), "day")
}

// mastheads name a newspaper alone: "Tribune", "the Chronicle".
var mastheads = wordSet(`tribune chronicle gazette herald telegraph observer examiner inquirer`)

// partyMembers name a party by its members: "Democrats", "House
// Democrats"; "Virginia Democrats" are the state and the party.
var partyMembers = wordSet(`democrats republicans`)

// clubPrefixes open the names of sports clubs: "FC Porto", "AC Milan".
var clubPrefixes = wordSet(`fc ac cf sc`)
