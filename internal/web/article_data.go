package web

import (
	"context"
	"errors"
	"fmt"
	"slices"

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

// language is the article's language: as its feed states it, else as
// extraction or the understanding stage detected it.
func (d *articleData) language() string {
	switch {
	case d.Article.Language != "":
		return d.Article.Language
	case d.Content != nil && d.Content.Language != "":
		return d.Content.Language
	case d.Enrichment != nil:
		return d.Enrichment.Language
	}
	return ""
}

// relatedArticles are the story's thematic neighbours, in their order,
// each represented by one of its articles (see storyRepresentative). Once
// the article is in a story that is all: an empty list is better than an
// unrelated one (see cluster/related.go), and one shared hashtag such as
// a city's name is no relation. Before clustering, the
// newest articles sharing at least two of its hashtags stand in.
func (s *Server) relatedArticles(ctx context.Context, d *articleData) ([]model.Article, error) {
	seen := map[int64]bool{d.Article.ID: true}
	for _, c := range d.Copies {
		seen[c.ID] = true
	}
	for _, c := range d.Coverage {
		seen[c.ID] = true
	}
	if d.Story == nil {
		if d.Enrichment == nil {
			return nil, nil
		}
		return s.articlesSharingTags(ctx, d.Enrichment.Tags, seen)
	}
	stories, err := s.store.RelatedStories(ctx, d.Story.ID, relatedLimit)
	if err != nil && !errors.Is(err, model.ErrNotFound) {
		return nil, fmt.Errorf("related stories of %d: %w", d.Story.ID, err)
	}
	var out []model.Article
	shown := map[int64]bool{} // publishers the list shows so far
	for _, st := range stories {
		arts, err := s.store.StoryArticles(ctx, st.ID)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return nil, fmt.Errorf("articles of related story %d: %w", st.ID, err)
		}
		a, ok := storyRepresentative(arts, d.Article.SourceID, d.language(), shown, seen)
		if !ok {
			continue
		}
		seen[a.ID], shown[a.SourceID] = true, true
		out = append(out, a)
	}
	return out, nil
}

// storyRepresentative picks the article that stands for a related story:
// one in the reader's language (lang) when the story has one, from a
// publisher other than the reader's current one (own), and better one the
// list does not show yet, so the list is not one or two publishers over
// and over. Among equals the earliest wins (arts is oldest first), which
// keeps the choice deterministic.
func storyRepresentative(arts []model.Article, own int64, lang string, shown, seen map[int64]bool) (model.Article, bool) {
	best, bestScore := -1, -1
	for i, a := range arts {
		if seen[a.ID] {
			continue
		}
		score := 0
		if a.SourceID != own {
			score = 1
			if !shown[a.SourceID] {
				score = 2
			}
		}
		if lang != "" && a.Language == lang {
			score += 3 // a reader of English is offered the English report
		}
		if score > bestScore {
			best, bestScore = i, score
		}
	}
	if best < 0 {
		return model.Article{}, false
	}
	return arts[best], true
}

// relatedTagsRead is how many of an article's hashtags, and how many
// articles of each, articlesSharingTags reads.
const relatedTagsRead, relatedTagArticles = 5, 50

// articlesSharingTags returns the articles, not in seen, that carry at
// least two of the first tags (the article's best), most shared tags
// first, then newest.
func (s *Server) articlesSharingTags(ctx context.Context, tags []model.Tag, seen map[int64]bool) ([]model.Article, error) {
	shared := map[int64]int{}
	var order []model.Article
	for i, t := range tags {
		if i == relatedTagsRead {
			break
		}
		arts, err := s.store.TagArticles(ctx, t.Slug, relatedTagArticles, 0)
		if err != nil && !errors.Is(err, model.ErrNotFound) {
			return nil, fmt.Errorf("articles tagged %s: %w", t.Slug, err)
		}
		for _, a := range arts {
			if seen[a.ID] {
				continue
			}
			if shared[a.ID] == 0 {
				order = append(order, a)
			}
			shared[a.ID]++
		}
	}
	var out []model.Article
	for _, a := range order {
		if shared[a.ID] >= 2 {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(x, y model.Article) int {
		if d := shared[y.ID] - shared[x.ID]; d != 0 {
			return d
		}
		return y.PublishedAt.Compare(x.PublishedAt)
	})
	return out[:min(len(out), relatedLimit)], nil
}
