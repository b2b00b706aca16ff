package sqlite

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"herald/internal/model"
	"herald/internal/store"
)

// Search implements store.Store with FTS5: BM25 ranking with titles
// weighing five times the body, and a snippet of the body. The query is
// put in the index's spelling (searchForm); the tokenizer stems it. An
// article is found by the stems of the reader's words and ranked by them
// and by the words as typed (search_exact, any of them), so that "news"
// finds the news before the articles that only say "new".
//
// The page is ranked first and only its articles are read, with their
// snippets and sources: a common word matches most of the store.
func (s *Store) Search(ctx context.Context, q store.SearchQuery) ([]store.SearchHit, error) {
	form := searchForm(q.Text)
	match := ftsQuery(form, " ")
	if match == "" {
		return nil, fmt.Errorf("search %q: no words to look for: %w", q.Text, model.ErrInvalid)
	}
	limit := q.Limit
	if limit <= 0 || limit > 100 {
		limit = 20
	}
	page := `SELECT search.rowid AS id, bm25(search, 5.0, 1.0) + COALESCE(exact.rank, 0) AS rank, a.sort_at
		FROM search JOIN articles a ON a.id = search.rowid LEFT JOIN exact ON exact.rowid = search.rowid
		WHERE search MATCH ?`
	args := []any{ftsQuery(form, " OR "), match}
	if q.SourceID > 0 {
		page += ` AND a.id IN (SELECT article_id FROM source_articles WHERE source_id = ?)`
		args = append(args, q.SourceID)
	}
	if q.Tag != "" {
		page += ` AND a.id IN (SELECT article_id FROM article_tags WHERE slug = ?)`
		args = append(args, q.Tag)
	}
	if !q.Since.IsZero() {
		page += ` AND a.sort_at >= ?`
		args = append(args, q.Since.UnixMilli())
	}
	if !q.Until.IsZero() {
		page += ` AND a.sort_at < ?`
		args = append(args, q.Until.UnixMilli())
	}
	page += ` ORDER BY rank, a.sort_at DESC LIMIT ? OFFSET ?`
	args = append(args, limit, max(q.Offset, 0), match)
	query := `WITH exact AS MATERIALIZED (SELECT rowid, bm25(search_exact, 5.0, 1.0) AS rank
			FROM search_exact WHERE search_exact MATCH ?),
		page AS MATERIALIZED (` + page + `)
		SELECT ` + articleColumns + `, snippet(search, 1, char(2), char(3), '…', 24), page.rank
		FROM page JOIN search ON search.rowid = page.id JOIN articles a ON a.id = page.id
		LEFT JOIN sources s ON s.id = (SELECT sa.source_id FROM source_articles sa
			WHERE sa.article_id = a.id ORDER BY sa.first_seen_at, sa.source_id LIMIT 1)
		WHERE search MATCH ? ORDER BY page.rank, page.sort_at DESC`
	rows, err := s.read.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", q.Text, err)
	}
	defer rows.Close()
	var hits []store.SearchHit
	for rows.Next() {
		var h store.SearchHit
		a, err := scanArticleWith(rows, &h.Snippet, &h.Rank)
		if err != nil {
			return nil, fmt.Errorf("search %q: %w", q.Text, err)
		}
		h.Article = *a
		hits = append(hits, h)
	}
	return hits, rows.Err()
}

// ftsQuery turns what a reader typed into an FTS5 query: its words, and
// "quoted phrases" as phrases, joined by op (" " for all of them, " OR "
// for any). FTS5 syntax in the input is never interpreted: each token is
// quoted.
func ftsQuery(text, op string) string {
	var parts []string
	for i, chunk := range strings.Split(text, `"`) {
		words := strings.FieldsFunc(chunk, isSeparator)
		if len(words) == 0 {
			continue
		}
		if i%2 == 1 { // inside quotes
			parts = append(parts, `"`+strings.Join(words, " ")+`"`)
			continue
		}
		for _, w := range words {
			parts = append(parts, `"`+w+`"`)
		}
	}
	return strings.Join(parts, op)
}

// isSeparator reports what ends a word: anything but letters, digits and
// the combining marks on them (an accent typed as "e" and U+0301, which
// the tokenizer folds), as the index's tokenizer sees words.
func isSeparator(r rune) bool {
	return !unicode.IsLetter(r) && !unicode.IsNumber(r) && !unicode.Is(unicode.Mn, r)
}

func containsFold(s, sub string) bool {
	return strings.Contains(strings.ToLower(s), strings.ToLower(sub))
}
