package fetch

import (
	"context"
	"errors"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestConditionalGetNotModified(t *testing.T) {
	const etag = `"v1"`
	const lastMod = "Sun, 01 Mar 2026 10:00:00 GMT"
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		w.Header().Set("Last-Modified", lastMod)
		w.Header().Set("Cache-Control", "public, max-age=600")
		_, _ = w.Write([]byte("<rss/>"))
	})
	f := newTestFetcher(t, testConfig())
	ctx := context.Background()

	first, err := f.Get(ctx, Request{URL: s.URL + "/feed"})
	if err != nil {
		t.Fatal(err)
	}
	if first.NotModified || string(first.Body) != "<rss/>" || first.ETag != etag || first.LastModified != lastMod {
		t.Fatalf("first response = %+v", first)
	}
	if first.MaxAge != 10*time.Minute {
		t.Errorf("MaxAge = %s, want 10m", first.MaxAge)
	}

	second, err := f.Get(ctx, Request{URL: s.URL + "/feed", ETag: first.ETag, LastModified: first.LastModified})
	if err != nil {
		t.Fatal(err)
	}
	if !second.NotModified || second.StatusCode != http.StatusNotModified || len(second.Body) != 0 {
		t.Fatalf("second response = %+v, want 304 NotModified", second)
	}
	// The 304 carried no validators; the request's must come back.
	if second.ETag != etag || second.LastModified != lastMod {
		t.Errorf("validators after 304 = %q %q", second.ETag, second.LastModified)
	}
}

func TestIfModifiedSinceSent(t *testing.T) {
	const lastMod = "Sun, 01 Mar 2026 10:00:00 GMT"
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("If-Modified-Since") == lastMod && r.Header.Get("If-None-Match") == "" {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		_, _ = w.Write([]byte("fresh"))
	})
	f := newTestFetcher(t, testConfig())
	resp, err := f.Get(context.Background(), Request{URL: s.URL, LastModified: lastMod})
	if err != nil {
		t.Fatal(err)
	}
	if !resp.NotModified {
		t.Fatalf("want 304, got %d %q", resp.StatusCode, resp.Body)
	}
}

func TestUserAgentAndAcceptSent(t *testing.T) {
	var gotAccept string
	s := newSite(t, "User-agent: *\nDisallow: /private\n", func(w http.ResponseWriter, r *http.Request) {
		gotAccept = r.Header.Get("Accept")
	})
	f := newTestFetcher(t, testConfig())
	if _, err := f.Get(context.Background(), Request{URL: s.URL + "/x", Accept: "application/rss+xml"}); err != nil {
		t.Fatal(err)
	}
	if got, robots := s.agent("/x"), s.agent("/robots.txt"); got != testUA || robots != testUA {
		t.Errorf("User-Agent = %q (robots.txt: %q), want %q", got, robots, testUA)
	}
	if gotAccept != "application/rss+xml" {
		t.Errorf("Accept = %q", gotAccept)
	}
}

func TestStatusErrorRetryAfter(t *testing.T) {
	clock := newFakeClock()
	retryAt := clock.Now().Add(90 * time.Second).Format(http.TimeFormat)
	tests := []struct {
		name       string
		code       int
		retryAfter string
		want       time.Duration
	}{
		{"429 seconds", http.StatusTooManyRequests, "120", 2 * time.Minute},
		{"429 http-date", http.StatusTooManyRequests, retryAt, 90 * time.Second},
		{"503 seconds", http.StatusServiceUnavailable, "30", 30 * time.Second},
		{"503 http-date", http.StatusServiceUnavailable, retryAt, 90 * time.Second},
		{"503 date in the past", http.StatusServiceUnavailable, "Sun, 01 Mar 2026 11:00:00 GMT", 0},
		{"503 garbage", http.StatusServiceUnavailable, "soon", 0},
		{"404 ignores Retry-After", http.StatusNotFound, "120", 0},
		{"500 ignores Retry-After", http.StatusInternalServerError, "120", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
				w.Header().Set("Retry-After", tt.retryAfter)
				w.WriteHeader(tt.code)
			})
			cfg := testConfig()
			cfg.Now = clock.Now
			f := newTestFetcher(t, cfg)
			resp, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"})
			var se *StatusError
			if !errors.As(err, &se) {
				t.Fatalf("Get = %v, %v; want *StatusError", resp, err)
			}
			if se.Code != tt.code || se.RetryAfter != tt.want {
				t.Errorf("StatusError = %+v, want code %d retry %s", se, tt.code, tt.want)
			}
		})
	}
}

