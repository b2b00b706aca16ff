package jobs

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"

	"herald/internal/model"
)

// Ordered is a stage that must see articles in publication order: story
// placement decides online, and a backlog polled feed by feed (the first
// pass over many sources, a restart) would otherwise reach it feed by
// feed, so that a local paper's reaction piece is placed before the
// reports it reacts to. An article's own job stops before the first
// Ordered stage and queues an ordered job, which takes every article
// waiting there, earliest published first, through the remaining stages.
type Ordered interface {
	Stage
	// InPublicationOrder marks the stage; it is never called.
	InPublicationOrder()
}

// OrderedArgs asks for the articles waiting at the first Ordered stage.
type OrderedArgs struct{}

func (OrderedArgs) Kind() string { return "ordered_stages" }

// InsertOpts: the articles stay waiting when a run fails, and the next
// article to arrive queues another run, so a few attempts are enough.
func (OrderedArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: 3} }

// orderedRuns keeps at most one ordered job queued and not yet started per
// process, and one running at a time. River's unique jobs cannot do the
// first: they also refuse a job while one runs, and the running one may
// have already looked for the last time.
type orderedRuns struct {
	queued  sync.Mutex // guards waiting
	waiting bool
	running sync.Mutex // held by the job draining the stage
	// inFlight counts this process's poll and article jobs at work: a run
	// waits a moment for them, so that a backlog worked by several workers
	// is placed in one go rather than in the order its last jobs finish.
	inFlight atomic.Int64
}

// orderedBatch is how many waiting articles one look at the store takes;
// orderedRunLimit how many one run takes before it hands over to a fresh
// run, so that a long backlog never meets River's job timeout.
const (
	orderedBatch    = 500
	orderedRunLimit = 5000
)

// orderedWait bounds how long a run waits for the article jobs at work;
// under steady load some always are, and placement must not fall behind.
const orderedWait = 2 * time.Second

// firstOrdered is the index of the first Ordered stage, or -1.
func (q *Queue) firstOrdered() int {
	for i, s := range q.stages {
		if _, ok := s.(Ordered); ok {
			return i
		}
	}
	return -1
}

// queueOrdered queues an ordered job unless one is queued and not yet
// started: that one will find this article too.
func (q *Queue) queueOrdered(ctx context.Context) error {
	q.ordered.queued.Lock()
	defer q.ordered.queued.Unlock()
	if q.ordered.waiting {
		return nil
	}
	if err := q.insert(ctx, []river.InsertManyParams{{Args: OrderedArgs{}}}); err != nil {
		return err
	}
	q.ordered.waiting = true
	return nil
}

// runOrdered takes the articles waiting at the first Ordered stage through
// it and the stages after, earliest published first, until none is left.
// An article that fails stays waiting for the next run; the others go on.
func (q *Queue) runOrdered(ctx context.Context) error {
	q.ordered.queued.Lock()
	q.ordered.waiting = false // from now on a new article queues a new run
	q.ordered.queued.Unlock()
	q.ordered.running.Lock()
	defer q.ordered.running.Unlock()
	if err := q.waitInFlight(ctx); err != nil {
		return err
	}

	first := q.firstOrdered()
	if first < 0 {
		return nil
	}
	ready := model.StageFeed
	if first > 0 {
		ready = q.stages[first-1].Name()
	}
	failed := map[int64]error{}
	done := 0
	for {
		if done >= orderedRunLimit {
			return q.queueOrdered(ctx)
		}
		ids, err := q.store.ArticlesAtStage(ctx, ready, orderedBatch+len(failed))
		if err != nil {
			return fmt.Errorf("articles waiting at stage %s: %w", q.stages[first].Name(), err)
		}
		progress := false
		for _, id := range ids {
			if _, ok := failed[id]; ok {
				continue
			}
			if err := q.runStages(ctx, id, q.stages[first:]); err != nil {
				if ctx.Err() != nil {
					return ctx.Err()
				}
				failed[id] = err
				continue
			}
			progress = true
			done++
		}
		if !progress {
			break
		}
	}
	errs := make([]error, 0, len(failed))
	for _, err := range failed {
		errs = append(errs, err)
	}
	return errors.Join(errs...)
}

// waitInFlight waits until this process's poll and article jobs are done, or
// orderedWait has passed.
func (q *Queue) waitInFlight(ctx context.Context) error {
	timeout := time.NewTimer(orderedWait)
	defer timeout.Stop()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for q.ordered.inFlight.Load() > 0 {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-timeout.C:
			return nil
		case <-tick.C:
		}
	}
	return nil
}

// runStages runs stages on one article in turn, recording each stage it
// completes.
func (q *Queue) runStages(ctx context.Context, id int64, stages []Stage) error {
	for _, s := range stages {
		if err := s.Run(ctx, id); err != nil {
			return fmt.Errorf("stage %s of article %d: %w", s.Name(), id, err)
		}
		if err := q.store.SetArticleStage(ctx, id, s.Name()); err != nil {
			return err
		}
	}
	return nil
}

type orderedWorker struct {
	river.WorkerDefaults[OrderedArgs]
	q *Queue
}

func (w *orderedWorker) Work(ctx context.Context, _ *river.Job[OrderedArgs]) error {
	return w.q.runOrdered(ctx)
}
