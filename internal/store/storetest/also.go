package storetest

import (
	"context"
	"errors"
	"slices"
	"testing"

	"herald/internal/model"
)

// An article placed in one story can cover others as well; their pages list
// it. Links to the article's own story or to missing stories are skipped,
// adding a link twice keeps one, and merges carry the links along.
func testAlsoCovers(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "Bridge closed", "Budget funds the bridge", "Budget", "Bank levy")
	for i, story := range []int64{1, 1, 2, 3} {
		if err := s.SavePlacement(ctx, model.Placement{ArticleID: ids[i], StoryID: story}); err != nil {
			t.Fatal(err)
		}
	}
	covering := func(story int64) []int64 {
		t.Helper()
		arts, err := s.AlsoCovering(ctx, story, 10)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, a := range arts {
			out = append(out, a.ID)
		}
		return out
	}
	if err := s.AddAlsoCovers(ctx, ids[1], []int64{2, 1, 99}); err != nil {
		t.Fatal(err)
	}
	if err := s.AddAlsoCovers(ctx, ids[1], []int64{2}); err != nil {
		t.Fatal(err)
	}
	if got := covering(2); !slices.Equal(got, []int64{ids[1]}) {
		t.Fatalf("AlsoCovering(2) = %v, want [%d]", got, ids[1])
	}
	if got := covering(1); len(got) != 0 {
		t.Fatalf("an article covers its own story as further coverage: %v", got)
	}
	if sts, err := s.AlsoStories(ctx, ids[1]); err != nil || len(sts) != 1 || sts[0].ID != 2 {
		t.Fatalf("AlsoStories = %+v, %v; want story 2", sts, err)
	}
	if sts, err := s.AlsoStories(ctx, ids[0]); err != nil || len(sts) != 0 {
		t.Fatalf("AlsoStories of an article with none = %+v, %v", sts, err)
	}
	if err := s.AddAlsoCovers(ctx, ids[1], []int64{3}); err != nil {
		t.Fatal(err)
	}
	if got := covering(3); !slices.Equal(got, []int64{ids[1]}) {
		t.Fatalf("AlsoCovering(3) = %v, want [%d]", got, ids[1])
	}
	// Merging 3 into 2 leaves one link where there were two.
	if err := s.MergeStories(ctx, 2, 3); err != nil {
		t.Fatal(err)
	}
	if got := covering(2); !slices.Equal(got, []int64{ids[1]}) {
		t.Fatalf("after merging 3 into 2, AlsoCovering(2) = %v, want [%d]", got, ids[1])
	}
	// Once the article's own story merges into the one it also covered,
	// it is plain coverage there.
	if err := s.MergeStories(ctx, 2, 1); err != nil {
		t.Fatal(err)
	}
	if got := covering(2); len(got) != 0 {
		t.Fatalf("after merging 1 into 2, AlsoCovering(2) = %v, want none", got)
	}
	// An article linked to a story and then placed in it is plain
	// coverage there, listed once; linked before it was placed at all, it
	// is the same.
	if err := s.AddAlsoCovers(ctx, ids[3], []int64{2}); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: ids[3], StoryID: 2}); err != nil {
		t.Fatal(err)
	}
	if got := covering(2); len(got) != 0 {
		t.Fatalf("an article placed in the story it covered stays further coverage: %v", got)
	}
	if sts, err := s.AlsoStories(ctx, ids[3]); err != nil || len(sts) != 0 {
		t.Fatalf("AlsoStories lists the article's own story: %+v, %v", sts, err)
	}
	_, late := seed(t, s, "https://b.example/feed", "Unplaced yet")
	if err := s.AddAlsoCovers(ctx, late[0], []int64{2}); err != nil {
		t.Fatal(err)
	}
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: late[0], StoryID: 2}); err != nil {
		t.Fatal(err)
	}
	if sts, err := s.AlsoStories(ctx, late[0]); err != nil || len(sts) != 0 {
		t.Fatalf("AlsoStories of an article linked before its placement = %+v, %v", sts, err)
	}
	if err := s.AddAlsoCovers(ctx, 9999, []int64{2}); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("AddAlsoCovers of a missing article = %v, want ErrNotFound", err)
	}
}
