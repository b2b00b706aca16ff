package web

import (
	"errors"
	"herald/internal/model"
	"net/http"
	"strconv"
)

type hitJSON struct {
	Article     articleJSON `json:"article"`
	Snippet     string      `json:"snippet"`      // plain text
	SnippetHTML string      `json:"snippet_html"` // escaped, matches in <mark>
	Rank        float64     `json:"rank"`
}

// apiSearch is GET /api/v1/search: q, source, tag, from, to as on the
// search page; limit and cursor page through the ranked hits.
func (s *Server) apiSearch(w http.ResponseWriter, r *http.Request) {
	p, err := readSearch(r)
	if err == nil && p.empty() {
		err = errEmptySearch
	}
	if err == nil && p.SourceID != 0 {
		if _, e := s.store.Source(r.Context(), p.SourceID); errors.Is(e, model.ErrNotFound) {
			err = errNoSuchSource(p.SourceID)
		}
	}
	var limit, off int
	if err == nil {
		limit, err = intParam(r, "limit", 20, 1, 50)
	}
	if err == nil {
		off, err = offsetCursorParam(r)
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	hits, err := s.store.Search(r.Context(), p.query(limit+1, off))
	if err != nil {
		s.apiFail(w, r, err) // the store's error names the search already
		return
	}
	out := map[string]any{}
	if len(hits) > limit {
		hits = hits[:limit]
		out["next_cursor"] = strconv.Itoa(off + limit)
	}
	arts := hitArticles(hits)
	if err := s.fillLanguages(r.Context(), arts); err != nil {
		s.apiFail(w, r, err)
		return
	}
	list := make([]hitJSON, 0, len(hits))
	for i, h := range hits {
		list = append(list, hitJSON{Article: toArticleJSON(arts[i]), Snippet: unmark(h.Snippet),
			SnippetHTML: string(marks(h.Snippet)), Rank: h.Rank})
	}
	out["hits"] = list
	s.serveJSON(w, r, out, newest(arts))
}
