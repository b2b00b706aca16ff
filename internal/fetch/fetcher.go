// Package fetch is Herald's only door to the network: every feed, article
// page and robots.txt is downloaded through a Fetcher, which sends an honest
// User-Agent, honours robots.txt, limits and spaces requests per host,
// refuses to connect to non-public addresses, caps body sizes (also after
// decompression) and supports conditional GET.
package fetch

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"net/url"
	"strings"
	"sync"
	"time"
)

// Request describes one download. ETag and LastModified come from the
// previous Response for the same URL and turn the request into a
// conditional GET.
type Request struct {
	URL          string
	ETag         string
	LastModified string
	Accept       string // Accept header; empty means "*/*"
}

// Response is a successful (2xx) or not-modified (304) reply.
type Response struct {
	URL         string // final URL after redirects
	StatusCode  int
	NotModified bool   // 304: Body is empty, keep the previous copy
	Body        []byte // decompressed but not charset-converted; see ToUTF8
	ContentType string
	// ETag and LastModified are the validators to send next time. A 304
	// that omits them repeats the ones from the Request.
	ETag         string
	LastModified string
	// MaxAge is how long the server says the response stays fresh, from
	// Cache-Control max-age or else Expires; 0 if it says nothing.
	MaxAge time.Duration
	Header http.Header
}

// Fetcher downloads politely. It is safe for concurrent use; all its state
// (connection pool, per-host limits, robots.txt cache) lives in the value, so
// two Fetchers do not coordinate with each other.
type Fetcher struct {
	cfg    Config
	agent  string // robots.txt product token, e.g. "Herald"
	client *http.Client
	hosts  *hostLimits

	robotsMu sync.Mutex
	robots   map[string]*robotsEntry // by origin, scheme://host:port
}

// New returns a Fetcher for cfg; zero fields take DefaultConfig values.
func New(cfg Config) *Fetcher {
	allow := isPublicAddr
	if cfg.AllowPrivate {
		allow = func(netip.Addr) bool { return true }
	}
	return newFetcher(cfg, allow)
}

// newFetcher takes the address predicate separately so tests can play a
// "public" host on one loopback address while the guard still refuses
// another, exercising the real dial-time check.
func newFetcher(cfg Config, allowAddr func(netip.Addr) bool) *Fetcher {
	cfg = cfg.withDefaults()
	dialer := &net.Dialer{
		Timeout:   cfg.ConnectTimeout,
		KeepAlive: 30 * time.Second,
		Control:   dialControl(allowAddr),
	}
	transport := &http.Transport{
		// No proxy: through a proxy the guard would vet the proxy's address,
		// not the target's.
		Proxy:                 nil,
		DialContext:           dialer.DialContext,
		ForceAttemptHTTP2:     true,
		TLSHandshakeTimeout:   cfg.ConnectTimeout,
		DisableCompression:    true, // readBody decodes, so it can cap the decoded size
		MaxIdleConns:          100,
		MaxIdleConnsPerHost:   cfg.PerHostConcurrency,
		IdleConnTimeout:       90 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &Fetcher{
		cfg:   cfg,
		agent: robotsAgent(cfg.UserAgent),
		client: &http.Client{
			Transport: transport,
			// Redirects are followed by Get itself, so that every hop goes
			// through the scheme check, robots.txt and the per-host limits.
			CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
		},
		hosts:  newHostLimits(cfg.PerHostConcurrency, time.Now),
		robots: make(map[string]*robotsEntry),
	}
}

// Close releases idle connections. The Fetcher stays usable.
func (f *Fetcher) Close() {
	f.client.CloseIdleConnections()
}

// Get downloads req.URL, following redirects. It returns a Response for 2xx
// and 304 statuses and a *StatusError for any other final status; see the
// package's Err* values for the other ways it refuses or fails.
func (f *Fetcher) Get(ctx context.Context, req Request) (*Response, error) {
	u, err := parseTarget(req.URL)
	if err != nil {
		return nil, err
	}
	header := f.requestHeader(req)
	final, rep, err := f.follow(ctx, u, header, bodyLimit{max: f.cfg.MaxBodyBytes}, f.checkRobots)
	if err != nil {
		return nil, fmt.Errorf("fetch %s: %w", u.Redacted(), err)
	}
	resp := rep.resp
	out := &Response{
		URL:          final.String(),
		StatusCode:   resp.StatusCode,
		ContentType:  resp.Header.Get("Content-Type"),
		ETag:         resp.Header.Get("ETag"),
		LastModified: resp.Header.Get("Last-Modified"),
		MaxAge:       freshness(resp.Header, f.cfg.Now()),
		Header:       resp.Header,
	}
	switch {
	case resp.StatusCode == http.StatusNotModified:
		out.NotModified = true
		out.ETag = firstNonEmpty(out.ETag, req.ETag)
		out.LastModified = firstNonEmpty(out.LastModified, req.LastModified)
		return out, nil
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		out.Body = rep.body
		return out, nil
	default:
		return nil, fmt.Errorf("fetch %s: %w", final.Redacted(), newStatusError(resp, f.cfg.Now()))
	}
}

func (f *Fetcher) requestHeader(req Request) http.Header {
	h := make(http.Header)
	h.Set("User-Agent", f.cfg.UserAgent)
	h.Set("Accept", firstNonEmpty(req.Accept, "*/*"))
	h.Set("Accept-Encoding", acceptEncoding)
	if req.ETag != "" {
		h.Set("If-None-Match", req.ETag)
	}
	if req.LastModified != "" {
		h.Set("If-Modified-Since", req.LastModified)
	}
	return h
}

// parseTarget accepts absolute http and https URLs only.
func parseTarget(raw string) (*url.URL, error) {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return nil, fmt.Errorf("fetch: parse URL: %w", err)
	}
	if err := checkScheme(u); err != nil {
		return nil, err
	}
	return u, nil
}

func checkScheme(u *url.URL) error {
	switch strings.ToLower(u.Scheme) {
	case "http", "https":
	default:
		return fmt.Errorf("%w: %q in %s", ErrUnsupportedScheme, u.Scheme, u.Redacted())
	}
	if u.Host == "" {
		return fmt.Errorf("fetch: URL %s has no host", u.Redacted())
	}
	return nil
}

// hostKey names the server a request goes to, for the per-host limits.
func hostKey(u *url.URL) string {
	port := u.Port()
	if port == "" {
		port = "80"
		if strings.EqualFold(u.Scheme, "https") {
			port = "443"
		}
	}
	return net.JoinHostPort(strings.ToLower(u.Hostname()), port)
}

// firstNonEmpty returns the first non-empty string.
func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}
