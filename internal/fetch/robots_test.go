package fetch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/temoto/robotstxt"
)

func TestRobotsDisallowFetchedOnce(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /private/\n", text("ok"))
	f := newTestFetcher(t, testConfig())
	ctx := context.Background()

	if _, err := f.Get(ctx, Request{URL: s.URL + "/public/feed.xml"}); err != nil {
		t.Fatalf("allowed path: %v", err)
	}
	_, err := f.Get(ctx, Request{URL: s.URL + "/private/feed.xml"})
	if !errors.Is(err, ErrRobotsDisallowed) {
		t.Fatalf("disallowed path: Get = %v, want ErrRobotsDisallowed", err)
	}
	if s.count("/private/feed.xml") != 0 {
		t.Error("disallowed path was requested")
	}
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times for two requests, want 1", n)
	}
}

func TestRobotsFetchedOnceUnderConcurrency(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /nope\n", text("ok"))
	f := newTestFetcher(t, testConfig())
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			if _, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if n := s.count("/robots.txt"); n != 1 {
		t.Errorf("robots.txt fetched %d times, want 1", n)
	}
}

func TestRobotsRules(t *testing.T) {
	tests := []struct {
		name, robots, path string
		allowed            bool
	}{
		{"our group beats *", "User-agent: *\nDisallow: /\n\nUser-agent: Herald\nDisallow: /private\n", "/news", true},
		{"our group applies", "User-agent: *\nDisallow: /\n\nUser-agent: Herald\nDisallow: /private\n", "/private/x", false},
		{"agent match ignores case", "User-agent: herald\nDisallow: /\n", "/x", false},
		{"other bots' rules ignored", "User-agent: Googlebot\nDisallow: /\n", "/x", true},
		{"longest match wins", "User-agent: *\nDisallow: /news\nAllow: /news/today\n", "/news/today/1", true},
		{"longest match wins (disallow)", "User-agent: *\nAllow: /news\nDisallow: /news/archive\n", "/news/archive/1", false},
		{"allow wins a tie", "User-agent: *\nDisallow: /feed\nAllow: /feed\n", "/feed", true},
		{"allow wins a tie on /", "User-agent: *\nDisallow: /\nAllow: /\n", "/x", true},
		{"wildcard with query", "User-agent: *\nDisallow: /*?session=\n", "/page?session=1", false},
		{"end anchor", "User-agent: *\nDisallow: /*.pdf$\n", "/doc.pdf", false},
		{"end anchor no match", "User-agent: *\nDisallow: /*.pdf$\n", "/doc.pdf.html", true},
		{"empty disallow allows", "User-agent: *\nDisallow:\n", "/x", true},
		{"rule before any group dropped, rest kept", "Disallow: /x\nUser-agent: *\nDisallow: /y\n", "/y", false},
		{"bad crawl-delay dropped, rest kept", "User-agent: *\nCrawl-delay: soon\nDisallow: /y\n", "/y", false},
		{"comments and CRLF", "# hi\r\nUser-agent: * # all\r\nDisallow: /y # no\r\n", "/y/z", false},
	}
	for _, tt := range tests {
		data, err := robotstxt.FromBytes(normalizeRobots([]byte(tt.robots)))
		if err != nil {
			t.Errorf("%s: parse: %v", tt.name, err)
			continue
		}
		if got := data.FindGroup("Herald").Test(tt.path); got != tt.allowed {
			t.Errorf("%s: %s allowed = %v, want %v", tt.name, tt.path, got, tt.allowed)
		}
	}
}

func TestRobotsStatusPolicy(t *testing.T) {
	tests := []struct {
		code    int
		allowed bool
	}{
		{http.StatusNotFound, true},
		{http.StatusGone, true},
		{http.StatusForbidden, true},
		{http.StatusTooManyRequests, false},
		{http.StatusInternalServerError, false},
		{http.StatusServiceUnavailable, false},
	}
	for _, tt := range tests {
		s := newRawSite(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
			if r.URL.Path == "/robots.txt" {
				w.WriteHeader(tt.code)
				return
			}
			_, _ = w.Write([]byte("ok"))
		})
		f := newTestFetcher(t, testConfig())
		_, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"})
		if tt.allowed && err != nil {
			t.Errorf("robots.txt %d: Get = %v, want allowed", tt.code, err)
		}
		if !tt.allowed {
			var se *StatusError
			if !errors.Is(err, ErrRobotsDisallowed) || !errors.As(err, &se) || se.Code != tt.code {
				t.Errorf("robots.txt %d: Get = %v, want ErrRobotsDisallowed with the status", tt.code, err)
			}
			if s.count("/feed") != 0 {
				t.Errorf("robots.txt %d: page fetched anyway", tt.code)
			}
		}
	}
}

