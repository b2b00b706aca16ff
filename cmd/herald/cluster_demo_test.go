package main

import (
	"bytes"
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"herald/internal/demo"
)

// The demo corpus, fed to `herald cluster -enrich` in publication order,
// comes out as the pipeline gathers it: every multi-publisher story whole
// and no two of them together. (Words alone, without -enrich, gather 14
// of the 16.)
func TestClusterCommandOnTheDemoCorpus(t *testing.T) {
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	arts := slices.Clone(c.Articles)
	slices.SortStableFunc(arts, func(a, b demo.Article) int { return a.Published.Compare(b.Published) })
	names := map[string]string{}
	for _, p := range c.Publishers {
		names[p.Key] = p.Name
	}
	var in bytes.Buffer
	for _, a := range arts {
		var paras []string
		for _, b := range a.Body {
			for _, p := range append([]string{b.P, b.H, b.Quote}, b.List...) {
				if p != "" {
					paras = append(paras, p)
				}
			}
		}
		line, _ := json.Marshal(map[string]string{"id": a.ID, "title": a.Title, "text": strings.Join(paras, "\n\n"),
			"published_at": a.Published.Format(time.RFC3339), "source": names[a.Publisher]})
		in.Write(append(line, '\n'))
	}
	for _, understand := range []bool{true, false} {
		ids, as, err := clusterStream(context.Background(), bytes.NewReader(in.Bytes()), understand)
		if err != nil {
			t.Fatal(err)
		}
		if len(ids) != len(arts) {
			t.Fatalf("%d lines out, %d in", len(ids), len(arts))
		}
		whole, multi := 0, 0
		golds := map[int64]map[string]bool{}
		for key, members := range c.Stories() {
			pubs, stories := map[string]bool{}, map[int64]bool{}
			for _, a := range members {
				pubs[a.Publisher] = true
				stories[int64(as.Story(a.ID))] = true
				if golds[int64(as.Story(a.ID))] == nil {
					golds[int64(as.Story(a.ID))] = map[string]bool{}
				}
				golds[int64(as.Story(a.ID))][key] = true
			}
			if key == "" || len(pubs) < 2 {
				continue
			}
			multi++
			if len(stories) == 1 {
				whole++
			}
		}
		mixed := 0
		for _, g := range golds {
			delete(g, "")
			if len(g) > 1 {
				mixed++
			}
		}
		t.Logf("-enrich=%v: %d of %d stories whole, %d mixing", understand, whole, multi, mixed)
		if understand && (whole != multi || mixed != 0) {
			t.Errorf("-enrich: %d of %d stories whole, %d mixing; want all whole, none mixing", whole, multi, mixed)
		}
	}
}
