package ingest_test

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/fetch"
	"herald/internal/ingest"
	"herald/internal/model"
	"herald/internal/schedule"
	"herald/internal/store/sqlite"
)

var now = time.Date(2026, 11, 24, 12, 0, 0, 0, time.UTC)

type env struct {
	store  *sqlite.Store
	poller *ingest.Poller
	mux    *http.ServeMux
	url    string
}

func newEnv(t *testing.T) *env {
	t.Helper()
	st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "h.db"), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	mux := http.NewServeMux()
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	fc := fetch.DefaultConfig()
	fc.AllowPrivate, fc.PerHostDelay, fc.Timeout = true, 0, 2*time.Second
	fc.Now = func() time.Time { return now }
	f := fetch.New(fc)
	t.Cleanup(f.Close)
	p := &ingest.Poller{Store: st, Fetcher: f, Policy: schedule.Default(), Now: func() time.Time { return now },
		Logger: slog.New(slog.DiscardHandler)}
	return &env{store: st, poller: p, mux: mux, url: srv.URL}
}

func (e *env) serveFile(t *testing.T, path, file, contentType string) {
	body, err := os.ReadFile(filepath.Join("testdata", file))
	if err != nil {
		t.Fatal(err)
	}
	e.mux.HandleFunc(path, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", contentType)
		w.Write(body)
	})
}

func (e *env) source(t *testing.T, path string) *model.Source {
	t.Helper()
	src := &model.Source{FeedURL: e.url + path, Enabled: true}
	if err := e.store.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	return src
}

func (e *env) reload(t *testing.T, id int64) *model.Source {
	t.Helper()
	src, err := e.store.Source(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return src
}

func TestPollStoresEntriesAndHonoursConditionalGET(t *testing.T) {
	e := newEnv(t)
	body, _ := os.ReadFile("testdata/rss-a.xml")
	var conditional int
	e.mux.HandleFunc("/a.xml", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == `"v1"` {
			conditional++
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", `"v1"`)
		w.Header().Set("Content-Type", "application/rss+xml")
		w.Write(body)
	})
	src := e.source(t, "/a.xml")
	ids, err := e.poller.Poll(context.Background(), src.ID)
	if err != nil || len(ids) != 2 {
		t.Fatalf("first poll = %v, %v", ids, err)
	}
	got := e.reload(t, src.ID)
	if got.ETag != `"v1"` || got.Title != "Publisher A" || got.ErrorCount != 0 {
		t.Fatalf("source after poll: %+v", got)
	}
	// Two entries a week: the slowest interval; its ttl of 90 minutes is less.
	if want := now.Add(schedule.Default().Max); !got.NextCheckAt.Equal(want) {
		t.Fatalf("next check %v, want %v", got.NextCheckAt, want)
	}
	a, _ := e.store.Article(context.Background(), ids[0])
	if a.URL != "https://a.example/news/bridge" || a.Stage != model.StageFeed {
		t.Fatalf("article url %q stage %q; want tracking parameters removed and stage feed", a.URL, a.Stage)
	}
	ids, err = e.poller.Poll(context.Background(), src.ID)
	if err != nil || len(ids) != 0 || conditional != 1 {
		t.Fatalf("second poll = %v, %v, conditional requests %d; want a 304", ids, err, conditional)
	}
	if got := e.reload(t, src.ID); got.ErrorCount != 0 || got.ETag != `"v1"` {
		t.Fatalf("304 changed the source: %+v", got)
	}
}

func TestSameArticleInTwoFeedsStoredOnce(t *testing.T) {
	e := newEnv(t)
	e.serveFile(t, "/a.xml", "rss-a.xml", "application/rss+xml")
	e.serveFile(t, "/b.xml", "atom-b.xml", "application/atom+xml")
	a, b := e.source(t, "/a.xml"), e.source(t, "/b.xml")
	idsA, _ := e.poller.Poll(context.Background(), a.ID)
	idsB, err := e.poller.Poll(context.Background(), b.ID)
	if err != nil || len(idsB) != 0 {
		t.Fatalf("feed B added %v, %v; its entry is feed A's article", idsB, err)
	}
	srcs, _ := e.store.ArticleSourceIDs(context.Background(), idsA[0])
	if len(srcs) != 2 {
		t.Fatalf("article carried by %v, want both sources", srcs)
	}
}

func TestWindows1252FeedDecoded(t *testing.T) {
	e := newEnv(t)
	e.serveFile(t, "/c.xml", "rss-windows-1252.xml", "application/rss+xml")
	src := e.source(t, "/c.xml")
	ids, err := e.poller.Poll(context.Background(), src.ID)
	if err != nil || len(ids) != 1 {
		t.Fatalf("poll = %v, %v", ids, err)
	}
	a, _ := e.store.Article(context.Background(), ids[0])
	if a.Title != "“Quoted” headline about the café" {
		t.Fatalf("title = %q", a.Title)
	}
	if got := e.reload(t, src.ID); got.Title != "Café Gazette" {
		t.Fatalf("source title = %q", got.Title)
	}
}

func TestMalformedFeedKeepsEntriesAndRecordsError(t *testing.T) {
	e := newEnv(t)
	e.serveFile(t, "/d.xml", "broken.xml", "application/rss+xml")
	src := e.source(t, "/d.xml")
	ids, err := e.poller.Poll(context.Background(), src.ID)
	if err != nil {
		t.Fatalf("a broken feed is the source's error, not the job's: %v", err)
	}
	if len(ids) < 2 {
		t.Fatalf("kept %d entries, want at least the 2 good ones", len(ids))
	}
	got := e.reload(t, src.ID)
	if got.ErrorCount != 1 || got.LastError == "" {
		t.Fatalf("source after broken feed: %+v", got)
	}
}

func TestRetryAfterAndBackoff(t *testing.T) {
	e := newEnv(t)
	e.mux.HandleFunc("/busy.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Retry-After", "7200")
		w.WriteHeader(http.StatusTooManyRequests)
	})
	e.mux.HandleFunc("/down.xml", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusInternalServerError)
	})
	busy, down := e.source(t, "/busy.xml"), e.source(t, "/down.xml")
	e.poller.Poll(context.Background(), busy.ID)
	if got := e.reload(t, busy.ID); got.ErrorCount != 1 || !got.NextCheckAt.Equal(now.Add(2*time.Hour)) ||
		!strings.Contains(got.LastError, "429") {
		t.Fatalf("after 429: %+v; want next check in 2h as Retry-After asked", got)
	}
	var waits []time.Duration
	for range 3 {
		e.poller.Poll(context.Background(), down.ID)
		waits = append(waits, e.reload(t, down.ID).NextCheckAt.Sub(now))
	}
	if !(waits[0] < waits[1] && waits[1] < waits[2]) || waits[1] != 2*waits[0] {
		t.Fatalf("backoff waits %v, want doubling", waits)
	}
}

