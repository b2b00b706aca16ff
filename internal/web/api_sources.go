package web

import (
	"net/http"
	"time"

	"herald/internal/model"
)

type sourceJSON struct {
	ID            int64      `json:"id"`
	Title         string     `json:"title"`
	FeedURL       string     `json:"feed_url"`
	SiteURL       string     `json:"site_url"`
	Link          string     `json:"link"`
	Enabled       bool       `json:"enabled"`
	Health        string     `json:"health"` // ok, failing, disabled, new
	LastCheckedAt *time.Time `json:"last_checked_at"`
	NextCheckAt   time.Time  `json:"next_check_at"`
	ErrorCount    int        `json:"error_count"`
	LastError     string     `json:"last_error"`
}

func toSourceJSON(src model.Source) sourceJSON {
	j := sourceJSON{ID: src.ID, Title: src.Title, FeedURL: publicURL(src.FeedURL), SiteURL: publicURL(src.SiteURL),
		Link: "/sources/" + itoa(src.ID), Enabled: src.Enabled, Health: healthOf(src).State,
		NextCheckAt: src.NextCheckAt, ErrorCount: src.ErrorCount, LastError: src.LastError}
	if !src.LastCheckedAt.IsZero() {
		t := src.LastCheckedAt
		j.LastCheckedAt = &t
	}
	return j
}

// apiSources is GET /api/v1/sources: every source with its feed health.
func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	srcs, err := s.store.Sources(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := make([]sourceJSON, 0, len(srcs))
	for _, src := range srcs {
		out = append(out, toSourceJSON(src))
	}
	s.serveJSON(w, r, map[string]any{"sources": out}, time.Time{})
}

// apiSource is GET /api/v1/sources/{id}: the source and its articles.
func (s *Server) apiSource(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	limit, before, err := articleCursor(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	src, err := s.store.Source(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	arts, err := s.store.SourceArticles(r.Context(), id, limit, before)
	if err == nil {
		err = s.fillLanguages(r.Context(), arts)
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	p := pageOfArticles(arts, limit)
	s.serveJSON(w, r, map[string]any{"source": toSourceJSON(*src), "articles": p.Articles, "next_cursor": p.NextCursor}, newest(arts))
}
