package jobs_test

import (
	"context"
	"log/slog"
	"path/filepath"
	"sync"
	"testing"

	"herald/internal/jobs"
	"herald/internal/store/sqlite"
)

// Two processes started together on one new database (serve and a cron
// ingest, or two units of a service manager) both migrate River's tables;
// the one that loses the race must find the other's work, not fail with
// "table river_job already exists".
func TestQueuesStartedTogetherBothMigrate(t *testing.T) {
	for round := range 8 {
		path := filepath.Join(t.TempDir(), "herald.db")
		st, err := sqlite.Open(context.Background(), path, nil)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { st.Close() })
		cfg := jobs.DefaultConfig()
		cfg.Periodic = false
		cfg.Logger = slog.New(slog.DiscardHandler)
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for i := range errs {
			db, err := sqlite.OpenPool(path, 1)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { db.Close() })
			wg.Go(func() {
				_, errs[i] = jobs.New(context.Background(), db, st, nil, nil, cfg)
			})
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, queue %d: %v", round, i, err)
			}
		}
	}
}
