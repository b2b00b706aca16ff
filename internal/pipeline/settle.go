package pipeline

import (
	"context"
	"errors"

	"herald/internal/cluster"
	"herald/internal/model"
)

// Settle offers the recent lone articles to the stories formed since they
// arrived (cluster.Clusterer.Settle) and records the merges and the
// further coverage they found, so the last articles of a burst are settled
// without waiting for the next ones. The queue calls it every few seconds;
// it settles once a whole interval has passed without a placement (while
// articles arrive, placing settles as it goes), or when final (the stream
// has ended). What a failed write left unrecorded is written first.
func (sp *StoryPlacer) Settle(ctx context.Context, final bool) error {
	sp.mu.Lock()
	defer sp.mu.Unlock()
	p := sp.unsettled
	sp.unsettled = cluster.Placement{}
	if sp.placing && !final {
		sp.placing = false
	} else {
		q := sp.clusters.Settle()
		p.Settled = append(p.Settled, q.Settled...)
		p.Also = append(p.Also, q.Also...)
	}
	if err := sp.recordSettled(ctx, p.Settled); err != nil {
		// Kept for the next call, every step being safe to repeat. A
		// restart rebuilds the clusterer from the store, which then
		// never saw these merges: the articles stay apart.
		sp.unsettled = p
		return err
	}
	if err := sp.recordAlso(ctx, p.Also); err != nil {
		sp.unsettled.Also = p.Also
		return err
	}
	return nil
}

// recordSettled moves each settled lone article into the story it joined
// and refreshes that story's headline and related stories. Every step can
// run again: a merge already written finds its lone story gone.
func (sp *StoryPlacer) recordSettled(ctx context.Context, merges []cluster.Merge) error {
	for _, m := range merges {
		into := m.Into
		if id, ok := sp.clusters.StoryOf(m.Article); ok && id != m.From {
			into = id // the story it joined has merged on since
		}
		err := sp.store.MergeStories(ctx, int64(into), int64(m.From))
		if errors.Is(err, model.ErrNotFound) {
			continue // written before, or the lone article's own placement is still to be written
		}
		if err != nil {
			return err
		}
		if err := sp.refresh(ctx, into); err != nil {
			return err
		}
	}
	return nil
}
