package web

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"herald/internal/model"
)

// feedFormats are the output feed files and their media types.
var feedFormats = []struct{ file, mediaType, label string }{
	{"feed.rss", "application/rss+xml", "RSS"},
	{"feed.atom", "application/atom+xml", "Atom"},
	{"feed.json", "application/feed+json", "JSON Feed"},
}

// feedLinks are the autodiscovery links for a page whose feeds live at
// base+".rss", ".atom" and ".json".
func (s *Server) feedLinks(base, title string) []feedLink {
	var out []feedLink
	for _, f := range feedFormats {
		out = append(out, feedLink{Title: title + " (" + f.label + ")", Type: f.mediaType,
			Href: base + strings.TrimPrefix(f.file, "feed")})
	}
	return out
}

// outFeed is one output feed before it is written in a format.
type outFeed struct {
	Title       string
	Description string
	PageURL     string // absolute
	SelfURL     string // absolute
	Updated     time.Time
	Items       []feedItem
}

type feedItem struct {
	ID        string // absolute URL of the article page on Herald
	Title     string
	Link      string // the article page on Herald
	Original  string // the publisher's page
	Summary   string
	Authors   []string
	Source    string
	Published time.Time
	Updated   time.Time
	Image     string
}

const feedItems = 50

func (s *Server) buildFeed(r *http.Request, title, desc, pagePath string, arts []model.Article) *outFeed {
	f := &outFeed{Title: title, Description: desc, PageURL: s.absURL(r, pagePath), SelfURL: s.absURL(r, r.URL.RequestURI()),
		Updated: newest(arts)}
	if f.Updated.IsZero() {
		f.Updated = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC) // a feed with no entries yet
	}
	for _, a := range arts {
		link := s.absURL(r, articlePath(a.ID, a.Title))
		it := feedItem{ID: link, Title: a.Title, Link: link, Original: a.URL, Summary: plainText(a.Summary, 600),
			Authors: a.Authors, Source: a.SourceName, Published: articleTime(a), Updated: a.UpdatedAt, Image: a.ImageURL}
		if it.Updated.Before(it.Published) {
			it.Updated = it.Published
		}
		f.Items = append(f.Items, it)
	}
	return f
}

// writeFeed answers with the feed in the format the file name asks for.
func (s *Server) writeFeed(w http.ResponseWriter, r *http.Request, file string, f *outFeed) {
	var body []byte
	var err error
	var ctype string
	switch file {
	case "feed.rss":
		body, err = f.rss()
		ctype = "application/rss+xml; charset=utf-8"
	case "feed.atom":
		body, err = f.atom()
		ctype = "application/atom+xml; charset=utf-8"
	case "feed.json":
		body, err = f.jsonFeed()
		ctype = "application/feed+json; charset=utf-8"
	default:
		s.notFound(w, r)
		return
	}
	if err != nil {
		s.logger.Error("write feed", "path", r.URL.Path, "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=300")
	s.serveBytes(w, r, ctype, body, f.Updated)
}

func isFeedFile(name string) bool {
	return name == "feed.rss" || name == "feed.atom" || name == "feed.json"
}

// homeFeed is /feed.rss, /feed.atom and /feed.json: the latest articles.
// Other one-segment paths that are not feeds are not found.
func (s *Server) homeFeed(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("feed")
	if !isFeedFile(file) {
		s.notFound(w, r)
		return
	}
	arts, err := s.store.LatestArticles(r.Context(), feedItems, 0)
	if err != nil {
		s.pageFail(w, r, "Feed", err)
		return
	}
	s.writeFeed(w, r, file, s.buildFeed(r, s.opts.SiteName+": latest news", "The latest articles from every publisher "+s.opts.SiteName+" follows.", "/", arts))
}

func (s *Server) tagFeed(w http.ResponseWriter, r *http.Request) {
	slug, file := r.PathValue("slug"), r.PathValue("feed")
	if !isFeedFile(file) || !validSlug(slug) {
		s.notFound(w, r)
		return
	}
	tag, err := s.store.Tag(r.Context(), slug)
	if err != nil {
		s.pageFail(w, r, "Tag", err)
		return
	}
	arts, err := s.store.TagArticles(r.Context(), slug, feedItems, 0)
	if err != nil {
		s.pageFail(w, r, "Tag", err)
		return
	}
	s.writeFeed(w, r, file, s.buildFeed(r, s.opts.SiteName+": "+tag.Name, "The latest articles tagged "+tag.Name+".", "/tags/"+url.PathEscape(slug), arts))
}

func (s *Server) sourceFeed(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	file := r.PathValue("feed")
	if !ok || !isFeedFile(file) {
		s.notFound(w, r)
		return
	}
	src, err := s.store.Source(r.Context(), id)
	if err != nil {
		s.pageFail(w, r, "Source", err)
		return
	}
	arts, err := s.store.SourceArticles(r.Context(), id, feedItems, 0)
	if err != nil {
		s.pageFail(w, r, "Source", err)
		return
	}
	name := sourceName(src)
	s.writeFeed(w, r, file, s.buildFeed(r, s.opts.SiteName+": "+name, "The latest articles from "+name+".",
		"/sources/"+strconv.FormatInt(id, 10), arts))
}

// searchFeed follows any search: /search/feed.atom?q=bridge&tag=transport.
func (s *Server) searchFeed(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("feed")
	if !isFeedFile(file) {
		s.notFound(w, r)
		return
	}
	p, err := readSearch(r)
	if err == nil && p.empty() {
		err = errEmptySearch
	}
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "That search feed is not valid", errorText(err)+".")
		return
	}
	hits, err := s.store.Search(r.Context(), p.query(feedItems, 0))
	if err != nil {
		s.pageFail(w, r, "Search", err)
		return
	}
	arts := hitArticles(hits)
	// A feed reader shows newest first; the page ranks by relevance.
	sortNewestFirst(arts)
	s.writeFeed(w, r, file, s.buildFeed(r, s.opts.SiteName+": search "+p.describe(), "Articles matching "+p.describe()+".",
		"/search?"+p.values().Encode(), arts))
}
