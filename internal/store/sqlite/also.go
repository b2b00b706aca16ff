package sqlite

import (
	"context"
	"fmt"

	"herald/internal/model"
)

// AddAlsoCovers implements store.Store.
func (s *Store) AddAlsoCovers(ctx context.Context, articleID int64, storyIDs []int64) error {
	what := fmt.Sprintf("add further stories of article %d", articleID)
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	for _, id := range storyIDs {
		// Stories gone meanwhile (merged, emptied) and the article's own
		// story are skipped, not errors: the clusterer's view runs ahead
		// of the store's by a moment.
		_, err := tx.ExecContext(ctx, `INSERT INTO article_also_stories (article_id, story_id)
			SELECT ?, id FROM stories WHERE id = ?
				AND id IS NOT (SELECT story_id FROM article_stories WHERE article_id = ?)
			ON CONFLICT DO NOTHING`, articleID, id, articleID)
		if err != nil {
			if isForeignKeyError(err) {
				return fmt.Errorf("%s: %w", what, model.ErrNotFound)
			}
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	return tx.Commit()
}

// AlsoCovering implements store.Store.
func (s *Store) AlsoCovering(ctx context.Context, storyID int64, limit int) ([]model.Article, error) {
	return s.listArticles(ctx, "further coverage", `a.id IN (SELECT article_id FROM article_also_stories WHERE story_id = ?)
		AND a.id NOT IN (SELECT article_id FROM article_stories WHERE story_id = ?)`, []any{storyID, storyID}, limit, 0)
}

// AlsoStories implements store.Store.
func (s *Store) AlsoStories(ctx context.Context, articleID int64) ([]model.Story, error) {
	return s.queryStories(ctx, "stories also covered", `SELECT `+storyColumns+` FROM stories
		WHERE id IN (SELECT story_id FROM article_also_stories WHERE article_id = ?)
			AND id IS NOT (SELECT story_id FROM article_stories WHERE article_id = ?)
		ORDER BY source_count DESC, article_count DESC, id`, articleID, articleID)
}

// alsoCoversMerge moves further-coverage links of story from to story into,
// dropping those that would point an article at its own story.
func alsoCoversMerge(into, from int64) []stmt {
	return []stmt{
		{`UPDATE OR IGNORE article_also_stories SET story_id = ? WHERE story_id = ?`, []any{into, from}},
		{`DELETE FROM article_also_stories WHERE story_id = ?`, []any{from}},
		{`DELETE FROM article_also_stories WHERE story_id = ?
			AND article_id IN (SELECT article_id FROM article_stories WHERE story_id = ?)`, []any{into, into}},
	}
}
