package jobs

import (
	"context"
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

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

// InsertOpts: an article that reaches the stage queues a run unless one
// has been queued and not started (queueOrdered), and any run, in any
// process, takes every article waiting; a run that finds none ends at
// once. A failed run is retried, and is the next run's work too.
func (OrderedArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: 3} }

// orderedRuns lets one run at a time drain the stage in this process. A
// run that finds another going asks it to look once more and ends, rather
// than holding a worker while it waits. (Runs in two processes may both
// take an article; stages are idempotent, as they must be for crashes.)
type orderedRuns struct {
	mu      sync.Mutex
	running bool
	again   bool
	// failures records the runs that failed on each article, for giving
	// up for a while on one that keeps failing (guarded by mu).
	failures map[int64]*articleFailures
	// queued is the last run this process queued.
	queued atomic.Int64
	// inFlight counts this process's poll and article jobs at work: a run
	// waits a moment for them, so that a backlog worked by several workers
	// is placed in one go rather than in the order its last jobs finish.
	inFlight atomic.Int64
}

const (
	// orderedBatch is how many waiting articles one look at the store takes.
	orderedBatch = 500
	// orderedWait bounds how long a run waits for the jobs at work; under
	// steady load some always are, and placement must not fall behind.
	orderedWait = 2 * time.Second
	// orderedMargin: a run with less than this left before River's job
	// timeout hands the rest to a fresh run.
	orderedMargin = 15 * time.Second
	// orderedAttempts: an article the stages fail on in this many runs is
	// left waiting (logged) for orderedRest, then tried again.
	orderedAttempts = 3
	orderedRest     = 10 * time.Minute
)

// firstOrdered is the index of the first Ordered stage, or -1.
func (q *Queue) firstOrdered() int {
	for i, s := range q.stages {
		if _, ok := s.(Ordered); ok {
			return i
		}
	}
	return -1
}

// readyStage is the stage of an article waiting for the first Ordered
// stage at index first.
func (q *Queue) readyStage(first int) string {
	if first == 0 {
		return model.StageFeed
	}
	return q.stages[first-1].Name()
}

// queueOrdered queues a run of the Ordered stages, unless the run this
// process queued last has not started yet, in any process: that one will
// find this article waiting. (A backlog of a thousand articles queues a
// handful of runs, not a thousand.)
func (q *Queue) queueOrdered(ctx context.Context) error {
	if id := q.ordered.queued.Load(); id != 0 {
		if job, err := q.client.JobGet(ctx, id); err == nil && job.State == rivertype.JobStateAvailable {
			return nil
		}
	}
	res, err := q.client.InsertMany(ctx, []river.InsertManyParams{{Args: OrderedArgs{}}})
	if err != nil {
		return fmt.Errorf("queue a run of the ordered stages: %w", err)
	}
	q.tracker.add(res[0].Job.ID)
	q.ordered.queued.Store(res[0].Job.ID)
	return nil
}

