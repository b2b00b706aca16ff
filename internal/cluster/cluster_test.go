package cluster

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"
)

var t0 = time.Date(2026, 11, 23, 6, 0, 0, 0, time.UTC)

func art(id, title, text, source string, at time.Duration) Article {
	return Article{ID: id, Title: title, Text: text, Source: source, Published: t0.Add(at)}
}

const (
	bridgeText = "Engineers closed the Harbour Bridge in Port Calder after an overnight inspection found cracks in a support pier. Traffic was diverted and ferries added sailings while divers examine the pier foundations."
	recallText = "Brightwell Foods recalled jars of peanut butter after salmonella was found at its Dunmore factory. Shops cleared shelves and customers were told to return the jars for a refund."
)

func TestAddGroupsOneEventAndSeparatesAnother(t *testing.T) {
	c := New(DefaultConfig())
	steps := []struct {
		a       Article
		wantNew bool
		sameAs  string // id of an earlier article expected in the same story
	}{
		{art("b1", "Harbour Bridge shut after cracks found in pier", bridgeText, "wire", 0), true, ""},
		{art("r1", "Brightwell recalls peanut butter over salmonella", recallText, "wire", time.Hour), true, ""},
		{art("b2", "Cracks close Port Calder's Harbour Bridge", "The Harbour Bridge in Port Calder is closed after cracks were found in a pier during an inspection; divers will examine the foundations.", "gazette", 2*time.Hour), false, "b1"},
		{art("r2", "Peanut butter recall: check your cupboards", "Brightwell Foods peanut butter jars are recalled over salmonella found at the Dunmore factory.", "lantern", 3*time.Hour), false, "r1"},
	}
	placed := map[string]Placement{}
	for _, s := range steps {
		p, err := c.Add(s.a)
		if err != nil {
			t.Fatal(err)
		}
		placed[s.a.ID] = p
		if p.New != s.wantNew {
			t.Errorf("%s: new story = %v, want %v (score %.2f)", s.a.ID, p.New, s.wantNew, p.Score)
		}
		if s.sameAs != "" && p.Story != placed[s.sameAs].Story {
			t.Errorf("%s: story %d, want %s's story %d (score %.2f)", s.a.ID, p.Story, s.sameAs, placed[s.sameAs].Story, p.Score)
		}
	}
	if placed["b1"].Story == placed["r1"].Story {
		t.Error("bridge and recall share a story")
	}
	again, err := c.Add(steps[0].a)
	if err != nil || !again.Known || again.Story != placed["b1"].Story {
		t.Errorf("re-adding b1: %+v %v, want Known in its story", again, err)
	}
}

func TestAddRejectsEmptyID(t *testing.T) {
	c := New(DefaultConfig())
	if _, err := c.Add(Article{Title: "x"}); !errors.Is(err, ErrInvalidArticle) {
		t.Errorf("err = %v, want ErrInvalidArticle", err)
	}
	if err := c.Restore(Article{ID: "a"}, 0); !errors.Is(err, ErrInvalidArticle) {
		t.Errorf("restore to story 0: err = %v", err)
	}
}

func TestDuplicateJoinsOriginalsStory(t *testing.T) {
	c := New(DefaultConfig())
	orig, _ := c.Add(art("o", "Harbour Bridge shut after cracks found", bridgeText, "wire", 0))
	c.Add(art("x", "Brightwell recalls peanut butter", recallText, "wire", time.Hour))
	// A copy with a headline that shares nothing still follows its original.
	cp := art("c", "COMMUTER CHAOS", "", "lantern", 2*time.Hour)
	cp.DuplicateOf = "o"
	p, err := c.Add(cp)
	if err != nil {
		t.Fatal(err)
	}
	if p.Story != orig.Story || p.Score != 1 {
		t.Errorf("copy placed in %d (score %.2f), want the original's story %d", p.Story, p.Score, orig.Story)
	}
}

