package enrich

import (
	"slices"
	"strings"
)

// Sports reports name teams by their city: "Atlanta beat Boston 88-83",
// "a win over Miami". Readers judged such cities, typed as places, wrong
// eight times on the development stories and the Zyte pages (Boston for
// the Celtics, Calgary for the Flames).

// teamVerbsAfter follow a team that plays: "Boston beat", "Miami rallied".
var teamVerbsAfter = wordSet(`beat beats defeated defeats edged edges routed thrashed downed topped stopped
stop stops rallied trailed trail won win wins lost lose loses drew draw clinched hosts visits`)

// teamWordsBefore put a team after them: "against Chicago", "beat Boston",
// "scored for Barcelona".
var teamWordsBefore = wordSet(`against over beat beating beats defeated defeating vs vs. v v. versus edged routed
hosted host hosts visiting for`)

// teamCue reports a place name used as a team, in a report of sport,
// at toks[k:j]; p1, p2 are the two words before it and n1 the word after,
// lower-cased.
func (a *analysis) teamCue(p1, p2, n1 string) bool {
	if !a.reportsSport() {
		return false
	}
	return teamVerbsAfter[n1] || teamRolesAfter[n1] || teamWordsBefore[p1] || p1 == "to" && (p2 == "lost" || p2 == "losing" || p2 == "loss")
}

// teamRolesAfter are a team's people and parts: "Boston coach Doc
// Rivers", "the Miami defense".
var teamRolesAfter = wordSet(`coach manager guard forward center centre striker goalkeeper keeper pitcher
quarterback fans players defense defence offense offence bench roster president chairman owner midfielder
defender winger captain`)

// playsAsTeam reports a place cluster that a sports report names as a
// team at least half of the times it names it. Countries keep their type:
// readers take "England beat Australia" for the countries, and national
// sides are named after them.
func (c *cluster) playsAsTeam() bool {
	return c.typ == Place && c.teamCues > 0 && c.teamCues*2 >= c.mentions && !countryPlaces[strings.ToLower(c.name)]
}

// countryPlaces are the gazetteer's countries and the places with a
// demonym (continents, England, Scotland): their sides are national
// teams, which readers take for the country.
var countryPlaces = func() map[string]bool {
	m := map[string]bool{}
	countries := "\n" + countryTable + "\n"
	for _, line := range strings.Split(placeTable, "\n") {
		names, demonyms, _ := strings.Cut(line, "=")
		if canon, _, _ := strings.Cut(names, "|"); demonyms != "" || strings.Contains(countries, "\n"+line+"\n") {
			m[strings.ToLower(canon)] = true
		}
	}
	return m
}()

// cityTeam reports a run toks[k:j] that is a team named after its city,
// toks[k:split], in a report of sport: "Boston Celtics", "Manchester
// United", "Los Angeles Lakers". Split at the city, the nickname alone
// reads as a place or a person ("Celtics", "United").
func (a *analysis) cityTeam(toks []token, k, split, j int) bool {
	if j-split > 2 || !a.reportsSport() {
		return false
	}
	pl := placeIndex[placeKey(joinName(tokWords(toks[k:split])))]
	return !pl.demonym && !countryPlaces[strings.ToLower(pl.name)]
}

// teamOfCity reports the team o named after c, a city that plays:
// "Boston" beating Atlanta is the Boston Celtics of the same report.
func teamOfCity(c, o *cluster) bool {
	return c.teamCues > 0 && c.typ == Organization && o.typ == Organization && len(o.words) > len(c.words) &&
		slices.Equal(o.words[:len(c.words)], c.words) && cityTeamName(o.words, o.words[len(o.words)-1])
}

// cityTeamName reports a team's name, a city and then nickname ("Boston
// Celtics", "Los Angeles Lakers").
func cityTeamName(words []string, nickname string) bool {
	n := len(words)
	if n < 2 || n > 4 || words[n-1] != nickname {
		return false
	}
	for split := 1; split <= 2 && split < n && n-split <= 2; split++ {
		pl, ok := placeIndex[placeKey(strings.Join(words[:split], " "))]
		if ok && !pl.demonym && !countryPlaces[strings.ToLower(pl.name)] {
			return true
		}
	}
	return false
}
