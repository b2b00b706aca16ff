package enrich

import (
	"context"
	"slices"
	"testing"
)

func reviewEnrich(t *testing.T, lang, text string) *Result {
	r, err := Enrich(context.Background(), Document{Title: "Story", Text: text, Language: lang}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// Cases a review of the acronym table wrote (session 23).

func TestReviewEmphaticWHOIsNoAgency(t *testing.T) {
	for _, text := range []string{
		`The council approved a new stadium on Monday. But WHO will pay for it? Mayor Tom Reed said taxpayers would not. Council member Ana Ruiz said the team would pay.`,
		`Lawmakers passed the bill on Tuesday. Nobody knows WHO benefits. Senator Ana Ruiz said the bill would help families.`,
		`Tickets for THE WHO went on sale on Friday in Velmont. Roger Daltrey said the band would play two nights.`,
	} {
		for _, e := range reviewEnrich(t, "en", text).Entities {
			if e.Key == "organization:world-health-organization" {
				t.Errorf("%q -> %+v", text[:40], e)
			}
		}
	}
}

func TestReviewOneKeyOneEntity(t *testing.T) {
	for _, text := range []string{
		`The U.S. Federal Reserve held rates on Wednesday. The Fed said inflation was easing. Fed chair Jerome Powell said the Fed would wait. The Federal Reserve meets again in June.`,
		`Nato leaders met in Vilnius on Tuesday. The North Atlantic Treaty Organization said it would grow. Nato chief Jens Stoltenberg said Ukraine would join. Nato will meet again next year.`,
		`The United Nations Children's Fund warned of famine on Monday. UNICEF said 2 million children were at risk. UNICEF chief Catherine Russell visited Sudan. The United Nations Children's Fund appealed for $1 billion.`,
	} {
		seen := map[string]string{}
		for _, e := range reviewEnrich(t, "en", text).Entities {
			if n, ok := seen[e.Key]; ok {
				t.Errorf("key %s twice: %q and %q", e.Key, n, e.Name)
			}
			seen[e.Key] = e.Name
		}
	}
}

func TestReviewNoNewWrongLinks(t *testing.T) {
	for text, bad := range map[string]string{
		`The International Diabetes Federation (IDF) said 537 million adults have diabetes. The IDF called for more insulin. IDF president Andrew Boulton spoke in Lisbon.`:                                                                          "organization:idf",
		`The Securities and Exchange Commission fined the bank $10 million on Monday. The Securities and Exchange Commission said the bank misled investors. "This is serious," said Gary Gensler, chair of the Securities and Exchange Commission.`: "organization:sec",
		`The European Space Agency (ESA) launched a satellite on Monday. ESA said the satellite would study ice. "This is a great day," said ESA director Josef Aschbacher.`:                                                                         "organization:esa",
	} {
		for _, e := range reviewEnrich(t, "en", text).Entities {
			if e.Key == bad {
				t.Errorf("%q keyed %s, shared with another body (Israeli army / football SEC / Endangered Species Act)", e.Name, bad)
			}
		}
	}
}

func TestReviewSpanishEUIsEstadosUnidos(t *testing.T) {
	r := reviewEnrich(t, "es", `El gobierno de EU anunció nuevos aranceles contra México el lunes. Según EU, los aranceles entrarán en vigor en marzo. La presidenta Claudia Sheinbaum respondió que México no cederá ante EU.`)
	for _, e := range r.Entities {
		if e.Key == "organization:european-union" {
			t.Errorf("Spanish EU (Estados Unidos) -> %+v, tags %v", e, r.Hashtags)
		}
	}
}

// The tag follows the table's name even when the article's own name for
// the body is another of its names.
func TestReviewTagOfABodyWrittenInFull(t *testing.T) {
	r := reviewEnrich(t, "en", `The North Atlantic Treaty Organization met in Vilnius on Tuesday. The North Atlantic Treaty Organization said it would grow. "We are stronger," said the head of the North Atlantic Treaty Organization.`)
	i := slices.IndexFunc(r.Entities, func(e Entity) bool { return e.Key == "organization:nato" })
	if i < 0 || r.Entities[i].Name != "North Atlantic Treaty Organization" || !slices.Contains(r.Hashtags, "#NATO") {
		t.Fatalf("entities %+v, tags %v; want the alliance shown in full, keyed and tagged NATO", r.Entities, r.Hashtags)
	}
}

// News cites the WHO without "the" too: before a speech verb or after a
// word that cites it.
func TestReviewWHOCitedBare(t *testing.T) {
	r := reviewEnrich(t, "en", `WHO said on Monday that measles cases rose. Cases rose by 20 percent, according to WHO. The outbreak is the worst in years, says WHO.`)
	i := slices.IndexFunc(r.Entities, func(e Entity) bool { return e.Key == "organization:world-health-organization" })
	if i < 0 || r.Entities[i].Mentions != 3 {
		t.Fatalf("entities %+v; want the WHO named three times", r.Entities)
	}
}

// An agency named "... Administration" is a body: it had found no entity
// ("Velmont Food Administration") or been taken for a person.
func TestAgencyAdministrations(t *testing.T) {
	for text, key := range map[string]string{
		`The Velmont Food Administration approved the drug on Monday.`:                       "organization:velmont-food-administration",
		`Officials at the U.S. Food and Drug Administration said on Monday it was safe.`:     "organization:fda",
		`The Federal Aviation Administration grounded the jets on Monday after two crashes.`: "organization:faa",
	} {
		r := reviewEnrich(t, "en", text)
		i := slices.IndexFunc(r.Entities, func(e Entity) bool { return e.Key == key })
		if i < 0 || r.Entities[i].Type != Organization {
			t.Errorf("%q: entities %+v, want %s", text, r.Entities, key)
		}
	}
}