// runOrdered takes the articles waiting at the first Ordered stage through
// it and the stages after, earliest published first, until none is left,
// unless a run in this process is already at it.
func (q *Queue) runOrdered(ctx context.Context) error {
	first := q.firstOrdered()
	if first < 0 {
		return nil
	}
	ready := q.readyStage(first)
	if ok, err := q.waiting(ctx, ready); err != nil || !ok {
		return err // nothing waiting: an earlier run took this job's articles
	}
	q.ordered.mu.Lock()
	if q.ordered.running {
		q.ordered.again = true
		q.ordered.mu.Unlock()
		return nil
	}
	q.ordered.running = true
	q.ordered.mu.Unlock()
	// stop ends the run, reporting whether another asked it to look again
	// meanwhile: that one has ended trusting this run to.
	stop := func() bool {
		q.ordered.mu.Lock()
		defer q.ordered.mu.Unlock()
		again := q.ordered.again
		q.ordered.running, q.ordered.again = false, false
		return again
	}
	tried := map[int64]bool{} // each article once per run, however many passes
	var failed, gaveUp int
	err := q.waitInFlight(ctx)
	for {
		var handOver bool
		if err == nil {
			handOver, err = q.drain(ctx, first, ready, tried, &failed, &gaveUp)
		}
		if err != nil || handOver {
			again := stop()
			if handOver || again {
				if qerr := q.queueOrdered(context.WithoutCancel(ctx)); err == nil {
					err = qerr
				}
			}
			return err
		}
		// Decide to stop under the lock that a run arriving now takes, so
		// that its articles are never left to a run that has decided.
		q.ordered.mu.Lock()
		if q.ordered.again {
			q.ordered.again = false
			q.ordered.mu.Unlock()
			continue
		}
		q.ordered.running = false
		q.ordered.mu.Unlock()
		break
	}
	name := q.stages[first].Name()
	switch {
	case failed > gaveUp:
		// River retries the run; each article counts its own runs.
		return fmt.Errorf("stage %s failed on %d articles (logged)", name, failed)
	case gaveUp > 0:
		// Cancelled, not retried, so that a one-shot run counts it failed.
		return river.JobCancel(fmt.Errorf("stage %s failed on %d articles in %d runs (logged); they wait %v",
			name, gaveUp, orderedAttempts, orderedRest))
	}
	return nil
}

// drain runs the Ordered stages on every article waiting at ready that
// this run has not tried yet, adding to failed and gaveUp. It reports
// handOver when the job's time is nearly up and articles may be left. An
// article the stages fail on is logged and left waiting for the next run;
// the others go on.
func (q *Queue) drain(ctx context.Context, first int, ready string, tried map[int64]bool, failed, gaveUp *int) (handOver bool, err error) {
	for {
		ids, err := q.store.ArticlesAtStage(ctx, ready, orderedBatch+len(tried)+q.ordered.failing())
		if err != nil {
			return false, fmt.Errorf("articles waiting at stage %s: %w", q.stages[first].Name(), err)
		}
		progress := false
		for _, id := range ids {
			if tried[id] || q.ordered.givenUp(id, q.cfg.Now()) {
				continue
			}
			if dl, ok := ctx.Deadline(); ok && time.Until(dl) < orderedMargin {
				return true, nil
			}
			tried[id] = true
			if err := q.runStages(ctx, id, q.stages[first:]); err != nil {
				if ctx.Err() != nil {
					return false, ctx.Err()
				}
				*failed++
				n := q.ordered.fail(id, q.cfg.Now())
				if n >= orderedAttempts {
					*gaveUp++
				}
				q.cfg.Logger.Error("ordered stage failed; the article waits for the next run",
					"article_id", id, "runs_failed", n, "of", orderedAttempts, "err", err)
				continue
			}
			q.ordered.succeed(id)
			progress = true
		}
		if !progress {
			return false, nil
		}
	}
}

// orderedPending reports articles waiting for the Ordered stages that a
// run would try.
func (q *Queue) orderedPending(ctx context.Context) (bool, error) {
	first := q.firstOrdered()
	if first < 0 {
		return false, nil
	}
	return q.waiting(ctx, q.readyStage(first))
}

// waiting reports whether an article waits at ready that a run would try
// (not one given up on).
func (q *Queue) waiting(ctx context.Context, ready string) (bool, error) {
	ids, err := q.store.ArticlesAtStage(ctx, ready, 1+q.ordered.failing())
	if err != nil {
		return false, fmt.Errorf("articles waiting at stage %s: %w", ready, err)
	}
	for _, id := range ids {
		if !q.ordered.givenUp(id, q.cfg.Now()) {
			return true, nil
		}
	}
	return false, nil
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

// NextRetry: a failed run is retried soon (River's default waits 16 s
// before the third attempt); the articles it failed on count their own
// attempts.
func (w *orderedWorker) NextRetry(job *river.Job[OrderedArgs]) time.Time {
	return time.Now().Add(time.Duration(job.Attempt) * time.Second)
}
