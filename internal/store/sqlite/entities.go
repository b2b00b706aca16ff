package sqlite

import (
	"context"
	"fmt"
	"strings"

	"herald/internal/model"
	"herald/internal/store"
)

// entityBatch bounds the keys of one EntityTypeVotes query, well under
// SQLite's limit on bound parameters.
const entityBatch = 100

// EntityTypeVotes implements store.Store.
func (s *Store) EntityTypeVotes(ctx context.Context, keys []string, except int64, minEvidence int) (map[string]int, error) {
	keys = uniqueStrings(keys)
	counts := make(map[string]int, len(keys))
	for start := 0; start < len(keys); start += entityBatch {
		batch := keys[start:min(start+entityBatch, len(keys))]
		args := make([]any, 0, 2*len(batch)+2)
		for range 2 {
			for _, k := range batch {
				args = append(args, k)
			}
		}
		args = append(args, except, minEvidence)
		query := entityVotesQuery(len(batch))
		rows, err := s.read.QueryContext(ctx, query, args...)
		if err != nil {
			return nil, fmt.Errorf("entity type votes: %w", err)
		}
		for rows.Next() {
			var key string
			var n int
			if err := rows.Scan(&key, &n); err != nil {
				rows.Close()
				return nil, fmt.Errorf("entity type votes: %w", err)
			}
			counts[key] = n
		}
		err = rows.Err()
		rows.Close()
		if err != nil {
			return nil, fmt.Errorf("entity type votes: %w", err)
		}
	}
	return counts, nil
}

// EntityGuessArticles implements store.Store.
func (s *Store) EntityGuessArticles(ctx context.Context, keys []string, maxEvidence, limit int) ([]int64, error) {
	keys = uniqueStrings(keys)
	if len(keys) == 0 || limit <= 0 {
		return nil, nil
	}
	keys = keys[:min(len(keys), entityBatch)] // one article names far fewer one-word entities
	args := make([]any, 0, 2*len(keys)+2)
	for range 2 {
		for _, k := range keys {
			args = append(args, k)
		}
	}
	args = append(args, maxEvidence, limit)
	rows, err := s.read.QueryContext(ctx, entityGuessQuery(len(keys)), args...)
	if err != nil {
		return nil, fmt.Errorf("entity guess articles: %w", err)
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, fmt.Errorf("entity guess articles: %w", err)
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("entity guess articles: %w", err)
	}
	return ids, nil
}

// LongerNames implements store.Store.
func (s *Store) LongerNames(ctx context.Context, keys []string, except int64) (map[string][]model.Entity, error) {
	keys = uniqueStrings(keys)
	out := make(map[string][]model.Entity)
	if len(keys) == 0 {
		return out, nil
	}
	keys = keys[:min(len(keys), entityBatch)] // one article names far fewer one-word entities
	words := make([]string, 0, len(keys))
	for _, k := range keys {
		words = append(words, store.LastWord(k))
	}
	words = uniqueStrings(words)
	args := make([]any, 0, len(words)+1)
	for _, w := range words {
		args = append(args, w)
	}
	args = append(args, except)
	rows, err := s.read.QueryContext(ctx, longerNamesQuery(len(words)), args...)
	if err != nil {
		return nil, fmt.Errorf("longer names: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var e model.Entity
		if err := rows.Scan(&e.Key, &e.Name, &e.Type, &e.Mentions); err != nil {
			return nil, fmt.Errorf("longer names: %w", err)
		}
		for _, k := range keys {
			typ, word, _ := strings.Cut(k, ":")
			if strings.HasPrefix(e.Key, typ+":") && strings.HasSuffix(e.Key, "-"+word) {
				out[k] = append(out[k], e)
			}
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("longer names: %w", err)
	}
	return out, nil
}

// inList is a list of n bound parameters: "IN (?, ?)".
func inList(n int) string { return `IN (?` + strings.Repeat(", ?", n-1) + `)` }

// entityVotesQuery counts, per key read, the links to n keys (bound twice:
// as keys, then as the keys joined links were read as), then except and
// minEvidence. A wire copy repeats its original's reading: it does not
// vote. A link joined to a full name votes for what its article read.
// Saying that joined_from is not empty lets SQLite use its partial index.
func entityVotesQuery(n int) string {
	return `SELECT CASE WHEN ae.joined_from != '' THEN ae.joined_from ELSE ae.key END AS read, count(*)
		FROM article_entities ae
		WHERE (ae.key ` + inList(n) + ` AND ae.joined_from = '' OR ae.joined_from ` + inList(n) + ` AND ae.joined_from != '')
		AND ae.article_id != ? AND ae.evidence >= ?
		AND NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = ae.article_id AND s.duplicate_of != 0)
		GROUP BY read`
}

// entityGuessQuery lists the articles linking n keys (bound twice, as in
// entityVotesQuery), then maxEvidence and the limit.
func entityGuessQuery(n int) string {
	return `SELECT DISTINCT article_id FROM article_entities
		WHERE (key ` + inList(n) + ` AND joined_from = '' OR joined_from ` + inList(n) + ` AND joined_from != '') AND evidence <= ?
		ORDER BY article_id DESC LIMIT ?`
}

// longerNamesQuery counts the articles naming each entity of more than one
// word whose last word is one of n, then except.
func longerNamesQuery(n int) string {
	return `SELECT e.key, e.name, e.type, count(*) FROM entities e
		JOIN article_entities ae ON ae.key = e.key
		WHERE e.last_word ` + inList(n) + ` AND e.name LIKE '% %'
		AND ae.joined_from = '' AND ae.article_id != ?
		AND NOT EXISTS (SELECT 1 FROM article_stories s WHERE s.article_id = ae.article_id AND s.duplicate_of != 0)
		GROUP BY e.key ORDER BY e.key`
}
