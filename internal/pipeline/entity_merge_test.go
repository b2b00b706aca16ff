package pipeline

import (
	"testing"

	"herald/internal/model"
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