// Two workers place articles of one new event at the same moment: however
// the scheduler interleaves them, one story results.
func TestConcurrentWorkersMakeOneStory(t *testing.T) {
	for round := range 50 {
		c := New(DefaultConfig())
		c.Add(art("bg", "Brightwell recalls peanut butter over salmonella", recallText, "wire", 0))
		articles := []Article{
			art("w1", "Harbour Bridge shut after cracks found in pier", bridgeText, "wire", time.Hour),
			art("w2", "Cracks close Port Calder's Harbour Bridge", bridgeText, "gazette", time.Hour),
		}
		var wg sync.WaitGroup
		start := make(chan struct{})
		stories := make([]StoryID, len(articles))
		for i, a := range articles {
			wg.Add(1)
			go func() {
				defer wg.Done()
				<-start
				p, err := c.Add(a)
				if err != nil {
					t.Error(err)
				}
				stories[i] = p.Story
			}()
		}
		close(start)
		wg.Wait()
		if stories[0] != stories[1] {
			t.Fatalf("round %d: the two workers made stories %d and %d", round, stories[0], stories[1])
		}
		if n := c.Stats().Stories; n != 2 {
			t.Fatalf("round %d: %d stories, want the background one and one new", round, n)
		}
	}
}

func TestRestoreRebuildsState(t *testing.T) {
	stream := []Article{
		art("b1", "Harbour Bridge shut after cracks found in pier", bridgeText, "wire", 0),
		art("r1", "Brightwell recalls peanut butter over salmonella", recallText, "wire", time.Hour),
		art("b2", "Cracks close Port Calder's Harbour Bridge", bridgeText, "gazette", 2*time.Hour),
	}
	live := New(DefaultConfig())
	as := NewAssignments()
	for _, a := range stream {
		p, _ := live.Add(a)
		as.Record(a.ID, p)
	}
	// A restart: the store gives back each article with its story.
	restored := New(DefaultConfig())
	for _, a := range stream {
		if err := restored.Restore(a, as.Story(a.ID)); err != nil {
			t.Fatal(err)
		}
	}
	next := art("b3", "Divers inspect cracked Harbour Bridge pier", bridgeText, "courier", 3*time.Hour)
	want, _ := live.Add(next)
	got, _ := restored.Add(next)
	if got.Story != want.Story || got.New != want.New {
		t.Errorf("after restore: %+v, without restart: %+v", got, want)
	}
	fresh := art("z", "Mariners reach the cup final", "Almqvist headed the winner as the Mariners beat Velmont Athletic.", "gazette", 4*time.Hour)
	p, _ := restored.Add(fresh)
	if !p.New || p.Story <= as.Story("r1") {
		t.Errorf("new story after restore got id %d; restored ids must not be reused", p.Story)
	}
}

func TestStorySnapshot(t *testing.T) {
	c := New(DefaultConfig())
	c.Add(art("b2", "Cracks close Port Calder's Harbour Bridge", bridgeText, "gazette", 2*time.Hour))
	p, _ := c.Add(art("b1", "Harbour Bridge in Port Calder shut after cracks found in pier", bridgeText, "wire", 0))
	cp := art("b3", "Harbour Bridge in Port Calder shut after cracks found in pier", bridgeText, "courier", 3*time.Hour)
	cp.DuplicateOf = "b1"
	c.Add(cp)
	s, ok := c.Story(p.Story)
	if !ok {
		t.Fatal("story not found")
	}
	if s.FirstArticle != "b1" || s.FirstReporter != "wire" || !s.FirstPublished.Equal(t0) {
		t.Errorf("first: %s by %s at %v, want b1 by wire at %v", s.FirstArticle, s.FirstReporter, s.FirstPublished, t0)
	}
	if got := []string{s.Members[0].ID, s.Members[1].ID, s.Members[2].ID}; !slices.Equal(got, []string{"b1", "b2", "b3"}) {
		t.Errorf("timeline %v, want oldest first", got)
	}
	if !slices.Equal(s.Publishers, []string{"wire", "gazette", "courier"}) {
		t.Errorf("publishers %v", s.Publishers)
	}
	if s.HeadlineID == "b3" {
		t.Error("a copy was chosen as the headline")
	}
	if s.Headline == "" || len(s.Terms) == 0 {
		t.Errorf("empty headline or terms: %+v", s)
	}
	if id, ok := c.StoryOf("b3"); !ok || id != p.Story {
		t.Errorf("StoryOf(b3) = %d %v", id, ok)
	}
}

