package cluster

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// A side piece on a story (the farmers' view of the new rail line) that
// arrives before the story's first reports finds nothing to join, and no
// single later report resembles it enough to adopt it; only the story's
// whole coverage does. Settling offers it again, and it joins the story,
// which keeps its id; with settling off it stays alone.
func TestSettlingJoinsASidePieceThatCameFirst(t *testing.T) {
	const farmers = "valley-courier/tessford-parkway-high-speed-trains-farmers"
	arts := enrichedDemo(t)
	i := slices.IndexFunc(arts, func(a demoInput) bool { return a.ID == farmers })
	order := slices.Insert(slices.Delete(slices.Clone(arts), i, i+1), 0, arts[i])
	var rail []string // the rest of its story; rail[0] is its first report
	for _, a := range arts {
		if a.gold.Story == arts[i].gold.Story && a.ID != farmers {
			rail = append(rail, a.ID)
		}
	}

	for _, tc := range []struct {
		name         string
		every, span  int
		settleAtEnd  bool
		wantJoined   bool
		wantInStream bool
	}{
		{"off", 0, 0, true, false, false},
		{"while placing", 8, 1024, false, true, true},
		{"when the stream pauses", 1000, 1024, true, true, false},
		{"past its span", 8, 4, true, false, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.SettleEvery, cfg.SettleSpan = tc.every, tc.span
			c := New(cfg)
			as := NewAssignments()
			var lone StoryID
			var merges []Merge
			for _, a := range order {
				p, err := c.Add(a.Article)
				if err != nil {
					t.Fatal(err)
				}
				if a.ID == farmers {
					lone = p.Story
				}
				as.Record(a.ID, p)
				merges = append(merges, p.Settled...)
			}
			inStream := slices.ContainsFunc(merges, func(m Merge) bool { return m.From == lone })
			if tc.settleAtEnd {
				p := c.Settle()
				if p.Story != 0 || p.New {
					t.Errorf("Settle placed an article: %+v", p)
				}
				as.Record("", p)
				merges = append(merges, p.Settled...)
			}
			story := as.Story(farmers)
			joined := story == as.Story(rail[0])
			if joined != tc.wantJoined || inStream != tc.wantInStream {
				t.Fatalf("joined %v (settled while placing %v), want %v (%v); merges %v", joined, inStream, tc.wantJoined, tc.wantInStream, merges)
			}
			if joined && story == lone {
				t.Errorf("the story took the lone article's id %d; it should keep its own", lone)
			}
			if joined {
				// Settling again finds nothing more to do.
				if p := c.Settle(); len(p.Settled) > 0 {
					t.Errorf("a second Settle merged again: %v", p.Settled)
				}
			}
		})
	}
}

// A lone article unlike every story stays alone, however often it is
// offered, and leaves the queue after SettleSpan placements.
func TestSettlingLeavesUnrelatedArticlesAlone(t *testing.T) {
	cfg := DefaultConfig()
	cfg.SettleEvery, cfg.SettleSpan = 2, 16
	c := New(cfg)
	lone := Article{ID: "review", Title: "Review: The Long Corridor, a memoir of power by Margit Thorvald",
		Text: "Margit Thorvald's memoir of two decades in government is candid about everyone except its author.", Language: "en", Published: t0}
	first, err := c.Add(lone)
	if err != nil {
		t.Fatal(err)
	}
	var checkedAt []int // the placements at which the review was checked
	due := c.lone[0].due
	for i := range 20 {
		a := Article{ID: string(rune('a' + i)), Title: "Storm Elin brings flooding to the Orne valley",
			Text: "Rivers burst their banks as Storm Elin crossed the north coast overnight.", Language: "en", Published: t0.Add(time.Duration(i) * time.Minute)}
		p, err := c.Add(a)
		if err != nil {
			t.Fatal(err)
		}
		if len(p.Settled) > 0 {
			t.Fatalf("placement %d settled %v", i, p.Settled)
		}
		if len(c.lone) > 0 && c.lone[0].id == first.Story && c.lone[0].due != due {
			due = c.lone[0].due
			checkedAt = append(checkedAt, i+2) // the review was placement 1
		}
	}
	// Created at 1, first due at 1+2: checked at the next settling (4),
	// then at 1+4 (6) and 1+8 (10); at 18 it is past SettleSpan.
	if want := []int{4, 6, 10}; !slices.Equal(checkedAt, want) {
		t.Errorf("checked at placements %v, want %v", checkedAt, want)
	}
	if p := c.Settle(); len(p.Settled) > 0 {
		t.Fatalf("Settle merged %v", p.Settled)
	}
	if s, ok := c.Story(first.Story); !ok || s.Size != 1 {
		t.Fatalf("the review's story: %+v, %v", s, ok)
	}
	if len(c.lone) != 0 {
		t.Errorf("%d lone stories still queued past SettleSpan", len(c.lone))
	}
}

