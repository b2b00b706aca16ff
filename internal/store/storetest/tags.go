package storetest

import (
	"context"
	"testing"

	"herald/internal/model"
)

// testTagNameIndependentOfOrder saves one tag under two spellings, in
// both orders: the name shown must not depend on which article was
// enriched first.
func testTagNameIndependentOfOrder(t *testing.T, open Opener) {
	ctx := context.Background()
	spellings := []string{"#Batteries", "#Battery", "#battery"}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}, {1, 0, 2}} {
		s := open(t, fixedClock())
		_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
		for i, k := range order {
			tag := model.Tag{Slug: "batteri", Name: spellings[k]}
			if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[i], Tags: []model.Tag{tag}}); err != nil {
				t.Fatal(err)
			}
		}
		tag, err := s.Tag(ctx, "batteri")
		if err != nil {
			t.Fatal(err)
		}
		// The shortest spelling, then the first in byte order (capitals
		// before small letters).
		if tag.Name != "#Battery" || tag.Count != 3 {
			t.Errorf("saved as %v: tag %+v, want #Battery on 3 articles", order, tag)
		}
	}
}
