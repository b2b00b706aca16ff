package jobs_test

import (
	"context"
	"log/slog"
	"sync"
	"testing"
	"time"

	"herald/internal/jobs"
	"herald/internal/model"
	"herald/internal/store/sqlite"
)

// An article sent back to the feed stage from outside the running queue's
// process (`herald reextract` while `herald serve` holds the pipeline
// lease, or the admin API) goes through the pipeline again at the queue's
// next sweep: nothing tells the queue, and nothing needs to.
func TestRunningQueueSweepsReextractedArticles(t *testing.T) {
	pub := &publisher{feeds: 1, perFeed: 10}
	h := newHarness(t, pub)
	var mu sync.Mutex
	runs := map[int64]int{}
	extract := stageFunc{"extract", func(ctx context.Context, id int64) error {
		mu.Lock()
		runs[id]++
		mu.Unlock()
		return nil
	}}
	ctx := context.Background()
	if st, err := h.queue(t, []jobs.Stage{extract}).RunOnce(ctx, true); err != nil || st.Failed != 0 {
		t.Fatalf("first pass %+v, %v", st, err)
	}
	srcs, _ := h.store.Sources(ctx)
	for _, s := range srcs {
		h.store.SetSourceEnabled(ctx, s.ID, false) // only the sweep is under test
	}

	db, err := sqlite.OpenPool(h.path, 1)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	cfg := jobs.DefaultConfig()
	cfg.SweepEvery = 50 * time.Millisecond
	cfg.Logger = slog.New(slog.DiscardHandler)
	q, err := jobs.New(ctx, db, h.store, nil, []jobs.Stage{extract}, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if err := q.Start(ctx); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		stopCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		q.Stop(stopCtx)
	})
	// The article goes back only after the sweep at start, so that only a
	// later sweep can find it.
	deadline := time.Now().Add(10 * time.Second)
	for n, _ := q.SweepsDone(ctx); n == 0; n, _ = q.SweepsDone(ctx) {
		if time.Now().After(deadline) {
			t.Fatal("the queue did not sweep at start within 10 s")
		}
		time.Sleep(20 * time.Millisecond)
	}
	ids, _ := h.store.ArticlesAtStage(ctx, "extract", 1)
	if len(ids) != 1 {
		t.Fatalf("no processed article to send back: %v", ids)
	}
	if err := h.store.SetArticleStage(ctx, ids[0], model.StageFeed); err != nil {
		t.Fatal(err)
	}
	deadline = time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		if a, err := h.store.Article(ctx, ids[0]); err == nil && a.Stage == "extract" {
			mu.Lock()
			n := runs[ids[0]]
			mu.Unlock()
			if n != 2 {
				t.Fatalf("the re-extracted article ran the stage %d times in all, want 2", n)
			}
			return
		}
		time.Sleep(20 * time.Millisecond)
	}
	t.Fatal("the running queue did not process an article sent back to the feed stage within 10 s (SweepEvery 50 ms)")
}
