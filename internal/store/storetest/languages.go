package storetest

import (
	"context"
	"maps"
	"testing"

	"herald/internal/model"
)

// testDetectedLanguages checks the fallback order for articles whose feed
// states no language: extraction's language, else the understanding
// stage's; an article with neither, or no article, is absent.
func testDetectedLanguages(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "Extracted", "Enriched", "Both", "Neither", "Extracted without language")
	for _, c := range []model.Content{{ArticleID: ids[0], Language: "fr"}, {ArticleID: ids[2], Language: "ar"},
		{ArticleID: ids[4]}} {
		if err := s.SaveContent(ctx, &c); err != nil {
			t.Fatal(err)
		}
	}
	for _, e := range []model.Enrichment{{ArticleID: ids[1], Language: "de"}, {ArticleID: ids[2], Language: "en"},
		{ArticleID: ids[4], Language: "es"}} {
		if err := s.SaveEnrichment(ctx, &e); err != nil {
			t.Fatal(err)
		}
	}
	got, err := s.DetectedLanguages(ctx, append(ids, 9999))
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]string{ids[0]: "fr", ids[1]: "de", ids[2]: "ar", ids[4]: "es"}
	if !maps.Equal(got, want) {
		t.Errorf("DetectedLanguages = %v, want %v", got, want)
	}
	if got, err := s.DetectedLanguages(ctx, nil); err != nil || len(got) != 0 {
		t.Errorf("DetectedLanguages(nil) = %v, %v; want empty", got, err)
	}
}
