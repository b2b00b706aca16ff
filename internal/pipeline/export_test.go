package pipeline

import (
	"context"
	"strconv"

	"herald/internal/cluster"
)

// Summarize sums up a live story again, as when its newest article has
// just joined: that article's key points are read and prepared, the
// others' come from the cache. For the benchmark.
func (sp *StoryPlacer) Summarize(ctx context.Context, id int64) error {
	s, ok := sp.clusters.Story(cluster.StoryID(id))
	if !ok || len(s.Members) == 0 {
		return nil
	}
	newest, _ := strconv.ParseInt(s.Members[len(s.Members)-1].ID, 10, 64)
	sp.reports.forget(newest)
	return sp.summarize(ctx, s)
}
