package web

import (
	"net/http"
	"time"

	"herald/internal/model"
)

// articleDetailJSON is everything the article page shows. A stage that has
// not run yet is null, and status says which have.
type articleDetailJSON struct {
	Article    articleJSON     `json:"article"`
	Status     stageStatusJSON `json:"status"`
	Content    *contentJSON    `json:"content"`
	Enrichment *enrichmentJSON `json:"enrichment"`
	Story      *storyJSON      `json:"story"`
	AlsoIn     []storyJSON     `json:"also_covers"`
	Original   *articleJSON    `json:"original"`
	AlsoBy     []articleJSON   `json:"also_published_by"`
	Coverage   []articleJSON   `json:"coverage"`
	Related    []articleJSON   `json:"related"`
}

type stageStatusJSON struct {
	Extracted bool `json:"extracted"`
	Enriched  bool `json:"enriched"`
	Clustered bool `json:"clustered"`
}

type contentJSON struct {
	HTML        string        `json:"html"`
	Text        string        `json:"text"`
	Images      []model.Image `json:"images"`
	Authors     []string      `json:"authors"`
	Language    string        `json:"language,omitempty"`
	LeadImage   string        `json:"lead_image,omitempty"`
	ExtractedAt time.Time     `json:"extracted_at"`
	Error       string        `json:"error,omitempty"`
}

type enrichmentJSON struct {
	Language  string   `json:"language,omitempty"`
	KeyPoints []string `json:"key_points"`
	// KeyPointsSource is "llm" when the configured model wrote the key
	// points, "extractive" when they are the article's own sentences.
	KeyPointsSource string         `json:"key_points_source,omitempty"`
	Tags            []model.Tag    `json:"tags"`
	Entities        []model.Entity `json:"entities"`
	Quotes          []model.Quote  `json:"quotes"`
	Keyphrases      []string       `json:"keyphrases"`
}

// apiArticle is GET /api/v1/articles/{id}.
func (s *Server) apiArticle(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	d, err := s.loadArticle(r.Context(), id)
	if err == nil {
		err = s.fillListLanguages(r.Context(), d)
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	out := articleDetailJSON{Article: toArticleJSON(*d.Article), AlsoIn: toStoriesJSON(d.Also), AlsoBy: toArticlesJSON(d.Copies),
		Coverage: toArticlesJSON(d.Coverage), Related: toArticlesJSON(d.Related)}
	out.Article.Language = d.language()
	if c := d.Content; c != nil {
		out.Status.Extracted = c.Error == ""
		out.Content = &contentJSON{HTML: c.HTML, Text: c.Text, Images: orEmpty(c.Images), Authors: orEmpty(c.Authors),
			Language: c.Language, LeadImage: c.LeadImage, ExtractedAt: c.ExtractedAt, Error: c.Error}
	}
	if e := d.Enrichment; e != nil {
		out.Status.Enriched = true
		out.Enrichment = &enrichmentJSON{Language: e.Language, KeyPoints: orEmpty(e.Summary), KeyPointsSource: e.SummarySource, Tags: orEmpty(e.Tags),
			Entities: orEmpty(e.Entities), Quotes: orEmpty(e.Quotes), Keyphrases: orEmpty(e.Keyphrases)}
	}
	out.Status.Clustered = d.Placement != nil
	if d.Story != nil {
		sj := toStoryJSON(*d.Story)
		out.Story = &sj
	}
	if d.Original != nil {
		o := toArticleJSON(*d.Original)
		out.Original = &o
	}
	s.serveJSON(w, r, out, time.Time{}) // ETag only, as the article page
}

// orEmpty makes nil slices encode as [] so clients can always iterate.
func orEmpty[T any](xs []T) []T {
	if xs == nil {
		return []T{}
	}
	return xs
}

// apiRelated is GET /api/v1/articles/{id}/related.
func (s *Server) apiRelated(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	d, err := s.loadArticle(r.Context(), id)
	if err == nil {
		err = s.fillListLanguages(r.Context(), d)
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.serveJSON(w, r, map[string]any{"articles": toArticlesJSON(d.Related), "coverage": toArticlesJSON(d.Coverage),
		"also_published_by": toArticlesJSON(d.Copies)}, time.Time{}) // ETag only: coverage changes with no date moving
}

// apiEntities is GET /api/v1/articles/{id}/entities: the people,
// organizations and places the article names.
func (s *Server) apiEntities(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	a, err := s.store.Article(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	e, err := s.store.Enrichment(r.Context(), id)
	if err != nil && !isNotFound(err) {
		s.apiFail(w, r, err)
		return
	}
	out := map[string]any{"article_id": a.ID, "enriched": e != nil, "entities": []model.Entity{}, "quotes": []model.Quote{}}
	if e != nil {
		out["entities"], out["quotes"] = orEmpty(e.Entities), orEmpty(e.Quotes)
	}
	s.serveJSON(w, r, out, newest([]model.Article{*a}))
}

// apiComments is GET /api/v1/articles/{id}/comments. Reader accounts come
// later; until then every article has an empty list.
func (s *Server) apiComments(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	if _, err := s.store.Article(r.Context(), id); err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.serveJSON(w, r, map[string]any{"article_id": id, "comments": []struct{}{}, "open": false}, time.Time{})
}
