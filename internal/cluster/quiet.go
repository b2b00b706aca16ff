package cluster

import (
	"slices"
	"time"
)

// quietCap is how many half-lives of quiet the publication times
// remembered can measure: past a few, the decay leaves too little score
// for any bar, so counting further changes nothing.
const quietCap = 32

// publishedTimes remembers the publication times of the latest placed
// articles, sorted, to count how many were published between two moments
// whatever order they arrived in. The articles placed since a story's
// last update would depend on that order: an article that arrives before
// its story's first reports, and is offered to the story again later,
// would find it aged by every article that arrived in between.
type publishedTimes struct {
	arrival []time.Time // a ring in arrival order, to forget the oldest
	next    int
	sorted  []time.Time
}

func newPublishedTimes(size int) *publishedTimes {
	return &publishedTimes{arrival: make([]time.Time, 0, size), sorted: make([]time.Time, 0, size)}
}

func (p *publishedTimes) add(t time.Time) {
	if cap(p.arrival) == 0 {
		return
	}
	if len(p.arrival) == cap(p.arrival) {
		old := p.arrival[p.next]
		i, _ := slices.BinarySearchFunc(p.sorted, old, time.Time.Compare)
		p.sorted = slices.Delete(p.sorted, i, i+1)
		p.arrival[p.next] = t
		p.next = (p.next + 1) % len(p.arrival)
	} else {
		p.arrival = append(p.arrival, t)
	}
	i, _ := slices.BinarySearchFunc(p.sorted, t, time.Time.Compare)
	p.sorted = slices.Insert(p.sorted, i, t)
}

// between counts the remembered articles published strictly between a
// and b, in either order.
func (p *publishedTimes) between(a, b time.Time) int {
	if b.Before(a) {
		a, b = b, a
	}
	lo, found := slices.BinarySearchFunc(p.sorted, a, time.Time.Compare)
	for found && lo < len(p.sorted) && p.sorted[lo].Equal(a) {
		lo++
	}
	hi, _ := slices.BinarySearchFunc(p.sorted, b, time.Time.Compare)
	return max(0, hi-lo)
}
