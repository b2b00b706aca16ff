package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"sort"
	"time"

	"herald/internal/model"
)

// SavePlacement implements store.Store.
func (s *Store) SavePlacement(ctx context.Context, p model.Placement) error {
	what := fmt.Sprintf("place article %d in story %d", p.ArticleID, p.StoryID)
	if p.StoryID <= 0 {
		return fmt.Errorf("%s: %w", what, model.ErrInvalid)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	var old sql.NullInt64
	err = tx.QueryRowContext(ctx, `SELECT story_id FROM article_stories WHERE article_id = ?`, p.ArticleID).Scan(&old)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("%s: %w", what, err)
	}
	for _, st := range []stmt{
		{`INSERT INTO stories (id) VALUES (?) ON CONFLICT (id) DO NOTHING`, []any{p.StoryID}},
		{`INSERT INTO article_stories (article_id, story_id, duplicate_of) VALUES (?, ?, ?)
			ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id, duplicate_of = excluded.duplicate_of`,
			[]any{p.ArticleID, p.StoryID, p.DuplicateOf}},
		// Its own story is no longer further coverage for it.
		{`DELETE FROM article_also_stories WHERE article_id = ? AND story_id = ?`, []any{p.ArticleID, p.StoryID}},
	} {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			if isForeignKeyError(err) {
				return fmt.Errorf("%s: %w", what, model.ErrNotFound)
			}
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := refreshStory(ctx, tx, p.StoryID); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if old.Valid && old.Int64 != p.StoryID {
		if err := leaveStory(ctx, tx, old.Int64, p.StoryID); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	return tx.Commit()
}

// leaveStory refreshes story from after an article moved to story to. A
// story its last article left is merged into where it went: its address
// redirects there, and its further coverage follows.
func leaveStory(ctx context.Context, tx *sql.Tx, from, to int64) error {
	var left int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM article_stories WHERE story_id = ?`, from).Scan(&left); err != nil {
		return err
	}
	if left > 0 {
		return refreshStory(ctx, tx, from)
	}
	steps := append(alsoCoversMerge(to, from), stmt{`DELETE FROM stories WHERE id = ?`, []any{from}})
	for _, st := range append(steps, mergeRecord(to, from)...) {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			return err
		}
	}
	return nil
}

// MergeStories implements store.Store.
func (s *Store) MergeStories(ctx context.Context, into, from int64) error {
	what := fmt.Sprintf("merge story %d into %d", from, into)
	if into == from {
		return fmt.Errorf("%s: %w", what, model.ErrInvalid)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	var n int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM stories WHERE id IN (?, ?)`, into, from).Scan(&n); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if n != 2 {
		return fmt.Errorf("%s: %w", what, model.ErrNotFound)
	}
	steps := append([]stmt{{`UPDATE article_stories SET story_id = ? WHERE story_id = ?`, []any{into, from}}},
		alsoCoversMerge(into, from)...)
	steps = append(steps, stmt{`DELETE FROM stories WHERE id = ?`, []any{from}})
	steps = append(steps, mergeRecord(into, from)...)
	for _, st := range steps {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := refreshStory(ctx, tx, into); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return tx.Commit()
}

// mergeRecord records that from was merged into into, so that from, and
// every story merged into from before, resolves to into in one step. A
// record for into itself (an ID the clustering stage used again) is
// obsolete now that into holds articles.
func mergeRecord(into, from int64) []stmt {
	return []stmt{
		{`UPDATE story_merges SET into_id = ? WHERE into_id = ?`, []any{into, from}},
		{`INSERT INTO story_merges (from_id, into_id) VALUES (?, ?)
			ON CONFLICT (from_id) DO UPDATE SET into_id = excluded.into_id`, []any{from, into}},
		{`DELETE FROM story_merges WHERE from_id = ?`, []any{into}},
	}
}

// LastStoryID implements store.Store.
func (s *Store) LastStoryID(ctx context.Context) (int64, error) {
	var last int64
	err := s.read.QueryRowContext(ctx, `SELECT max(coalesce((SELECT max(id) FROM stories), 0),
		coalesce((SELECT max(from_id) FROM story_merges), 0))`).Scan(&last)
	if err != nil {
		return 0, fmt.Errorf("last story id: %w", err)
	}
	return last, nil
}

// MergedInto implements store.Store. A story live again under a merged-away
// ID is not forwarded, nor is one whose target is gone.
func (s *Store) MergedInto(ctx context.Context, id int64) (int64, error) {
	var into int64
	err := s.read.QueryRowContext(ctx, `SELECT m.into_id FROM story_merges m JOIN stories s ON s.id = m.into_id
		WHERE m.from_id = ? AND NOT EXISTS (SELECT 1 FROM stories WHERE id = m.from_id)`, id).Scan(&into)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, fmt.Errorf("story %d merged into: %w", id, model.ErrNotFound)
	}
	if err != nil {
		return 0, fmt.Errorf("story %d merged into: %w", id, err)
	}
	return into, nil
}

// refreshStory recomputes a story's counts, first report and times from
// its articles; a story left without articles is removed.
func refreshStory(ctx context.Context, tx *sql.Tx, id int64) error {
	var count int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM article_stories WHERE story_id = ?`, id).Scan(&count); err != nil {
		return err
	}
	if count == 0 {
		if _, err := tx.ExecContext(ctx, `DELETE FROM stories WHERE id = ?`, id); err != nil {
			return err
		}
		// Nothing is left to send its old addresses to.
		_, err := tx.ExecContext(ctx, `DELETE FROM story_merges WHERE into_id = ? OR from_id = ?`, id, id)
		return err
	}
	_, err := tx.ExecContext(ctx, `UPDATE stories SET
		article_count = ?,
		source_count = (SELECT count(DISTINCT sa.source_id) FROM article_stories x
			JOIN source_articles sa ON sa.article_id = x.article_id WHERE x.story_id = ?),
		first_article_id = (SELECT a.id FROM article_stories x JOIN articles a ON a.id = x.article_id
			WHERE x.story_id = ? ORDER BY a.sort_at, a.id LIMIT 1),
		first_seen_at = (SELECT min(a.sort_at) FROM article_stories x JOIN articles a ON a.id = x.article_id WHERE x.story_id = ?),
		updated_at = (SELECT max(a.sort_at) FROM article_stories x JOIN articles a ON a.id = x.article_id WHERE x.story_id = ?),
		headline = CASE WHEN headline_fixed = 0 THEN (SELECT a.title FROM article_stories x JOIN articles a ON a.id = x.article_id
			WHERE x.story_id = ? ORDER BY a.sort_at, a.id LIMIT 1) ELSE headline END
		WHERE id = ?`, count, id, id, id, id, id, id)
	return err
}

// SetStoryHeadline implements store.Store.
func (s *Store) SetStoryHeadline(ctx context.Context, storyID int64, headline string) error {
	return s.execOne(ctx, fmt.Sprintf("set headline of story %d", storyID),
		`UPDATE stories SET headline = ?, headline_fixed = 1 WHERE id = ?`, headline, storyID)
}

// SetStorySummary implements store.Store.
func (s *Store) SetStorySummary(ctx context.Context, storyID int64, summary []model.KeyPoint) error {
	b, _ := json.Marshal(nonNilSlice(summary))
	return s.execOne(ctx, fmt.Sprintf("set summary of story %d", storyID),
		`UPDATE stories SET summary = ? WHERE id = ?`, string(b), storyID)
}

const storyColumns = `id, headline, summary, first_article_id, first_seen_at, updated_at, article_count, source_count`

// Story implements store.Store.
func (s *Store) Story(ctx context.Context, id int64) (*model.Story, error) {
	st, err := scanStory(s.read.QueryRowContext(ctx, `SELECT `+storyColumns+` FROM stories WHERE id = ?`, id))
	if err != nil {
		return nil, fmt.Errorf("story %d: %w", id, err)
	}
	return st, nil
}

// Placement implements store.Store.
func (s *Store) Placement(ctx context.Context, articleID int64) (*model.Placement, error) {
	p := model.Placement{ArticleID: articleID}
	err := s.read.QueryRowContext(ctx, `SELECT story_id, duplicate_of FROM article_stories WHERE article_id = ?`,
		articleID).Scan(&p.StoryID, &p.DuplicateOf)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("placement of article %d: %w", articleID, model.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("placement of article %d: %w", articleID, err)
	}
	return &p, nil
}

// StoryArticles implements store.Store.
func (s *Store) StoryArticles(ctx context.Context, storyID int64) ([]model.Article, error) {
	return s.queryArticles(ctx, "story articles", `SELECT `+articleColumns+articleFrom+`
		WHERE a.id IN (SELECT article_id FROM article_stories WHERE story_id = ?) ORDER BY a.sort_at, a.id`, storyID)
}

// StoryArticleTitled implements store.Store.
func (s *Store) StoryArticleTitled(ctx context.Context, storyID int64, title string) (*model.Article, error) {
	arts, err := s.queryArticles(ctx, "story article by title", `SELECT `+articleColumns+articleFrom+`
		WHERE a.id IN (SELECT article_id FROM article_stories WHERE story_id = ?) AND a.title = ?
		ORDER BY a.sort_at, a.id LIMIT 1`, storyID, title)
	if err != nil {
		return nil, err
	}
	if len(arts) == 0 {
		return nil, fmt.Errorf("story %d article titled %q: %w", storyID, title, model.ErrNotFound)
	}
	return &arts[0], nil
}

// Copies implements store.Store.
func (s *Store) Copies(ctx context.Context, articleID int64) ([]model.Article, error) {
	return s.queryArticles(ctx, "copies", `SELECT `+articleColumns+articleFrom+`
		WHERE a.id IN (SELECT article_id FROM article_stories WHERE duplicate_of = ?) ORDER BY a.sort_at, a.id`, articleID)
}

// TopStories implements store.Store: breadth of coverage, discounted by
// age with a half-life of 12 hours, so a story many publishers cover stays
// on top for a while but yields to fresh ones.
func (s *Store) TopStories(ctx context.Context, since, now time.Time, limit int) ([]model.Story, error) {
	stories, err := s.queryStories(ctx, "top stories", `SELECT `+storyColumns+` FROM stories
		WHERE updated_at >= ? ORDER BY updated_at DESC LIMIT 1000`, since.UnixMilli())
	if err != nil {
		return nil, err
	}
	score := func(st model.Story) float64 {
		age := max(now.Sub(st.UpdatedAt).Hours(), 0)
		return (float64(st.SourceCount) + 0.25*float64(st.ArticleCount)) * math.Pow(0.5, age/12)
	}
	sort.SliceStable(stories, func(i, j int) bool { return score(stories[i]) > score(stories[j]) })
	return stories[:min(limit, len(stories))], nil
}

// SetRelatedStories implements store.Store.
func (s *Store) SetRelatedStories(ctx context.Context, storyID int64, related []int64) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("set related stories of %d: %w", storyID, err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM related_stories WHERE story_id = ?`, storyID); err != nil {
		return fmt.Errorf("set related stories of %d: %w", storyID, err)
	}
	for i, r := range related {
		if _, err := tx.ExecContext(ctx, `INSERT INTO related_stories (story_id, related_id, rank) VALUES (?, ?, ?)
			ON CONFLICT DO NOTHING`, storyID, r, i); err != nil {
			if isForeignKeyError(err) {
				return fmt.Errorf("set related stories of %d: story %d: %w", storyID, r, model.ErrNotFound)
			}
			return fmt.Errorf("set related stories of %d: %w", storyID, err)
		}
	}
	return tx.Commit()
}

