package dedup

import (
	"slices"
	"strings"
	"testing"

	"herald/internal/demo"
)

// demoText is the article text the pipeline would hand over: headline and
// body paragraphs.
func demoText(a demo.Article) string {
	parts := []string{a.Title}
	for _, b := range a.Body {
		parts = append(parts, b.P, b.H, b.Quote)
		parts = append(parts, b.List...)
	}
	return strings.Join(parts, "\n")
}

func demoCorpus(t *testing.T) []demo.Article {
	t.Helper()
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	arts := slices.Clone(c.Articles)
	slices.SortStableFunc(arts, func(a, b demo.Article) int { return a.Published.Compare(b.Published) })
	return arts
}

// Every wire reprint in the demo corpus is reported as a copy of its
// original, and nothing else is reported as a copy: not the other coverage
// of the same story, not the standalone pieces.
func TestDemoCorpusWireCopies(t *testing.T) {
	cfg := DefaultConfig()
	ix, err := NewIndex(cfg)
	if err != nil {
		t.Fatal(err)
	}
	copies := 0
	for _, a := range demoCorpus(t) {
		m, dup := ix.Add(a.ID, cfg.Sign(demoText(a)), a.Published)
		switch {
		case a.WireOf != "" && !dup:
			t.Errorf("%s: reprint of %s not detected", a.ID, a.WireOf)
		case a.WireOf != "" && m.Original != a.WireOf:
			t.Errorf("%s: original %s (similarity %.2f), want %s", a.ID, m.Original, m.Similarity, a.WireOf)
		case a.WireOf == "" && dup:
			t.Errorf("%s: reported as a copy of %s (similarity %.2f), but it is original", a.ID, m.Original, m.Similarity)
		}
		if a.WireOf != "" {
			copies++
		}
	}
	if copies == 0 {
		t.Fatal("demo corpus has no wire copies: the test checks nothing")
	}
}

// The margin between copies and other coverage of the same story shows how
// robust the threshold is; this test fails if the two ranges come close.
func TestDemoCorpusSimilarityMargin(t *testing.T) {
	cfg := DefaultConfig()
	arts := demoCorpus(t)
	sigs := make(map[string]Signature)
	for _, a := range arts {
		sigs[a.ID] = cfg.Sign(demoText(a))
	}
	lowestCopy, highestOther := 1.0, 0.0
	for _, a := range arts {
		for _, b := range arts {
			if a.ID >= b.ID || a.Story == "" || a.Story != b.Story {
				continue
			}
			sim := Similarity(sigs[a.ID], sigs[b.ID])
			isCopy := a.WireOf == b.ID || b.WireOf == a.ID || (a.WireOf != "" && a.WireOf == b.WireOf)
			if isCopy {
				lowestCopy = min(lowestCopy, sim)
			} else {
				highestOther = max(highestOther, sim)
			}
		}
	}
	t.Logf("lowest copy similarity %.2f, highest same-story non-copy %.2f, threshold %.2f", lowestCopy, highestOther, cfg.Threshold)
	if lowestCopy < cfg.Threshold+0.1 || highestOther > cfg.Threshold-0.2 {
		t.Errorf("margin too thin: copies from %.2f, others up to %.2f, threshold %.2f", lowestCopy, highestOther, cfg.Threshold)
	}
}