// A pause settles the articles never checked, but does not offer one
// checked within the last SettleEvery placements again before it is due: a
// caller that settles every few seconds through a trickle of articles would
// otherwise offer each lone article again and again until some story's bar
// gave way.
func TestPauseDoesNotReofferACheckedArticle(t *testing.T) {
	const farmers = "valley-courier/tessford-parkway-high-speed-trains-farmers"
	arts := enrichedDemo(t)
	i := slices.IndexFunc(arts, func(a demoInput) bool { return a.ID == farmers })
	order := slices.Insert(slices.Delete(slices.Clone(arts), i, i+1), 0, arts[i])
	for _, tc := range []struct {
		name       string
		pauseFirst bool
		wantJoined bool
	}{
		{"never checked: the pause at the end settles it", false, true},
		{"checked at a pause on arrival: it waits for its turn", true, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := DefaultConfig()
			cfg.SettleEvery = 1000 // no settling while placing
			c := New(cfg)
			as := NewAssignments()
			for k, a := range order {
				p, err := c.Add(a.Article)
				if err != nil {
					t.Fatal(err)
				}
				as.Record(a.ID, p)
				if k == 0 && tc.pauseFirst {
					if p := c.Settle(); len(p.Settled) > 0 {
						t.Fatalf("settled with nothing to join: %v", p.Settled)
					}
				}
			}
			as.Record("", c.Settle())
			joined := as.Story(farmers) == as.Story("meridian-times/velmont-port-calder-high-speed-line-opens")
			if joined != tc.wantJoined {
				t.Fatalf("joined the rail story = %v, want %v", joined, tc.wantJoined)
			}
		})
	}
}

// Lone stories restored at start-up are settled too, once at the first
// pause; pauses with no placement in between check none of them again
// (each restored story is many rounds behind its first due check, and
// catching up one round per pause re-offered them at every pause).
func TestRestoredLoneStoriesAreCheckedOnce(t *testing.T) {
	c := New(DefaultConfig())
	word := func(i int, suffix string) string { // a word of its own per article
		return string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + "zor" + suffix
	}
	for i := range 200 {
		a := Article{ID: fmt.Sprint("r", i), Language: "en", Published: t0.Add(time.Duration(i) * time.Minute),
			Title: word(i, "ka") + " " + word(i, "mel") + " " + word(i, "tun")}
		if err := c.Restore(a, StoryID(i+1)); err != nil {
			t.Fatal(err)
		}
	}
	queued := len(c.lone)
	if queued == 0 {
		t.Fatal("no restored lone story is queued for settling")
	}
	c.Settle()
	for _, u := range c.lone {
		if u.checked != c.seq || u.due <= c.seq {
			t.Fatalf("after the first pause: %+v at placement %d; want checked now and due later", u, c.seq)
		}
	}
	after := slices.Clone(c.lone)
	for k := range 3 {
		c.Settle()
		if !slices.Equal(c.lone, after) {
			t.Fatalf("pause %d with no placement since changed the queue (checked again)", k+2)
		}
	}
}

// A story that adopts a lone article (Config.AdoptBridge) reports it as
// settling does: in Placement.Settled, into the story the newcomer joined,
// which keeps its id although the lone article's story is older.
func TestAdoptionIsReportedAsSettled(t *testing.T) {
	arts := enrichedDemo(t)
	cfg := DefaultConfig()
	cfg.SettleEvery = 0 // adoption alone
	var adopted, older int
	for seed := range 10 {
		c := New(cfg)
		for _, a := range shuffled(arts, uint64(seed)+1) {
			p, err := c.Add(a.Article)
			if err != nil {
				t.Fatal(err)
			}
			for _, m := range p.Settled {
				adopted++
				if m.From < m.Into {
					older++
				}
				if m.Into != p.Story || m.From == m.Into {
					t.Fatalf("adoption %+v while placing into story %d: want that story kept and the lone one absorbed", m, p.Story)
				}
				if id, ok := c.StoryOf(m.Article); !ok || id != p.Story {
					t.Fatalf("adopted article %s is in story %d, want %d", m.Article, id, p.Story)
				}
			}
		}
	}
	if adopted == 0 || older == 0 {
		t.Fatalf("%d adoptions in 10 shuffled orders, %d of an older lone story; the test needs some of each", adopted, older)
	}
}