func TestRemovedSourceIsNotFound(t *testing.T) {
	e := newEnv(t)
	if _, err := e.poller.Poll(context.Background(), 99); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Poll(99) = %v", err)
	}
}

// TestEntryWithoutIdentitySkipped: RSS 2.0 makes every part of an item
// optional. One item with neither a link nor a guid must not keep the
// feed's other entries out of the store, poll after poll.
func TestEntryWithoutIdentitySkipped(t *testing.T) {
	e := newEnv(t)
	e.serveFile(t, "/n.xml", "rss-notice.xml", "application/rss+xml")
	src := e.source(t, "/n.xml")
	ids, err := e.poller.Poll(context.Background(), src.ID)
	if err != nil || len(ids) != 1 {
		t.Fatalf("poll = %v, %v; want the linked entry stored", ids, err)
	}
	if got := e.reload(t, src.ID); got.Title != "Publisher N" {
		t.Fatalf("source after poll: %+v", got)
	}
}

// TestPollKeepsAtMostMaxEntries: a feed that lists thousands of links is
// cut to its first entries, newest first by convention, so that one source
// cannot send Herald to fetch pages without end.
func TestPollKeepsAtMostMaxEntries(t *testing.T) {
	e := newEnv(t)
	var b strings.Builder
	b.WriteString(`<?xml version="1.0"?><rss version="2.0"><channel><title>Huge</title><link>https://h.example/</link>`)
	for i := range 1200 {
		fmt.Fprintf(&b, `<item><title>Item %d</title><link>https://h.example/%d</link></item>`, i, i)
	}
	b.WriteString(`</channel></rss>`)
	e.mux.HandleFunc("/huge.xml", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/rss+xml")
		io.WriteString(w, b.String())
	})
	src := e.source(t, "/huge.xml")
	ids, err := e.poller.Poll(context.Background(), src.ID)
	if err != nil || len(ids) != 500 {
		t.Fatalf("poll = %d entries, %v; want 500", len(ids), err)
	}
	latest, _ := e.store.LatestArticles(context.Background(), 1000, 0)
	for _, a := range latest {
		if a.Title == "Item 500" {
			t.Fatalf("kept an entry past the first 500: %q", a.Title)
		}
	}
}

// A private feed's password (https://user:pass@host/feed) stays out of the
// log line of a failed poll, as it stays out of the fetcher's own lines.
func TestFailedPollLogsNoPassword(t *testing.T) {
	e := newEnv(t)
	var logs strings.Builder
	e.poller.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	e.mux.HandleFunc("/private.xml", func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	})
	src := &model.Source{FeedURL: strings.Replace(e.url, "http://", "http://reader:hunter2@", 1) + "/private.xml", Enabled: true}
	if err := e.store.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	if _, err := e.poller.Poll(context.Background(), src.ID); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(logs.String(), "poll failed") || strings.Contains(logs.String(), "hunter2") {
		t.Fatalf("want a 'poll failed' line without the password:\n%s", logs.String())
	}
	if got := e.reload(t, src.ID); strings.Contains(got.LastError, "hunter2") {
		t.Fatalf("the recorded error, shown by the API, has the password: %s", got.LastError)
	}
}
