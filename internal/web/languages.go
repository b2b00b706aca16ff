package web

import (
	"context"
	"fmt"

	"herald/internal/model"
)

// fillLanguages gives the articles of lists whose feed states no language
// the one extraction or the understanding stage detected, as an article's
// own page does (articleData.language), so a list and the detail agree.
// All lists cost one store query.
func (s *Server) fillLanguages(ctx context.Context, lists ...[]model.Article) error {
	var ids []int64
	for _, arts := range lists {
		for _, a := range arts {
			if a.Language == "" {
				ids = append(ids, a.ID)
			}
		}
	}
	if len(ids) == 0 {
		return nil
	}
	langs, err := s.store.DetectedLanguages(ctx, ids)
	if err != nil {
		return fmt.Errorf("languages of %d articles: %w", len(ids), err)
	}
	for _, arts := range lists {
		for i := range arts {
			if arts[i].Language == "" {
				arts[i].Language = langs[arts[i].ID]
			}
		}
	}
	return nil
}

// fillListLanguages does fillLanguages for the articles an article's
// detail lists: its original, copies, coverage and related articles.
func (s *Server) fillListLanguages(ctx context.Context, d *articleData) error {
	var original []model.Article
	if d.Original != nil {
		original = []model.Article{*d.Original}
	}
	if err := s.fillLanguages(ctx, original, d.Copies, d.Coverage, d.Related); err != nil {
		return err
	}
	if d.Original != nil {
		*d.Original = original[0]
	}
	return nil
}
