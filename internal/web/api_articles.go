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
	URL         string     `json:"url"`  // the publisher's page
	Link        string     `json:"link"` // the article's page on Herald
	SourceID    int64      `json:"source_id"`
	SourceName  string     `json:"source_name"`
	Authors     []string   `json:"authors"`
	PublishedAt *time.Time `json:"published_at"`
	UpdatedAt   *time.Time `json:"updated_at,omitempty"`
	ImageURL    string     `json:"image_url,omitempty"`
	Language    string     `json:"language,omitempty"`
	Summary     string     `json:"summary"`
}

type articlesPage struct {
	Articles   []articleJSON `json:"articles"`
	NextCursor string        `json:"next_cursor,omitempty"`
}

// apiArticles lists the latest articles: ?limit=N (1-200, default 50) and
// ?cursor= from the previous page's next_cursor.
func (s *Server) apiArticles(w http.ResponseWriter, r *http.Request) {
	limit, before, err := articleCursor(r)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	arts, err := s.store.LatestArticles(r.Context(), limit, before)
	if err == nil {
		err = s.fillLanguages(r.Context(), arts)
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.serveJSON(w, r, pageOfArticles(arts, limit), newest(arts))
}

// articleCursor reads an article list's ?limit=N (1-200, default 50) and
// ?cursor= (the previous page's next_cursor: the last article's id).
func articleCursor(r *http.Request) (limit int, before int64, err error) {
	if limit, err = intParam(r, "limit", 50, 1, 200); err != nil {
		return 0, 0, err
	}
	before, err = articleCursorParam(r)
	return limit, before, err
}

// articleCursorParam reads ?cursor=, an article id taken from a page's
// next_cursor; its error says so rather than give the id's range.
func articleCursorParam(r *http.Request) (int64, error) {
	v := r.URL.Query().Get("cursor")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("parameter cursor=%q: want the next_cursor value of the page before (leave it out for the first page): %w",
			truncate(v, 40), model.ErrInvalid)
	}
	return n, nil
}

// offsetCursorParam reads ?cursor= where it counts results already shown
// (stories, search hits); like articleCursorParam, its error names the
// page's next_cursor rather than the offset's range.
func offsetCursorParam(r *http.Request) (int, error) {
	v := r.URL.Query().Get("cursor")
	if v == "" {
		return 0, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 || n > maxOffset {
		return 0, fmt.Errorf("parameter cursor=%q: want the next_cursor value of the page before (leave it out for the first page): %w",
			truncate(v, 40), model.ErrInvalid)
	}
	return n, nil
}

func pageOfArticles(arts []model.Article, limit int) articlesPage {
	page := articlesPage{Articles: toArticlesJSON(arts)}
	if len(arts) == limit && limit > 0 {
		page.NextCursor = strconv.FormatInt(arts[len(arts)-1].ID, 10)
	}
	return page
}

func toArticleJSON(a model.Article) articleJSON {
	j := articleJSON{ID: a.ID, Title: a.Title, URL: a.URL, Link: articlePath(a.ID, a.Title), SourceID: a.SourceID,
		SourceName: a.SourceName, Authors: a.Authors, ImageURL: a.ImageURL, Language: a.Language,
		Summary: plainText(a.Summary, 600)}
	if j.Authors == nil {
		j.Authors = []string{}
	}
	if t := articleTime(a); !t.IsZero() {
		j.PublishedAt = &t
	}
	if !a.UpdatedAt.IsZero() && a.UpdatedAt.After(articleTime(a)) {
		t := a.UpdatedAt
		j.UpdatedAt = &t
	}
	return j
}

func toArticlesJSON(arts []model.Article) []articleJSON {
	out := make([]articleJSON, 0, len(arts))
	for _, a := range arts {
		out = append(out, toArticleJSON(a))
	}
	return out
}

// intParam reads an optional integer query parameter within [lo, hi].
func intParam(r *http.Request, name string, def, lo, hi int) (int, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return def, nil
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		want := fmt.Sprintf("a whole number from %d to %d", lo, hi)
		if hi >= 1<<31 { // a bound no one would type, such as an id's
			want = fmt.Sprintf("a whole number of %d or more", lo)
		}
		return 0, fmt.Errorf("parameter %s=%q: want %s: %w", name, truncate(v, 40), want, model.ErrInvalid)
	}
	return n, nil
}

// apiPathID reads the {id} path parameter or fails with a 400.
func (s *Server) apiPathID(w http.ResponseWriter, r *http.Request) (int64, bool) {
	id, ok := pathID(r, "id")
	if !ok {
		s.apiFail(w, r, fmt.Errorf("id %q: want a positive integer: %w", truncate(r.PathValue("id"), 40), model.ErrInvalid))
	}
	return id, ok
}
