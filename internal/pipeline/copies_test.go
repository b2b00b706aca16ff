package pipeline_test

import (
	"context"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
)

// Sharing tags with a wire copy must change only its tags: its entity
// links keep the evidence its own reading gave them, or the copy turns
// into a "guess" that resettleGuesses re-enriches (which restores the
// copy's own tags).
func TestStoryPlacerSharedTagsKeepEntityEvidence(t *testing.T) {
	sp, st := newPlacer(t)
	ctx := context.Background()
	original := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	reprint := articleWithText(t, st, "gazette", "Harbour bridge shut over cracks (Northwind)",
		strings.Replace(bridgeText, "early on Tuesday", "on Tuesday morning", 1), t0.Add(time.Hour))
	castellane := model.Entity{Key: "person:castellane", Name: "Castellane", Type: "person", Mentions: 2, Evidence: 6}
	for id, tag := range map[int64]string{original: "bridge", reprint: "harbourbridge"} {
		if err := st.SaveEnrichment(ctx, &model.Enrichment{ArticleID: id, Language: "en",
			Tags: []model.Tag{{Slug: tag, Name: "#" + tag}}, Entities: []model.Entity{castellane}}); err != nil {
			t.Fatal(err)
		}
	}
	for _, id := range []int64{original, reprint} {
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if e, _ := st.Enrichment(ctx, reprint); len(e.Tags) != 1 || e.Tags[0].Slug != "bridge" {
		t.Fatalf("tags not shared: %+v", e.Tags)
	}
	guesses, err := st.EntityGuessArticles(ctx, []string{castellane.Key}, 2, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(guesses) != 0 {
		t.Errorf("after sharing tags, articles %v link %s as a guess (evidence <= 2); it was read with evidence %d",
			guesses, castellane.Key, castellane.Evidence)
	}
}
