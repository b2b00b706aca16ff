package fetch

import (
	"net"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

const testUA = "Herald/0.1 (+https://github.com/herald; self-hosted news aggregator)"

// testConfig is fast and lets the Fetcher reach loopback servers.
func testConfig() Config {
	return Config{
		UserAgent:          testUA,
		ConnectTimeout:     time.Second,
		Timeout:            2 * time.Second,
		MaxBodyBytes:       1 << 20,
		MaxRedirects:       3,
		AllowPrivate:       true,
		PerHostConcurrency: 4,
		RobotsTTL:          time.Hour,
	}
}

func newTestFetcher(t *testing.T, cfg Config) *Fetcher {
	t.Helper()
	f := New(cfg)
	t.Cleanup(f.Close)
	return f
}

// site is a loopback test server that records requests per path. newSite
// answers /robots.txt with the given text (404 if empty).
type site struct {
	*httptest.Server
	mu     sync.Mutex
	hits   map[string]int
	agents map[string]string // last User-Agent per path
}

func (s *site) agent(path string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.agents[path]
}

func (s *site) count(path string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.hits[path]
}

func newSite(t *testing.T, robots string, h http.HandlerFunc) *site {
	return newSiteOn(t, "127.0.0.1:0", robots, h)
}

func newSiteOn(t *testing.T, addr, robots string, h http.HandlerFunc) *site {
	return newRawSite(t, addr, func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path != "/robots.txt" {
			h(w, r)
			return
		}
		if robots == "" {
			http.NotFound(w, r)
			return
		}
		_, _ = w.Write([]byte(robots))
	})
}

// newRawSite is a site whose handler also answers /robots.txt.
func newRawSite(t *testing.T, addr string, h http.HandlerFunc) *site {
	t.Helper()
	s := &site{hits: make(map[string]int), agents: make(map[string]string)}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatalf("listen %s: %v", addr, err)
	}
	s.Server = &httptest.Server{
		Listener: ln,
		Config: &http.Server{Handler: http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			s.mu.Lock()
			s.hits[r.URL.Path]++
			s.agents[r.URL.Path] = r.UserAgent()
			s.mu.Unlock()
			h(w, r)
		})},
	}
	s.Start()
	t.Cleanup(s.Close)
	return s
}

func text(body string) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte(body))
	}
}

// onlyAddr is a guard predicate admitting a single address, so a server on
// 127.0.0.2 can play a public host while 127.0.0.1 stays blocked.
func onlyAddr(allowed string) func(netip.Addr) bool {
	want := netip.MustParseAddr(allowed)
	return func(a netip.Addr) bool { return a.Unmap() == want }
}

// fakeClock is a settable Config.Now.
type fakeClock struct {
	mu  sync.Mutex
	now time.Time
}

func newFakeClock() *fakeClock {
	return &fakeClock{now: time.Date(2026, 3, 1, 12, 0, 0, 0, time.UTC)}
}

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = c.now.Add(d)
}

// gauge tracks the current and highest number of concurrent holders.
type gauge struct {
	cur, peak atomic.Int64
}

func (g *gauge) enter() {
	n := g.cur.Add(1)
	for {
		p := g.peak.Load()
		if n <= p || g.peak.CompareAndSwap(p, n) {
			return
		}
	}
}

func (g *gauge) leave() { g.cur.Add(-1) }
