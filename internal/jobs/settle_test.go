package jobs_test

import (
	"context"
	"errors"
	"log/slog"
	"sync/atomic"
	"testing"
	"time"

	"herald/internal/jobs"
	"herald/internal/store/sqlite"
)

// settlingStage counts its runs and, at each Settle, how many runs had
// finished by then.
type settlingStage struct {
	runs, settles, runsAtSettle, finals atomic.Int64
	fail                                bool
}

func (s *settlingStage) Name() string { return "stories" }

func (s *settlingStage) Run(ctx context.Context, id int64) error {
	s.runs.Add(1)
	return nil
}

func (s *settlingStage) Settle(ctx context.Context, final bool) error {
	s.settles.Add(1)
	if final {
		s.finals.Add(1)
	}
	s.runsAtSettle.Store(s.runs.Load())
	if s.fail {
		return errors.New("database is locked")
	}
	return nil
}

// A one-shot run settles once, after the last article's stages; a failed
// settle fails the run, so the operator hears of it.
func TestRunOnceSettlesAtTheEnd(t *testing.T) {
	pub := &publisher{feeds: 2, perFeed: 10}
	h := newHarness(t, pub)
	s := &settlingStage{}
	if _, err := h.queue(t, []jobs.Stage{s}).RunOnce(context.Background(), true); err != nil {
		t.Fatal(err)
	}
	want := int64(pub.uniqueArticles())
	if s.runs.Load() != want || s.settles.Load() != 1 || s.finals.Load() != 1 || s.runsAtSettle.Load() != want {
		t.Fatalf("%d runs, %d settles (%d final), the last after %d runs; want %d runs and one final settle after them all",
			s.runs.Load(), s.settles.Load(), s.finals.Load(), s.runsAtSettle.Load(), want)
	}
	failing := &settlingStage{fail: true}
	if _, err := newHarness(t, pub).queue(t, []jobs.Stage{failing}).RunOnce(context.Background(), true); err == nil {
		t.Fatal("a failed settle was not reported")
	}
}

// A running queue settles every SettleEvery, whether or not articles
// arrive.
func TestQueueSettlesPeriodically(t *testing.T) {
	h := newHarness(t, &publisher{})
	db, err := sqlite.OpenPool(h.path, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cfg := jobs.DefaultConfig()
	cfg.SettleEvery = 50 * time.Millisecond
	cfg.Logger = slog.New(slog.DiscardHandler)
	s := &settlingStage{}
	q, err := jobs.New(context.Background(), db, h.store, nil, []jobs.Stage{s}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	deadline := time.Now().Add(10 * time.Second)
	for s.settles.Load() < 2 && time.Now().Before(deadline) {
		time.Sleep(20 * time.Millisecond)
	}
	stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if err := q.Stop(stopCtx); err != nil {
		t.Fatal(err)
	}
	if n := s.settles.Load(); n < 2 || s.finals.Load() != 0 {
		t.Fatalf("the queue settled %d times in 10 s with SettleEvery 50 ms (%d final, want none)", n, s.finals.Load())
	}
}
