package cluster

import (
	"fmt"
	"testing"
	"time"
)

func TestPublishedTimesCountsStrictlyBetween(t *testing.T) {
	p := newPublishedTimes(4)
	at := func(h int) time.Time { return t0.Add(time.Duration(h) * time.Hour) }
	for _, h := range []int{5, 1, 3, 3} {
		p.add(at(h))
	}
	tests := []struct {
		a, b, want int
	}{
		{0, 6, 4},
		{1, 5, 2}, // both 3s; the ends are excluded
		{5, 1, 2}, // either order
		{3, 3, 0},
		{2, 4, 2},
		{6, 9, 0},
	}
	for _, tc := range tests {
		if got := p.between(at(tc.a), at(tc.b)); got != tc.want {
			t.Errorf("between(%d, %d) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
	// Full: the oldest arrival (5) makes way, whatever its place in time.
	p.add(at(2))
	if got := p.between(at(0), at(6)); got != 4 {
		t.Errorf("after a fifth time, %d remembered, want 4", got)
	}
	if got := p.between(at(4), at(6)); got != 0 {
		t.Errorf("the first arrival (5h) is still counted: %d", got)
	}
}

// How stale a story looks to an article depends on what was published
// between them, not on what arrived between them: a lone article offered
// to a story again later (settling, adoption) would otherwise find it aged
// by every article that arrived meanwhile, published days after both.
func TestDecayIgnoresArrivalOrder(t *testing.T) {
	story := []Article{
		{ID: "s1", Title: "Ferry service to Lanval halted by strike", Published: t0},
		{ID: "s2", Title: "Lanval ferry strike enters second day", Published: t0.Add(2 * time.Hour)},
		{ID: "s3", Title: "Ferry strike talks at Lanval collapse", Published: t0.Add(4 * time.Hour)},
	}
	// Shares no word with the story, so that it stays apart in any order.
	lone := Article{ID: "lone", Title: "Inside the crossing dispute: crews, tickets and timetables", Published: t0.Add(20 * time.Hour)}
	var later []Article // other news, published after all of them
	for i := range 40 {
		later = append(later, Article{ID: fmt.Sprintf("other-%d", i), Title: fmt.Sprintf("Orchard%d harvest item %d", i, i),
			Published: t0.Add(time.Duration(21+i) * time.Hour)})
	}
	// The decay the story has for the lone article once order has arrived.
	decayAfter := func(order []Article) float64 {
		c := New(DefaultConfig())
		for _, a := range order {
			if _, err := c.Add(a); err != nil {
				t.Fatal(err)
			}
		}
		id, _ := c.StoryOf("s1")
		if other, _ := c.StoryOf("lone"); other == id {
			t.Fatal("the lone article joined the story")
		}
		return c.decay(lone.Published, c.stories[id])
	}
	// As when it is placed in publication order, and as when it came first
	// and is offered to the story again after the later news arrived.
	placed := decayAfter(append(story[:3:3], lone))
	settled := decayAfter(append(append([]Article{lone}, story...), later...))
	if placed != settled || placed <= 0 {
		t.Errorf("decay %.3f when placed in publication order, %.3f when settled later", placed, settled)
	}
}
