// Package jobs runs Herald's pipeline as queued, retried, leased jobs on
// River: a periodic scheduler claims due sources and queues one poll job
// each; a poll job stores the feed's new entries and queues one article job
// per new article; an article job runs the pipeline's stages in order, up
// to a stage that must see articles in publication order (Ordered).
// Adding a stage (extraction, enrichment, clustering) means adding one
// Stage to the list, nothing else.
package jobs

import (
	"context"
	"database/sql"
	"fmt"
	"log/slog"
	"time"

	"github.com/riverqueue/river"
	"github.com/riverqueue/river/riverdriver/riversqlite"
	"github.com/riverqueue/river/rivermigrate"

	"herald/internal/model"
	"herald/internal/store"
)

// Stage is one step of article processing after the feed entry is stored.
// Run must be idempotent: a crash can make a stage run twice.
type Stage interface {
	Name() string
	Run(ctx context.Context, articleID int64) error
}

// Settler is a stage that revisits its recent work when the queue has a
// moment (story placement settles lone articles into stories formed after
// them). Settle runs every Config.SettleEvery, and once at the end of a
// one-shot run with final set: the stream has ended, not merely paused.
type Settler interface {
	Settle(ctx context.Context, final bool) error
}

// Poller fetches one source and stores its new entries, returning their
// IDs. Fetch and parse failures are the source's business (recorded on it,
// retried on its schedule); only failures to record anything are errors.
type Poller interface {
	Poll(ctx context.Context, sourceID int64) ([]int64, error)
}

// Config tunes the queue.
type Config struct {
	Workers       int           // jobs run at once
	ScheduleEvery time.Duration // how often due sources are claimed
	PollLease     time.Duration // a claimed source is claimed again after this if its poll never reports
	SettleEvery   time.Duration // how often stages that are Settlers settle
	// SweepEvery is how often a running queue queues the articles the
	// pipeline has not finished: those a crash lost, and those re-extracted
	// (`herald reextract` beside a running server, the admin API) from
	// outside this process.
	SweepEvery time.Duration
	// Periodic starts the scheduler and the sweeper; off for one-shot runs.
	Periodic bool
	Now      func() time.Time
	Logger   *slog.Logger
}

// DefaultConfig suits one machine.
func DefaultConfig() Config {
	return Config{Workers: 8, ScheduleEvery: 30 * time.Second, PollLease: 10 * time.Minute,
		SettleEvery: 10 * time.Second, SweepEvery: 5 * time.Minute, Periodic: true}
}

// Queue owns the River client and the workers.
type Queue struct {
	client  *river.Client[*sql.Tx]
	store   store.Store
	poller  Poller
	stages  []Stage
	cfg     Config
	tracker *tracker
	ordered orderedRuns
}

