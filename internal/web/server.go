// Package web serves Herald's reader site, its output feeds and its JSON
// API. Routes are listed in one place, routes.go; each page and API
// resource lives in its own file.
package web

import (
	"context"
	"fmt"
	"html/template"
	"log/slog"
	"net/http"
	"net/netip"
	"sync"
	"time"

	"herald/internal/store"
)

// Citation is one sentence of an article that supports an answer.
// SentenceIndex counts the article's sentences from 0, in text order.
type Citation struct {
	SentenceIndex int    `json:"sentence_index"`
	Text          string `json:"text"`
	Speaker       string `json:"speaker,omitempty"` // who speaks, when Text quotes without naming them
}

// Asker answers a reader's question about one article with the sentences
// that answer it; an empty slice means the article does not say.
type Asker interface {
	Ask(ctx context.Context, articleID int64, question string) ([]Citation, error)
}

// Options are the optional parts of a Server. The zero value is usable.
type Options struct {
	// Asker answers "ask about this article"; nil shows the box as
	// unavailable and makes the API answer 501.
	Asker Asker
	// BaseURL is the site's public address ("https://news.example"), used in
	// feeds, sitemaps and canonical links; empty means the request's host.
	BaseURL string
	// SiteName names the site in titles and feeds; default "Herald".
	SiteName string
	// PostRate and PostBurst bound POST requests per client IP (a token
	// bucket): PostRate tokens a second, at most PostBurst saved up.
	// Defaults 0.2 (12 a minute) and 10.
	PostRate  float64
	PostBurst int
	// TrustedProxies are the reverse proxies whose X-Forwarded-For names
	// the client; empty means clients connect directly.
	TrustedProxies []netip.Prefix
	// TopStoriesWindow is how far back the home page looks for top
	// stories; default 72 hours.
	TopStoriesWindow time.Duration
	// AdminToken enables the operator's API actions (re-extraction), sent
	// as "Authorization: Bearer TOKEN"; empty disables them.
	AdminToken string
}

// Server holds what handlers need. It has no global state: tests build
// their own with their own store and clock.
type Server struct {
	store   store.Store
	now     func() time.Time
	logger  *slog.Logger
	opts    Options
	pages   map[string]*template.Template
	assets  *assets
	limiter *rateLimiter
	api     *apiIndex

	gzipWriters sync.Pool // *gzip.Writer, reused across responses
}

// New builds a Server; now nil means time.Now, logger nil slog.Default.
// At most one Options is read.
func New(st store.Store, now func() time.Time, logger *slog.Logger, opts ...Options) (*Server, error) {
	if now == nil {
		now = time.Now
	}
	if logger == nil {
		logger = slog.Default()
	}
	var o Options
	if len(opts) > 0 {
		o = opts[0]
	}
	if o.SiteName == "" {
		o.SiteName = "Herald"
	}
	if o.PostRate <= 0 {
		o.PostRate = 0.2
	}
	if o.PostBurst <= 0 {
		o.PostBurst = 10
	}
	if o.TopStoriesWindow <= 0 {
		o.TopStoriesWindow = 72 * time.Hour
	}
	s := &Server{store: st, now: now, logger: logger, opts: o}
	a, err := loadAssets()
	if err != nil {
		return nil, fmt.Errorf("web assets: %w", err)
	}
	s.assets = a
	if s.pages, err = s.parseTemplates(); err != nil {
		return nil, fmt.Errorf("web templates: %w", err)
	}
	s.limiter = newRateLimiter(o.PostRate, o.PostBurst, now)
	s.api = s.newAPIIndex()
	return s, nil
}

// Handler returns the site with its middleware.
func (s *Server) Handler() http.Handler {
	cop := http.NewCrossOriginProtection()
	cop.SetDenyHandler(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		s.fail(w, r, http.StatusForbidden, "cross_origin", "Cross-origin requests that change state are refused.")
	}))
	return s.securityHeaders(s.recoverPanics(s.limitPosts(cop.Handler(s.routes()))))
}

func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		// Publisher images are hot-linked from wherever they live; nothing
		// else loads from outside, and no inline script or style runs.
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' https: http: data:; style-src 'self'; script-src 'self'; "+
			"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

func (s *Server) recoverPanics(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				s.logger.Error("handler panic", "path", r.URL.Path, "panic", v)
				http.Error(w, "internal error", http.StatusInternalServerError)
			}
		}()
		next.ServeHTTP(w, r)
	})
}
