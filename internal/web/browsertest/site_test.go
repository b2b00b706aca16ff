package browsertest

import (
	"context"
	"log/slog"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"herald/internal/demo"
	"herald/internal/store/sqlite"
	"herald/internal/web"
	"herald/internal/web/webtest"
)

// demoSite serves the demo corpus, every stage filled, with the publishers
// running on loopback so images and "read at" links work.
type demoSite struct {
	URL   string
	Site  *webtest.Site
	Store *sqlite.Store
}

func startDemoSite(t *testing.T) *demoSite {
	t.Helper()
	ctx := context.Background()
	now := time.Now()
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	c = demo.Shift(c, now)
	breakWireStory(c, now)
	pubs, err := demo.Start(ctx, c, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { pubs.Close() })
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "h.db"), time.Now)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	site, err := webtest.Fill(ctx, st, c, now, webtest.Served(pubs))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := web.New(st, time.Now, slog.New(slog.DiscardHandler), web.Options{Asker: webtest.Asker{Store: st}})
	if err != nil {
		t.Fatal(err)
	}
	hs := httptest.NewServer(srv.Handler())
	t.Cleanup(hs.Close)
	return &demoSite{URL: hs.URL, Site: site, Store: st}
}

// breakWireStory makes the corpus's first story with wire copies the news
// of the last hours: its articles move forward, keeping their spacing, so
// it ranks among the top stories on the home page.
func breakWireStory(c *demo.Corpus, now time.Time) {
	key := ""
	for _, a := range c.Articles {
		if a.WireOf != "" && a.Story != "" && (key == "" || a.Story < key) {
			key = a.Story
		}
	}
	var newest time.Time
	for _, a := range c.Articles {
		if a.Story == key && a.LastModified().After(newest) {
			newest = a.LastModified()
		}
	}
	delta := now.Add(-30 * time.Minute).Sub(newest)
	for i, a := range c.Articles {
		if a.Story == key {
			c.Articles[i].Published = a.Published.Add(delta)
			if !a.Updated.IsZero() {
				c.Articles[i].Updated = a.Updated.Add(delta)
			}
		}
	}
}
