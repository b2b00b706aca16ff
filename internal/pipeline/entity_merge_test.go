package pipeline

import (
	"context"
	"slices"
	"testing"

	"herald/internal/model"
	"herald/internal/store"
)

func TestMergeEntityKeys(t *testing.T) {
	got := mergeEntityKeys([]model.Entity{
		{Key: "organization:lumio", Name: "Lumio", Mentions: 3, Aliases: []string{"Lumio AB"}},
		{Key: "place:velmont", Name: "Velmont", Mentions: 1},
		{Key: "organization:lumio", Name: "Lumio", Mentions: 2, Aliases: []string{"Lumio AB", "LUMIO"}},
	})
	if len(got) != 2 || got[0].Mentions != 5 || len(got[0].Aliases) != 2 || got[1].Key != "place:velmont" {
		t.Fatalf("merged = %+v", got)
	}
}

// votesStore answers EntityTypeVotes from a map; nothing else is called.
type votesStore struct {
	store.Store
	votes map[string]int
}

func (v votesStore) EntityTypeVotes(_ context.Context, keys []string, _ int64, _ int) (map[string]int, error) {
	out := map[string]int{}
	for _, k := range keys {
		if n, ok := v.votes[k]; ok {
			out[k] = n
		}
	}
	return out, nil
}

func TestSettleEntityTypesTakesTheMostCommonType(t *testing.T) {
	st := votesStore{votes: map[string]int{"person:jordan": 3, "place:jordan": 40}}
	guess := []model.Entity{{Key: "organization:jordan", Name: "Jordan", Type: "organization", Mentions: 1, Evidence: 0}}
	got, err := settleEntityTypes(context.Background(), st, 1, guess)
	if err != nil || len(got) != 1 || got[0].Key != "place:jordan" || got[0].Type != "place" {
		t.Fatalf("settled = %+v, %v; want the place", got, err)
	}
	sure := []model.Entity{{Key: "organization:jordan", Name: "Jordan", Type: "organization", Mentions: 1, Evidence: 10}}
	if got, err := settleEntityTypes(context.Background(), st, 1, sure); err != nil || got[0].Type != "organization" {
		t.Fatalf("a confident reading was overridden: %+v, %v", got, err)
	}
}

func TestSettleEntityTypesJoinsTheBestKnownCompany(t *testing.T) {
	st := votesStore{votes: map[string]int{"organization:brightwell-foundation": 2, "organization:brightwell-foods": 9}}
	ents := []model.Entity{
		{Key: "person:brightwell", Name: "Brightwell", Type: "person", Mentions: 3},
		{Key: "organization:brightwell-foundation", Name: "Brightwell Foundation", Type: "organization", Mentions: 1, Evidence: 3},
		{Key: "organization:brightwell-foods", Name: "Brightwell Foods", Type: "organization", Mentions: 1, Evidence: 3},
	}
	got, err := settleEntityTypes(context.Background(), st, 1, ents)
	if err != nil || len(got) != 2 || got[0].Key != "organization:brightwell-foods" || got[0].Mentions != 4 ||
		!slices.Contains(got[0].Aliases, "Brightwell") {
		t.Fatalf("joined = %+v, %v; want Brightwell in Brightwell Foods", got, err)
	}
}
