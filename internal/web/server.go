// Package web serves Herald's reader site and its JSON API. Routes are
// listed in one place, routes.go; each handler lives in its own file.
package web

import (
	"embed"
	"html/template"
	"log/slog"
	"net/http"
	"time"

	"herald/internal/store"
)

//go:embed templates/*.html
var templateFS embed.FS

// Server holds what handlers need. It has no global state: tests build
// their own with their own store and clock.
type Server struct {
	store     store.Store
	now       func() time.Time
	logger    *slog.Logger
	templates *template.Template
}

// New builds a Server; now nil means time.Now.
func New(st store.Store, now func() time.Time, logger *slog.Logger) (*Server, error) {
	if now == nil {
		now = time.Now
	}
	if logger == nil {
		logger = slog.Default()
	}
	s := &Server{store: st, now: now, logger: logger}
	t, err := template.New("").Funcs(template.FuncMap{"ago": s.ago}).ParseFS(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	s.templates = t
	return s, nil
}

// Handler returns the site with its middleware.
func (s *Server) Handler() http.Handler {
	return s.securityHeaders(s.recoverPanics(s.routes()))
}

func (s *Server) securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' https: data:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'")
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
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
