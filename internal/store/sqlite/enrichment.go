package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"herald/internal/model"
	"herald/internal/store"
)

// SaveEnrichment implements store.Store.
func (s *Store) SaveEnrichment(ctx context.Context, e *model.Enrichment) error {
	what := fmt.Sprintf("save enrichment of article %d", e.ArticleID)
	keyphrases, _ := json.Marshal(nonNilSlice(e.Keyphrases))
	entities, _ := json.Marshal(nonNilSlice(e.Entities))
	quotes, _ := json.Marshal(nonNilSlice(e.Quotes))
	summary, _ := json.Marshal(nonNilSlice(e.Summary))
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	var exists, enriched int
	if err := tx.QueryRowContext(ctx, `SELECT count(*), (SELECT count(*) FROM article_enrichment WHERE article_id = ?)
		FROM articles WHERE id = ?`, e.ArticleID, e.ArticleID).Scan(&exists, &enriched); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if exists == 0 {
		return fmt.Errorf("%s: %w", what, model.ErrNotFound)
	}
	stmts := []stmt{
		{`INSERT INTO article_enrichment (article_id, language, keyphrases, entities, quotes, summary, summary_source, summary_of)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (article_id) DO UPDATE SET language = excluded.language,
			keyphrases = excluded.keyphrases, entities = excluded.entities, quotes = excluded.quotes,
			summary = excluded.summary, summary_source = excluded.summary_source, summary_of = excluded.summary_of`,
			[]any{e.ArticleID, e.Language, string(keyphrases), string(entities), string(quotes), string(summary),
				e.SummarySource, e.SummaryOf}},
		{`DELETE FROM article_tags WHERE article_id = ?`, []any{e.ArticleID}},
		{`DELETE FROM article_entities WHERE article_id = ?`, []any{e.ArticleID}},
	}
	tagStmts, err := tagStatements(e.ArticleID, e.Tags)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	stmts = append(stmts, tagStmts...)
	for _, en := range e.Entities {
		if en.Key == "" {
			continue
		}
		stmts = append(stmts,
			stmt{`INSERT INTO entities (key, name, type, last_word) VALUES (?, ?, ?, ?) ON CONFLICT (key) DO NOTHING`,
				[]any{en.Key, en.Name, en.Type, store.LastWord(en.Key)}},
			stmt{`INSERT INTO article_entities (article_id, key, mentions, evidence, joined_from) VALUES (?, ?, ?, ?, ?)
				ON CONFLICT (article_id, key) DO UPDATE SET mentions = article_entities.mentions + excluded.mentions,
				evidence = max(article_entities.evidence, excluded.evidence),
				joined_from = CASE WHEN excluded.joined_from = '' THEN '' ELSE article_entities.joined_from END`,
				[]any{e.ArticleID, en.Key, en.Mentions, en.Evidence, en.JoinedFrom}})
	}
	if enriched == 0 { // re-enrichment must not count the article twice
		for _, k := range uniqueStrings(e.TermKeys) {
			stmts = append(stmts, stmt{`INSERT INTO term_df (key, df) VALUES (?, 1)
				ON CONFLICT (key) DO UPDATE SET df = term_df.df + 1`, []any{k}})
		}
	}
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// tagStatements link an article to tags, in rank order.
func tagStatements(articleID int64, tags []model.Tag) ([]stmt, error) {
	var stmts []stmt
	for i, t := range tags {
		if t.Slug == "" {
			return nil, fmt.Errorf("tag %q has no slug: %w", t.Name, model.ErrInvalid)
		}
		stmts = append(stmts,
			// Of a tag's spellings ("#Battery", "#Batteries") the
			// shortest, then the first in byte order, names it, so the
			// name does not depend on which article came first.
			stmt{`INSERT INTO tags (slug, name) VALUES (?, ?) ON CONFLICT (slug) DO UPDATE SET name = excluded.name
				WHERE length(excluded.name) < length(tags.name)
				OR length(excluded.name) = length(tags.name) AND excluded.name < tags.name`, []any{t.Slug, t.Name}},
			stmt{`INSERT INTO article_tags (article_id, slug, rank) VALUES (?, ?, ?) ON CONFLICT DO NOTHING`,
				[]any{articleID, t.Slug, i}})
	}
	return stmts, nil
}

// SetTags implements store.Store.
func (s *Store) SetTags(ctx context.Context, articleID int64, tags []model.Tag) error {
	what := fmt.Sprintf("set tags of article %d", articleID)
	stmts, err := tagStatements(articleID, tags)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	defer tx.Rollback()
	var enriched int
	if err := tx.QueryRowContext(ctx, `SELECT count(*) FROM article_enrichment WHERE article_id = ?`,
		articleID).Scan(&enriched); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	if enriched == 0 {
		return fmt.Errorf("%s: not enriched: %w", what, model.ErrNotFound)
	}
	stmts = append([]stmt{{`DELETE FROM article_tags WHERE article_id = ?`, []any{articleID}}}, stmts...)
	for _, st := range stmts {
		if _, err := tx.ExecContext(ctx, st.query, st.args...); err != nil {
			return fmt.Errorf("%s: %w", what, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("%s: %w", what, err)
	}
	return nil
}

// Enrichment implements store.Store.
func (s *Store) Enrichment(ctx context.Context, articleID int64) (*model.Enrichment, error) {
	what := fmt.Sprintf("enrichment of article %d", articleID)
	e := model.Enrichment{ArticleID: articleID}
	var keyphrases, entities, quotes, summary string
	err := s.read.QueryRowContext(ctx, `SELECT language, keyphrases, entities, quotes, summary, summary_source, summary_of
		FROM article_enrichment WHERE article_id = ?`, articleID).Scan(&e.Language, &keyphrases, &entities, &quotes, &summary,
		&e.SummarySource, &e.SummaryOf)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("%s: %w", what, model.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	for _, f := range []struct {
		src string
		dst any
	}{{keyphrases, &e.Keyphrases}, {entities, &e.Entities}, {quotes, &e.Quotes}, {summary, &e.Summary}} {
		if err := json.Unmarshal([]byte(f.src), f.dst); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
	}
	rows, err := s.read.QueryContext(ctx, `SELECT t.slug, t.name FROM article_tags at JOIN tags t ON t.slug = at.slug
		WHERE at.article_id = ? ORDER BY at.rank`, articleID)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	for rows.Next() {
		var t model.Tag
		if err := rows.Scan(&t.Slug, &t.Name); err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		e.Tags = append(e.Tags, t)
	}
	return &e, rows.Err()
}

// Tag implements store.Store.
func (s *Store) Tag(ctx context.Context, slug string) (*model.Tag, error) {
	var t model.Tag
	err := s.read.QueryRowContext(ctx, `SELECT t.slug, t.name, (SELECT count(*) FROM article_tags WHERE slug = t.slug)
		FROM tags t WHERE t.slug = ?`, slug).Scan(&t.Slug, &t.Name, &t.Count)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("tag %q: %w", slug, model.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("tag %q: %w", slug, err)
	}
	return &t, nil
}

// TagNeighbours implements store.Store. Stories shared come first, then
// the articles of those stories that carry the tag: in a single story,
// its own tags (#Strike on most of its reports) before one column's aside.
func (s *Store) TagNeighbours(ctx context.Context, slug string, limit int) ([]model.Tag, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT t.slug, t.name, count(DISTINCT s2.story_id) AS n,
		count(DISTINCT a2.article_id) AS m
		FROM (SELECT article_id FROM article_tags WHERE slug = ? ORDER BY article_id DESC LIMIT 200) a1
		JOIN article_stories s1 ON s1.article_id = a1.article_id
		JOIN article_stories s2 ON s2.story_id = s1.story_id
		JOIN article_tags a2 ON a2.article_id = s2.article_id
		JOIN tags t ON t.slug = a2.slug
		WHERE a2.slug <> ? GROUP BY t.slug, t.name ORDER BY n DESC, m DESC, t.slug LIMIT ?`, slug, slug, limit)
	if err != nil {
		return nil, fmt.Errorf("tag neighbours of %q: %w", slug, err)
	}
	defer rows.Close()
	var out []model.Tag
	for rows.Next() {
		var t model.Tag
		var articles int
		if err := rows.Scan(&t.Slug, &t.Name, &t.Count, &articles); err != nil {
			return nil, fmt.Errorf("tag neighbours of %q: %w", slug, err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// TopTags implements store.Store.
func (s *Store) TopTags(ctx context.Context, since time.Time, limit int) ([]model.Tag, error) {
	rows, err := s.read.QueryContext(ctx, `SELECT t.slug, t.name, count(*) AS n FROM article_tags at
		JOIN tags t ON t.slug = at.slug JOIN articles a ON a.id = at.article_id
		WHERE a.sort_at >= ? GROUP BY t.slug, t.name ORDER BY n DESC, t.slug LIMIT ?`, since.UnixMilli(), limit)
	if err != nil {
		return nil, fmt.Errorf("top tags: %w", err)
	}
	defer rows.Close()
	var out []model.Tag
	for rows.Next() {
		var t model.Tag
		if err := rows.Scan(&t.Slug, &t.Name, &t.Count); err != nil {
			return nil, fmt.Errorf("top tags: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// TagArticles implements store.Store.
func (s *Store) TagArticles(ctx context.Context, slug string, limit int, before int64) ([]model.Article, error) {
	return s.listArticles(ctx, "tag articles", `a.id IN (SELECT article_id FROM article_tags WHERE slug = ?)`,
		[]any{slug}, limit, before)
}

// SourceArticles implements store.Store.
func (s *Store) SourceArticles(ctx context.Context, sourceID int64, limit int, before int64) ([]model.Article, error) {
	return s.listArticles(ctx, "source articles", `a.id IN (SELECT article_id FROM source_articles WHERE source_id = ?)`,
		[]any{sourceID}, limit, before)
}

// dfBatch is how many terms one document-frequency query looks up.
const dfBatch = 200

var dfQuery = `SELECT key, df FROM term_df WHERE key IN (?` + strings.Repeat(", ?", dfBatch-1) + `)`

// DocumentFrequencies implements store.Store.
func (s *Store) DocumentFrequencies(ctx context.Context, terms []string) (map[string]int, int, error) {
	var total int
	if err := s.read.QueryRowContext(ctx, `SELECT count(*) FROM article_enrichment`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("document frequencies: %w", err)
	}
	df := make(map[string]int, len(terms))
	for start := 0; start < len(terms); start += dfBatch {
		batch := terms[start:min(start+dfBatch, len(terms))]
		// Always dfBatch placeholders, the rest bound to NULL (which matches
		// no key), so that every call runs the one prepared statement.
		args := make([]any, dfBatch)
		for i, t := range batch {
			args[i] = t
		}
		rows, err := s.read.QueryContext(ctx, dfQuery, args...)
		if err != nil {
			return nil, 0, fmt.Errorf("document frequencies: %w", err)
		}
		for rows.Next() {
			var key string
			var n int
			if err := rows.Scan(&key, &n); err != nil {
				rows.Close()
				return nil, 0, fmt.Errorf("document frequencies: %w", err)
			}
			df[key] = n
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, 0, fmt.Errorf("document frequencies: %w", err)
		}
	}
	return df, total, nil
}

func uniqueStrings(in []string) []string {
	seen := make(map[string]bool, len(in))
	out := in[:0:0]
	for _, s := range in {
		if s != "" && !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// stmt is one statement of a transaction built up before it runs.
type stmt struct {
	query string
	args  []any
}

func nonNilSlice[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
