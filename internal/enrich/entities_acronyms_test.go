package enrich

import (
	"context"
	"slices"
	"testing"
)

// An organisation that news names both by an acronym and in full links
// across articles, and tags them alike, however each writes it.
func TestKnownOrganizationsLinkAcrossArticles(t *testing.T) {
	for _, tc := range []struct {
		name, text string
		key, tag   string
		shown      string
	}{
		{"spelt out with its acronym",
			`Leaders of the North Atlantic Treaty Organization (NATO) met in Brussels on Tuesday. NATO said it would send more troops to its eastern flank. "We are united," said Jens Stoltenberg, NATO's secretary general.`,
			"organization:nato", "#NATO", "North Atlantic Treaty Organization"},
		{"the acronym alone",
			`NATO said on Tuesday it would send more troops to its eastern flank. "We are united," said Jens Stoltenberg, NATO's secretary general. NATO leaders will meet again in July.`,
			"organization:nato", "#NATO", "NATO"},
		{"the acronym that is also a word",
			`The WHO urged countries on Monday to vaccinate children as measles cases rose. "This is preventable," a WHO spokesman said in Geneva. The WHO said cases rose by 20 percent.`,
			"organization:world-health-organization", "#WorldHealthOrganization", "WHO"},
		{"spelt out",
			`The World Health Organization urged countries on Monday to vaccinate children as measles cases rose. "This is preventable," a World Health Organization spokesman said in Geneva. The World Health Organization said cases rose by 20 percent.`,
			"organization:world-health-organization", "#WorldHealthOrganization", "World Health Organization"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r, err := Enrich(context.Background(), Document{Title: "Leaders meet", Text: tc.text, Language: "en"}, Options{})
			if err != nil {
				t.Fatal(err)
			}
			i := slices.IndexFunc(r.Entities, func(e Entity) bool { return e.Key == tc.key })
			if i < 0 {
				t.Fatalf("no entity %s in %+v", tc.key, r.Entities)
			}
			if r.Entities[i].Name != tc.shown || r.Entities[i].Type != Organization {
				t.Errorf("entity %s shown as %q (%s), want %q: the article's own fullest form", tc.key, r.Entities[i].Name, r.Entities[i].Type, tc.shown)
			}
			if !slices.Contains(r.Hashtags, tc.tag) {
				t.Errorf("hashtags %v lack %s", r.Hashtags, tc.tag)
			}
		})
	}
}

// Shouting is no acronym: a sentence in capitals names no WHO.
func TestShoutedWordsAreNoKnownAcronyms(t *testing.T) {
	ents := Entities(Document{Text: `Fans chanted at the final whistle. WHO IS HE? nobody asked. The coach left early.`, Language: "en"})
	for _, e := range ents {
		if e.Key == "organization:world-health-organization" {
			t.Fatalf("shouted WHO became %+v", e)
		}
	}
}

func TestCanonicalTopics(t *testing.T) {
	topics := []Keyphrase{{Text: "Food and Drug Administration", Count: 3}, {Text: "fed", Count: 2}, {Text: "EU", Count: 2}}
	var got []string
	for _, k := range canonicalTopics("en", topics) {
		got = append(got, k.Text)
	}
	if !slices.Equal(got, []string{"FDA", "fed", "European Union"}) {
		t.Fatalf("English topics = %v, want FDA, fed (a verb, no bank) and European Union", got)
	}
	if topics[0].Text != "Food and Drug Administration" {
		t.Fatalf("canonicalTopics changed its input: %v", topics)
	}
	if es := canonicalTopics("es", topics); es[2].Text != "EU" {
		t.Fatalf("Spanish topics = %v: in Spanish, EU is the United States", es)
	}
}

func TestKnownOrgNames(t *testing.T) {
	for name, want := range map[string]string{
		"NATO": "NATO", "North Atlantic Treaty Organisation": "NATO", "U.N.": "United Nations", "UN": "United Nations",
		"the Who": "", "Who": "", "Un": "", "Nato": "NATO", "nato": "", "Fed": "Federal Reserve", "Velmont Transit Authority": "",
	} {
		if got, ok := knownOrgName(name); got != want || ok != (want != "") {
			t.Errorf("knownOrgName(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}
