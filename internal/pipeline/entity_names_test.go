package pipeline

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"herald/internal/enrich"
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
		unsure   []enrich.Entity
		tags     []model.Tag
		wantKeys []string
		wantTags []string
	}{
		{"the agreed full name",
			map[string][]model.Entity{"person:trump": {with(donald, 5), with(ivanka, 2)}},
			[]model.Entity{trump}, nil, []model.Tag{tagTrump, tagTariffs},
			[]string{"person:donald-trump"}, []string{"donald-trump", "tariff"}},
		{"the full name's tag already there",
			map[string][]model.Entity{"person:trump": {with(donald, 5)}},
			[]model.Entity{trump}, nil, []model.Tag{tagDonald, tagTariffs, tagTrump},
			[]string{"person:donald-trump"}, []string{"donald-trump", "tariff"}},
		{"too few articles",
			map[string][]model.Entity{"person:trump": {with(donald, 2)}},
			[]model.Entity{trump}, nil, []model.Tag{tagTrump},
			[]string{"person:trump"}, []string{"trump"}},
		{"the most named, listed second",
			map[string][]model.Entity{"person:trump": {with(ivanka, 1), with(donald, 5)}},
			[]model.Entity{trump}, nil, []model.Tag{tagTrump},
			[]string{"person:donald-trump"}, []string{"donald-trump"}},
		{"two full names, neither agreed",
			map[string][]model.Entity{"person:trump": {with(donald, 6), with(ivanka, 3)}},
			[]model.Entity{trump}, nil, []model.Tag{tagTrump},
			[]string{"person:trump"}, []string{"trump"}},
		{"another Trump named in the article",
			map[string][]model.Entity{"person:trump": {with(donald, 9)}},
			[]model.Entity{trump, {Key: "person:fred-trump", Name: "Fred Trump", Type: "person", Mentions: 1}}, nil, []model.Tag{tagTrump},
			[]string{"person:trump", "person:fred-trump"}, []string{"trump"}},
		{"a team by its nickname",
			map[string][]model.Entity{"organization:celtics": {with(celtics, 4)}},
			[]model.Entity{{Key: "organization:celtics", Name: "Celtics", Type: "organization", Mentions: 2}}, nil, []model.Tag{{Slug: "celtic", Name: "#Celtics"}},
			[]string{"organization:boston-celtics"}, []string{"boston-celtic"}},
		{"an organisation not named after a place",
			map[string][]model.Entity{"organization:rovers": {with(model.Entity{Key: "organization:harbour-rovers", Name: "Harbour Rovers", Type: "organization"}, 9)}},
			[]model.Entity{{Key: "organization:rovers", Name: "Rovers", Type: "organization", Mentions: 2}}, nil, nil,
			[]string{"organization:rovers"}, nil},
		{"an acronym",
			map[string][]model.Entity{"organization:zqx": {with(model.Entity{Key: "organization:boston-zqx", Name: "Boston ZQX", Type: "organization"}, 9)}},
			[]model.Entity{{Key: "organization:zqx", Name: "ZQX", Type: "organization", Mentions: 2}}, nil, nil,
			[]string{"organization:zqx"}, nil},
		{"an institution's common word",
			map[string][]model.Entity{"organization:army": {with(model.Entity{Key: "organization:pakistan-army", Name: "Pakistan Army", Type: "organization"}, 9)}},
			[]model.Entity{{Key: "organization:army", Name: "Army", Type: "organization", Mentions: 2}}, nil, nil,
			[]string{"organization:army"}, nil},
		{"a newspaper's name",
			map[string][]model.Entity{"organization:tribune": {with(model.Entity{Key: "organization:chicago-tribune", Name: "Chicago Tribune", Type: "organization"}, 9)}},
			[]model.Entity{{Key: "organization:tribune", Name: "Tribune", Type: "organization", Mentions: 2}}, nil, nil,
			[]string{"organization:tribune"}, nil},
		{"after an Arabic article, and not a one-word form",
			map[string][]model.Entity{"person:assad": {with(model.Entity{Key: "person:al-assad", Name: "al-Assad", Type: "person"}, 9),
				with(model.Entity{Key: "person:bashar-al-assad", Name: "Bashar al-Assad", Type: "person"}, 3)}},
			[]model.Entity{{Key: "person:assad", Name: "Assad", Type: "person", Mentions: 2}}, nil, nil,
			[]string{"person:bashar-al-assad"}, nil},
		{"not half of a double-barrelled name",
			map[string][]model.Entity{"person:zuma": {with(model.Entity{Key: "person:nkosazana-dlamini-zuma", Name: "Nkosazana Dlamini-Zuma", Type: "person"}, 9)}},
			[]model.Entity{{Key: "person:zuma", Name: "Zuma", Type: "person", Mentions: 2}}, nil, nil,
			[]string{"person:zuma"}, nil},
		{"a name in Arabic script",
			map[string][]model.Entity{"person:محمد": {with(model.Entity{Key: "person:أحمد-محمد", Name: "أحمد محمد", Type: "person"}, 9)}},
			[]model.Entity{{Key: "person:محمد", Name: "محمد", Type: "person", Mentions: 2}}, nil, nil,
			[]string{"person:محمد"}, nil},
		{"a name the article could not type",
			map[string][]model.Entity{"organization:celtics": {with(celtics, 4)}},
			[]model.Entity{{Key: "place:denver", Name: "Denver", Type: "place", Mentions: 1}}, []enrich.Entity{{Name: "Celtics", Mentions: 3}},
			[]model.Tag{{Slug: "celtic", Name: "#Celtics"}},
			[]string{"place:denver", "organization:boston-celtics"}, []string{"boston-celtic"}},
		{"an untyped name agreed as a person and as a team joins once",
			map[string][]model.Entity{"organization:celtics": {with(celtics, 4)},
				"person:celtics": {with(model.Entity{Key: "person:ann-celtics", Name: "Ann Celtics", Type: "person"}, 4)}},
			[]model.Entity{{Key: "place:denver", Name: "Denver", Type: "place", Mentions: 1}}, []enrich.Entity{{Name: "Celtics", Mentions: 3}}, nil,
			[]string{"place:denver", "person:ann-celtics"}, nil},
		{"an untyped common word",
			map[string][]model.Entity{"person:hope": {with(model.Entity{Key: "person:bob-hope", Name: "Bob Hope", Type: "person"}, 9)}},
			[]model.Entity{{Key: "place:denver", Name: "Denver", Type: "place", Mentions: 1}}, []enrich.Entity{{Name: "Hope", Mentions: 1}}, nil,
			[]string{"place:denver"}, nil},
		{"a given name",
			map[string][]model.Entity{"person:james": {with(lebron, 9)}},
			[]model.Entity{{Key: "person:james", Name: "James", Type: "person", Mentions: 2}}, nil, nil,
			[]string{"person:james"}, nil},
		{"a place",
			map[string][]model.Entity{"place:york": {with(york, 9)}},
			[]model.Entity{{Key: "place:york", Name: "York", Type: "place", Mentions: 2}}, nil, nil,
			[]string{"place:york"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			ents := slices.Clone(tc.ents)
			ents[0].Aliases = slices.Clone(ents[0].Aliases)
			got, tags, err := joinShortNames(context.Background(), longerStore{longer: tc.longer}, 1, "en", ents, tc.unsure, slices.Clone(tc.tags))
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

func TestPlainlyNamed(t *testing.T) {
	doc := enrich.Document{Title: "Swift action on calorie counts",
		Text: "Chains including McDonald's and Starbucks post counts. Swift action is needed.\n" +
			"Frost damaged crops. The Trumpeter Hotel and Trump’s allies agreed. The Trump administration did not. " +
			"“Mercury is rising,” she said.\nMercury levels rose."}
	var names []string
	for _, u := range plainlyNamed(doc, []enrich.Entity{{Name: "McDonald"}, {Name: "Starbucks"}, {Name: "Trump"},
		{Name: "Trumpet"}, {Name: "Swift"}, {Name: "Frost"}, {Name: "Mercury"}}) {
		names = append(names, u.Name)
	}
	// McDonald only as an owner, Trumpet only inside a word, Swift, Frost
	// and Mercury only opening sentences, quotations or lines.
	if !slices.Equal(names, []string{"Starbucks", "Trump"}) {
		t.Fatalf("plainly named = %v, want Starbucks and Trump", names)
	}
}

// An article that names someone in full and is also joined to them
// (two readings merged) names them itself: its link is no joined one.
func TestMergeEntityKeysKeepsTheArticlesOwnReading(t *testing.T) {
	for _, ents := range [][]model.Entity{
		{{Key: "person:ilse-marsk", Name: "Ilse Marsk", Mentions: 1, JoinedFrom: "person:marsk"}, {Key: "person:ilse-marsk", Name: "Ilse Marsk", Mentions: 2}},
		{{Key: "person:ilse-marsk", Name: "Ilse Marsk", Mentions: 2}, {Key: "person:ilse-marsk", Name: "Ilse Marsk", Mentions: 1, JoinedFrom: "person:marsk"}},
	} {
		got := mergeEntityKeys(ents)
		if len(got) != 1 || got[0].JoinedFrom != "" || got[0].Mentions != 3 {
			t.Fatalf("merged = %+v, want one Ilse Marsk of 3 mentions, named by the article itself", got)
		}
	}
}

func TestUnknownLeavesOutNamesTypedElsewhere(t *testing.T) {
	got := unknown([]enrich.Entity{{Name: "Osterland"}, {Name: "Celtics"}}, []model.Entity{{Key: "place:osterland", Name: "Osterland"}})
	if len(got) != 1 || got[0].Name != "Celtics" {
		t.Fatalf("unknown = %+v, want Celtics only", got)
	}
}

func TestPlainlyNamedLooksAtTheMostMentionedOnly(t *testing.T) {
	var unsure []enrich.Entity
	var text strings.Builder
	for i := range 30 {
		name := fmt.Sprintf("Zq%dx", i)
		unsure = append(unsure, enrich.Entity{Name: name})
		text.WriteString("and " + name + " came. ")
	}
	if got := plainlyNamed(enrich.Document{Text: text.String()}, unsure); len(got) != maxUnsureJoins || got[0].Name != "Zq0x" {
		t.Fatalf("plainly named %d names, want the first %d", len(got), maxUnsureJoins)
	}
}

func TestKeepStoredSummary(t *testing.T) {
	llm := &model.Enrichment{Summary: []string{"By the model."}, SummarySource: "llm", SummaryOf: "t1"}
	offline := &model.Enrichment{Summary: []string{"A sentence."}, SummarySource: "extractive", SummaryOf: "t1"}
	old := &model.Enrichment{Summary: []string{"Stored before sources were kept."}}
	fresh := func(source, of string) *model.Enrichment {
		return &model.Enrichment{Summary: []string{"New."}, SummarySource: source, SummaryOf: of}
	}
	for _, tc := range []struct {
		name   string
		stored *model.Enrichment
		fresh  *model.Enrichment
		again  bool
		want   bool
	}{
		{"the model failed on the same text", llm, fresh("extractive", "t1"), false, true},
		{"the model failed on a new text", llm, fresh("extractive", "t2"), false, false},
		{"the model wrote again", llm, fresh("llm", "t1"), false, false},
		{"offline before, offline now", offline, fresh("extractive", "t1"), false, false},
		{"stored before sources were kept", old, fresh("extractive", "t1"), false, false},
		{"sent back by another article", old, fresh("extractive", "t1"), true, true},
		{"nothing stored", nil, fresh("extractive", "t1"), true, false},
	} {
		if got := keepStoredSummary(tc.stored, tc.fresh, tc.again); got != tc.want {
			t.Errorf("%s: keep = %v, want %v", tc.name, got, tc.want)
		}
	}
}