// RelatedStories implements store.Store.
func (s *Store) RelatedStories(ctx context.Context, storyID int64, limit int) ([]model.Story, error) {
	return s.queryStories(ctx, "related stories", `SELECT s.id, s.headline, s.summary, s.first_article_id,
		s.first_seen_at, s.updated_at, s.article_count, s.source_count
		FROM related_stories r JOIN stories s ON s.id = r.related_id
		WHERE r.story_id = ? ORDER BY r.rank LIMIT ?`, storyID, limit)
}

// Placements implements store.Store.
func (s *Store) Placements(ctx context.Context, since time.Time) ([]model.Placement, error) {
	return s.queryPlacements(ctx, "placements", `SELECT x.article_id, x.story_id, x.duplicate_of FROM article_stories x
		JOIN articles a ON a.id = x.article_id WHERE a.sort_at >= ? ORDER BY a.sort_at, a.id`, since.UnixMilli())
}

// StoryPlacements implements store.Store.
func (s *Store) StoryPlacements(ctx context.Context, storyID int64) ([]model.Placement, error) {
	return s.queryPlacements(ctx, "story placements", `SELECT x.article_id, x.story_id, x.duplicate_of FROM article_stories x
		JOIN articles a ON a.id = x.article_id WHERE x.story_id = ? ORDER BY a.sort_at, a.id`, storyID)
}

