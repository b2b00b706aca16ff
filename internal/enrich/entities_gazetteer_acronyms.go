package enrich

import "strings"

// orgNameTable lists bodies that news names both by an acronym and in
// full, each line the name Herald shows first, then the other names. An
// article that writes only "NATO" and one that spells out "North Atlantic
// Treaty Organization (NATO)" then link to one entity and one tag. The
// name shown is the one headlines use: the acronym where it is the name
// readers know (NATO, FBI), the full name where the acronym is short or
// also a word (WHO, UN, EU). Acronyms with two common meanings are left
// out: "ICC" (the criminal court, the cricket council), "SEC" (the
// regulator, the football conference), "ESA" (the space agency, the
// Endangered Species Act), "IDF", "NHS". The table is English: in Spanish
// "EU" is the United States, so other languages keep their own keys.
const orgNameTable = `NATO|North Atlantic Treaty Organization|North Atlantic Treaty Organisation
NASA|National Aeronautics and Space Administration
FBI|Federal Bureau of Investigation
CIA|Central Intelligence Agency
NSA|National Security Agency
IMF|International Monetary Fund
OPEC|Organization of the Petroleum Exporting Countries|Organisation of the Petroleum Exporting Countries
UNICEF|United Nations Children's Fund
FIFA|Fédération Internationale de Football Association
UEFA|Union of European Football Associations
NFL|National Football League
NBA|National Basketball Association
NHL|National Hockey League
FDA|Food and Drug Administration|U.S. Food and Drug Administration|US Food and Drug Administration
CDC|Centers for Disease Control and Prevention|Centers for Disease Control|U.S. Centers for Disease Control and Prevention
EPA|Environmental Protection Agency|U.S. Environmental Protection Agency
FAA|Federal Aviation Administration|U.S. Federal Aviation Administration
IRS|Internal Revenue Service
TSA|Transportation Security Administration
NOAA|National Oceanic and Atmospheric Administration
NIH|National Institutes of Health
IAEA|International Atomic Energy Agency
OECD|Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development
ECB|European Central Bank
ASEAN|Association of Southeast Asian Nations
IOC|International Olympic Committee
World Health Organization|WHO|World Health Organisation
World Trade Organization|WTO|World Trade Organisation
United Nations|UN|U.N.
European Union|EU|E.U.
Federal Reserve|Fed|U.S. Federal Reserve|US Federal Reserve`

// orgNames maps each name of orgNameTable, lower-cased and without dots,
// to the name shown; orgAcronyms holds those written in capitals.
var orgNames, orgAcronyms = func() (map[string]string, map[string]bool) {
	m, acr := map[string]string{}, map[string]bool{}
	for _, line := range strings.Split(orgNameTable, "\n") {
		names := strings.Split(line, "|")
		for _, n := range names {
			m[orgNameKey(n)] = names[0]
			if isAcronym(n) {
				acr[orgNameKey(n)] = true
			}
		}
	}
	return m, acr
}()

func orgNameKey(s string) string { return strings.ToLower(strings.ReplaceAll(s, ".", "")) }

// knownOrgName returns the name shown for an organisation known by
// several names, and whether it is one. A short acronym must be written
// in capitals ("The Who" is a band); one of four letters or more may be
// written as British papers do ("Nato", "Nasa").
func knownOrgName(name string) (string, bool) {
	key := orgNameKey(name)
	n, ok := orgNames[key]
	if ok && orgAcronyms[key] && !isAcronym(name) && (len(key) < 4 || !kpStartsUpper(name)) {
		return "", false
	}
	return n, ok
}

// knownAcronym reports an acronym of orgNameTable at toks[k] that is
// also a word, written as a name: after "the" or "a" ("The WHO urged", "a
// WHO spokesman"), after a word that cites a source ("says WHO",
// "according to WHO"), or before a speech verb ("WHO said"); not shouted
// ("But WHO will pay?", "THE WHO").
func knownAcronym(toks []token, k int) bool {
	if _, ok := knownOrgName(toks[k].text); !ok || !isAcronym(toks[k].text) {
		return false
	}
	if k+1 < len(toks) && toks[k+1].sent == toks[k].sent && speechVerbs[toks[k+1].text] {
		return true
	}
	if k == 0 || toks[k-1].sent != toks[k].sent {
		return false
	}
	switch toks[k-1].text {
	case "the", "The", "a", "A", "says", "said", "to", "by", "from":
		return true
	}
	return false
}

// linkName is the name an English article's organisation is tagged by
// across articles: the name orgNameTable shows first when the article
// names it by one of the table's names ("NATO" for "North Atlantic
// Treaty Organization"); else its own name.
func (c *cluster) linkName(lang string) string {
	if c.typ != Organization || lang != "en" {
		return c.name
	}
	if n, ok := knownOrgName(c.name); ok {
		return n
	}
	return c.name
}

// canonicalTopics names the topic phrases of an English article that are
// names of orgNameTable as the table shows them first, so a tag is one
// however the article writes the body ("#FDA"). A lower-case word
// ("fed") is no body.
func canonicalTopics(lang string, topics []Keyphrase) []Keyphrase {
	if lang != "en" {
		return topics
	}
	var out []Keyphrase // a copy, made at the first change: the caller keeps its topics
	for i, t := range topics {
		if n, ok := knownOrgName(t.Text); ok && kpStartsUpper(t.Text) && n != t.Text {
			if out == nil {
				out = append([]Keyphrase(nil), topics...)
			}
			out[i].Text = n
		}
	}
	if out == nil {
		return topics
	}
	return out
}
