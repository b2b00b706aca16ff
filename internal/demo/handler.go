package demo

import (
	"html/template"
	"net/http"
	"strings"
	"time"
)

// publisherSite is one publisher's website: its articles indexed by URL and
// its own templates.
type publisherSite struct {
	pub      Publisher
	layout   layout
	base     string    // scheme and host, no trailing slash
	articles []Article // newest first
	byPath   map[string]int
	byCode   map[string]int // short-link code to article
	photos   map[string]Block
	pages    *template.Template
	modified time.Time // newest date on the site; Last-Modified of home and feed
}

// NewHandler returns the website of publisher p serving articles (which
// should be p's own, e.g. Corpus.ByPublisher(p.Key)) with absolute URLs
// under base ("http://127.0.0.2:8080"). It panics if the embedded templates
// do not parse, which the package tests rule out.
func NewHandler(p Publisher, articles []Article, base string) http.Handler {
	s := &publisherSite{
		pub:      p,
		layout:   layoutFor(p),
		base:     strings.TrimSuffix(base, "/"),
		articles: append([]Article(nil), articles...),
		byPath:   make(map[string]int),
		byCode:   make(map[string]int),
		photos:   make(map[string]Block),
	}
	sortNewestFirst(s.articles)
	for i, a := range s.articles {
		s.byPath[s.layout.articlePath(a)] = i
		s.byCode[shortHash(a.ID, 6)] = i
		for _, b := range a.Images() {
			if _, seen := s.photos[b.Img]; !seen {
				s.photos[b.Img] = b
			}
		}
		if m := a.LastModified(); m.After(s.modified) {
			s.modified = m
		}
	}
	s.pages = template.Must(template.New(s.layout.template).Funcs(s.templateFuncs()).
		ParseFS(templatesFS, "templates/"+s.layout.template+".html"))
	return s.routes()
}

// ArticlePath is the URL path (escaped) of article a on publisher p's site.
func ArticlePath(p Publisher, a Article) string {
	return escapePath(layoutFor(p).articlePath(a))
}

// FeedPath is the URL path of publisher p's feed.
func FeedPath(p Publisher) string {
	return layoutFor(p).feedPath
}

// routes reads as the site map of a publisher.
func (s *publisherSite) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.serveHome)
	mux.HandleFunc("GET /section/{section}/{$}", s.serveSection)
	mux.HandleFunc("GET "+exactPattern(s.layout.feedPath), s.serveFeed)
	mux.HandleFunc("GET /robots.txt", s.serveRobots)
	mux.HandleFunc("GET /images/{file}", s.serveImage)
	mux.HandleFunc("GET /static/placeholder.gif", servePlaceholder)
	mux.HandleFunc("GET /static/logo.svg", s.serveLogo)
	mux.HandleFunc("GET /private/", s.serveMembersOnly)
	if s.layout.shortLinks {
		mux.HandleFunc("GET /s/{code}", s.serveShortLink)
	}
	mux.HandleFunc("GET /", s.serveArticle)
	return mux
}

// exactPattern keeps a ServeMux pattern ending in "/" from matching the
// whole subtree.
func exactPattern(path string) string {
	if strings.HasSuffix(path, "/") {
		return path + "{$}"
	}
	return path
}

func (s *publisherSite) abs(path string) string {
	return s.base + escapePath(path)
}

func (s *publisherSite) articleURL(a Article) string {
	return s.abs(s.layout.articlePath(a))
}

func (s *publisherSite) imageURL(id string) string {
	return s.base + "/images/" + escapePath(id) + ".svg"
}

func (s *publisherSite) shortURL(a Article) string {
	return s.base + "/s/" + shortHash(a.ID, 6)
}

func (s *publisherSite) serveArticle(w http.ResponseWriter, r *http.Request) {
	i, ok := s.byPath[r.URL.Path]
	if !ok {
		// Like most CMSs, forgive a missing or extra trailing slash.
		alt := strings.TrimSuffix(r.URL.Path, "/")
		if alt == r.URL.Path {
			alt += "/"
		}
		if j, found := s.byPath[alt]; found {
			http.Redirect(w, r, s.articleURL(s.articles[j]), http.StatusMovedPermanently)
			return
		}
		s.serveNotFound(w, r)
		return
	}
	s.render(w, r, "article", s.articlePage(s.articles[i]), s.articles[i].LastModified())
}

func (s *publisherSite) serveShortLink(w http.ResponseWriter, r *http.Request) {
	i, ok := s.byCode[r.PathValue("code")]
	if !ok {
		s.serveNotFound(w, r)
		return
	}
	http.Redirect(w, r, s.articleURL(s.articles[i]), http.StatusMovedPermanently)
}

func (s *publisherSite) serveHome(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, "home", s.homePage("", s.articles), s.modified)
}

func (s *publisherSite) serveSection(w http.ResponseWriter, r *http.Request) {
	slug := r.PathValue("section")
	var in []Article
	for _, a := range s.articles {
		if sectionSlug(a.Section) == slug {
			in = append(in, a)
		}
	}
	if len(in) == 0 {
		s.serveNotFound(w, r)
		return
	}
	s.render(w, r, "home", s.homePage(in[0].Section, in), s.modified)
}

func (s *publisherSite) serveMembersOnly(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "Subscribers only. Please log in.", http.StatusForbidden)
}

func (s *publisherSite) serveNotFound(w http.ResponseWriter, r *http.Request) {
	http.Error(w, "404 page not found - "+s.pub.Name, http.StatusNotFound)
}

func (s *publisherSite) serveRobots(w http.ResponseWriter, r *http.Request) {
	robots := "# robots.txt for " + s.pub.Name + "\n" +
		"User-agent: *\n" +
		"Disallow: /private/\n" +
		"Disallow: /search\n" +
		"Disallow: /account/\n" +
		"Allow: /\n\n" +
		"User-agent: GPTBot\n" +
		"Disallow: /\n"
	serveBody(w, r, "text/plain; charset=utf-8", []byte(robots), time.Time{})
}
