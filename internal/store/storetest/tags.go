package storetest

import (
	"context"
	"errors"
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

// testSetTagsChangesOnlyTags replaces an article's tags and leaves the rest
// of its enrichment as stored: its entity links keep their evidence and
// mentions, and the document frequencies count it once.
func testSetTagsChangesOnlyTags(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two")
	lumio := model.Entity{Key: "organization:lumio", Name: "Lumio", Type: "organization", Mentions: 3, Evidence: 10}
	if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[0], Summary: []string{"A point."},
		Tags: []model.Tag{{Slug: "harbourbridge", Name: "#HarbourBridge"}}, Entities: []model.Entity{lumio},
		TermKeys: []string{"bridg"}}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetTags(ctx, ids[0], []model.Tag{{Slug: "bridge", Name: "#Bridge"}, {Slug: "lumio", Name: "#Lumio"}}); err != nil {
		t.Fatal(err)
	}
	e, err := s.Enrichment(ctx, ids[0])
	if err != nil || len(e.Tags) != 2 || e.Tags[0].Slug != "bridge" || len(e.Summary) != 1 || len(e.Entities) != 1 {
		t.Fatalf("after SetTags: %+v, %v", e, err)
	}
	if tg, err := s.Tag(ctx, "harbourbridge"); err == nil && tg.Count != 0 {
		t.Errorf("the old tag still lists the article: %+v", tg)
	}
	if votes, _ := s.EntityTypeVotes(ctx, []string{lumio.Key}, 0, 10); votes[lumio.Key] != 1 {
		t.Errorf("the entity link lost its evidence: votes %v", votes)
	}
	if df, n, _ := s.DocumentFrequencies(ctx, []string{"bridg"}); df["bridg"] != 1 || n != 1 {
		t.Errorf("document frequencies after SetTags: %v of %d", df, n)
	}
	if err := s.SetTags(ctx, ids[1], []model.Tag{{Slug: "bridge", Name: "#Bridge"}}); !errors.Is(err, model.ErrNotFound) {
		t.Errorf("SetTags on an article not enriched = %v, want ErrNotFound", err)
	}
	if err := s.SetTags(ctx, ids[0], []model.Tag{{Name: "#NoSlug"}}); !errors.Is(err, model.ErrInvalid) {
		t.Errorf("SetTags with a tag without slug = %v, want ErrInvalid", err)
	}
}