// New migrates River's tables on db (its own pool: River and the store
// each hold a connection) and builds the client without starting it.
func New(ctx context.Context, db *sql.DB, st store.Store, poller Poller, stages []Stage, cfg Config) (*Queue, error) {
	if cfg.Now == nil {
		cfg.Now = time.Now
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.SweepEvery <= 0 {
		cfg.SweepEvery = DefaultConfig().SweepEvery
	}
	driver := riversqlite.New(db)
	migrator, err := rivermigrate.New(driver, &rivermigrate.Config{Logger: quiet(cfg.Logger)})
	if err != nil {
		return nil, fmt.Errorf("river migrator: %w", err)
	}
	if err := migrate(ctx, migrator); err != nil {
		return nil, err
	}
	q := &Queue{store: st, poller: poller, stages: stages, cfg: cfg, tracker: newTracker()}
	workers := river.NewWorkers()
	river.AddWorker(workers, &pollWorker{q: q})
	river.AddWorker(workers, &articleWorker{q: q})
	river.AddWorker(workers, &scheduleWorker{q: q})
	river.AddWorker(workers, &sweepWorker{q: q})
	river.AddWorker(workers, &settleWorker{q: q})
	river.AddWorker(workers, &orderedWorker{q: q})
	rc := &river.Config{
		Queues:               map[string]river.QueueConfig{river.QueueDefault: {MaxWorkers: max(cfg.Workers, 1)}},
		Workers:              workers,
		JobTimeout:           2 * time.Minute,
		RescueStuckJobsAfter: 5 * time.Minute,
		FetchPollInterval:    100 * time.Millisecond,
		FetchCooldown:        10 * time.Millisecond,
		Logger:               quiet(cfg.Logger),
	}
	if cfg.Periodic {
		rc.PeriodicJobs = []*river.PeriodicJob{
			river.NewPeriodicJob(river.PeriodicInterval(cfg.ScheduleEvery),
				func() (river.JobArgs, *river.InsertOpts) { return ScheduleArgs{}, nil },
				&river.PeriodicJobOpts{RunOnStart: true}),
			river.NewPeriodicJob(river.PeriodicInterval(cfg.SweepEvery),
				func() (river.JobArgs, *river.InsertOpts) { return SweepArgs{}, nil },
				&river.PeriodicJobOpts{RunOnStart: true}),
		}
		if cfg.SettleEvery > 0 {
			rc.PeriodicJobs = append(rc.PeriodicJobs, river.NewPeriodicJob(river.PeriodicInterval(cfg.SettleEvery),
				func() (river.JobArgs, *river.InsertOpts) { return SettleArgs{}, nil }, nil))
		}
	}
	client, err := river.NewClient(driver, rc)
	if err != nil {
		return nil, fmt.Errorf("river client: %w", err)
	}
	q.client = client
	return q, nil
}

// migrate brings River's tables up to date. River applies each version in
// its own transaction after reading which are applied, so two processes
// starting together on one database (serve and a cron ingest) can both try
// the same version and one fails on "table already exists". That version
// rolled back whole, so reading again and going on is safe; a real failure
// fails every attempt.
func migrate(ctx context.Context, m *rivermigrate.Migrator[*sql.Tx]) error {
	var err error
	for attempt := range 5 {
		if _, err = m.Migrate(ctx, rivermigrate.DirectionUp, nil); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("migrate river: %w", ctx.Err())
		case <-time.After(time.Duration(attempt+1) * 50 * time.Millisecond):
		}
	}
	return fmt.Errorf("migrate river: %w", err)
}

// FinalStage is the stage an article has when the pipeline is done with it.
func (q *Queue) FinalStage() string {
	if len(q.stages) == 0 {
		return model.StageFeed
	}
	return q.stages[len(q.stages)-1].Name()
}

// Start starts working jobs until Stop.
func (q *Queue) Start(ctx context.Context) error {
	if err := q.client.Start(ctx); err != nil {
		return fmt.Errorf("start queue: %w", err)
	}
	return nil
}

// Stop lets running jobs finish (until ctx ends), then stops.
func (q *Queue) Stop(ctx context.Context) error {
	if err := q.client.Stop(ctx); err != nil {
		return fmt.Errorf("stop queue: %w", err)
	}
	return nil
}

// quiet keeps River's own chatter to warnings: its info logs describe its
// internals, not Herald's work.
func quiet(l *slog.Logger) *slog.Logger {
	return slog.New(levelFloor{l.Handler(), slog.LevelWarn})
}

type levelFloor struct {
	slog.Handler
	min slog.Level
}

func (h levelFloor) Enabled(ctx context.Context, l slog.Level) bool {
	return l >= h.min && h.Handler.Enabled(ctx, l)
}

func (h levelFloor) WithAttrs(a []slog.Attr) slog.Handler {
	return levelFloor{h.Handler.WithAttrs(a), h.min}
}

func (h levelFloor) WithGroup(name string) slog.Handler {
	return levelFloor{h.Handler.WithGroup(name), h.min}
}
