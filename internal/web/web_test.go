package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store/sqlite"
	"herald/internal/web"
)

var now = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

func newSite(t *testing.T, n int) (http.Handler, *sqlite.Store) {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	src := &model.Source{FeedURL: "https://pub.example/feed", Title: "The Harbor Gazette", Enabled: true}
	if err := st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	var entries []model.Article
	for i := range n {
		entries = append(entries, model.Article{GUID: fmt.Sprint(i), URL: fmt.Sprintf("https://pub.example/%d", i),
			Title: fmt.Sprintf("Story %d", i), Summary: "<p>Summary <b>bold</b></p><script>alert(1)</script>",
			PublishedAt: now.Add(-time.Duration(n-i) * time.Hour)})
	}
	if len(entries) > 0 {
		if _, err := st.SaveEntries(context.Background(), src.ID, entries); err != nil {
			t.Fatal(err)
		}
	}
	s, err := web.New(st, func() time.Time { return now }, nil)
	if err != nil {
		t.Fatal(err)
	}
	return s.Handler(), st
}

func get(h http.Handler, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

type articlesPage struct {
	Articles []struct {
		ID          int64     `json:"id"`
		Title       string    `json:"title"`
		URL         string    `json:"url"`
		SourceName  string    `json:"source_name"`
		PublishedAt time.Time `json:"published_at"`
		Summary     string    `json:"summary"`
	} `json:"articles"`
	NextCursor string `json:"next_cursor"`
}

func TestAPIArticlesPaging(t *testing.T) {
	h, _ := newSite(t, 5)
	rec := get(h, "/api/v1/articles?limit=2")
	if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("status %d, type %q", rec.Code, rec.Header().Get("Content-Type"))
	}
	var p articlesPage
	json.Unmarshal(rec.Body.Bytes(), &p)
	if len(p.Articles) != 2 || p.Articles[0].Title != "Story 4" || p.NextCursor == "" {
		t.Fatalf("page 1 = %+v", p)
	}
	a := p.Articles[0]
	if a.SourceName != "The Harbor Gazette" || a.URL != "https://pub.example/4" || a.Summary != "Summary bold" ||
		!a.PublishedAt.Equal(now.Add(-time.Hour)) {
		t.Fatalf("article = %+v; want source name, URL, plain-text summary without script, time", a)
	}
	seen := 2
	for cursor := p.NextCursor; cursor != ""; {
		var next articlesPage
		json.Unmarshal(get(h, "/api/v1/articles?limit=2&cursor="+cursor).Body.Bytes(), &next)
		seen += len(next.Articles)
		cursor = next.NextCursor
	}
	if seen != 5 {
		t.Fatalf("paging saw %d articles, want 5", seen)
	}
}

func TestAPIBadParameters(t *testing.T) {
	h, _ := newSite(t, 1)
	for _, q := range []string{"limit=abc", "limit=0", "limit=100000", "limit=-1", "cursor=x", "cursor=-5",
		"limit=1%27%20OR%201=1--", "limit=" + strings.Repeat("9", 400)} {
		rec := get(h, "/api/v1/articles?"+q)
		var body struct {
			Error struct{ Code, Message string } `json:"error"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != 400 || body.Error.Code != "invalid" {
			t.Errorf("?%s: status %d body %s; want a 400 JSON error", q, rec.Code, rec.Body.String())
		}
	}
}

func TestAPINotFoundIsJSON(t *testing.T) {
	h, _ := newSite(t, 0)
	rec := get(h, "/api/v1/nothing-here")
	if rec.Code != 404 || !strings.Contains(rec.Body.String(), `"not_found"`) {
		t.Fatalf("status %d body %s", rec.Code, rec.Body.String())
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/v1/articles", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("POST /api/v1/articles: status %d", rec.Code)
	}
}

func TestAPISources(t *testing.T) {
	h, st := newSite(t, 0)
	st.RecordFetch(context.Background(), 1, model.FetchResult{CheckedAt: now, NextCheckAt: now.Add(time.Hour),
		Err: fmt.Errorf("status 503")})
	var body struct {
		Sources []struct {
			ID          int64      `json:"id"`
			FeedURL     string     `json:"feed_url"`
			LastChecked *time.Time `json:"last_checked_at"`
			NextCheck   time.Time  `json:"next_check_at"`
			ErrorCount  int        `json:"error_count"`
			LastError   string     `json:"last_error"`
		} `json:"sources"`
	}
	json.Unmarshal(get(h, "/api/v1/sources").Body.Bytes(), &body)
	if len(body.Sources) != 1 {
		t.Fatalf("sources = %+v", body)
	}
	s := body.Sources[0]
	if s.ErrorCount != 1 || s.LastError != "status 503" || s.LastChecked == nil || !s.NextCheck.Equal(now.Add(time.Hour)) {
		t.Fatalf("source = %+v", s)
	}
}

func TestHomeListsLatestEscaped(t *testing.T) {
	h, st := newSite(t, 3)
	st.SaveEntries(context.Background(), 1, []model.Article{{GUID: "x", URL: "https://pub.example/x",
		Title: `<img src=x onerror=alert(1)>Evil`, PublishedAt: now.Add(-5 * time.Hour)}})
	rec := get(h, "/")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "Story 2") || !strings.Contains(body, "The Harbor Gazette") {
		t.Fatalf("home: %d %s", rec.Code, body)
	}
	if strings.Contains(body, "<img src=x") || strings.Contains(body, "<script>") {
		t.Fatalf("publisher markup reached the page: %s", body)
	}
	if !strings.Contains(body, "5 hours ago") || !strings.Contains(body, `datetime="2026-11-26T07:00:00Z"`) {
		t.Fatalf("relative time missing: %s", body)
	}
	if rec.Header().Get("Content-Security-Policy") == "" {
		t.Fatal("no CSP header")
	}
}

func TestHomeEmptyAndBadPage(t *testing.T) {
	h, _ := newSite(t, 0)
	if body := get(h, "/").Body.String(); !strings.Contains(body, "No articles yet") {
		t.Fatalf("empty home: %s", body)
	}
	if rec := get(h, "/?before=abc"); rec.Code != 400 {
		t.Fatalf("?before=abc: %d", rec.Code)
	}
	if rec := get(h, "/no/such/page"); rec.Code != 404 || !strings.Contains(rec.Body.String(), "Page not found") {
		t.Fatalf("unknown page: %d", rec.Code)
	}
}

func TestHealthz(t *testing.T) {
	h, st := newSite(t, 0)
	if rec := get(h, "/healthz"); rec.Code != 200 || !strings.Contains(rec.Body.String(), `"ok"`) {
		t.Fatalf("healthz: %d %s", rec.Code, rec.Body.String())
	}
	st.Close()
	if rec := get(h, "/healthz"); rec.Code != 503 {
		t.Fatalf("healthz with closed store: %d", rec.Code)
	}
}
