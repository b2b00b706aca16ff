package web

import (
	"fmt"
	"net/http"
	"net/url"
	"time"

	"herald/internal/model"
)

// apiTags is GET /api/v1/tags: the most used hashtags of the last
// days (by default the /tags page's 30, so both give the same counts).
func (s *Server) apiTags(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 50, 1, 500)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	days, err := intParam(r, "days", tagIndexDays, 1, 3650)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	tags, err := s.store.TopTags(r.Context(), s.now().Add(-time.Duration(days)*24*time.Hour), limit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.serveJSON(w, r, map[string]any{"tags": orEmpty(tags)}, time.Time{})
}

// apiTag is GET /api/v1/tags/{slug}: the tag and its articles.
func (s *Server) apiTag(w http.ResponseWriter, r *http.Request) {
	slug := r.PathValue("slug")
	if !validSlug(slug) {
		s.apiFail(w, r, fmt.Errorf("tag %q: a tag is words joined by hyphens: %w", truncate(slug, 40), model.ErrInvalid))
		return
	}
	limit, before, err := articleCursor(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	tag, err := s.store.Tag(r.Context(), slug)
	if err != nil {
		if k := s.storedTagSlug(r.Context(), slug, err); k != "" {
			redirectQuery(w, r, "/api/v1/tags/"+url.PathEscape(k))
			return
		}
		s.apiFail(w, r, err)
		return
	}
	arts, err := s.store.TagArticles(r.Context(), slug, limit, before)
	if err == nil {
		err = s.fillLanguages(r.Context(), arts)
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	p := pageOfArticles(arts, limit)
	out := map[string]any{"tag": tag, "articles": p.Articles, "next_cursor": p.NextCursor}
	if before == 0 {
		near, err := s.store.TagNeighbours(r.Context(), slug, 8)
		if err != nil {
			s.apiFail(w, r, err)
			return
		}
		out["in_same_stories"] = orEmpty(near)
	}
	s.serveJSON(w, r, out, newest(arts))
}
