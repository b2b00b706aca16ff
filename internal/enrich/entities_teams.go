package enrich

import (
	"slices"
	"strings"
	"unicode"
)

// Match reports name teams by their city: "Atlanta beat Boston 88-83",
// "a win over Miami". Readers judged such cities, typed as places, wrong
// eight times on the development stories and the Zyte pages (Boston for
// the Celtics, Calgary for the Flames). A city alone is a team only in a
// report of sport that gives a score (givesScore): "goal", "season" and
// "final" alone are as common in war, aid and market news, where "drones
// over Kyiv" and "bound for Gaza" name places. A city and a nickname
// shaped like a team's (cityTeam) need a report of sport only.

// teamVerbsAfter follow a team that plays: "Boston beat", "Miami rallied".
var teamVerbsAfter = wordSet(`beat beats defeated defeats edged edges routed thrashed downed topped stopped
stop stops rallied trailed trail won win wins lost lose loses drew draw clinched`)

// teamWordsBefore put a team after them: "against Chicago", "beat Boston".
var teamWordsBefore = wordSet(`against beat beating beats defeated defeating vs vs. v v. versus edged routed`)

// playedFor precede "for" before a team: "scored for Barcelona", not
// "left for London".
var playedFor = wordSet(`scored scoring scores played playing plays signed signing`)

// teamRolesAfter are a team's people and parts: "Boston coach Doc
// Rivers", "the Miami defense", "Barcelona president".
var teamRolesAfter = wordSet(`coach manager guard forward center centre striker goalkeeper keeper pitcher
quarterback fans players defense defence offense offence bench roster president chairman owner midfielder
defender winger captain`)

// teamCue reports a place name used as a team in a match report; p1, p2
// are the two words before it and n1 the word after, lower-cased.
func (a *analysis) teamCue(p1, p2, n1 string) bool {
	if !a.givesScore() {
		return false
	}
	return teamVerbsAfter[n1] || teamRolesAfter[n1] || teamWordsBefore[p1] ||
		p1 == "for" && playedFor[p2] || p1 == "to" && (p2 == "lost" || p2 == "losing" || p2 == "loss")
}

// givesScore reports a report of sport (reportsSport) that writes a score
// ("88-83", "2-1").
func (a *analysis) givesScore() bool {
	if a.scores == 0 {
		a.scores = -1
		if a.reportsSport() && a.writesScore() {
			a.scores = 1
		}
	}
	return a.scores > 0
}

// writesScore reports a token of two numbers of up to three digits
// joined by a hyphen or dash: "88-83", "2–1", not "2019-20".
func (a *analysis) writesScore() bool {
	dash := strings.NewReplacer("–", "-", "—", "-")
	for _, p := range a.paras {
		for i, t := range p.toks {
			x, y, ok := strings.Cut(dash.Replace(t.text), "-")
			if ok && smallNumber(x) && smallNumber(y) {
				return true
			}
			// Tokenised copy writes "2 - 0".
			if i+2 < len(p.toks) && smallNumber(t.text) && dash.Replace(p.toks[i+1].text) == "-" && smallNumber(p.toks[i+2].text) {
				return true
			}
		}
	}
	return false
}

func smallNumber(s string) bool {
	return len(s) >= 1 && len(s) <= 3 && strings.IndexFunc(s, func(r rune) bool { return !unicode.IsDigit(r) }) < 0
}

// playsAsTeam reports a place cluster that a match report names as a team
// twice or more, and at least half of the times it names it. Nations keep
// their type: readers take "England beat Australia" for the countries.
func (c *cluster) playsAsTeam() bool {
	return c.typ == Place && c.teamCues >= 2 && c.teamCues*2 >= c.mentions && !nationPlaces[strings.ToLower(c.name)]
}

// nationPlaces are the gazetteer's countries, the home nations and the
// continents, whose sides are national teams; states and cities are not
// ("the Arizona Cardinals").
var nationPlaces = func() map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(countryTable+"\n"+nationsBeyondCountries, "\n") {
		names, _, _ := strings.Cut(line, "=")
		canon, _, _ := strings.Cut(names, "|")
		m[strings.ToLower(canon)] = true
	}
	return m
}()

// nationsBeyondCountries play as nations though the gazetteer lists them
// with regions.
const nationsBeyondCountries = `England
Scotland
Wales
Northern Ireland
Europe
Africa
Asia
Oceania`

// cityTeam reports a run toks[k:j] that is a team named after its city,
// toks[k:split], in a match report: "the Miami Heat", "Boston Celtics",
// "Manchester United". Split at the city, the nickname alone reads as a
// place or a person ("Celtics", "United"). The nickname is a plural or a
// club's word, or the run takes "the"; a given name first is a person's
// ("Virginia Roberts", "Dallas Keuchel"), and events are no teams ("the
// Boston Marathon").
func (a *analysis) cityTeam(toks []token, k, split, j int) bool {
	if j-split > 2 || !a.reportsSport() {
		return false
	}
	if !teamCity(joinName(tokWords(toks[k:split]))) {
		return false
	}
	nick := lower(toks[j-1].text)
	if eventTails[nick] || teamEventTails[nick] || isGivenName(lower(toks[k].text)) && !clubTails[nick] {
		return false
	}
	the := k > 0 && lower(toks[k-1].text) == "the" && toks[k-1].sent == toks[k].sent
	return the || clubTails[nick] || len(nick) > 3 && strings.HasSuffix(nick, "s") && !strings.HasSuffix(nick, "ss")
}

// teamEventTails end the names of races and meetings that carry a city's
// name.
var teamEventTails = wordSet(`marathon open classic derby prix series race regatta meeting show`)

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
		if teamCity(strings.Join(words[:split], " ")) {
			return true
		}
	}
	return false
}

// teamCity reports a gazetteer place that names clubs: a city or a
// state, not a nation nor a demonym ("the Arizona Cardinals", not "the
// American team").
func teamCity(name string) bool {
	pl, ok := placeIndex[placeKey(name)]
	return ok && !pl.demonym && !nationPlaces[strings.ToLower(pl.name)]
}
