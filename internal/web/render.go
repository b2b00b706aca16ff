package web

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"time"
)

//go:embed templates/*.html
var templateFS embed.FS

// page is what the layout needs on every page; each view embeds it.
type page struct {
	SiteName    string
	Title       string // <title> and og:title
	Description string
	Canonical   string // absolute
	OGType      string // "website" or "article"
	OGImage     string
	Published   time.Time // article:published_time
	Feeds       []feedLink
	Theme       string // "", "light" or "dark"
	CSRF        string
	Nav         string // which main section is current
	NoIndex     bool
	CSS, JS     string // versioned asset paths
	Path        string // request path, for return links
	Now         time.Time
}

// feedLink is one autodiscovery link.
type feedLink struct {
	Title, Type, Href string
}

// newPage fills the layout's data for one request.
func (s *Server) newPage(w http.ResponseWriter, r *http.Request, title string) page {
	return page{
		SiteName:  s.opts.SiteName,
		Title:     title,
		Canonical: s.absURL(r, r.URL.Path),
		OGType:    "website",
		Theme:     themeOf(r),
		CSRF:      s.csrfToken(w, r),
		CSS:       s.assets.path("site.css"),
		JS:        s.assets.path("site.js"),
		Path:      r.URL.RequestURI(),
		Now:       s.now(),
	}
}

// parseTemplates parses the layout and partials once, then each page on a
// clone of them, so every page can define its own "content".
func (s *Server) parseTemplates() (map[string]*template.Template, error) {
	base, err := template.New("").Funcs(s.funcs()).ParseFS(templateFS, "templates/_*.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	pages := map[string]*template.Template{}
	for _, name := range names {
		file := path.Base(name)
		if strings.HasPrefix(file, "_") {
			continue
		}
		t, err := base.Clone()
		if err != nil {
			return nil, err
		}
		if _, err := t.ParseFS(templateFS, name); err != nil {
			return nil, err
		}
		pages[file] = t
	}
	return pages, nil
}

// render writes a 200 page with validators from its bytes and modified time.
func (s *Server) render(w http.ResponseWriter, r *http.Request, name string, data any, modified time.Time) {
	body, ok := s.execute(w, name, data)
	if !ok {
		return
	}
	// Pages carry the reader's form token and theme: private, per cookie.
	w.Header().Set("Cache-Control", "private, no-cache")
	w.Header().Add("Vary", "Cookie")
	s.serveBytes(w, r, "text/html; charset=utf-8", body, modified)
}

// renderStatus writes a page with another status, without validators.
func (s *Server) renderStatus(w http.ResponseWriter, r *http.Request, status int, name string, data any) {
	body, ok := s.execute(w, name, data)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	if r.Method != http.MethodHead {
		w.Write(body)
	}
}

func (s *Server) execute(w http.ResponseWriter, name string, data any) ([]byte, bool) {
	t, ok := s.pages[name]
	if !ok {
		s.logger.Error("no such template", "name", name)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return nil, false
	}
	var b bytes.Buffer
	if err := t.ExecuteTemplate(&b, "layout", data); err != nil {
		s.logger.Error("render", "template", name, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return nil, false
	}
	return b.Bytes(), true
}

// absURL makes a site path absolute: from Options.BaseURL, else from the
// request's own host.
func (s *Server) absURL(r *http.Request, p string) string {
	if s.opts.BaseURL != "" {
		return strings.TrimRight(s.opts.BaseURL, "/") + p
	}
	scheme := "http"
	if s.overHTTPS(r) {
		scheme = "https"
	}
	return scheme + "://" + r.Host + p
}