func TestUnsupportedSchemeRefused(t *testing.T) {
	f := newTestFetcher(t, testConfig())
	for _, raw := range []string{"file:///etc/passwd", "ftp://example.com/feed.xml", "gopher://example.com/", "javascript:alert(1)"} {
		_, err := f.Get(context.Background(), Request{URL: raw})
		if !errors.Is(err, ErrUnsupportedScheme) {
			t.Errorf("Get(%q) = %v, want ErrUnsupportedScheme", raw, err)
		}
	}
}

func TestServerThatNeverAnswersTimesOut(t *testing.T) {
	release := make(chan struct{})
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	})
	defer close(release)
	cfg := testConfig()
	cfg.Timeout = 300 * time.Millisecond
	f := newTestFetcher(t, cfg)

	start := time.Now()
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/slow"})
	elapsed := time.Since(start)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get = %v, want a deadline error", err)
	}
	if !strings.Contains(err.Error(), "within 300ms") {
		t.Errorf("error %q does not say what timed out", err)
	}
	if elapsed > cfg.Timeout+time.Second {
		t.Errorf("took %s with Timeout %s", elapsed, cfg.Timeout)
	}
}

func TestSlowBodyCountsAgainstTimeout(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", "1000")
		_, _ = w.Write([]byte("partial"))
		w.(http.Flusher).Flush()
		<-r.Context().Done()
	})
	cfg := testConfig()
	cfg.Timeout = 300 * time.Millisecond
	f := newTestFetcher(t, cfg)

	start := time.Now()
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/trickle"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get = %v, want a deadline error", err)
	}
	if elapsed := time.Since(start); elapsed > cfg.Timeout+time.Second {
		t.Errorf("took %s with Timeout %s", elapsed, cfg.Timeout)
	}
}

func TestCallerCancellation(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) { <-r.Context().Done() })
	f := newTestFetcher(t, testConfig())
	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	_, err := f.Get(ctx, Request{URL: s.URL + "/hang"})
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get = %v, want caller's deadline", err)
	}
}

func TestFreshness(t *testing.T) {
	now := time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)
	at := func(d time.Duration) string { return now.Add(d).Format(http.TimeFormat) }
	tests := []struct {
		name   string
		header http.Header
		want   time.Duration
	}{
		{"none", http.Header{}, 0},
		{"max-age", http.Header{"Cache-Control": {"public, max-age=300"}}, 5 * time.Minute},
		{"max-age beats Expires", http.Header{"Cache-Control": {"max-age=60"}, "Expires": {at(time.Hour)}}, time.Minute},
		{"no-cache", http.Header{"Cache-Control": {"no-cache, max-age=300"}}, 0},
		{"Expires from now", http.Header{"Expires": {at(time.Hour)}}, time.Hour},
		{"Expires from Date", http.Header{"Expires": {at(time.Hour)}, "Date": {at(30 * time.Minute)}}, 30 * time.Minute},
		{"Expires past", http.Header{"Expires": {at(-time.Hour)}}, 0},
		{"Expires invalid", http.Header{"Expires": {"0"}}, 0},
	}
	for _, tt := range tests {
		if got := freshness(tt.header, now); got != tt.want {
			t.Errorf("%s: freshness = %s, want %s", tt.name, got, tt.want)
		}
	}
}
