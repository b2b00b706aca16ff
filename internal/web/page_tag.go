package web

import (
	"context"
	"errors"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"herald/internal/enrich"
	"herald/internal/model"
)

type tagView struct {
	page
	Tag      model.Tag
	Articles []card
	Next     string
	// Neighbours are the tags the same stories carry in their other
	// articles: the topic in other words, or other languages.
	Neighbours []model.Tag
}

const listPerPage = 30

// beforeParam reads a listing's ?before=ID (0 when absent), answering a
// bad value with an error page.
func (s *Server) beforeParam(w http.ResponseWriter, r *http.Request) (int, bool) {
	before, err := intParam(r, "before", 0, 1, 1<<62)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "That page number is not valid",
			"The before= parameter must be an article number. Start again from the first page.")
		return 0, false
	}
	return before, true
}

// tagPage lists a hashtag's articles, newest first.
func (s *Server) tagPage(w http.ResponseWriter, r *http.Request) {
	slug := r.PathValue("slug")
	if !validSlug(slug) {
		s.errorPage(w, r, http.StatusNotFound, "Tag not found", "Tag addresses use lower-case words joined by hyphens, like /tags/port-calder.")
		return
	}
	before, ok := s.beforeParam(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	tag, err := s.store.Tag(ctx, slug)
	if err != nil {
		if k := s.storedTagSlug(ctx, slug, err); k != "" {
			redirectQuery(w, r, "/tags/"+url.PathEscape(k))
			return
		}
		s.pageFail(w, r, "Tag", err)
		return
	}
	arts, err := s.store.TagArticles(ctx, slug, listPerPage, int64(before))
	if err != nil {
		s.pageFail(w, r, "Tag", err)
		return
	}
	v := &tagView{page: s.newPage(w, r, tag.Name+" · "+s.opts.SiteName), Tag: *tag, Articles: toCards(arts, 220)}
	if before == 0 {
		v.Neighbours = s.tagNeighbours(ctx, slug)
	}
	v.Nav = "tags"
	v.Description = "The latest articles tagged " + tag.Name + "."
	v.Feeds = s.feedLinks("/tags/"+slug+"/feed", s.opts.SiteName+": "+tag.Name)
	if before > 0 {
		v.Canonical = s.absURL(r, "/tags/"+slug+"?before="+strconv.Itoa(before))
	}
	if len(arts) == listPerPage {
		v.Next = "/tags/" + slug + "?before=" + strconv.FormatInt(arts[len(arts)-1].ID, 10)
	}
	s.render(w, r, "tag.html", v, newest(arts))
}

type tagsView struct {
	page
	Tags []model.Tag
}

// tagIndexDays is the window of the hashtag index, on the page and in
// the API alike, so that both give a tag the same count. A month rather
// than a week: the count then matches the tag's own page for any tag
// whose articles are all recent, which is what a reader checks.
const tagIndexDays = 30

// tagIndexSince is the start of the hashtag index's window.
func tagIndexSince(now time.Time) time.Time { return now.AddDate(0, 0, -tagIndexDays) }

// tagsPage lists the most used hashtags of the last month.
func (s *Server) tagsPage(w http.ResponseWriter, r *http.Request) {
	tags, err := s.store.TopTags(r.Context(), tagIndexSince(s.now()), 200)
	if err != nil {
		s.pageFail(w, r, "Page", err)
		return
	}
	v := &tagsView{page: s.newPage(w, r, "Hashtags · "+s.opts.SiteName), Tags: tags}
	v.Nav = "tags"
	v.Description = "The hashtags Herald found in the last month's articles."
	s.render(w, r, "tags.html", v, s.now().Truncate(time.Minute))
}

// tagNeighbours are the tags of the stories tag slug's articles are in,
// without counts (theirs count stories, the chips elsewhere articles).
func (s *Server) tagNeighbours(ctx context.Context, slug string) []model.Tag {
	tags, err := s.store.TagNeighbours(ctx, slug, 8)
	if err != nil {
		s.logger.Warn("tag neighbours", "slug", slug, "error", err)
	}
	for i := range tags {
		tags[i].Count = 0
	}
	return tags
}

// trendingTags are the week's most used tags, without their counts: a
// week's count would disagree with the count on the tag's own page.
func (s *Server) trendingTags(ctx context.Context) []model.Tag {
	tags, err := s.store.TopTags(ctx, s.now().AddDate(0, 0, -7), 12)
	if err != nil {
		s.logger.Warn("trending tags", "error", err)
	}
	for i := range tags {
		tags[i].Count = 0
	}
	return tags
}

// storedTagSlug returns the slug a tag is stored under when a reader typed
// it the way it reads ("/tags/christmas", "/tags/calder-shipyards",
// "/tags/Velmont") and err says slug itself is no tag; "" otherwise. Tag
// slugs make the last word singular, which clips names ("christma").
func (s *Server) storedTagSlug(ctx context.Context, slug string, err error) string {
	if !errors.Is(err, model.ErrNotFound) {
		return ""
	}
	k := enrich.HashtagKey(slug)
	if k == "" || k == slug {
		return ""
	}
	if _, err := s.store.Tag(ctx, k); err != nil {
		return ""
	}
	return k
}

// redirectQuery redirects to path, keeping the query. Temporarily (302):
// where a typed slug leads depends on the tags stored today, and tagging
// may yet store "christmas" itself.
func redirectQuery(w http.ResponseWriter, r *http.Request, path string) {
	if r.URL.RawQuery != "" {
		path += "?" + r.URL.RawQuery
	}
	http.Redirect(w, r, path, http.StatusFound)
}

// validSlug accepts what tag slugs are made of: letters (any script),
// digits and hyphens, at most 100 bytes.
func validSlug(s string) bool {
	if s == "" || len(s) > 100 {
		return false
	}
	return strings.IndexFunc(s, func(r rune) bool {
		return !(r == '-' || r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r))
	}) < 0
}
