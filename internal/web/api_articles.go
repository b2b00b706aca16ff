package web

import (
	"fmt"
	"net/http"
	"strconv"
	"time"

	"herald/internal/model"
)

type articleJSON struct {
	ID          int64      `json:"id"`
	Title       string     `json:"title"`
	URL         string     `json:"url"`
	SourceID    int64      `json:"source_id"`
	SourceName  string     `json:"source_name"`
	PublishedAt *time.Time `json:"published_at"`
	Summary     string     `json:"summary"`
}

type articlesPage struct {
	Articles   []articleJSON `json:"articles"`
	NextCursor string        `json:"next_cursor,omitempty"`
}

// apiArticles lists the latest articles: ?limit=N (1-200, default 50) and
// ?cursor= from the previous page's next_cursor.
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 50, 1, 200)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	before, err := intParam(r, "cursor", 0, 1, 1<<62)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	arts, err := s.store.LatestArticles(r.Context(), limit, int64(before))
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	page := articlesPage{Articles: make([]articleJSON, 0, len(arts))}
	for _, a := range arts {
		page.Articles = append(page.Articles, toArticleJSON(a))
	}
	if len(arts) == limit {
		page.NextCursor = strconv.FormatInt(arts[len(arts)-1].ID, 10)
	}
	writeJSON(w, http.StatusOK, page)
}

func toArticleJSON(a model.Article) articleJSON {
	j := articleJSON{ID: a.ID, Title: a.Title, URL: a.URL, SourceID: a.SourceID,
		SourceName: a.SourceName, Summary: plainText(a.Summary, 600)}
	if !a.PublishedAt.IsZero() {
		t := a.PublishedAt
		j.PublishedAt = &t
	}
	return j
}

// intParam reads an optional integer query parameter within [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		return 0, fmt.Errorf("parameter %s=%q: want an integer from %d to %d: %w", name, v, lo, hi, model.ErrInvalid)
	}
	return n, nil
}
