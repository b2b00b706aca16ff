package jobs

import (
	"context"
	"fmt"
	"sync"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"
)

// tracker remembers the jobs this process queued, so a one-shot run can
// wait for its own work without being held up by jobs a crashed process
// left behind (River rescues those on its own schedule).
type tracker struct {
	mu      sync.Mutex
	pending map[int64]struct{}
}

func newTracker() *tracker { return &tracker{pending: map[int64]struct{}{}} }

func (t *tracker) add(id int64) {
	t.mu.Lock()
	t.pending[id] = struct{}{}
	t.mu.Unlock()
}

func (t *tracker) ids() []int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	out := make([]int64, 0, len(t.pending))
	for id := range t.pending {
		out = append(out, id)
	}
	return out
}

func (t *tracker) done(id int64) {
	t.mu.Lock()
	delete(t.pending, id)
	t.mu.Unlock()
}

// OnceStats reports a one-shot run.
type OnceStats struct {
	Polls     int // poll jobs queued
	Completed int // jobs that completed
	Failed    int // jobs discarded or cancelled after their attempts
}

// RunOnce queues a poll of every due source (every enabled source with
// all), works the queue until those polls and the article jobs they caused
// have finished, and returns. The queue must have been built with
// Periodic off and must not be started.
func (q *Queue) RunOnce(ctx context.Context, all bool) (OnceStats, error) {
	return q.runOnce(ctx, true, all)
}

// FinishOnce is RunOnce with no polls: it works only the articles left
// mid-pipeline (a re-extraction, a crash), for commands that must not
// fetch feeds.
func (q *Queue) FinishOnce(ctx context.Context) (OnceStats, error) {
	return q.runOnce(ctx, false, false)
}

func (q *Queue) runOnce(ctx context.Context, poll, all bool) (OnceStats, error) {
	var st OnceStats
	if err := q.Start(ctx); err != nil {
		return st, err
	}
	defer func() {
		stopCtx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 30*time.Second)
		defer cancel()
		q.Stop(stopCtx)
	}()
	if poll {
		n, err := q.scheduleDue(ctx, all)
		st.Polls = n
		if err != nil {
			return st, fmt.Errorf("schedule polls: %w", err)
		}
	}
	// Articles a crash or a re-extraction left mid-pipeline are finished too.
	if err := q.sweep(ctx); err != nil {
		return st, fmt.Errorf("queue unfinished articles: %w", err)
	}
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		ids := q.tracker.ids()
		if len(ids) == 0 {
			// A run this process queued may have been worked by another
			// process that was already placing (it only asked its own run
			// to look again): wait for the articles, not only the jobs.
			pending, err := q.orderedPending(ctx)
			if err == nil && pending {
				err = q.queueOrdered(ctx)
			}
			if err != nil {
				return st, fmt.Errorf("place waiting articles: %w", err)
			}
			if !pending {
				// The run's stream ends here: the last articles settle too.
				return st, q.settle(ctx, true)
			}
		}
		for start := 0; start < len(ids); start += 500 {
			batch := ids[start:min(start+500, len(ids))]
			res, err := q.client.JobList(ctx, river.NewJobListParams().IDs(batch...).First(len(batch)).
				States(rivertype.JobStateCompleted, rivertype.JobStateDiscarded, rivertype.JobStateCancelled))
			if err != nil {
				return st, fmt.Errorf("wait for jobs: %w", err)
			}
			for _, j := range res.Jobs {
				q.tracker.done(j.ID)
				if j.State == rivertype.JobStateCompleted {
					st.Completed++
				} else {
					st.Failed++
				}
			}
		}
		select {
		case <-ctx.Done():
			return st, ctx.Err()
		case <-tick.C:
		}
	}
}
