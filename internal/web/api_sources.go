package web

import (
	"net/http"
	"time"
)

type sourceJSON struct {
	ID            int64      `json:"id"`
	Title         string     `json:"title"`
	FeedURL       string     `json:"feed_url"`
	SiteURL       string     `json:"site_url"`
	Enabled       bool       `json:"enabled"`
	LastCheckedAt *time.Time `json:"last_checked_at"`
	NextCheckAt   time.Time  `json:"next_check_at"`
	ErrorCount    int        `json:"error_count"`
	LastError     string     `json:"last_error"`
}

func (s *Server) apiSources(w http.ResponseWriter, r *http.Request) {
	srcs, err := s.store.Sources(r.Context())
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := make([]sourceJSON, 0, len(srcs))
	for _, src := range srcs {
		j := sourceJSON{ID: src.ID, Title: src.Title, FeedURL: src.FeedURL, SiteURL: src.SiteURL,
			Enabled: src.Enabled, NextCheckAt: src.NextCheckAt, ErrorCount: src.ErrorCount, LastError: src.LastError}
		if !src.LastCheckedAt.IsZero() {
			t := src.LastCheckedAt
			j.LastCheckedAt = &t
		}
		out = append(out, j)
	}
	writeJSON(w, http.StatusOK, map[string]any{"sources": out})
}
