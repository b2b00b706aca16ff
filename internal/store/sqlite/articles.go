package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"herald/internal/htmltext"
	"herald/internal/model"
)

// SaveEntries implements store.Store. All entries of one poll go in one
// transaction: one commit per feed, not per entry, and a crash leaves
// either the whole batch or none of it.
func (s *Store) SaveEntries(ctx context.Context, sourceID int64, entries []model.Article) ([]int64, error) {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("save entries: %w", err)
	}
	defer tx.Rollback()
	var exists int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM sources WHERE id = ?`, sourceID).Scan(&exists); err != nil {
		return nil, fmt.Errorf("save entries: %w", err)
	}
	if exists == 0 {
		return nil, fmt.Errorf("save entries for source %d: %w", sourceID, model.ErrNotFound)
	}
	now := s.now().UTC().UnixMilli()
	var added []int64
	for i := range entries {
		id, isNew, err := saveEntry(ctx, tx, sourceID, &entries[i], now)
		if err != nil {
			return nil, fmt.Errorf("save entry %q: %w", entries[i].GUID, err)
		}
		if isNew {
			added = append(added, id)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("save entries: %w", err)
	}
	return added, nil
}

func saveEntry(ctx context.Context, tx *sql.Tx, sourceID int64, a *model.Article, now int64) (int64, bool, error) {
	guid := a.GUID
	if guid == "" {
		guid = a.URL
	}
	if guid == "" {
		return 0, false, fmt.Errorf("entry has neither guid nor url: %w", model.ErrInvalid)
	}
	id, err := findArticle(ctx, tx, sourceID, guid, a.URL)
	if err != nil {
		return 0, false, err
	}
	authors, _ := json.Marshal(nonNilSlice(a.Authors))
	enclosures, _ := json.Marshal(nonNilSlice(a.Enclosures))
	isNew := id == 0
	if isNew {
		sortAt := now
		if !a.PublishedAt.IsZero() {
			sortAt = a.PublishedAt.UnixMilli()
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO articles (guid, url, title, summary, content_html,
			authors, published_at, updated_at, image_url, enclosures, language, stage, created_at, sort_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			guid, nullString(a.URL), a.Title, a.Summary, a.ContentHTML, string(authors),
			millis(a.PublishedAt), millis(a.UpdatedAt), a.ImageURL, string(enclosures), a.Language,
			a.Stage, now, sortAt)
		if err != nil {
			return 0, false, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, false, err
		}
		if err := indexArticle(ctx, tx, id, a.Title, htmltext.Plain(a.Summary+" "+a.ContentHTML, 0)); err != nil {
			return 0, false, err
		}
	} else if !a.UpdatedAt.IsZero() {
		// A feed that says the entry changed refreshes the feed's fields;
		// later stages' results live elsewhere and are left alone. Only
		// the source that names the article (its first) may: another feed
		// listing the same URL shares the article but must not put its own
		// title and text on it under that publisher's name.
		if _, err := tx.ExecContext(ctx, `UPDATE articles SET title = ?, summary = ?, content_html = ?,
			authors = ?, updated_at = ?, image_url = ?, enclosures = ?
			WHERE id = ? AND (updated_at IS NULL OR updated_at < ?)
			AND ? = (SELECT sa.source_id FROM source_articles sa WHERE sa.article_id = articles.id
				ORDER BY sa.first_seen_at, sa.source_id LIMIT 1)`,
			a.Title, a.Summary, a.ContentHTML, string(authors), millis(a.UpdatedAt), a.ImageURL,
			string(enclosures), id, a.UpdatedAt.UnixMilli(), sourceID); err != nil {
			return 0, false, err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO source_articles (source_id, article_id, guid, first_seen_at)
		VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING`, sourceID, id, guid, now); err != nil {
		return 0, false, err
	}
	return id, isNew, nil
}

