package pipeline

import (
	"context"
	"errors"
	"fmt"
	"strconv"

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
		p.Moved = append(p.Moved, q.Moved...)
		p.Also = append(p.Also, q.Also...)
	}
	if err := sp.recordSettled(ctx, p.Settled); err != nil {
		// Kept for the next call, every step being safe to repeat. A
		// restart rebuilds the clusterer from the store, which then
		// never saw these merges: the articles stay apart.
		sp.unsettled = p
		return err
	}
	if err := sp.recordMoved(ctx, p.Moved); err != nil {
		sp.unsettled.Moved = p.Moved
		sp.unsettled.Also = p.Also
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
		from, err := sp.store.Story(ctx, int64(m.From))
		if errors.Is(err, model.ErrNotFound) {
			continue // written before, or the article's own placement is still to be written (its retry places it where it is now)
		}
		if err != nil {
			return err
		}
		_, err = sp.store.Story(ctx, int64(into))
		switch {
		case err == nil && from.ArticleCount == 1:
			// The whole story moves, and its address redirects.
			err = sp.store.MergeStories(ctx, int64(into), int64(m.From))
		case err == nil || errors.Is(err, model.ErrNotFound):
			// Only the article moves: the stored story holds articles
			// from before the window the clusterer was rebuilt from (it
			// saw one), or the target's first placement is still to be
			// written.
			err = sp.moveArticle(ctx, m.Article, int64(into))
		}
		if errors.Is(err, model.ErrNotFound) {
			continue // an article or story deleted meanwhile (a source unfollowed): nothing to move
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

// recordMoved writes the articles re-homed by the clusterer into their new
// stories and refreshes both stories. Every step can run again.
func (sp *StoryPlacer) recordMoved(ctx context.Context, moves []cluster.Move) error {
	for _, m := range moves {
		into := m.Into
		if id, ok := sp.clusters.StoryOf(m.Article); ok {
			into = id // the story it moved to has merged on since
		}
		err := sp.moveArticle(ctx, m.Article, int64(into))
		if errors.Is(err, model.ErrNotFound) {
			continue // deleted meanwhile, or its own placement is still to be written (its retry places it where it is now)
		}
		if err != nil {
			return err
		}
		for _, id := range []cluster.StoryID{into, m.From} {
			if err := sp.refresh(ctx, id); err != nil {
				return err
			}
		}
	}
	return nil
}

// moveArticle places a stored article in another story, keeping what it
// copies.
func (sp *StoryPlacer) moveArticle(ctx context.Context, article string, into int64) error {
	id, err := strconv.ParseInt(article, 10, 64)
	if err != nil {
		return fmt.Errorf("settled article %q: %w", article, err)
	}
	p, err := sp.store.Placement(ctx, id)
	if err != nil {
		return err
	}
	p.StoryID = into
	return sp.store.SavePlacement(ctx, *p)
}
