package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"herald/internal/model"
)

const sourceColumns = `id, feed_url, site_url, title, enabled, etag, last_modified,
	last_checked_at, next_check_at, error_count, last_error, created_at`

// AddSource implements store.Store.
func (s *Store) AddSource(ctx context.Context, src *model.Source) error {
	if strings.TrimSpace(src.FeedURL) == "" {
		return fmt.Errorf("add source: empty feed url: %w", model.ErrInvalid)
	}
	now := s.now().UTC()
	res, err := s.write.ExecContext(ctx, `INSERT INTO sources
		(feed_url, site_url, title, enabled, next_check_at, created_at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (feed_url) DO NOTHING`,
		src.FeedURL, src.SiteURL, src.Title, src.Enabled, src.NextCheckAt.UnixMilli(), now.UnixMilli())
	if err != nil {
		return fmt.Errorf("add source: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("add source %s: %w", src.FeedURL, model.ErrConflict)
	}
	id, err := res.LastInsertId()
	if err != nil {
		return fmt.Errorf("add source: %w", err)
	}
	src.ID = id
	src.CreatedAt = time.UnixMilli(now.UnixMilli()).UTC()
	return nil
}

// Source implements store.Store.
func (s *Store) Source(ctx context.Context, id int64) (*model.Source, error) {
	row := s.read.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE id = ?`, id)
	src, err := scanSource(row)
	if err != nil {
		return nil, fmt.Errorf("source %d: %w", id, err)
	}
	return src, nil
}

// SourceByFeedURL implements store.Store.
func (s *Store) SourceByFeedURL(ctx context.Context, feedURL string) (*model.Source, error) {
	row := s.read.QueryRowContext(ctx, `SELECT `+sourceColumns+` FROM sources WHERE feed_url = ?`, feedURL)
	src, err := scanSource(row)
	if err != nil {
		return nil, fmt.Errorf("source %s: %w", feedURL, err)
	}
	return src, nil
}

// Sources implements store.Store.
func (s *Store) Sources(ctx context.Context) ([]model.Source, error) {
	return s.querySources(ctx, `SELECT `+sourceColumns+` FROM sources ORDER BY id`)
}

// DueSources implements store.Store.
func (s *Store) DueSources(ctx context.Context, now time.Time, limit int) ([]model.Source, error) {
	return s.querySources(ctx, `SELECT `+sourceColumns+` FROM sources
		WHERE enabled = 1 AND next_check_at <= ? ORDER BY next_check_at, id LIMIT ?`,
		now.UnixMilli(), limit)
}

func (s *Store) querySources(ctx context.Context, query string, args ...any) ([]model.Source, error) {
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	defer rows.Close()
	var out []model.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			return nil, fmt.Errorf("list sources: %w", err)
		}
		out = append(out, *src)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("list sources: %w", err)
	}
	return out, nil
}

// SetSourceEnabled implements store.Store.
func (s *Store) SetSourceEnabled(ctx context.Context, id int64, enabled bool) error {
	return s.execOne(ctx, fmt.Sprintf("enable source %d", id),
		`UPDATE sources SET enabled = ? WHERE id = ?`, enabled, id)
}

// DeleteSource implements store.Store.
func (s *Store) DeleteSource(ctx context.Context, id int64) error {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("delete source %d: %w", id, err)
	}
	defer tx.Rollback()
	// Articles carried only by this source go with it; shared ones stay.
	// The search index has no foreign keys, so it is cleaned first.
	const orphans = `SELECT article_id FROM source_articles sa WHERE sa.source_id = ?
		AND NOT EXISTS (SELECT 1 FROM source_articles o
			WHERE o.article_id = sa.article_id AND o.source_id <> sa.source_id)`
	// The stories of its articles lose articles or a publisher: their
	// counts are recomputed after, and those left empty removed.
	stories, err := storiesOfSource(ctx, tx, id)
	if err != nil {
		return fmt.Errorf("delete source %d: %w", id, err)
	}
	if err := unindexSelected(ctx, tx, orphans, id); err != nil {
		return fmt.Errorf("delete source %d: %w", id, err)
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id IN (`+orphans+`)`, id); err != nil {
		return fmt.Errorf("delete source %d: %w", id, err)
	}
	res, err := tx.ExecContext(ctx, `DELETE FROM sources WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("delete source %d: %w", id, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("delete source %d: %w", id, model.ErrNotFound)
	}
	for _, st := range stories {
		if err := refreshStory(ctx, tx, st); err != nil {
			return fmt.Errorf("delete source %d: %w", id, err)
		}
	}
	return tx.Commit()
}

// storiesOfSource lists the stories holding a source's articles.
func storiesOfSource(ctx context.Context, tx *sql.Tx, id int64) ([]int64, error) {
	rows, err := tx.QueryContext(ctx, `SELECT DISTINCT x.story_id FROM article_stories x
		JOIN source_articles sa ON sa.article_id = x.article_id WHERE sa.source_id = ?`, id)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var st int64
		if err := rows.Scan(&st); err != nil {
			return nil, err
		}
		out = append(out, st)
	}
	return out, rows.Err()
}

// RecordFetch implements store.Store.
func (s *Store) RecordFetch(ctx context.Context, id int64, r model.FetchResult) error {
	what := fmt.Sprintf("record fetch of source %d", id)
	if r.Err != nil {
		return s.execOne(ctx, what, `UPDATE sources SET last_checked_at = ?, next_check_at = ?,
			error_count = error_count + 1, last_error = ? WHERE id = ?`,
			millis(r.CheckedAt), r.NextCheckAt.UnixMilli(), r.Err.Error(), id)
	}
	// Validators and names only change when the fetch brought new ones.
	return s.execOne(ctx, what, `UPDATE sources SET last_checked_at = ?, next_check_at = ?,
		error_count = 0, last_error = '',
		etag = CASE WHEN ? <> '' THEN ? ELSE etag END,
		last_modified = CASE WHEN ? <> '' THEN ? ELSE last_modified END,
		title = CASE WHEN title = '' THEN ? ELSE title END,
		site_url = CASE WHEN site_url = '' THEN ? ELSE site_url END
		WHERE id = ?`,
		millis(r.CheckedAt), r.NextCheckAt.UnixMilli(),
		r.ETag, r.ETag, r.LastModified, r.LastModified, r.Title, r.SiteURL, id)
}

func (s *Store) execOne(ctx context.Context, what, query string, args ...any) error {
	res, err := s.write.ExecContext(ctx, query, args...)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return fmt.Errorf("%s: %w", what, model.ErrNotFound)
	}
	return nil
}

type scanner interface{ Scan(dest ...any) error }

func scanSource(row scanner) (*model.Source, error) {
	var src model.Source
	var lastChecked sql.NullInt64
	var nextCheck, created int64
	err := row.Scan(&src.ID, &src.FeedURL, &src.SiteURL, &src.Title, &src.Enabled, &src.ETag,
		&src.LastModified, &lastChecked, &nextCheck, &src.ErrorCount, &src.LastError, &created)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, model.ErrNotFound
	}
	if err != nil {
		return nil, err
	}
	src.LastCheckedAt = fromMillis(lastChecked)
	src.NextCheckAt = time.UnixMilli(nextCheck).UTC()
	src.CreatedAt = time.UnixMilli(created).UTC()
	return &src, nil
}

// ClaimDueSources implements store.Store.
func (s *Store) ClaimDueSources(ctx context.Context, now, leaseUntil time.Time, limit int) ([]model.Source, error) {
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("claim due sources: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT `+sourceColumns+` FROM sources
		WHERE enabled = 1 AND next_check_at <= ? ORDER BY next_check_at, id LIMIT ?`, now.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("claim due sources: %w", err)
	}
	var due []model.Source
	for rows.Next() {
		src, err := scanSource(rows)
		if err != nil {
			rows.Close()
			return nil, fmt.Errorf("claim due sources: %w", err)
		}
		due = append(due, *src)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("claim due sources: %w", err)
	}
	for _, src := range due {
		if _, err := tx.ExecContext(ctx, `UPDATE sources SET next_check_at = ? WHERE id = ?`,
			leaseUntil.UnixMilli(), src.ID); err != nil {
			return nil, fmt.Errorf("claim due sources: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("claim due sources: %w", err)
	}
	return due, nil
}