func (s *Store) queryPlacements(ctx context.Context, what, query string, args ...any) ([]model.Placement, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []model.Placement
	for rows.Next() {
		var p model.Placement
		if err := rows.Scan(&p.ArticleID, &p.StoryID, &p.DuplicateOf); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func (s *Store) queryStories(ctx context.Context, what, query string, args ...any) ([]model.Story, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []model.Story
	for rows.Next() {
		st, err := scanStory(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, *st)
	}
	return out, rows.Err()
}

func scanStory(row scanner) (*model.Story, error) {
	var st model.Story
	var summary string
	var first, updated int64
	err := row.Scan(&st.ID, &st.Headline, &summary, &st.FirstArticleID, &first, &updated, &st.ArticleCount, &st.SourceCount)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(summary), &st.Summary); err != nil {
		return nil, fmt.Errorf("story %d summary: %w", st.ID, err)
	}
	st.FirstSeenAt, st.UpdatedAt = time.UnixMilli(first).UTC(), time.UnixMilli(updated).UTC()
	return &st, nil
}

// isForeignKeyError reports SQLite's constraint failure on a reference to a
// row that does not exist.
func isForeignKeyError(err error) bool {
	return err != nil && containsFold(err.Error(), "FOREIGN KEY constraint failed")
}

// StoryTags implements store.Store.
func (s *Store) StoryTags(ctx context.Context, storyID int64, limit int) ([]model.Tag, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT t.slug, t.name, count(*) AS n FROM article_stories x
		JOIN article_tags at ON at.article_id = x.article_id JOIN tags t ON t.slug = at.slug
		WHERE x.story_id = ? GROUP BY t.slug, t.name ORDER BY n DESC, min(at.rank), t.slug LIMIT ?`, storyID, limit)
	if err != nil {
		return nil, fmt.Errorf("story %d tags: %w", storyID, err)
	}
	defer rows.Close()
	var out []model.Tag
	for rows.Next() {
		var t model.Tag
		if err := rows.Scan(&t.Slug, &t.Name, &t.Count); err != nil {
			return nil, fmt.Errorf("story %d tags: %w", storyID, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// StoryEntities implements store.Store.
func (s *Store) StoryEntities(ctx context.Context, storyID int64, limit int) ([]model.Entity, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT e.key, e.name, e.type, count(*) AS n, sum(ae.mentions) AS m
		FROM article_stories x JOIN article_entities ae ON ae.article_id = x.article_id
		JOIN entities e ON e.key = ae.key
		WHERE x.story_id = ? GROUP BY e.key, e.name, e.type ORDER BY n DESC, m DESC, e.key LIMIT ?`, storyID, limit)
	if err != nil {
		return nil, fmt.Errorf("story %d entities: %w", storyID, err)
	}
	defer rows.Close()
	var out []model.Entity
	for rows.Next() {
		var e model.Entity
		var total int
		if err := rows.Scan(&e.Key, &e.Name, &e.Type, &e.Mentions, &total); err != nil {
			return nil, fmt.Errorf("story %d entities: %w", storyID, err)
		}
		out = append(out, e)
	}
	return out, rows.Err()
}
