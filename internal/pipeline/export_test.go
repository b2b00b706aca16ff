package pipeline

import (
	"context"

	"herald/internal/cluster"
)

// Summarize sums up a live story again, for the benchmark.
func (sp *StoryPlacer) Summarize(ctx context.Context, id int64) error {
	s, ok := sp.clusters.Story(cluster.StoryID(id))
	if !ok {
		return nil
	}
	return sp.summarize(ctx, s)
}
