package web

import (
	"context"
	"errors"
	"fmt"

	"herald/internal/model"
)

// articleData is everything Herald knows about one article. Each later
// stage may be missing (not yet extracted, enriched or clustered); its
// field is then nil and pages show that stage's empty state.
type articleData struct {
	Article    *model.Article
	Source     *model.Source
	Content    *model.Content    // nil until extracted
	Enrichment *model.Enrichment // nil until enriched
	Placement  *model.Placement  // nil until clustered
	Story      *model.Story
	Original   *model.Article  // when this article is a wire copy
	Copies     []model.Article // other publications of the same wire text
	Coverage   []model.Article // the story's other articles, copies left out
	Also       []model.Story   // other stories the article covers as well
	Related    []model.Article
}

const relatedLimit = 6

// loadArticle gathers an article and what the later stages made of it.
// Only the article itself must exist; a stage's missing row is normal,
// any other error fails the page.
func (s *Server) loadArticle(ctx context.Context, id int64) (*articleData, error) {
	a, err := s.store.Article(ctx, id)
	if err != nil {
		return nil, err
	}
	d := &articleData{Article: a}
	optional := func(err error) error {
		if err == nil || errors.Is(err, model.ErrNotFound) {
			return nil
		}
		return err
	}
	if a.SourceID > 0 {
		src, err := s.store.Source(ctx, a.SourceID)
		if optional(err) != nil {
			return nil, fmt.Errorf("source of article %d: %w", id, err)
		}
		d.Source = src
	}
	if d.Content, err = s.store.Content(ctx, id); optional(err) != nil {
		return nil, fmt.Errorf("content of article %d: %w", id, err)
	}
	if d.Enrichment, err = s.store.Enrichment(ctx, id); optional(err) != nil {
		return nil, fmt.Errorf("enrichment of article %d: %w", id, err)
	}
	if d.Placement, err = s.store.Placement(ctx, id); optional(err) != nil {
		return nil, fmt.Errorf("placement of article %d: %w", id, err)
	}
	if err := s.loadStory(ctx, d); err != nil {
		return nil, err
	}
	if d.Related, err = s.relatedArticles(ctx, d); err != nil {
		return nil, err
	}
	return d, nil
}

// loadStory fills the story, its coverage and the wire copies.
func (s *Server) loadStory(ctx context.Context, d *articleData) error {
	id := d.Article.ID
	original := id
	if d.Placement != nil && d.Placement.DuplicateOf > 0 {
		original = d.Placement.DuplicateOf
		o, err := s.store.Article(ctx, original)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return fmt.Errorf("original of article %d: %w", id, err)
		}
		d.Original = o
	}
	copies, err := s.store.Copies(ctx, original)
	if err != nil && !errors.Is(err, model.ErrNotFound) {
		return fmt.Errorf("copies of article %d: %w", id, err)
	}
	wire := map[int64]bool{id: true, original: true}
	for _, c := range copies {
		wire[c.ID] = true
		if c.ID != id {
			d.Copies = append(d.Copies, c)
		}
	}
	if d.Placement == nil || d.Placement.StoryID == 0 {
		return nil
	}
	if d.Story, err = s.store.Story(ctx, d.Placement.StoryID); err != nil {
		if errors.Is(err, model.ErrNotFound) {
			return nil
		}
		return fmt.Errorf("story of article %d: %w", id, err)
	}
	arts, err := s.store.StoryArticles(ctx, d.Story.ID)
	if err != nil {
		return fmt.Errorf("story %d articles: %w", d.Story.ID, err)
	}
	for _, a := range arts {
		if !wire[a.ID] {
			d.Coverage = append(d.Coverage, a)
		}
	}
	if d.Also, err = s.store.AlsoStories(ctx, id); err != nil {
		return fmt.Errorf("stories article %d also covers: %w", id, err)
	}
	return nil
}

// relatedArticles are the lead articles of the story's thematic
// neighbours; before clustering, the newest articles sharing the
// article's first hashtag.
func (s *Server) relatedArticles(ctx context.Context, d *articleData) ([]model.Article, error) {
	seen := map[int64]bool{d.Article.ID: true}
	for _, c := range d.Copies {
		seen[c.ID] = true
	}
	for _, c := range d.Coverage {
		seen[c.ID] = true
	}
	var out []model.Article
	if d.Story != nil {
		stories, err := s.store.RelatedStories(ctx, d.Story.ID, relatedLimit)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return nil, fmt.Errorf("related stories of %d: %w", d.Story.ID, err)
		}
		for _, st := range stories {
			if st.FirstArticleID == 0 || seen[st.FirstArticleID] {
				continue
			}
			a, err := s.store.Article(ctx, st.FirstArticleID)
			if err != nil {
				continue // removed since the story was ranked
			}
			seen[a.ID] = true
			out = append(out, *a)
		}
	}
	if len(out) > 0 || d.Enrichment == nil {
		return out, nil
	}
	for i, t := range d.Enrichment.Tags {
		if i == 3 {
			break
		}
		arts, err := s.store.TagArticles(ctx, t.Slug, relatedLimit+len(seen), 0)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return nil, fmt.Errorf("articles tagged %s: %w", t.Slug, err)
		}
		for _, a := range arts {
			if !seen[a.ID] && len(out) < relatedLimit {
				seen[a.ID] = true
				out = append(out, a)
			}
		}
		if len(out) >= relatedLimit/2 {
			break
		}
	}
	return out, nil
}