func TestEvictionBoundsLiveState(t *testing.T) {
	cfg := DefaultConfig()
	cfg.Window = 24 * time.Hour
	c := New(cfg)
	// One new topic per hour for 30 days: at any time only the last day's
	// stories stay live.
	for i := range 720 {
		title := fmt.Sprintf("topic%d alpha%d beta%d gamma%d", i, i, i, i)
		if _, err := c.Add(art(fmt.Sprintf("a%d", i), title, "", "p", time.Duration(i)*time.Hour)); err != nil {
			t.Fatal(err)
		}
	}
	st := c.Stats()
	// Eviction sweeps every 512 additions, so up to a day plus 512 hours
	// of stories may be live between sweeps; never the whole month.
	if st.Stories > 24+512 || st.Stories >= 720 {
		t.Errorf("%d live stories after 720 hourly topics with a 24h window", st.Stories)
	}
	if _, ok := c.StoryOf("a0"); ok {
		t.Error("the first article is still live after a month")
	}
}

func TestMaxActiveBoundsUndatedStreams(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxActive = 100
	c := New(cfg)
	for i := range 1000 {
		c.Add(Article{ID: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("topic%d alpha%d beta%d", i, i, i)})
	}
	if n := c.Stats().Stories; n > 100 {
		t.Errorf("%d live stories, cap 100", n)
	}
}

func TestRelatedFindsThematicNeighbours(t *testing.T) {
	c := New(DefaultConfig())
	add := func(id, title, text, src string, h int) StoryID {
		p, err := c.Add(art(id, title, text, src, time.Duration(h)*time.Hour))
		if err != nil {
			t.Fatal(err)
		}
		return p.Story
	}
	bridge := add("b1", "Harbour Bridge shut after cracks found in pier", bridgeText, "wire", 0)
	funds := add("f1", "Budget sets aside repair fund for bridges and roads",
		"The finance minister's budget creates an emergency repair fund for bridges, roads and piers, with the Harbour Bridge first in line for inspections and repairs.", "times", 30)
	recall := add("r1", "Brightwell recalls peanut butter over salmonella", recallText, "wire", 1)
	if funds == bridge || recall == bridge {
		t.Fatalf("stories not separate: bridge %d funds %d recall %d", bridge, funds, recall)
	}
	rel := c.Related(bridge, 5)
	if len(rel) == 0 || rel[0].ID != funds {
		t.Fatalf("Related(bridge) = %+v, want the repair-fund story first", rel)
	}
	for _, r := range rel {
		if r.ID == bridge {
			t.Error("a story is related to itself")
		}
		if r.ID == recall {
			t.Errorf("unrelated recall story suggested (score %.3f)", r.Score)
		}
	}
	if c.Related(9999, 3) != nil || c.Related(bridge, 0) != nil {
		t.Error("unknown story or n=0 should give nothing")
	}
}

