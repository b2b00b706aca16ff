package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"fmt"

	"herald/internal/htmltext"
)

// indexArticle replaces an article's row in the full-text index: the text
// as written goes to search_text, for snippets, and its searchForm to the
// stemmed index and the exact one.
func indexArticle(ctx context.Context, tx *sql.Tx, id int64, title, body string) error {
	if err := unindexArticle(ctx, tx, id); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search_text (article_id, title, body) VALUES (?, ?, ?)`,
		id, title, body); err != nil {
		return err
	}
	title, body = searchForm(title), searchForm(body)
	if _, err := tx.ExecContext(ctx, `INSERT INTO search (rowid, title, body) VALUES (?, ?, ?)`, id, title, body); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `INSERT INTO search_exact (rowid, title, body) VALUES (?, ?, ?)`, id, title, body)
	return err
}

// unindexArticle removes an article from the full-text index, if there. An
// external-content index forgets a row only when told the exact text it
// indexed, which is the searchForm of the stored text.
func unindexArticle(ctx context.Context, tx *sql.Tx, id int64) error {
	var title, body string
	err := tx.QueryRowContext(ctx, `SELECT title, body FROM search_text WHERE article_id = ?`, id).Scan(&title, &body)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO search (search, rowid, title, body) VALUES ('delete', ?, ?, ?)`,
		id, searchForm(title), searchForm(body)); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `DELETE FROM search_exact WHERE rowid = ?`, id); err != nil {
		return err
	}
	_, err = tx.ExecContext(ctx, `DELETE FROM search_text WHERE article_id = ?`, id)
	return err
}

// unindexSelected removes from the search index the articles whose IDs
// query selects.
func unindexSelected(ctx context.Context, tx *sql.Tx, query string, args ...any) error {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		if err := unindexArticle(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// rebuildSearch indexes every stored article as SaveEntries and SaveContent
// do: the extracted title and text once there is text, the feed's title and
// summary before. It reads in batches so that no cursor is open while the
// index is written.
func rebuildSearch(ctx context.Context, tx *sql.Tx) error {
	type doc struct {
		id          int64
		title, body string
	}
	var after int64
	for {
		rows, err := tx.QueryContext(ctx, `SELECT a.id, a.title, a.summary, a.content_html,
			COALESCE(c.title, ''), COALESCE(c.text, '')
			FROM articles a LEFT JOIN article_content c ON c.article_id = a.id
			WHERE a.id > ? ORDER BY a.id LIMIT 500`, after)
		if err != nil {
			return fmt.Errorf("rebuild search index: %w", err)
		}
		var docs []doc
		for rows.Next() {
			var d doc
			var summary, html, extractedTitle, text string
			if err := rows.Scan(&d.id, &d.title, &summary, &html, &extractedTitle, &text); err != nil {
				rows.Close()
				return fmt.Errorf("rebuild search index: %w", err)
			}
			d.body = htmltext.Plain(summary+" "+html, 0)
			if text != "" {
				d.body = text
				if extractedTitle != "" {
					d.title = extractedTitle
				}
			}
			docs = append(docs, d)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fmt.Errorf("rebuild search index: %w", err)
		}
		if len(docs) == 0 {
			return nil
		}
		for _, d := range docs {
			if err := indexArticle(ctx, tx, d.id, d.title, d.body); err != nil {
				return fmt.Errorf("rebuild search index: article %d: %w", d.id, err)
			}
		}
		after = docs[len(docs)-1].id
	}
}
