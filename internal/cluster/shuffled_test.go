package cluster

import (
	"context"
	"slices"
	"strings"
	"testing"

	"herald/internal/dedup"
	"herald/internal/demo"
	"herald/internal/enrich"
)

// storyScore counts, over one clustering of the demo corpus, the
// multi-publisher gold stories that came out whole, the predicted stories
// that mix gold stories, and the standalone articles that joined a story.
type storyScore struct{ whole, mixed, joined int }

// TestDemoStoriesInShuffledOrder runs the demo corpus in many arrival
// orders, as `herald demo` delivers it (eight workers take the publishers'
// backlogs in any order). A story re-offers itself to the lone articles
// that arrived before its first reports (Config.AdoptBridge): without
// that, an article that comes first stays alone however much of its story
// follows. The check is on the means, against adoption turned off in the
// same orders: more stories whole, and hardly more mixing.
func TestDemoStoriesInShuffledOrder(t *testing.T) {
	if testing.Short() {
		t.Skip("clusters the demo corpus in 30 orders")
	}
	arts := enrichedDemo(t)
	const orders = 30
	mean := func(cfg Config) (whole, mixed, joined float64) {
		for seed := range orders {
			s := clusterInOrder(t, cfg, shuffled(arts, uint64(seed)+1))
			whole += float64(s.whole) / orders
			mixed += float64(s.mixed) / orders
			joined += float64(s.joined) / orders
		}
		return whole, mixed, joined
	}
	off := DefaultConfig()
	off.AdoptBridge = 0
	w0, m0, j0 := mean(off)
	w1, m1, j1 := mean(DefaultConfig())
	t.Logf("means over %d orders, adoption off: %.2f whole, %.2f mixed, %.2f standalones joined", orders, w0, m0, j0)
	t.Logf("means over %d orders, adoption on:  %.2f whole, %.2f mixed, %.2f standalones joined", orders, w1, m1, j1)
	if w1 < w0+0.5 {
		t.Errorf("adoption gathers %.2f stories whole on average, without it %.2f: want at least 0.5 more", w1, w0)
	}
	if m1 > m0+0.5 || j1 > j0+0.5 {
		t.Errorf("adoption mixes more: %.2f mixed and %.2f joined on average, without it %.2f and %.2f", m1, j1, m0, j0)
	}
	if w1 < 13.5 {
		t.Errorf("%.2f of 16 stories whole on average, want at least 13.5", w1)
	}
}

// enrichedDemo is the demo corpus as the pipeline hands it to the
// clusterer: with the language and entity keys of the understanding stage,
// in publication order.
func enrichedDemo(t *testing.T) []demoInput {
	t.Helper()
	corpus, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	out := make([]demoInput, 0, len(corpus.Articles))
	for _, a := range corpus.Articles {
		in := Article{ID: a.ID, Title: a.Title, Text: demoBody(a), Source: a.Publisher, Published: a.Published}
		r, err := enrich.Enrich(context.Background(), enrich.Document{Title: a.Title, Text: in.Text}, enrich.Options{})
		if err != nil {
			t.Fatal(err)
		}
		in.Language = r.Language
		for _, e := range r.Entities {
			in.Entities = append(in.Entities, e.Key)
		}
		out = append(out, demoInput{in, a})
	}
	slices.SortStableFunc(out, func(a, b demoInput) int { return a.Published.Compare(b.Published) })
	return out
}

type demoInput struct {
	Article
	gold demo.Article
}

// shuffled is a Fisher-Yates shuffle driven by a fixed 64-bit LCG, so the
// orders are the same on every Go version.
func shuffled(arts []demoInput, seed uint64) []demoInput {
	out := slices.Clone(arts)
	x := seed
	for i := len(out) - 1; i > 0; i-- {
		x = x*6364136223846793005 + 1442695040888963407
		j := int((x >> 33) % uint64(i+1))
		out[i], out[j] = out[j], out[i]
	}
	return out
}

// clusterInOrder runs dedup and clustering over arts in the given order and
// scores the result against the corpus's gold stories.
func clusterInOrder(t *testing.T, cfg Config, arts []demoInput) storyScore {
	t.Helper()
	dcfg := dedup.DefaultConfig()
	copies, err := dedup.NewIndex(dcfg)
	if err != nil {
		t.Fatal(err)
	}
	c := New(cfg)
	as := NewAssignments()
	for _, a := range arts {
		in := a.Article
		if m, dup := copies.Add(in.ID, dcfg.Sign(in.Title+"\n"+in.Text), in.Published); dup && m.Original != in.ID {
			in.DuplicateOf = m.Original
		}
		p, err := c.Add(in)
		if err != nil {
			t.Fatal(err)
		}
		as.Record(in.ID, p)
	}
	parts := make(map[string]map[StoryID]bool) // gold story -> predicted stories
	publishers := make(map[string]map[string]bool)
	golds := make(map[StoryID]map[string]bool) // predicted story -> gold stories
	for _, a := range arts {
		g := a.gold.Story
		if g == "" {
			g = "standalone:" + a.ID
		}
		s := as.Story(a.ID)
		if parts[g] == nil {
			parts[g], publishers[g] = make(map[StoryID]bool), make(map[string]bool)
		}
		parts[g][s] = true
		publishers[g][a.Source] = true
		if golds[s] == nil {
			golds[s] = make(map[string]bool)
		}
		golds[s][g] = true
	}
	var sc storyScore
	for g, ps := range parts {
		if !strings.HasPrefix(g, "standalone:") && len(publishers[g]) > 1 && len(ps) == 1 {
			sc.whole++
		}
	}
	for _, gs := range golds {
		if len(gs) < 2 {
			continue
		}
		sc.mixed++
		for g := range gs {
			if strings.HasPrefix(g, "standalone:") {
				sc.joined++
			}
		}
	}
	return sc
}
