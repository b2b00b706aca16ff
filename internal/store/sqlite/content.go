package sqlite

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"

	"herald/internal/model"
)

// SaveContent implements store.Store. The search index moves to the
// extracted text in the same transaction.
func (s *Store) SaveContent(ctx context.Context, c *model.Content) error {
	authors, _ := json.Marshal(nonNilSlice(c.Authors))
	images, _ := json.Marshal(nonNilSlice(c.Images))
	tx, err := s.write.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save content of article %d: %w", c.ArticleID, err)
	}
	defer tx.Rollback()
	var title string
	err = tx.QueryRowContext(ctx, `SELECT title FROM articles WHERE id = ?`, c.ArticleID).Scan(&title)
	if errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("save content of article %d: %w", c.ArticleID, model.ErrNotFound)
	}
	if err != nil {
		return fmt.Errorf("save content of article %d: %w", c.ArticleID, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_content (article_id, title, authors, published_at,
		modified_at, language, site_name, canonical_url, lead_image, html, text, images, extracted_at, error)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (article_id) DO UPDATE SET title = excluded.title, authors = excluded.authors,
		published_at = excluded.published_at, modified_at = excluded.modified_at, language = excluded.language,
		site_name = excluded.site_name, canonical_url = excluded.canonical_url, lead_image = excluded.lead_image,
		html = excluded.html, text = excluded.text, images = excluded.images,
		extracted_at = excluded.extracted_at, error = excluded.error`,
		c.ArticleID, c.Title, string(authors), millis(c.PublishedAt), millis(c.ModifiedAt), c.Language,
		c.SiteName, c.CanonicalURL, c.LeadImage, c.HTML, c.Text, string(images), s.now().UnixMilli(), c.Error); err != nil {
		return fmt.Errorf("save content of article %d: %w", c.ArticleID, err)
	}
	if c.Text != "" {
		if c.Title != "" {
			title = c.Title
		}
		if err := indexArticle(ctx, tx, c.ArticleID, title, c.Text); err != nil {
			return fmt.Errorf("save content of article %d: %w", c.ArticleID, err)
		}
	}
	return tx.Commit()
}

// Content implements store.Store.
func (s *Store) Content(ctx context.Context, articleID int64) (*model.Content, error) {
	var c model.Content
	var authors, images string
	var published, modified sql.NullInt64
	var extracted int64
	err := s.read.QueryRowContext(ctx, `SELECT article_id, title, authors, published_at, modified_at, language,
		site_name, canonical_url, lead_image, html, text, images, extracted_at, error
		FROM article_content WHERE article_id = ?`, articleID).Scan(&c.ArticleID, &c.Title, &authors,
		&published, &modified, &c.Language, &c.SiteName, &c.CanonicalURL, &c.LeadImage, &c.HTML, &c.Text,
		&images, &extracted, &c.Error)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, fmt.Errorf("content of article %d: %w", articleID, model.ErrNotFound)
	}
	if err != nil {
		return nil, fmt.Errorf("content of article %d: %w", articleID, err)
	}
	if err := json.Unmarshal([]byte(authors), &c.Authors); err != nil {
		return nil, fmt.Errorf("content of article %d: %w", articleID, err)
	}
	if err := json.Unmarshal([]byte(images), &c.Images); err != nil {
		return nil, fmt.Errorf("content of article %d: %w", articleID, err)
	}
	c.PublishedAt, c.ModifiedAt = fromMillis(published), fromMillis(modified)
	c.ExtractedAt = fromMillis(sql.NullInt64{Int64: extracted, Valid: true})
	return &c, nil
}
