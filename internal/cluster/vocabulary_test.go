package cluster

import (
	"fmt"
	"testing"
	"time"
)

// A stream where every article brings words never seen again (names,
// numbers) must not grow the vocabulary without end, and forgetting those
// words must not cost the live stories theirs.
func TestVocabularyStaysBounded(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxTerms = 8000
	cfg.Window = 10 * time.Hour // about 600 live articles
	c := New(cfg)
	start := time.Date(2026, 3, 1, 8, 0, 0, 0, time.UTC)
	const articles, novel, quakeAt = 6200, 4, 5700
	for i := range articles {
		text := "routine council meeting agenda minutes"
		for k := range novel {
			text += fmt.Sprintf(" zq%dx%d", i, k)
		}
		_, err := c.Add(Article{
			ID: fmt.Sprintf("filler-%d", i), Title: fmt.Sprintf("Council notice %d", i), Text: text,
			Language: "en", Published: start.Add(time.Duration(i) * time.Minute),
		})
		if err != nil {
			t.Fatal(err)
		}
		if i == quakeAt {
			// A story still live at the end, across a prune (at 6144).
			p, err := c.Add(Article{ID: "quake-1", Title: "Earthquake of magnitude 6.1 shakes Tessford valley",
				Text: "A magnitude 6.1 earthquake shook the Tessford valley, seismologists said.", Language: "en",
				Published: start.Add(time.Duration(i) * time.Minute)})
			if err != nil || !p.New {
				t.Fatalf("quake-1: %+v, %v", p, err)
			}
		}
	}
	// Evictions run every 512 articles, so the vocabulary may overshoot
	// the trigger (MaxTerms, or a quarter more while live stories hold
	// much) by what 512 articles bring.
	if got, limit := c.Stats().Terms, cfg.MaxTerms*5/4+512*(novel+2); got > limit {
		t.Errorf("vocabulary holds %d terms after %d articles with %d new words each, want at most %d", got, articles, novel, limit)
	}
	if got := c.Stats().Terms; got < cfg.MaxTerms/2 {
		t.Errorf("vocabulary pruned to %d terms, far below MaxTerms %d", got, cfg.MaxTerms)
	}
	p, err := c.Add(Article{ID: "quake-2", Title: "Tessford valley earthquake: magnitude 6.1 tremor shakes homes",
		Text: "The magnitude 6.1 earthquake in the Tessford valley damaged homes.", Language: "en",
		Published: start.Add(time.Duration(articles+10) * time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	q, _ := c.Add(Article{ID: "quake-1"})
	if p.Story != q.Story {
		t.Errorf("follow-up joined story %d, the quake story is %d", p.Story, q.Story)
	}
	// Every live story is indexed only under terms its centroid holds,
	// and no posting list names a term the vocabulary has forgotten.
	for _, s := range c.stories {
		for term := range s.indexed {
			if !s.profile.holds(term) {
				t.Fatalf("story %d indexed under term %d its centroid dropped", s.id, term)
			}
		}
	}
	for term, list := range c.index.lists {
		if c.vocab.terms[term] == "" && len(compact(list)) > 0 {
			t.Fatalf("forgotten term %d still lists live stories", term)
		}
	}
	// Nor does a remembered recent article (further coverage) hold a
	// forgotten term, whose id a new word could take.
	if len(c.recent) == 0 {
		t.Fatal("no recent articles remembered")
	}
	for _, r := range c.recent {
		for _, vec := range r.vec {
			for _, e := range vec {
				if c.vocab.terms[e.t] == "" {
					t.Fatalf("recent article %s holds forgotten term %d", r.id, e.t)
				}
			}
		}
	}
}

// With no bound, every term stays.
func TestVocabularyUnbounded(t *testing.T) {
	cfg := DefaultConfig()
	cfg.MaxTerms = 0
	c := New(cfg)
	for i := range 1200 {
		if _, err := c.Add(Article{ID: fmt.Sprintf("a%d", i), Title: fmt.Sprintf("zq%d notice", i), Language: "en"}); err != nil {
			t.Fatal(err)
		}
	}
	if got := c.Stats().Terms; got < 1200 {
		t.Errorf("vocabulary holds %d terms, want every one of at least 1200", got)
	}
}
