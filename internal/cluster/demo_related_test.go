package cluster

import (
	"slices"
	"strings"
	"testing"

	"herald/internal/demo"
	"herald/internal/enrich"
)

// TestDemoRelatedStories clusters the demo corpus as the pipeline does
// (entities with their mention counts from the understanding stage) and
// checks the related lists a reader sees: stories that merely pass
// through the capital or the main port are not related, stories that
// share their subject are, and no story is everyone's neighbour. Before
// entities were weighed by mentions the rail opening was listed by seven
// of the 29 stories, among them an earbuds review, tech layoffs and a
// storm; now by four (the shipyard and the bridge, in its port, the
// confidence vote and the nurses' strike, in its week), and the most
// listed story is the confidence vote, by five.
func TestDemoRelatedStories(t *testing.T) {
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	arts := slices.Clone(c.Articles)
	slices.SortStableFunc(arts, func(a, b demo.Article) int { return a.Published.Compare(b.Published) })
	cl := New(DefaultConfig())
	as := NewAssignments()
	for _, a := range arts {
		body := demoBody(a)
		in := Article{ID: a.ID, Title: a.Title, Text: body, Source: a.Publisher, Published: a.Published, Language: a.Lang}
		for _, e := range enrich.Entities(enrich.Document{Title: a.Title, Text: body, Language: a.Lang}) {
			in.Entities = append(in.Entities, e.Key)
			in.EntityMentions = append(in.EntityMentions, e.Mentions)
		}
		p, err := cl.Add(in)
		if err != nil {
			t.Fatal(err)
		}
		as.Record(a.ID, p)
	}
	storyOf := map[string]StoryID{} // headline -> story, after merges and moves
	for _, a := range arts {
		storyOf[a.Title] = as.Story(a.ID)
	}
	story := func(prefix string) StoryID {
		for title, id := range storyOf {
			if strings.HasPrefix(title, prefix) {
				return id
			}
		}
		t.Fatalf("no demo article %q", prefix)
		return 0
	}
	related := func(a, b StoryID) bool {
		return slices.ContainsFunc(cl.Related(a, 6), func(r RelatedStory) bool { return r.ID == b })
	}
	rail := story("Velmont to Port Calder in 68 minutes")
	for _, other := range []string{"Kestrel Tern 2 review", "Lumio to cut 600 jobs", "Storm Elin leaves tens of thousands"} {
		if s := story(other); related(rail, s) || related(s, rail) {
			t.Errorf("the rail opening and %q are related: they share only the cities they pass through", other)
		}
	}
	for _, pair := range [][2]string{
		{"Osterland's Anselm wins second term", "Calder Shipyards wins 1.4 billion crown Osterland order"},
		{"Ardenia, Savara sign 30-year treaty", "Ardenia's Marsk survives confidence vote"},
		{"Bank of Ardenia cuts policy rate", "Brandvold trims deficit"},
	} {
		if !related(story(pair[0]), story(pair[1])) {
			t.Errorf("%q does not list %q as related", pair[0], pair[1])
		}
	}
	listed := map[StoryID]int{}
	seen := map[StoryID]bool{}
	for _, id := range storyOf {
		if seen[id] {
			continue
		}
		seen[id] = true
		for _, r := range cl.Related(id, 6) {
			listed[r.ID]++
		}
	}
	for id, n := range listed {
		if n > 5 {
			t.Errorf("story %d is related to %d stories: a hub", id, n)
		}
	}
}
