package pipeline_test

import (
	"context"
	"fmt"
	"log/slog"
	"slices"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

const libraryText = `Mayor Owen Castellane opened the new Eastmoor library in Port Calder on Saturday, the first public library built in the city for thirty years.

"Every child in Port Calder should have a library within walking distance," Castellane told families at the opening, where the city's brass band played.

Many families from the eastern districts came by ferry, because the Harbour Bridge has stayed closed since engineers found cracks in a support pier.

The library cost 14 million crowns and holds 60,000 books, a children's floor and a workshop for repairing bicycles, the city said.

Port Calder councillors approved two more branches on Thursday, in Quayside and Northfield, to open by 2029, Castellane said.`

// TestRelatedStoriesAreMutual checks that a story placed first learns of
// a related story placed after it: related lists are refreshed for the
// neighbours of each story placed, not only for the story itself.
func TestRelatedStoriesAreMutual(t *testing.T) {
	sp, st := newPlacer(t)
	ctx := context.Background()
	bridge := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	library := articleWithText(t, st, "gazette", "Castellane opens Eastmoor library", libraryText, t0.Add(3*time.Hour))
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	for _, id := range []int64{bridge, library} {
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	pb, _ := st.Placement(ctx, bridge)
	pl, _ := st.Placement(ctx, library)
	if pb.StoryID == pl.StoryID {
		t.Fatal("the library opening joined the bridge story")
	}
	ids := func(story int64) []int64 {
		rel, err := st.RelatedStories(ctx, story, 6)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, s := range rel {
			out = append(out, s.ID)
		}
		return out
	}
	if got := ids(pl.StoryID); !slices.Contains(got, pb.StoryID) {
		t.Fatalf("library story's related %v lack the bridge story %d: the stories are not related enough for this test", got, pb.StoryID)
	}
	if got := ids(pb.StoryID); !slices.Contains(got, pl.StoryID) {
		t.Errorf("bridge story, placed first, lists %v as related, not the library story %d", got, pl.StoryID)
	}
}

// vanishedStory is a store in which one story has gone (its source was
// unfollowed) while the clusterer still knows it.
type vanishedStory struct {
	*sqlite.Store
	gone  int64
	lists map[int64][]int64
}

func (v *vanishedStory) Story(ctx context.Context, id int64) (*model.Story, error) {
	if id == v.gone {
		return nil, model.ErrNotFound
	}
	return v.Store.Story(ctx, id)
}

func (v *vanishedStory) SetRelatedStories(ctx context.Context, id int64, related []int64) error {
	if id == v.gone || slices.Contains(related, v.gone) {
		return fmt.Errorf("related stories of %d: %w", id, model.ErrNotFound)
	}
	v.lists[id] = related
	return v.Store.SetRelatedStories(ctx, id, related)
}

// TestRelatedStoriesSkipAVanishedNeighbour checks that a neighbour gone
// from the store does not keep a story's list from being written.
func TestRelatedStoriesSkipAVanishedNeighbour(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	bridge := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	library := articleWithText(t, st, "gazette", "Castellane opens Eastmoor library", libraryText, t0.Add(3*time.Hour))
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	vs := &vanishedStory{Store: st, lists: map[int64][]int64{}}
	sp, err := pipeline.NewStoryPlacer(ctx, vs, t0, 7*24*time.Hour, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{bridge, library} {
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		if id == library {
			pb, _ := st.Placement(ctx, bridge)
			vs.gone = pb.StoryID
		}
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	pl, _ := st.Placement(ctx, library)
	got, ok := vs.lists[pl.StoryID]
	if !ok {
		t.Fatalf("the library story's related list was never written")
	}
	if slices.Contains(got, vs.gone) {
		t.Errorf("related %v hold the vanished story %d", got, vs.gone)
	}
}
