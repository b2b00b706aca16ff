package pipeline

import (
	"context"
	"slices"
	"testing"

	"herald/internal/model"
	"herald/internal/store"
)

// longerStore answers LongerNames from a map; nothing else is called.
type longerStore struct {
	store.Store
	longer map[string][]model.Entity
}

func (l longerStore) LongerNames(_ context.Context, keys []string, _ int64) (map[string][]model.Entity, error) {
	out := map[string][]model.Entity{}
	for _, k := range keys {
		if v, ok := l.longer[k]; ok {
			out[k] = v
		}
	}
	return out, nil
}

func TestJoinShortNames(t *testing.T) {
	donald := model.Entity{Key: "person:donald-trump", Name: "Donald Trump", Type: "person"}
	ivanka := model.Entity{Key: "person:ivanka-trump", Name: "Ivanka Trump", Type: "person"}
	celtics := model.Entity{Key: "organization:boston-celtics", Name: "Boston Celtics", Type: "organization"}
	congress := model.Entity{Key: "organization:indian-national-congress", Name: "Indian National Congress", Type: "organization"}
	lebron := model.Entity{Key: "person:lebron-james", Name: "LeBron James", Type: "person"}
	york := model.Entity{Key: "place:new-york", Name: "New York", Type: "place"}
	with := func(e model.Entity, articles int) model.Entity { e.Mentions = articles; return e }
	trump := model.Entity{Key: "person:trump", Name: "Trump", Type: "person", Mentions: 4, Aliases: []string{"President Trump"}}
	tagTrump := model.Tag{Slug: "trump", Name: "#Trump"}
	tagTariffs := model.Tag{Slug: "tariff", Name: "#Tariffs"}
	tagDonald := model.Tag{Slug: "donald-trump", Name: "#DonaldTrump"}
	for _, tc := range []struct {
		name     string
		longer   map[string][]model.Entity
		ents     []model.Entity
		tags     []model.Tag
		wantKeys []string
		wantTags []string
	}{
		{"the agreed full name",
			map[string][]model.Entity{"person:trump": {with(donald, 5), with(ivanka, 2)}},
			[]model.Entity{trump}, []model.Tag{tagTrump, tagTariffs},
			[]string{"person:donald-trump"}, []string{"donald-trump", "tariff"}},
		{"the full name's tag already there",
			map[string][]model.Entity{"person:trump": {with(donald, 5)}},
			[]model.Entity{trump}, []model.Tag{tagDonald, tagTariffs, tagTrump},
			[]string{"person:donald-trump"}, []string{"donald-trump", "tariff"}},
		{"too few articles",
			map[string][]model.Entity{"person:trump": {with(donald, 2)}},
			[]model.Entity{trump}, []model.Tag{tagTrump},
			[]string{"person:trump"}, []string{"trump"}},
		{"two full names, neither agreed",
			map[string][]model.Entity{"person:trump": {with(donald, 6), with(ivanka, 3)}},
			[]model.Entity{trump}, []model.Tag{tagTrump},
			[]string{"person:trump"}, []string{"trump"}},
		{"another Trump named in the article",
			map[string][]model.Entity{"person:trump": {with(donald, 9)}},
			[]model.Entity{trump, {Key: "person:fred-trump", Name: "Fred Trump", Type: "person", Mentions: 1}}, []model.Tag{tagTrump},
			[]string{"person:trump", "person:fred-trump"}, []string{"trump"}},
		{"a team by its nickname",
			map[string][]model.Entity{"organization:celtics": {with(celtics, 4)}},
			[]model.Entity{{Key: "organization:celtics", Name: "Celtics", Type: "organization", Mentions: 2}}, []model.Tag{{Slug: "celtic", Name: "#Celtics"}},
			[]string{"organization:boston-celtics"}, []string{"boston-celtic"}},
		{"an organisation not named after a place",
			map[string][]model.Entity{"organization:rovers": {with(model.Entity{Key: "organization:harbour-rovers", Name: "Harbour Rovers", Type: "organization"}, 9)}},
			[]model.Entity{{Key: "organization:rovers", Name: "Rovers", Type: "organization", Mentions: 2}}, nil,
			[]string{"organization:rovers"}, nil},
		{"an acronym",
			map[string][]model.Entity{"organization:afp": {with(model.Entity{Key: "organization:us-afp", Name: "US AFP", Type: "organization"}, 9)}},
			[]model.Entity{{Key: "organization:afp", Name: "AFP", Type: "organization", Mentions: 2}}, nil,
			[]string{"organization:afp"}, nil},
		{"an institution's common word",
			map[string][]model.Entity{"organization:congress": {with(congress, 9)}},
			[]model.Entity{{Key: "organization:congress", Name: "Congress", Type: "organization", Mentions: 2}}, nil,
			[]string{"organization:congress"}, nil},
		{"a given name",
			map[string][]model.Entity{"person:james": {with(lebron, 9)}},
			[]model.Entity{{Key: "person:james", Name: "James", Type: "person", Mentions: 2}}, nil,
			[]string{"person:james"}, nil},
		{"a place",
			map[string][]model.Entity{"place:york": {with(york, 9)}},
			[]model.Entity{{Key: "place:york", Name: "York", Type: "place", Mentions: 2}}, nil,
			[]string{"place:york"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents := slices.Clone(tc.ents)
			ents[0].Aliases = slices.Clone(ents[0].Aliases)
			got, tags, err := joinShortNames(context.Background(), longerStore{longer: tc.longer}, 1, "en", ents, slices.Clone(tc.tags))
			if err != nil {
				t.Fatal(err)
			}
			var keys, slugs []string
			for _, e := range got {
				keys = append(keys, e.Key)
			}
			for _, tg := range tags {
				slugs = append(slugs, tg.Slug)
			}
			if !slices.Equal(keys, tc.wantKeys) || !slices.Equal(slugs, tc.wantTags) {
				t.Fatalf("entities %v, tags %v; want %v, %v", keys, slugs, tc.wantKeys, tc.wantTags)
			}
			if got[0].Key != tc.ents[0].Key {
				j := got[0]
				if j.Mentions != tc.ents[0].Mentions || !slices.Contains(j.Aliases, tc.ents[0].Name) ||
					j.Name == tc.ents[0].Name || j.Type != tc.ents[0].Type {
					t.Fatalf("joined entity %+v: want the full name, the short one an alias, mentions and type kept", j)
				}
				for _, tg := range tags {
					if tg.Slug == "trump" || tg.Name == "#Trump" {
						t.Fatalf("the short tag stayed: %v", tags)
					}
				}
			}
		})
	}
}
