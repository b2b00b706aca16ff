package app_test

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"herald/internal/app"
	"herald/internal/config"
	"herald/internal/demo"
	"herald/internal/web"
)

// TestDemoEndToEnd follows every demo publisher by its home page, runs one
// ingestion pass through the job queue, and reads the result back through
// the JSON API: the whole path a new user's first minute takes.
func TestDemoEndToEnd(t *testing.T) {
	ctx := context.Background()
	corpus, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	site, err := demo.Start(ctx, demo.Shift(corpus, time.Now()), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()

	cfg := config.Default()
	cfg.DB = filepath.Join(t.TempDir(), "herald.db")
	cfg.AllowPrivate = true
	cfg.HostDelay = 0
	m := app.New(cfg, slog.New(slog.DiscardHandler))
	if err := m.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	for _, p := range site.Publishers() {
		src, err := m.Sources.Add(ctx, p.HomeURL)
		if err != nil {
			t.Fatalf("follow %s by its home page: %v", p.Name, err)
		}
		if src.FeedURL != p.FeedURL {
			t.Errorf("%s: discovered %s, want %s", p.Name, src.FeedURL, p.FeedURL)
		}
	}
	st, err := m.IngestOnce(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if st.Polls != len(site.Publishers()) || st.Failed != 0 {
		t.Fatalf("ingest stats %+v", st)
	}
	srcs, _ := m.Store.Sources(ctx)
	for _, s := range srcs {
		if s.ErrorCount != 0 || s.LastCheckedAt.IsZero() {
			t.Errorf("source %s after ingest: errors %d (%s), last check %v", s.FeedURL, s.ErrorCount, s.LastError, s.LastCheckedAt)
		}
	}

	// Every page was fetched and extracted, with its captions and credits.
	arts, _ := m.Store.LatestArticles(ctx, 1000, 0)
	var pages, withCredits, images int
	for _, a := range arts {
		c, err := m.Store.Content(ctx, a.ID)
		if err != nil {
			t.Fatalf("article %d (%s) has no content: %v", a.ID, a.URL, err)
		}
		if c.Error == "" && c.Text != "" {
			pages++
		} else {
			t.Errorf("article %s kept feed content: %s", a.URL, c.Error)
		}
		for _, im := range c.Images {
			images++
			if im.Credit != "" && im.Caption != "" {
				withCredits++
			}
		}
	}
	if pages != len(arts) || images == 0 {
		t.Fatalf("%d of %d pages extracted, %d images", pages, len(arts), images)
	}
	t.Logf("%d pages extracted; %d of %d images with caption and credit", pages, withCredits, images)

	srv, err := web.New(m.Store, time.Now, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/articles?limit=200", nil))
	var page struct {
		Articles []struct {
			ID          int64      `json:"id"`
			Title       string     `json:"title"`
			URL         string     `json:"url"`
			SourceName  string     `json:"source_name"`
			PublishedAt *time.Time `json:"published_at"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil {
		t.Fatalf("decode %s: %v", rec.Body.String(), err)
	}
	if got, want := len(page.Articles), len(corpus.Articles); got != want {
		t.Fatalf("API lists %d articles, corpus has %d", got, want)
	}
	names := map[string]bool{}
	for _, a := range page.Articles {
		if a.Title == "" || a.URL == "" || a.SourceName == "" || a.PublishedAt == nil {
			t.Fatalf("incomplete article in API: %+v", a)
		}
		names[a.SourceName] = true
	}
	if len(names) != len(corpus.Publishers) {
		t.Fatalf("articles from %d publishers, want %d", len(names), len(corpus.Publishers))
	}
}
