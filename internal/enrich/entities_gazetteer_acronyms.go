package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// orgNameTable lists bodies that news names both by an acronym and in
// full, each line the name Herald shows first, then the other names. An
// article that writes only "NATO" and one that spells out "North Atlantic
// Treaty Organization (NATO)" then link to one entity and one tag. The
// name shown is the one headlines use: the acronym where it is the name
// readers know (NATO, FBI), the full name where the acronym is short or
// also a word (WHO, UN, EU). Acronyms with two common meanings ("ICC": the
// criminal court or the cricket council) are left out.
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
SEC|Securities and Exchange Commission|U.S. Securities and Exchange Commission
IRS|Internal Revenue Service
TSA|Transportation Security Administration
NOAA|National Oceanic and Atmospheric Administration
NIH|National Institutes of Health
IAEA|International Atomic Energy Agency
OECD|Organisation for Economic Co-operation and Development|Organization for Economic Cooperation and Development|Organisation for Economic Cooperation and Development
ECB|European Central Bank
ESA|European Space Agency
ASEAN|Association of Southeast Asian Nations
NHS|National Health Service
IDF|Israel Defense Forces|Israeli Defense Forces|Israel Defence Forces
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
	if ok && orgAcronyms[key] && !isAcronym(name) && (len(key) < 4 || !startsUpper(name)) {
		return "", false
	}
	return n, ok
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// knownAcronym reports an acronym of orgNameTable at toks[k] that is
// also a word ("The WHO urged"): a name, not a shouted word.
func knownAcronym(toks []token, k int) bool {
	_, ok := knownOrgName(toks[k].text)
	return ok && isAcronym(toks[k].text)
}

// linkName is the name an entity links and is tagged by across articles:
// for an organisation of orgNameTable written in any of its forms, the
// name shown first there ("NATO" for "North Atlantic Treaty Organization
// (NATO)"); else its own name. The article still shows its own fullest
// form.
func (c *cluster) linkName() string {
	if c.typ != Organization {
		return c.name
	}
	best := ""
	for s := range c.counts {
		if n, ok := knownOrgName(s); ok && (best == "" || n < best) {
			best = n
		}
	}
	if best == "" {
		return c.name
	}
	return best
}