// A review that names the rail company and the city once each, in
// passing, is not related to the rail story; a report about the same
// company is. Without mention counts the passing names alone would link
// the review (the related lists' hub on the demo: the rail story was
// "related" to an earbuds review and to layoffs at a tech firm).
func TestRelatedWeighsEntitiesByMentions(t *testing.T) {
	c := New(DefaultConfig())
	add := func(a Article) StoryID {
		p, err := c.Add(a)
		if err != nil {
			t.Fatal(err)
		}
		return p.Story
	}
	rail := add(Article{ID: "rail", Title: "First high-speed trains run from Velmont to Port Calder",
		Text:   "Ardenia Rail ran its first high-speed service from Velmont to Port Calder on Friday. Ardenia Rail said the line cut the journey to 68 minutes. Crowds greeted the train at Port Calder Harbourside, and Velmont's mayor rode the first service.",
		Source: "times", Language: "en", Published: t0,
		Entities: []string{"organization:ardenia-rail", "place:port-calder", "place:velmont"}, EntityMentions: []int{8, 6, 5}})
	review := add(Article{ID: "review", Title: "Tern 2 earbuds review: superb sound, spoiled by the case",
		Text: "Kestrel's second earbuds sound warm and detailed, with deep bass and clear vocals. Noise cancellation is much improved: on a packed Ardenia Rail commuter train they removed most of the engine rumble. " +
			"Battery life is six and a half hours, and the case adds three charges. The case is the problem: the buds sit so snugly that getting them out is a daily battle. " +
			"The app offers an equaliser and a transparency mode. Kestrel, a Port Calder company, sells them for 1,290 crowns.",
		Source: "techsignal", Language: "en", Published: t0.Add(30 * time.Hour),
		Entities: []string{"organization:ardenia-rail", "place:port-calder"}, EntityMentions: []int{1, 1}})
	fares := add(Article{ID: "fares", Title: "Ardenia Rail profit rises as ticket sales recover",
		Text:   "Ardenia Rail posted a 12 percent rise in quarterly profit on Monday as ticket sales recovered. Ardenia Rail chief executive Annika Solberg said the company would invest in new trains. Ardenia Rail shares rose 3 percent.",
		Source: "gazette", Language: "en", Published: t0.Add(52 * time.Hour),
		Entities: []string{"organization:ardenia-rail"}, EntityMentions: []int{6}})
	if review == rail || fares == rail {
		t.Fatalf("stories not separate: rail %d review %d fares %d", rail, review, fares)
	}
	rel := c.Related(rail, 5)
	if !slices.ContainsFunc(rel, func(r RelatedStory) bool { return r.ID == fares }) {
		t.Errorf("Related(rail) = %+v lacks the fares story", rel)
	}
	if slices.ContainsFunc(rel, func(r RelatedStory) bool { return r.ID == review }) {
		t.Errorf("Related(rail) = %+v lists the review, which names the company once in passing", rel)
	}
}

