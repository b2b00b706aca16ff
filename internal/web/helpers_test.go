package web_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/demo"
	"herald/internal/model"
	"herald/internal/store/sqlite"
	"herald/internal/web"
	"herald/internal/web/webtest"
)

// corpusSite is the demo corpus stored as if every stage had run, served
// by a web.Server with a fixed clock.
type corpusSite struct {
	h    http.Handler
	st   *sqlite.Store
	site *webtest.Site
	now  time.Time
}

func newCorpusSite(t testing.TB, opts web.Options) *corpusSite {
	t.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "h.db"), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	c, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	site, err := webtest.Fill(ctx, st, demo.Shift(c, now), now, webtest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if opts.PostBurst == 0 {
		opts.PostBurst = 100 // the clock stands still in tests: no refills
	}
	if opts.Asker == nil {
		opts.Asker = webtest.Asker{Store: st}
	}
	s, err := web.New(st, func() time.Time { return now }, nil, opts)
	if err != nil {
		t.Fatal(err)
	}
	return &corpusSite{h: s.Handler(), st: st, site: site, now: now}
}

// article finds a stored article by its corpus id.
func (c *corpusSite) article(t testing.TB, corpusID string) *model.Article {
	t.Helper()
	id, ok := c.site.Articles[corpusID]
	if !ok {
		t.Fatalf("corpus has no article %s", corpusID)
	}
	a, err := c.st.Article(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// wireCopy is a corpus article that reprints another, in a story with
// coverage from other publishers and quotes.
func (c *corpusSite) wireCopy(t testing.TB) demo.Article {
	t.Helper()
	for _, a := range c.site.Corpus.Articles {
		if a.WireOf != "" && a.Story != "" && len(c.site.Corpus.Stories()[a.Story]) >= 4 && len(a.Images()) > 0 {
			return a
		}
	}
	t.Fatal("corpus has no wire copy in a big story with images")
	return demo.Article{}
}

func do(h http.Handler, req *http.Request) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// getFollow follows redirects within the site.
func getFollow(t testing.TB, h http.Handler, target string) *httptest.ResponseRecorder {
	t.Helper()
	for range 5 {
		rec := get(h, target)
		if rec.Code != http.StatusMovedPermanently && rec.Code != http.StatusFound && rec.Code != http.StatusSeeOther {
			return rec
		}
		target = rec.Header().Get("Location")
	}
	t.Fatalf("too many redirects at %s", target)
	return nil
}

func mustContain(t testing.TB, what, body string, subs ...string) {
	t.Helper()
	for _, s := range subs {
		if !strings.Contains(body, s) {
			t.Errorf("%s lacks %q", what, s)
		}
	}
}

func readAll(t testing.TB, r io.Reader) string {
	t.Helper()
	b, err := io.ReadAll(r)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
