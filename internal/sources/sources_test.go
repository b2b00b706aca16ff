package sources_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/fetch"
	"herald/internal/model"
	"herald/internal/sources"
	"herald/internal/store/sqlite"
)

const rss = `<?xml version="1.0"?><rss version="2.0"><channel><title>%s</title><link>%s</link>
<item><title>One</title><link>%s/1</link><guid>1</guid></item></channel></rss>`

func newManager(t *testing.T) (*sources.Manager, *httptest.Server) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	feed := func(title string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "application/rss+xml")
			fmt.Fprintf(w, rss, title, srv.URL, srv.URL)
		}
	}
	page := func(body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Content-Type", "text/html")
			fmt.Fprint(w, body)
		}
	}
	mux.HandleFunc("/direct.xml", feed("Direct"))
	mux.HandleFunc("/sectioned.xml", feed("Northwind Wire | Top News"))
	mux.HandleFunc("/hidden/path.rss", feed("Linked"))
	mux.HandleFunc("/linked/{$}", page(`<html><head><link rel="alternate" type="application/rss+xml" href="/hidden/path.rss"></head></html>`))
	mux.HandleFunc("/common/{$}", page(`<html><head><title>No links</title></head></html>`))
	mux.HandleFunc("/common/feed", feed("At a common path"))
	mux.HandleFunc("/nothing/{$}", page(`<html><body>No feed anywhere</body></html>`))
	fc := fetch.DefaultConfig()
	fc.AllowPrivate, fc.PerHostDelay = true, 0
	f := fetch.New(fc)
	t.Cleanup(f.Close)
	return &sources.Manager{Store: st, Fetcher: f, Now: time.Now}, srv
}

func TestAdd(t *testing.T) {
	m, srv := newManager(t)
	ctx := context.Background()
	tests := []struct {
		give, wantFeed, wantTitle string
	}{
		{"/direct.xml", "/direct.xml", "Direct"},
		{"/linked/", "/hidden/path.rss", "Linked"},
		{"/common/", "/common/feed", "At a common path"},
		// Named for the publisher, not the section the feed carries.
		{"/sectioned.xml", "/sectioned.xml", "Northwind Wire"},
	}
	for _, tt := range tests {
		src, err := m.Add(ctx, srv.URL+tt.give)
		if err != nil {
			t.Fatalf("Add(%s): %v", tt.give, err)
		}
		if src.FeedURL != srv.URL+tt.wantFeed || src.Title != tt.wantTitle || !src.Enabled {
			t.Errorf("Add(%s) = %s %q, want %s %q", tt.give, src.FeedURL, src.Title, tt.wantFeed, tt.wantTitle)
		}
	}
	// The same feed reached another way is not added twice.
	again, err := m.Add(ctx, srv.URL+"/linked/")
	if !errors.Is(err, model.ErrConflict) || again == nil || again.FeedURL != srv.URL+"/hidden/path.rss" {
		t.Fatalf("second Add = %v, %v; want the existing source and ErrConflict", again, err)
	}
}

func TestAddErrors(t *testing.T) {
	m, srv := newManager(t)
	for _, bad := range []string{"", "not a url", "ftp://example.org/feed", "file:///etc/passwd", "javascript:alert(1)", "http://"} {
		if _, err := m.Add(context.Background(), bad); !errors.Is(err, model.ErrInvalid) {
			t.Errorf("Add(%q) = %v, want ErrInvalid", bad, err)
		}
	}
	_, err := m.Add(context.Background(), srv.URL+"/nothing/")
	if err == nil || !strings.Contains(err.Error(), "no feed found") {
		t.Fatalf("Add(page without feed) = %v", err)
	}
}

func TestImportExport(t *testing.T) {
	m, _ := newManager(t)
	ctx := context.Background()
	opml := `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline text="News"><outline type="rss" text="A" xmlUrl="https://a.example/feed" htmlUrl="https://a.example/"/>
<outline type="rss" text="B" xmlUrl="https://b.example/rss"/></outline>
<outline type="rss" text="A again" xmlUrl="https://a.example/feed"/>
<outline type="rss" text="Bad" xmlUrl="javascript:alert(1)"/>
</body></opml>`
	res, err := m.Import(ctx, strings.NewReader(opml))
	if err != nil {
		t.Fatal(err)
	}
	if res.Added != 2 || res.Skipped != 1 || len(res.Invalid) != 1 {
		t.Fatalf("Import = %+v, want 2 added, 1 skipped, 1 invalid", res)
	}
	var out bytes.Buffer
	if err := m.Export(ctx, &out); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`xmlUrl="https://a.example/feed"`, `xmlUrl="https://b.example/rss"`, `text="A"`} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("export lacks %s:\n%s", want, out.String())
		}
	}
	if _, err := m.Import(ctx, strings.NewReader("<opml><body><outline")); err == nil {
		t.Fatal("malformed OPML imported without error")
	}
}
