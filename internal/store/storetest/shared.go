package storetest

import (
	"context"
	"testing"
	"time"

	"herald/internal/model"
)

// testSharedArticleKeptFromOtherFeeds: a second feed that lists another
// publisher's article (same URL) shares it but may not rewrite it. Were
// its "updated" copy to refresh the fields, any subscribed feed could put
// its own title and text on another publisher's article, which is shown
// under that publisher's name.
func testSharedArticleKeptFromOtherFeeds(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a := mustAddSource(t, s, "https://a.example/feed")
	b := mustAddSource(t, s, "https://b.example/feed")
	ids, _ := s.SaveEntries(ctx, a.ID, []model.Article{entry("a-1", "https://a.example/story", t0)})
	forged := entry("b-1", "https://a.example/story", t0)
	forged.Title, forged.Summary, forged.ContentHTML = "Forged title", "Forged summary", "<p>Forged</p>"
	forged.UpdatedAt = t0.Add(time.Hour)
	if more, err := s.SaveEntries(ctx, b.ID, []model.Article{forged}); err != nil || len(more) != 0 {
		t.Fatalf("second feed's copy: added %v, %v", more, err)
	}
	got, err := s.Article(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if got.Title != "Title a-1" || got.Summary != "Summary a-1" || got.ContentHTML != "" || got.SourceID != a.ID {
		t.Fatalf("another feed rewrote the article: %+v", got)
	}
	// Its own publisher still corrects it.
	own := entry("a-1", "https://a.example/story", t0)
	own.Title, own.UpdatedAt = "Corrected title", t0.Add(2*time.Hour)
	s.SaveEntries(ctx, a.ID, []model.Article{own})
	if got, _ := s.Article(ctx, ids[0]); got.Title != "Corrected title" {
		t.Fatalf("own feed's correction not applied: %q", got.Title)
	}
}
