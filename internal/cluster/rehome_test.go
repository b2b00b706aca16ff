package cluster

import (
	"math"
	"slices"
	"testing"
	"time"
)

// In this arrival order the French report on what the budget gives
// Belrive comes before the budget's first reports and joins the French
// coverage of Belrive's language law (the province, its capital, the
// same week). Once the budget story has formed, the article fits there
// clearly better and moves; the language law keeps its own articles.
// With re-homing off it stays where it first joined.
func TestRehomeMovesAnArticleToTheStoryThatFormedAfterIt(t *testing.T) {
	const belrive = "petit-observateur/budget-2027-belrive-transferts"
	arts := enrichedDemo(t)
	order := shuffled(arts, 46)
	for _, on := range []bool{true, false} {
		cfg := DefaultConfig()
		if !on {
			cfg.RehomeRatio = 0
		}
		c := New(cfg)
		as := NewAssignments()
		var moves []Move
		for _, a := range order {
			p, err := c.Add(a.Article)
			if err != nil {
				t.Fatal(err)
			}
			as.Record(a.ID, p)
			moves = append(moves, p.Moved...)
		}
		p := c.Settle()
		as.Record("", p)
		moves = append(moves, p.Moved...)
		members := make(map[StoryID][]string) // story -> gold stories of its articles
		for _, a := range arts {
			members[as.Story(a.ID)] = append(members[as.Story(a.ID)], a.gold.Story)
		}
		got := members[as.Story(belrive)]
		budget := 0
		for _, g := range got {
			if g == "s02-budget" {
				budget++
			}
		}
		t.Logf("re-homing %v: moves %v; the Belrive article's story holds %v", on, moves, got)
		if on && budget < 3 {
			t.Errorf("re-homing on: the Belrive article is in a story of %v, want the budget's", got)
		}
		if !on && budget >= 3 {
			t.Errorf("re-homing off: the Belrive article is already with the budget (%v): the test no longer shows re-homing", got)
		}
		if st, ok := c.StoryOf(belrive); !ok || st != as.Story(belrive) {
			t.Errorf("re-homing %v: the clusterer has the article in story %d, the assignments in %d", on, st, as.Story(belrive))
		}
		if !on {
			continue
		}
		for _, a := range arts {
			if a.gold.Story == "s07-belrive-language-law" && len(members[as.Story(a.ID)]) < 4 {
				t.Errorf("language law article %s is in a story of %v", a.ID, members[as.Story(a.ID)])
			}
		}
	}
}

// Taking an article out of a story leaves the story as if the article had
// never joined: its centroid, its dates, its languages, and the terms it
// is found by.
func TestDetachUndoesAJoin(t *testing.T) {
	a := Article{ID: "a", Title: "Ferry strike halts Lanval crossings", Language: "en", Published: t0}
	b := Article{ID: "b", Title: "Ferry strike: orchard growers fear harvest losses", Language: "en", Published: t0.Add(3 * time.Hour)}
	build := func(arts ...Article) (*Clusterer, *story) {
		c := New(DefaultConfig())
		var s *story
		for _, x := range arts {
			vec := c.vocab.vectorize(c.cfg.features(x), true)
			c.remember(x, vec, nil)
			if s == nil {
				s = c.create(c.nextID)
			}
			c.join(s, x, vec)
		}
		return c, s
	}
	c, s := build(a, b)
	c.detach(s, s.members[1], c.recentByID["b"].vec)
	_, want := build(a)
	if s.count != 1 || len(s.members) != 1 || s.members[0].id != "a" || !s.last.Equal(t0) || s.languages["en"] != 1 {
		t.Errorf("after detach: count %d, members %d, last %v, languages %v", s.count, len(s.members), s.last, s.languages)
	}
	if _, ok := c.articles["b"]; ok {
		t.Error("the detached article is still placed")
	}
	for ch := range s.profile {
		if math.Abs(s.profile[ch].norm2-want.profile[ch].norm2) > 1e-6 || len(s.profile[ch].w) != len(want.profile[ch].w) {
			t.Errorf("channel %d: norm2 %.6f over %d terms, want %.6f over %d", ch, s.profile[ch].norm2, len(s.profile[ch].w), want.profile[ch].norm2, len(want.profile[ch].w))
		}
	}
	orchard, known := c.vocab.ids["orchard"]
	if !known {
		t.Fatalf("no term \"orchard\" in %v", c.vocab.ids)
	}
	if _, ok := s.indexed[orchard]; ok {
		t.Error("the story is still indexed under a term only the detached article had")
	}
}

// Articles restored at start-up into stories they had joined are re-homed
// as they would have been without the restart: here the French battery
// report, stored with the language law it joined before the battery story
// formed, moves at the first pause.
func TestRestoredArticlesAreRehomed(t *testing.T) {
	byID := make(map[string]Article)
	for _, a := range enrichedDemo(t) {
		byID[a.ID] = a.Article
	}
	stored := []struct {
		id    string
		story StoryID
	}{
		{"civic-ledger/belrive-bill-12-constitutional-test", 1},
		{"meridian-times/belrive-language-bill-business-concern", 1},
		{"petit-observateur/projet-de-loi-12-langue-commune-debat", 1},
		{"petit-observateur/batterie-sodium-chercheuse-saint-aubert", 1},
		{"meridian-times/sodium-battery-breakthrough-solvik-brinestone", 2},
		{"techsignal/velmont-university-sodium-battery-5000-cycles", 2},
	}
	c := New(DefaultConfig())
	for _, s := range stored {
		a, ok := byID[s.id]
		if !ok {
			t.Fatalf("demo corpus has no %s", s.id)
		}
		if err := c.Restore(a, s.story); err != nil {
			t.Fatal(err)
		}
	}
	p := c.Settle()
	want := []Move{{Article: stored[3].id, From: 1, Into: 2}}
	if !slices.Equal(p.Moved, want) {
		t.Fatalf("moves at the first pause: %v, want %v", p.Moved, want)
	}
}
