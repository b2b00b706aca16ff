package fetch

import (
	"log/slog"
	"time"
)

// Config tunes a Fetcher. Fields left at their zero value take the value from
// DefaultConfig, except AllowPrivate and PerHostDelay, whose zero values are
// meaningful (private targets refused; no delay). A negative MaxRedirects
// means redirects are not followed.
type Config struct {
	// UserAgent is sent on every request. Its first product token (the text
	// before the first "/") is also the agent name matched against
	// robots.txt groups.
	UserAgent string
	// ConnectTimeout bounds dialing and the TLS handshake.
	ConnectTimeout time.Duration
	// Timeout bounds one HTTP exchange: sending the request, waiting for the
	// response and reading the whole body. Each redirect hop and each
	// robots.txt fetch gets its own Timeout; time spent queueing for a
	// per-host slot is bounded only by the caller's context.
	Timeout time.Duration
	// MaxBodyBytes caps the body both as sent on the wire and after
	// decompression.
	MaxBodyBytes int64
	// MaxRedirects is the number of redirects followed before giving up.
	MaxRedirects int
	// AllowPrivate lets the Fetcher connect to loopback, private and other
	// non-public addresses. Only for demos, tests and operators who know
	// their sources live on their own network.
	AllowPrivate bool
	// PerHostConcurrency is the maximum number of simultaneous requests to
	// one host (host name and port).
	PerHostConcurrency int
	// PerHostDelay is the minimum time between the starts of two requests to
	// one host. A robots.txt Crawl-delay raises it for that host.
	PerHostDelay time.Duration
	// RobotsTTL is how long a successfully fetched robots.txt is trusted.
	RobotsTTL time.Duration
	// Now is the clock used for robots.txt expiry, Retry-After and Expires.
	// Nil means time.Now.
	Now func() time.Time
	// Logger receives debug records for each exchange and warnings about
	// unusable robots.txt files. Nil discards them.
	Logger *slog.Logger
}

// DefaultConfig returns settings suitable for polling news feeds politely.
func DefaultConfig() Config {
	return Config{
		UserAgent:          "Herald/0.1 (+https://github.com/herald; self-hosted news aggregator)",
		ConnectTimeout:     10 * time.Second,
		Timeout:            30 * time.Second,
		MaxBodyBytes:       10 << 20,
		MaxRedirects:       5,
		PerHostConcurrency: 2,
		PerHostDelay:       time.Second,
		RobotsTTL:          24 * time.Hour,
	}
}

func (c Config) withDefaults() Config {
	d := DefaultConfig()
	if c.UserAgent == "" {
		c.UserAgent = d.UserAgent
	}
	if c.ConnectTimeout <= 0 {
		c.ConnectTimeout = d.ConnectTimeout
	}
	if c.Timeout <= 0 {
		c.Timeout = d.Timeout
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = d.MaxBodyBytes
	}
	switch {
	case c.MaxRedirects == 0:
		c.MaxRedirects = d.MaxRedirects
	case c.MaxRedirects < 0:
		c.MaxRedirects = 0
	}
	if c.PerHostConcurrency <= 0 {
		c.PerHostConcurrency = d.PerHostConcurrency
	}
	if c.PerHostDelay < 0 {
		c.PerHostDelay = 0
	}
	if c.RobotsTTL <= 0 {
		c.RobotsTTL = d.RobotsTTL
	}
	if c.Now == nil {
		c.Now = time.Now
	}
	if c.Logger == nil {
		c.Logger = slog.New(slog.DiscardHandler)
	}
	return c
}
