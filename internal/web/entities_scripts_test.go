package web

import (
	"testing"

	"herald/internal/model"
)

// A person reported in English and Arabic is listed once, with both
// reports' mentions, and so is a river whose common noun Arabic translates
// ("نهر فيرا") or a palace's whose it transliterates ("Qasr al-Nur"); a
// different person, another river, or a place named like a person, stays
// apart.
func TestEntitiesAcrossScripts(t *testing.T) {
	got := acrossScripts([]model.Entity{
		{Name: "Helena Marsk", Type: "person", Mentions: 4},
		{Name: "Port Calder", Type: "place", Mentions: 3},
		{Name: "هيلينا مارسك", Type: "person", Mentions: 1},
		{Name: "بورت كالدر", Type: "place", Mentions: 2},
		{Name: "يوسف الرحّال", Type: "person", Mentions: 1},
		{Name: "مارسك", Type: "place", Mentions: 1},
		{Name: "Veyra River", Type: "place", Mentions: 3},
		{Name: "نهر فيرا", Type: "place", Mentions: 2},
		{Name: "نهر أورن", Type: "place", Mentions: 1},
		{Name: "Qasr al-Nur", Type: "place", Mentions: 2},
		{Name: "قصر النور", Type: "place", Mentions: 2},
		{Name: "Mary", Type: "person", Mentions: 2},
		{Name: "عمر", Type: "person", Mentions: 3},
	})
	want := []model.Entity{
		{Name: "Helena Marsk", Type: "person", Mentions: 5},
		{Name: "Port Calder", Type: "place", Mentions: 5},
		{Name: "يوسف الرحّال", Type: "person", Mentions: 1},
		{Name: "مارسك", Type: "place", Mentions: 1},
		{Name: "Veyra River", Type: "place", Mentions: 5},
		{Name: "نهر أورن", Type: "place", Mentions: 1},
		{Name: "Qasr al-Nur", Type: "place", Mentions: 4},
		{Name: "Mary", Type: "person", Mentions: 2},
		{Name: "عمر", Type: "person", Mentions: 3},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range want {
		if got[i].Name != want[i].Name || got[i].Mentions != want[i].Mentions {
			t.Errorf("entity %d: got %s %d, want %s %d", i, got[i].Name, got[i].Mentions, want[i].Name, want[i].Mentions)
		}
	}
}
