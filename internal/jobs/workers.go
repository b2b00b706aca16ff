package jobs

import (
	"context"
	"errors"
	"fmt"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/rivertype"

	"herald/internal/model"
)

// PollArgs asks for one poll of a source.
type PollArgs struct {
	SourceID int64 `json:"source_id"`
}

func (PollArgs) Kind() string { return "poll_source" }

// InsertOpts: a failed poll is recorded on the source and retried on its
// own backoff schedule, so River retries only infrastructure failures.
func (PollArgs) InsertOpts() river.InsertOpts { return river.InsertOpts{MaxAttempts: 3} }

// ArticleArgs asks for the pipeline's remaining stages on one article.
type ArticleArgs struct {
	ArticleID int64 `json:"article_id"`
}

func (ArticleArgs) Kind() string { return "process_article" }

// InsertOpts: one queued job per article is enough; the sweeper may ask
// again for an article already queued. A completed job does not count:
// an article re-extracted, or left unfinished by a lost run of a later
// stage, must be able to go round again.
func (ArticleArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 5, UniqueOpts: river.UniqueOpts{ByArgs: true, ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning,
		rivertype.JobStateRetryable, rivertype.JobStateScheduled}}}
}

// ScheduleArgs claims due sources and queues their polls.
type ScheduleArgs struct{}

func (ScheduleArgs) Kind() string { return "schedule_sources" }

// SweepArgs re-queues articles whose processing was lost (a crash between
// storing an entry and queueing its job).
type SweepArgs struct{}

func (SweepArgs) Kind() string { return "sweep_articles" }

// SettleArgs asks the stages that are Settlers to settle.
type SettleArgs struct{}

func (SettleArgs) Kind() string { return "settle_stages" }

// InsertOpts: a settle that fails is simply the next one's work, and one
// waiting or running is enough (a backlog must not pile them up).
func (SettleArgs) InsertOpts() river.InsertOpts {
	return river.InsertOpts{MaxAttempts: 1, UniqueOpts: river.UniqueOpts{ByState: []rivertype.JobState{
		rivertype.JobStateAvailable, rivertype.JobStatePending, rivertype.JobStateRunning, rivertype.JobStateScheduled}}}
}

type pollWorker struct {
	river.WorkerDefaults[PollArgs]
	q *Queue
}

func (w *pollWorker) Work(ctx context.Context, job *river.Job[PollArgs]) error {
	w.q.ordered.inFlight.Add(1)
	defer w.q.ordered.inFlight.Add(-1)
	ids, err := w.q.poller.Poll(ctx, job.Args.SourceID)
	if errors.Is(err, model.ErrNotFound) {
		return river.JobCancel(err) // the source was removed meanwhile
	}
	if err != nil {
		return err
	}
	return w.q.enqueueArticles(ctx, ids)
}

type articleWorker struct {
	river.WorkerDefaults[ArticleArgs]
	q *Queue
}

func (w *articleWorker) Work(ctx context.Context, job *river.Job[ArticleArgs]) error {
	w.q.ordered.inFlight.Add(1)
	defer w.q.ordered.inFlight.Add(-1)
	a, err := w.q.store.Article(ctx, job.Args.ArticleID)
	if errors.Is(err, model.ErrNotFound) {
		return river.JobCancel(err)
	}
	if err != nil {
		return err
	}
	// Resume after the last stage that completed.
	start := 0
	for i, s := range w.q.stages {
		if s.Name() == a.Stage {
			start = i + 1
		}
	}
	first := w.q.firstOrdered()
	if first < 0 || start > first {
		return w.q.runStages(ctx, a.ID, w.q.stages[start:])
	}
	if err := w.q.runStages(ctx, a.ID, w.q.stages[start:first]); err != nil {
		return err
	}
	return w.q.queueOrdered(ctx)
}

type scheduleWorker struct {
	river.WorkerDefaults[ScheduleArgs]
	q *Queue
}

func (w *scheduleWorker) Work(ctx context.Context, _ *river.Job[ScheduleArgs]) error {
	_, err := w.q.scheduleDue(ctx, false)
	return err
}

type sweepWorker struct {
	river.WorkerDefaults[SweepArgs]
	q *Queue
}

func (w *sweepWorker) Work(ctx context.Context, _ *river.Job[SweepArgs]) error {
	return w.q.sweep(ctx)
}

type settleWorker struct {
	river.WorkerDefaults[SettleArgs]
	q *Queue
}

func (w *settleWorker) Work(ctx context.Context, _ *river.Job[SettleArgs]) error {
	return w.q.settle(ctx, false)
}

// settle runs every Settler stage, in order.
func (q *Queue) settle(ctx context.Context, final bool) error {
	for _, st := range q.stages {
		if s, ok := st.(Settler); ok {
			if err := s.Settle(ctx, final); err != nil {
				return fmt.Errorf("settle %s: %w", st.Name(), err)
			}
		}
	}
	return nil
}

// sweep queues every article the pipeline has not finished; the unique
// job options keep an article already queued from being queued twice. An
// article waiting for the Ordered stages gets a job that queues a run of
// them.
func (q *Queue) sweep(ctx context.Context) error {
	if len(q.stages) == 0 {
		return nil
	}
	var after int64
	for {
		ids, err := q.store.ArticlesBeforeStage(ctx, q.FinalStage(), after, 1000)
		if err != nil || len(ids) == 0 {
			return err
		}
		if err := q.enqueueArticles(ctx, ids); err != nil {
			return err
		}
		after = ids[len(ids)-1]
	}
}

// scheduleDue claims due sources and queues a poll for each; with all it
// queues every enabled source regardless of its schedule. It returns how
// many polls it queued.
func (q *Queue) scheduleDue(ctx context.Context, all bool) (int, error) {
	if all {
		srcs, err := q.store.Sources(ctx)
		if err != nil {
			return 0, err
		}
		var params []river.InsertManyParams
		for _, s := range srcs {
			if s.Enabled {
				params = append(params, river.InsertManyParams{Args: PollArgs{SourceID: s.ID}})
			}
		}
		return len(params), q.insert(ctx, params)
	}
	now := q.cfg.Now()
	total := 0
	for {
		// Claimed sources move to the end of their lease, so each round
		// finds only sources not yet claimed.
		srcs, err := q.store.ClaimDueSources(ctx, now, now.Add(q.cfg.PollLease), 500)
		if err != nil || len(srcs) == 0 {
			return total, err
		}
		params := make([]river.InsertManyParams, len(srcs))
		for i, s := range srcs {
			params[i] = river.InsertManyParams{Args: PollArgs{SourceID: s.ID}}
		}
		if err := q.insert(ctx, params); err != nil {
			return total, err
		}
		total += len(srcs)
	}
}

func (q *Queue) enqueueArticles(ctx context.Context, ids []int64) error {
	if len(q.stages) == 0 || len(ids) == 0 {
		return nil
	}
	params := make([]river.InsertManyParams, len(ids))
	for i, id := range ids {
		params[i] = river.InsertManyParams{Args: ArticleArgs{ArticleID: id}}
	}
	return q.insert(ctx, params)
}

func (q *Queue) insert(ctx context.Context, params []river.InsertManyParams) error {
	if len(params) == 0 {
		return nil
	}
	res, err := q.client.InsertMany(ctx, params)
	if err != nil {
		return fmt.Errorf("queue jobs: %w", err)
	}
	for _, r := range res {
		if !r.UniqueSkippedAsDuplicate {
			q.tracker.add(r.Job.ID)
		}
	}
	return nil
}
