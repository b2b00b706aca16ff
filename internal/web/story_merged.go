package web

import (
	"errors"
	"net/http"
	"strconv"
	"strings"

	"herald/internal/model"
)

// redirectMerged answers a story route whose story was not found (err) but
// was merged into another: 301 to the same route for the story that holds
// its articles now, with the rest of the path and the query kept. It
// reports whether it answered; if not, the caller answers with its 404.
func (s *Server) redirectMerged(w http.ResponseWriter, r *http.Request, id int64, err error) bool {
	if !errors.Is(err, model.ErrNotFound) {
		return false
	}
	into, err := s.store.MergedInto(r.Context(), id)
	if err != nil {
		if !errors.Is(err, model.ErrNotFound) {
			s.logger.Warn("merged story", "story_id", id, "error", err)
		}
		return false
	}
	// The route's pattern ("GET /stories/{id}") says which path segment
	// holds the ID.
	start := strings.Index(r.Pattern, "/")
	if start < 0 {
		return false
	}
	segs := strings.Split(r.URL.EscapedPath(), "/")
	for i, p := range strings.Split(r.Pattern[start:], "/") {
		if p != "{id}" || i >= len(segs) {
			continue
		}
		segs[i] = strconv.FormatInt(into, 10)
		target := strings.Join(segs, "/")
		if r.URL.RawQuery != "" {
			target += "?" + r.URL.RawQuery
		}
		// Bounded, since the clustering stage may give the ID to a new
		// story one day.
		w.Header().Set("Cache-Control", "public, max-age=86400")
		http.Redirect(w, r, target, http.StatusMovedPermanently)
		return true
	}
	return false
}
