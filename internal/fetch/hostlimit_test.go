package fetch

import (
	"context"
	"errors"
	"net/http"
	"slices"
	"sync"
	"testing"
	"time"
)

func TestPerHostConcurrencyNeverExceeded(t *testing.T) {
	var inFlight gauge
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		inFlight.enter()
		defer inFlight.leave()
		time.Sleep(50 * time.Millisecond)
		_, _ = w.Write([]byte("ok"))
	})
	cfg := testConfig()
	cfg.PerHostConcurrency = 2
	f := newTestFetcher(t, cfg)

	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			if _, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	if peak := inFlight.peak.Load(); peak != 2 {
		t.Errorf("peak concurrent requests = %d, want exactly 2 (the limit, reached)", peak)
	}
}

// startTimes records when the server saw each request.
type startTimes struct {
	mu    sync.Mutex
	times []time.Time
}

func (s *startTimes) add() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.times = append(s.times, time.Now())
}

// minGap is the smallest interval between two recorded starts.
func (s *startTimes) minGap() time.Duration {
	s.mu.Lock()
	defer s.mu.Unlock()
	ts := slices.Clone(s.times)
	slices.SortFunc(ts, func(a, b time.Time) int { return a.Compare(b) })
	gap := time.Duration(1<<63 - 1)
	for i := 1; i < len(ts); i++ {
		gap = min(gap, ts[i].Sub(ts[i-1]))
	}
	return gap
}

func TestPerHostDelayBetweenStarts(t *testing.T) {
	const delay = 50 * time.Millisecond
	var starts startTimes
	s := newRawSite(t, "127.0.0.1:0", func(w http.ResponseWriter, r *http.Request) {
		starts.add() // robots.txt counts too
		if r.URL.Path == "/robots.txt" {
			http.NotFound(w, r)
		}
	})
	cfg := testConfig()
	cfg.PerHostDelay = delay
	cfg.PerHostConcurrency = 4 // the delay alone must space them
	f := newTestFetcher(t, cfg)

	begin := time.Now()
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			if _, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"}); err != nil {
				t.Error(err)
			}
		})
	}
	wg.Wait()
	// Five starts (robots.txt and four pages) need four full delays.
	if elapsed := time.Since(begin); elapsed < 4*delay {
		t.Errorf("5 requests took %s, want at least %s", elapsed, 4*delay)
	}
	// Without the delay the starts would be a millisecond apart; the margin
	// absorbs scheduling jitter on a loaded machine.
	if gap := starts.minGap(); gap < delay/2 {
		t.Errorf("smallest gap between starts = %s, want about %s", gap, delay)
	}
}

func TestCrawlDelayRaisesHostDelay(t *testing.T) {
	var starts startTimes
	s := newSite(t, "User-agent: *\nCrawl-delay: 0.1\n", func(w http.ResponseWriter, r *http.Request) {
		starts.add()
	})
	cfg := testConfig()
	cfg.PerHostDelay = 0
	f := newTestFetcher(t, cfg)
	for range 3 {
		if _, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"}); err != nil {
			t.Fatal(err)
		}
	}
	if gap := starts.minGap(); gap < 60*time.Millisecond {
		t.Errorf("smallest gap between page requests = %s, want about 100ms from Crawl-delay", gap)
	}
}

func TestWaitingForHostSlotHonoursContext(t *testing.T) {
	release := make(chan struct{})
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/slow" {
			<-release
		}
	})
	cfg := testConfig()
	cfg.PerHostConcurrency = 1
	f := newTestFetcher(t, cfg)

	// Warm the robots.txt cache so the slow request holds the only slot.
	if _, err := f.Get(context.Background(), Request{URL: s.URL + "/fast"}); err != nil {
		t.Fatal(err)
	}
	slowDone := make(chan error, 1)
	go func() {
		_, err := f.Get(context.Background(), Request{URL: s.URL + "/slow"})
		slowDone <- err
	}()
	for s.count("/slow") == 0 {
		time.Sleep(time.Millisecond)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	if _, err := f.Get(ctx, Request{URL: s.URL + "/fast"}); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("Get while the slot is taken = %v, want deadline exceeded", err)
	}
	close(release)
	if err := <-slowDone; err != nil {
		t.Fatal(err)
	}
	// The abandoned wait must not have kept the slot.
	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Second)
	defer cancel2()
	if _, err := f.Get(ctx2, Request{URL: s.URL + "/fast"}); err != nil {
		t.Fatalf("Get after the slot was freed = %v", err)
	}
}

func TestHostLimitsForgetIdleHosts(t *testing.T) {
	l := newHostLimits(1, time.Now)
	release, err := l.acquire(context.Background(), "a:80", 0)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := l.acquire(ctx, "a:80", 0); !errors.Is(err, context.Canceled) {
		t.Fatalf("acquire with a cancelled context = %v", err)
	}
	release()
	release() // idempotent
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.hosts) != 0 {
		t.Errorf("%d host entries left after all requests ended", len(l.hosts))
	}
}