func TestRobotsServerErrorRetriedLater(t *testing.T) {
	var robotsCalls atomic.Int32
	s := newRawSite(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if robotsCalls.Add(1) == 1 {
				w.WriteHeader(http.StatusServiceUnavailable)
				return
			}
			_, _ = w.Write([]byte("User-agent: *\nAllow: /\n"))
			return
		}
		_, _ = w.Write([]byte("ok"))
	})
	clock := newFakeClock()
	cfg := testConfig()
	cfg.Now = clock.Now
	f := newTestFetcher(t, cfg)
	ctx := context.Background()

	for range 2 {
		if _, err := f.Get(ctx, Request{URL: s.URL + "/feed"}); !errors.Is(err, ErrRobotsDisallowed) {
			t.Fatalf("during outage: Get = %v, want ErrRobotsDisallowed", err)
		}
	}
	if n := robotsCalls.Load(); n != 1 {
		t.Fatalf("robots.txt fetched %d times during the retry window, want 1", n)
	}
	clock.Advance(robotsRetryTTL)
	if _, err := f.Get(ctx, Request{URL: s.URL + "/feed"}); err != nil {
		t.Fatalf("after the retry window: %v", err)
	}
	if n := robotsCalls.Load(); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2", n)
	}
}

func TestRobotsUnreachableDisallows(t *testing.T) {
	s := newRawSite(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			// Drop the connection without an answer.
			conn, _, err := w.(http.Hijacker).Hijack()
			if err == nil {
				_ = conn.Close()
			}
			return
		}
		_, _ = w.Write([]byte("ok"))
	})
	f := newTestFetcher(t, testConfig())
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"})
	if !errors.Is(err, ErrRobotsDisallowed) {
		t.Fatalf("Get = %v, want ErrRobotsDisallowed", err)
	}
	if s.count("/feed") != 0 {
		t.Error("page fetched although robots.txt was unreachable")
	}
}

func TestRobotsExpireAfterTTL(t *testing.T) {
	s := newSite(t, "User-agent: *\nDisallow: /x\n", text("ok"))
	clock := newFakeClock()
	cfg := testConfig()
	cfg.Now = clock.Now
	cfg.RobotsTTL = time.Hour
	f := newTestFetcher(t, cfg)
	ctx := context.Background()

	get := func() {
		t.Helper()
		if _, err := f.Get(ctx, Request{URL: s.URL + "/feed"}); err != nil {
			t.Fatal(err)
		}
	}
	get()
	clock.Advance(59 * time.Minute)
	get()
	if n := s.count("/robots.txt"); n != 1 {
		t.Fatalf("robots.txt fetched %d times within the TTL, want 1", n)
	}
	clock.Advance(time.Minute)
	get()
	if n := s.count("/robots.txt"); n != 2 {
		t.Errorf("robots.txt fetched %d times after the TTL, want 2", n)
	}
}

func TestRobotsCheckedOnEveryRedirectHop(t *testing.T) {
	closed := newSiteOn(t, "127.0.0.1:0", "User-agent: Herald\nDisallow: /\n", text("secret"))
	open := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, closed.URL+"/feed", http.StatusMovedPermanently)
	})
	f := newTestFetcher(t, testConfig())
	_, err := f.Get(context.Background(), Request{URL: open.URL + "/feed"})
	if !errors.Is(err, ErrRobotsDisallowed) {
		t.Fatalf("Get = %v, want ErrRobotsDisallowed from the redirect target", err)
	}
	if closed.count("/feed") != 0 {
		t.Error("redirect target fetched against its robots.txt")
	}
}

func TestRobotsTruncatedAtCapStillApplies(t *testing.T) {
	robots := "User-agent: *\nDisallow: /private\n" + strings.Repeat("# padding padding padding\n", robotsMaxBytes/20)
	s := newSite(t, robots, text("ok"))
	f := newTestFetcher(t, testConfig())
	if _, err := f.Get(context.Background(), Request{URL: s.URL + "/private/x"}); !errors.Is(err, ErrRobotsDisallowed) {
		t.Fatalf("Get = %v, want ErrRobotsDisallowed", err)
	}
	if _, err := f.Get(context.Background(), Request{URL: s.URL + "/public"}); err != nil {
		t.Fatalf("Get = %v, want allowed", err)
	}
}

func TestRobotsFetchAbandonedByCallerIsRetried(t *testing.T) {
	var robotsCalls atomic.Int32
	s := newRawSite(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/robots.txt" {
			if robotsCalls.Add(1) == 1 {
				<-r.Context().Done() // first caller gives up before an answer
				return
			}
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write([]byte("ok"))
	})
	f := newTestFetcher(t, testConfig())

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := f.Get(ctx, Request{URL: s.URL + "/feed"})
	if !errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrRobotsDisallowed) {
		t.Fatalf("Get = %v, want the caller's deadline, not a robots verdict", err)
	}
	if _, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"}); err != nil {
		t.Fatalf("second Get = %v", err)
	}
	if n := robotsCalls.Load(); n != 2 {
		t.Errorf("robots.txt fetched %d times, want 2", n)
	}
}

func TestRobotsAgent(t *testing.T) {
	for ua, want := range map[string]string{
		testUA:                  "Herald",
		"Herald":                "Herald",
		"MyReader/2.0 Herald/1": "MyReader",
	} {
		if got := robotsAgent(ua); got != want {
			t.Errorf("robotsAgent(%q) = %q, want %q", ua, got, want)
		}
	}
}
