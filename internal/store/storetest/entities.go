package storetest

import (
	"context"
	"testing"

	"herald/internal/model"
)

func testEntityArticleCounts(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
	org := model.Entity{Key: "organization:lumio", Name: "Lumio", Type: "organization", Mentions: 2}
	person := model.Entity{Key: "person:lumio", Name: "Lumio", Type: "person", Mentions: 1}
	for i, ents := range [][]model.Entity{{org}, {org}, {person}} {
		if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[i], Entities: ents}); err != nil {
			t.Fatal(err)
		}
	}
	keys := []string{org.Key, person.Key, "place:lumio", org.Key}
	got, err := s.EntityArticleCounts(ctx, keys, ids[2])
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1 || got[org.Key] != 2 {
		t.Fatalf("counts except the third article = %v, want organization:lumio 2 only", got)
	}
	got, _ = s.EntityArticleCounts(ctx, keys, ids[0])
	if len(got) != 2 || got[org.Key] != 1 || got[person.Key] != 1 {
		t.Fatalf("counts except the first article = %v, want one each", got)
	}
	if got, err := s.EntityArticleCounts(ctx, nil, 0); err != nil || len(got) != 0 {
		t.Fatalf("counts of no keys = %v, %v", got, err)
	}
	// Re-enrichment replaces an article's links.
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[1], Entities: []model.Entity{person}})
	if got, _ := s.EntityArticleCounts(ctx, keys, 0); got[org.Key] != 1 || got[person.Key] != 2 {
		t.Fatalf("counts after re-enrichment = %v", got)
	}
}
