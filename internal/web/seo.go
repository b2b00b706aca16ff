package web

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// robots lets crawlers read pages but not the API, searches or forms, and
// points them at the sitemaps.
func (s *Server) robots(w http.ResponseWriter, r *http.Request) {
	body := "User-agent: *\nDisallow: /api/\nDisallow: /search\nAllow: /\n\n" +
		"Sitemap: " + s.absURL(r, "/sitemap.xml") + "\nSitemap: " + s.absURL(r, "/sitemap-news.xml") + "\n"
	w.Header().Set("Cache-Control", "public, max-age=3600")
	s.serveBytes(w, r, "text/plain; charset=utf-8", []byte(body), time.Time{})
}

type urlSet struct {
	XMLName xml.Name     `xml:"urlset"`
	NS      string       `xml:"xmlns,attr"`
	News    string       `xml:"xmlns:news,attr,omitempty"`
	URLs    []sitemapURL `xml:"url"`
}

type sitemapURL struct {
	Loc     string       `xml:"loc"`
	LastMod string       `xml:"lastmod,omitempty"`
	News    *sitemapNews `xml:"news:news,omitempty"`
}

type sitemapNews struct {
	Publication struct {
		Name     string `xml:"news:name"`
		Language string `xml:"news:language"`
	} `xml:"news:publication"`
	Date  string `xml:"news:publication_date"`
	Title string `xml:"news:title"`
}

const sitemapArticles = 1000

// sitemap lists the front page, sources, tags, stories and recent
// articles, each with its last change.
func (s *Server) sitemap(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	now := s.now()
	set := urlSet{NS: "http://www.sitemaps.org/schemas/sitemap/0.9"}
	add := func(path string, t time.Time) {
		u := sitemapURL{Loc: s.absURL(r, path)}
		if !t.IsZero() {
			u.LastMod = t.UTC().Format(time.RFC3339)
		}
		set.URLs = append(set.URLs, u)
	}
	arts, err := s.store.LatestArticles(ctx, sitemapArticles, 0)
	if err != nil {
		s.pageFail(w, r, "Sitemap", err)
		return
	}
	add("/", newest(arts))
	srcs, err := s.store.Sources(ctx)
	if err != nil {
		s.pageFail(w, r, "Sitemap", err)
		return
	}
	for _, src := range srcs {
		add("/sources/"+strconv.FormatInt(src.ID, 10), src.LastCheckedAt)
	}
	if tags, err := s.store.TopTags(ctx, tagIndexSince(now), 200); err == nil {
		for _, t := range tags {
			add("/tags/"+url.PathEscape(t.Slug), time.Time{}) // a <loc> is a URI: Arabic slugs percent-encoded
		}
	}
	if stories, err := s.store.TopStories(ctx, now.AddDate(0, -1, 0), now, 500); err == nil {
		for _, st := range stories {
			add(storyPath(st.ID), st.UpdatedAt)
		}
	}
	for _, a := range arts {
		set.URLs = append(set.URLs, sitemapURL{Loc: s.absURL(r, articlePath(a.ID, a.Title)), LastMod: lastChange(a.PublishedAt, a.UpdatedAt)})
	}
	s.writeSitemap(w, r, set, newest(arts))
}

func lastChange(published, updated time.Time) string {
	t := published
	if updated.After(t) {
		t = updated
	}
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// newsSitemap lists the articles of the last two days, as news sitemaps
// require, with their publisher and language.
func (s *Server) newsSitemap(w http.ResponseWriter, r *http.Request) {
	arts, err := s.store.LatestArticles(r.Context(), sitemapArticles, 0)
	if err != nil {
		s.pageFail(w, r, "Sitemap", err)
		return
	}
	set := urlSet{NS: "http://www.sitemaps.org/schemas/sitemap/0.9", News: "http://www.google.com/schemas/sitemap-news/0.9"}
	cutoff := s.now().Add(-48 * time.Hour)
	for _, a := range arts {
		t := articleTime(a)
		if t.Before(cutoff) {
			break
		}
		n := &sitemapNews{Date: t.UTC().Format(time.RFC3339), Title: a.Title}
		n.Publication.Name = firstNonEmpty(a.SourceName, s.opts.SiteName)
		n.Publication.Language = firstNonEmpty(a.Language, "en")
		set.URLs = append(set.URLs, sitemapURL{Loc: s.absURL(r, articlePath(a.ID, a.Title)), News: n})
	}
	s.writeSitemap(w, r, set, newest(arts))
}

func (s *Server) writeSitemap(w http.ResponseWriter, r *http.Request, set urlSet, mod time.Time) {
	body, err := marshalXML(set)
	if err != nil {
		s.logger.Error("sitemap", "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=600")
	s.serveBytes(w, r, "application/xml; charset=utf-8", body, mod)
}
