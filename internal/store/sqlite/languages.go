package sqlite

import (
	"context"
	"encoding/json"
	"fmt"
)

// DetectedLanguages implements store.Store. The IDs go in as one JSON
// array, so a page of any length is one statement.
func (s *Store) DetectedLanguages(ctx context.Context, ids []int64) (map[int64]string, error) {
	out := make(map[int64]string, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	list, err := json.Marshal(ids)
	if err != nil {
		return nil, fmt.Errorf("detected languages: %w", err)
	}
	rows, err := s.read.QueryContext(ctx, `SELECT a.id, COALESCE(NULLIF(c.language, ''), e.language, '')
		FROM articles a
		LEFT JOIN article_content c ON c.article_id = a.id
		LEFT JOIN article_enrichment e ON e.article_id = a.id
		WHERE a.id IN (SELECT value FROM json_each(?))`, string(list))
	if err != nil {
		return nil, fmt.Errorf("detected languages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var lang string
		if err := rows.Scan(&id, &lang); err != nil {
			return nil, fmt.Errorf("detected languages: %w", err)
		}
		if lang != "" {
			out[id] = lang
		}
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("detected languages: %w", err)
	}
	return out, nil
}