func TestMergeWhenAnArticleBridgesTwoStories(t *testing.T) {
	cfg := DefaultConfig()
	c := New(cfg)
	as := NewAssignments()
	add := func(a Article) Placement {
		p, err := c.Add(a)
		if err != nil {
			t.Fatal(err)
		}
		as.Record(a.ID, p)
		return p
	}
	// Two reports of one event in different words start two stories ...
	a := add(Article{ID: "a", Title: "Nurses strike over pay at Port Calder General", Published: t0})
	b := add(Article{ID: "b", Title: "Hospital walkout: staffing shortages blamed", Published: t0})
	if a.Story == b.Story {
		t.Skip("the two halves already met; nothing left to merge")
	}
	// ... until articles using both vocabularies show they are one.
	var merged bool
	for i := range 4 {
		p := add(Article{ID: fmt.Sprintf("m%d", i), Title: "Nurses strike over pay at Port Calder General: hospital walkout, staffing shortages blamed", Published: t0.Add(time.Hour)})
		merged = merged || len(p.Merged) > 0
	}
	if !merged {
		t.Fatal("no merge reported")
	}
	if as.Story("a") != as.Story("b") {
		t.Errorf("after the merge a is in %d and b in %d", as.Story("a"), as.Story("b"))
	}
	if as.Story("a") != a.Story {
		t.Errorf("merged story id %d, want the older story's id %d", as.Story("a"), a.Story)
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		lang, in string
		want     []string
	}{
		{"en", "Nurses are striking over the strikes", []string{"nurs", "strike", "strike"}},
		{"en", "Rate cut to 3.50%, 200,000 homes", []string{"rate", "cut", "3.50", "200,000", "home"}},
		{"", "Port Calder’s bridge (VIDEO)", []string{"port", "calder", "bridg"}},
		{"fr", "La tempête Élin frappe les côtes", []string{"tempet", "elin", "frapp", "cot"}},
		{"en", "", nil},
		{"en", "\xff\xfe\x00", nil},
	}
	for _, tt := range tests {
		if got := Tokenize(tt.lang, tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestAssignmentsFollowMerges(t *testing.T) {
	as := NewAssignments()
	as.Record("a", Placement{Story: 1, New: true})
	as.Record("b", Placement{Story: 2, New: true})
	as.Record("c", Placement{Story: 3, New: true})
	as.Record("d", Placement{Story: 2, Merged: []StoryID{3}})
	as.Record("e", Placement{Story: 1, Merged: []StoryID{2}})
	for _, id := range []string{"a", "b", "c", "d", "e"} {
		if got := as.Story(id); got != 1 {
			t.Errorf("%s in story %d, want 1 after both merges", id, got)
		}
	}
	if as.Story("unknown") != 0 {
		t.Error("unknown article has a story")
	}
}

func FuzzAdd(f *testing.F) {
	f.Add("Harbour Bridge shut", bridgeText, "en")
	f.Add("\xff\xfe", "\x00\x01 بورت كالدر 3.50", "ar")
	f.Fuzz(func(t *testing.T, title, text, lang string) {
		c := New(DefaultConfig())
		for i := range 3 {
			p, err := c.Add(Article{ID: fmt.Sprint(i), Title: title, Text: text, Language: lang, Published: t0})
			if err != nil || p.Story <= 0 {
				t.Fatalf("Add: %+v %v", p, err)
			}
		}
		if _, ok := c.Story(1); !ok {
			t.Fatal("first story missing")
		}
	})
}

func TestHugeBodyIsCut(t *testing.T) {
	c := New(DefaultConfig())
	huge := strings.Repeat("Harbour Bridge cracks pier engineers ", 200_000) // 7.4 MB
	start := time.Now()
	if _, err := c.Add(Article{ID: "h", Title: "Bridge", Text: huge, Language: "en"}); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("placing a 7 MB article took %v", d)
	}
}

func TestLongStoryKeepsFirstAndRecentMembers(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxMembers = 20
	c := New(cfg)
	var id StoryID
	for i := range 100 {
		p, err := c.Add(art(fmt.Sprintf("b%d", i), "Harbour Bridge shut after cracks found in pier", bridgeText, "wire", time.Duration(i)*time.Minute))
		if err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			id = p.Story
		} else if p.Story != id {
			t.Fatalf("article %d left the story", i)
		}
	}
	s, _ := c.Story(id)
	if s.Size != 100 || len(s.Members) > 20 {
		t.Errorf("size %d with %d members kept, want 100 and at most 20", s.Size, len(s.Members))
	}
	if s.FirstArticle != "b0" || s.Members[len(s.Members)-1].ID != "b99" {
		t.Errorf("first %s, last %s: want b0 and b99 kept", s.FirstArticle, s.Members[len(s.Members)-1].ID)
	}
	if c.Stats().Articles > 20 {
		t.Errorf("%d articles tracked for one story capped at 20", c.Stats().Articles)
	}
}

// A story's entity density averages the articles that name entities: one
// that names none (or has not been understood yet) neither dilutes nor
// inflates it, and a moved article takes its own density along.
func TestEntityDensity(t *testing.T) {
	for _, tt := range []struct {
		a    Article
		want float64
		ok   bool
	}{
		{Article{Entities: []string{"place:velmont", "organization:lumio"}, EntityMentions: []int{1, 1}}, 0.2, true},
		{Article{Entities: []string{"place:velmont"}, EntityMentions: []int{30}}, 1, true},
		{Article{Entities: []string{"place:velmont"}}, 1, true}, // no counts given
		{Article{}, 0, false},
	} {
		if d, ok := entityDensity(tt.a); d != tt.want || ok != tt.ok {
			t.Errorf("entityDensity(%v, %v) = %v, %v; want %v, %v", tt.a.Entities, tt.a.EntityMentions, d, ok, tt.want, tt.ok)
		}
	}
	s := newStory(1)
	s.addMember(Article{ID: "review", Entities: []string{"place:velmont", "organization:lumio"}, EntityMentions: []int{1, 1}}, docVec{}, 200, 1000)
	s.addMember(Article{ID: "brief"}, docVec{}, 200, 1000)
	if d := s.entityDensity(); d != 0.2 {
		t.Errorf("story density %v with an entity-less member, want the review's 0.2", d)
	}
	if m := s.members[0]; !slices.Equal(m.article().EntityMentions, []int{1, 1}) {
		t.Errorf("a member placed again loses its mention counts: %v", m.article().EntityMentions)
	}
}