// findArticle matches an entry first by this source's GUID, then by
// canonical URL across all sources. It returns 0 when nothing matches.
func findArticle(ctx context.Context, tx *sql.Tx, sourceID int64, guid, url string) (int64, error) {
	var id int64
	err := tx.QueryRowContext(ctx, `SELECT article_id FROM source_articles WHERE source_id = ? AND guid = ?`,
		sourceID, guid).Scan(&id)
	if err == nil {
		return id, nil
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return 0, err
	}
	if url == "" {
		return 0, nil
	}
	err = tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE url = ?`, url).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	return id, err
}

// The first source to carry an article names it in listings.
const articleColumns = `a.id, a.guid, COALESCE(a.url, ''), a.title, a.summary, a.content_html, a.authors,
	a.published_at, a.updated_at, a.image_url, a.enclosures, a.language, a.stage, a.created_at,
	COALESCE(s.id, 0), COALESCE(s.title, '')`

const articleFrom = ` FROM articles a
	LEFT JOIN sources s ON s.id = (SELECT sa.source_id FROM source_articles sa
		WHERE sa.article_id = a.id ORDER BY sa.first_seen_at, sa.source_id LIMIT 1)`

// Article implements store.Store.
func (s *Store) Article(ctx context.Context, id int64) (*model.Article, error) {
	row := s.read.QueryRowContext(ctx, `SELECT `+articleColumns+articleFrom+` WHERE a.id = ?`, id)
	a, err := scanArticle(row)
	if err != nil {
		return nil, fmt.Errorf("article %d: %w", id, err)
	}
	return a, nil
}

// LatestArticles implements store.Store.
func (s *Store) LatestArticles(ctx context.Context, limit int, before int64) ([]model.Article, error) {
	return s.listArticles(ctx, "latest articles", "", nil, limit, before)
}

// listArticles lists articles matching where (a condition on alias a, or
// "" for all) newest first, after the article before when before > 0.
func (s *Store) listArticles(ctx context.Context, what, where string, args []any, limit int, before int64) ([]model.Article, error) {
	query := `SELECT ` + articleColumns + articleFrom + ` WHERE 1 = 1`
	if where != "" {
		query += ` AND ` + where
	}
	if before > 0 {
		query += ` AND (a.sort_at, a.id) < (SELECT sort_at, id FROM articles WHERE id = ?)`
		args = append(args, before)
	}
	query += ` ORDER BY a.sort_at DESC, a.id DESC LIMIT ?`
	args = append(args, limit)
	return s.queryArticles(ctx, what, query, args...)
}

func (s *Store) queryArticles(ctx context.Context, what, query string, args ...any) ([]model.Article, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []model.Article
	for rows.Next() {
		a, err := scanArticle(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, *a)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

// ArticleSourceIDs implements store.Store.
func (s *Store) ArticleSourceIDs(ctx context.Context, articleID int64) ([]int64, error) {
	return s.queryIDs(ctx, "article sources", `SELECT source_id FROM source_articles
		WHERE article_id = ? ORDER BY first_seen_at, source_id`, articleID)
}

// ArticlesBeforeStage implements store.Store.
func (s *Store) ArticlesBeforeStage(ctx context.Context, stage string, afterID int64, limit int) ([]int64, error) {
	return s.queryIDs(ctx, "articles before stage", `SELECT id FROM articles
		WHERE stage <> ? AND id > ? ORDER BY id LIMIT ?`, stage, afterID, limit)
}

// ArticlesAtStage implements store.Store, on the articles_stage_sort index.
func (s *Store) ArticlesAtStage(ctx context.Context, stage string, limit int) ([]int64, error) {
	return s.queryIDs(ctx, "articles at stage", `SELECT id FROM articles
		WHERE stage = ? ORDER BY sort_at, id LIMIT ?`, stage, limit)
}

// SetArticleStage implements store.Store.
func (s *Store) SetArticleStage(ctx context.Context, id int64, stage string) error {
	return s.execOne(ctx, fmt.Sprintf("set stage of article %d", id),
		`UPDATE articles SET stage = ? WHERE id = ?`, stage, id)
}

// RewindArticleStage implements store.Store.
func (s *Store) RewindArticleStage(ctx context.Context, id int64, stage, unless string) (bool, error) {
	what := fmt.Sprintf("rewind stage of article %d", id)
	res, err := s.write.ExecContext(ctx, `UPDATE articles SET stage = ? WHERE id = ? AND stage != ?`, stage, id, unless)
	if err != nil {
		return false, fmt.Errorf("%s: %w", what, err)
	}
	if n, _ := res.RowsAffected(); n > 0 {
		return true, nil
	}
	var exists int
	if err := s.write.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE id = ?`, id).Scan(&exists); err != nil {
		return false, fmt.Errorf("%s: %w", what, err)
	}
	if exists == 0 {
		return false, fmt.Errorf("%s: %w", what, model.ErrNotFound)
	}
	return false, nil
}

// EntryTimes implements store.Store.
func (s *Store) EntryTimes(ctx context.Context, sourceID int64, limit int) ([]time.Time, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT a.sort_at FROM articles a
		JOIN source_articles sa ON sa.article_id = a.id WHERE sa.source_id = ?
		ORDER BY a.sort_at DESC LIMIT ?`, sourceID, limit)
	if err != nil {
		return nil, fmt.Errorf("entry times: %w", err)
	}
	defer rows.Close()
	var out []time.Time
	for rows.Next() {
		var ms int64
		if err := rows.Scan(&ms); err != nil {
			return nil, fmt.Errorf("entry times: %w", err)
		}
		out = append(out, time.UnixMilli(ms).UTC())
	}
	return out, rows.Err()
}

func (s *Store) queryIDs(ctx context.Context, what, query string, args ...any) ([]int64, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

func scanArticle(row scanner) (*model.Article, error) {
	return scanArticleWith(row)
}

// scanArticleWith scans articleColumns followed by extra columns.
func scanArticleWith(row scanner, extra ...any) (*model.Article, error) {
	var a model.Article
	var authors, enclosures string
	var published, updated sql.NullInt64
	var created int64
	dest := []any{&a.ID, &a.GUID, &a.URL, &a.Title, &a.Summary, &a.ContentHTML, &authors,
		&published, &updated, &a.ImageURL, &enclosures, &a.Language, &a.Stage, &created,
		&a.SourceID, &a.SourceName}
	err := row.Scan(append(dest, extra...)...)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	if err := json.Unmarshal([]byte(authors), &a.Authors); err != nil {
		return nil, fmt.Errorf("authors of article %d: %w", a.ID, err)
	}
	if err := json.Unmarshal([]byte(enclosures), &a.Enclosures); err != nil {
		return nil, fmt.Errorf("enclosures of article %d: %w", a.ID, err)
	}
	a.PublishedAt = fromMillis(published)
	a.UpdatedAt = fromMillis(updated)
	a.CreatedAt = time.UnixMilli(created).UTC()
	return &a, nil
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}
