package pipeline_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"herald/internal/fetch"
	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

const articlePage = `<!doctype html><html lang="en"><head><title>Bridge closed</title>
<meta property="og:site_name" content="The Gazette"></head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<article><h1>Harbour bridge closed after cracks found</h1>
<p>Engineers closed the Harbour Bridge in Port Calder early on Tuesday after finding cracks in a support pier, the city said.</p>
<figure><img src="/img/pier.jpg" alt="The pier"><figcaption>Inspectors at pier six. <span class="credit">Jo Feld/Gazette</span></figcaption></figure>
<p>"We will not reopen it until we know it is safe," said Mayor Owen Castellane, who visited the site at dawn with the city's chief engineer.</p>
<p>Traffic was diverted through the eastern tunnel, where queues stretched for several kilometres during the morning rush hour.</p>
<p>The bridge carries about 52,000 vehicles a day and was last inspected in the spring, when no defects were reported by the contractor.</p>
</article>
<div class="share">Follow us on: Facebook Instagram Whatsapp</div>
</body></html>`

func newExtractor(t *testing.T) (*pipeline.Extractor, *sqlite.Store, string) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mux := http.NewServeMux()
	mux.HandleFunc("/ok", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		fmt.Fprint(w, articlePage)
	})
	var served atomic.Bool // /once serves the page once, then is gone
	mux.HandleFunc("/once", func(w http.ResponseWriter, r *http.Request) {
		if served.Swap(true) {
			http.NotFound(w, r)
			return
		}
		fmt.Fprint(w, articlePage)
	})
	mux.HandleFunc("/tiny", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprint(w, `<html><body><p>Subscribe to read.</p></body></html>`)
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	fc := fetch.DefaultConfig()
	fc.AllowPrivate, fc.PerHostDelay, fc.Timeout = true, 0, 2*time.Second
	f := fetch.New(fc)
	t.Cleanup(f.Close)
	return &pipeline.Extractor{Store: st, Fetcher: f, Logger: slog.New(slog.DiscardHandler)}, st, srv.URL
}

func addArticle(t *testing.T, st *sqlite.Store, a model.Article) int64 {
	t.Helper()
	src := &model.Source{FeedURL: "https://feed.example/" + a.GUID, Enabled: true}
	if err := st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	ids, err := st.SaveEntries(context.Background(), src.ID, []model.Article{a})
	if err != nil || len(ids) != 1 {
		t.Fatalf("SaveEntries = %v, %v", ids, err)
	}
	return ids[0]
}

func TestExtractorUsesThePage(t *testing.T) {
	x, st, base := newExtractor(t)
	id := addArticle(t, st, model.Article{GUID: "1", URL: base + "/ok", Title: "Bridge", Summary: "Short teaser."})
	if err := x.Run(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	c, err := st.Content(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Error != "" || !strings.Contains(c.Text, "52,000 vehicles") || strings.Contains(c.Text, "Follow us on") {
		t.Fatalf("content = %+v", c)
	}
	if len(c.Images) != 1 || c.Images[0].Credit != "Jo Feld/Gazette" || !strings.HasPrefix(c.Images[0].URL, base) {
		t.Fatalf("images = %+v", c.Images)
	}
}

func TestExtractorFallsBackToTheFeed(t *testing.T) {
	x, st, base := newExtractor(t)
	feedHTML := `<p>The full text from the feed, long enough to be worth keeping as the article's body when the page fails.</p>` +
		`<p>A second paragraph <script>alert(1)</script><img src=x onerror=alert(2)> with more words in it.</p>`
	tests := []struct {
		name, path, reason string
	}{
		{"missing page", "/missing", "404"},
		{"page with less than the feed", "/tiny", "extract"},
		{"entry without a link", "", "no link"},
	}
	for i, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			url := ""
			if tt.path != "" {
				url = base + tt.path
			}
			id := addArticle(t, st, model.Article{GUID: fmt.Sprint("f", i), URL: url, Title: "T", ContentHTML: feedHTML})
			if err := x.Run(context.Background(), id); err != nil {
				t.Fatal(err)
			}
			c, _ := st.Content(context.Background(), id)
			if !strings.Contains(c.Error, tt.reason) {
				t.Fatalf("error %q, want it to mention %q", c.Error, tt.reason)
			}
			if !strings.Contains(c.Text, "A second paragraph") || strings.Contains(c.HTML, "<script") || strings.Contains(c.HTML, "onerror") {
				t.Fatalf("fallback content not the sanitized feed text: %+v", c)
			}
		})
	}
}

// TestExtractorKeepsThePageWhenItLaterFails: re-extraction (after an
// upgrade, or the operator's reextract) of a page that has since gone must
// not replace the full text read earlier with the feed's teaser.
func TestExtractorKeepsThePageWhenItLaterFails(t *testing.T) {
	x, st, base := newExtractor(t)
	id := addArticle(t, st, model.Article{GUID: "1", URL: base + "/once", Title: "Bridge", Summary: "Short teaser."})
	for range 2 {
		if err := x.Run(context.Background(), id); err != nil {
			t.Fatal(err)
		}
	}
	c, err := st.Content(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	if c.Error != "" || !strings.Contains(c.Text, "52,000 vehicles") {
		t.Fatalf("the page's text was lost on re-extraction: %+v", c)
	}
}
