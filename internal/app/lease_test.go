package app_test

import (
	"context"
	"errors"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/app"
	"herald/internal/config"
	"herald/internal/store/sqlite"
)

// newMain opens a Main on db that serves on a free loopback port, with a
// short lease so that waiting one out takes a moment, yet long enough for
// renewals to keep it under the race detector while a queue starts.
func newMain(t *testing.T, db string) *app.Main {
	t.Helper()
	cfg := config.Default()
	cfg.DB = db
	cfg.Addr = "127.0.0.1:0"
	m := app.New(cfg, slog.New(slog.DiscardHandler))
	m.LeaseTTL, m.LeaseRenew = 2*time.Second, 100*time.Millisecond
	if err := m.Open(context.Background()); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { m.Close() })
	return m
}

// holdLease takes the pipeline lease on db for owner, as another process
// would, and reports whether it got it.
func holdLease(t *testing.T, db, owner string, now time.Time, ttl time.Duration) bool {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	_, ok, err := st.AcquirePipelineLease(context.Background(), owner, now, ttl)
	if err != nil {
		t.Fatal(err)
	}
	return ok
}

// A second server on a database whose pipeline another runs is refused
// before it listens, and says why; once the first stops (releasing the
// lease), the next takes it at once.
func TestSecondServerRefused(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "herald.db")
	first := newMain(t, db)
	if err := first.Run(ctx); err != nil {
		t.Fatal(err)
	}
	second := newMain(t, db)
	err := second.Run(ctx)
	if !errors.Is(err, app.ErrPipelineBusy) || !strings.Contains(err.Error(), db) ||
		!strings.Contains(err.Error(), first.Owner) || !strings.Contains(err.Error(), "stop it first") {
		t.Fatalf("second server's Run = %v; want ErrPipelineBusy naming %s and %s", err, db, first.Owner)
	}
	if second.Addr() != "" {
		t.Fatalf("the refused server listens on %s", second.Addr())
	}
	if err := first.Close(); err != nil {
		t.Fatal(err)
	}
	if err := newMain(t, db).TakePipeline(ctx); err != nil {
		t.Fatalf("after the first server closed: %v", err)
	}
}

// A server restarted after a crash finds its old lease still there and
// waits for it to run out instead of failing.
func TestServerWaitsOutACrashedHoldersLease(t *testing.T) {
	db := filepath.Join(t.TempDir(), "herald.db")
	m := newMain(t, db)
	if !holdLease(t, db, "crashed", time.Now(), 200*time.Millisecond) {
		t.Fatal("could not plant the crashed holder's lease")
	}
	if err := m.Run(context.Background()); err != nil {
		t.Fatalf("Run after a crashed holder: %v", err)
	}
}

// The heartbeat keeps the lease past its length.
func TestHeartbeatKeepsTheLease(t *testing.T) {
	db := filepath.Join(t.TempDir(), "herald.db")
	m := newMain(t, db)
	m.LeaseTTL, m.LeaseRenew = 300*time.Millisecond, 50*time.Millisecond
	if err := m.TakePipeline(context.Background()); err != nil {
		t.Fatal(err)
	}
	time.Sleep(3 * m.LeaseTTL)
	if holdLease(t, db, "other", time.Now(), time.Minute) {
		t.Fatal("another owner took the lease from a live holder")
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if !holdLease(t, db, "other", time.Now(), time.Minute) {
		t.Fatal("Close did not release the lease")
	}
}

// A holder whose renewals came too late (here its clock lags, as a paused
// VM's would) and whose lease another took is told to stop.
func TestLosingTheLeaseEndsWait(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "herald.db")
	m := newMain(t, db)
	m.Now = func() time.Time { return time.Now().Add(-time.Hour) }
	if err := m.TakePipeline(ctx); err != nil {
		t.Fatal(err)
	}
	if !holdLease(t, db, "other", time.Now(), time.Minute) {
		t.Fatal("could not take the lapsed lease")
	}
	waitCtx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	err := m.Wait(waitCtx)
	if !errors.Is(err, app.ErrPipelineBusy) || !strings.Contains(err.Error(), "lost the pipeline lease") {
		t.Fatalf("Wait = %v, want the lease's loss", err)
	}
	if _, err := m.IngestOnce(ctx, false); err == nil {
		t.Fatal("a one-shot run went ahead after the lease was lost")
	}
	if err := m.Close(); err != nil {
		t.Fatal(err)
	}
	if holdLease(t, db, "third", time.Now(), time.Minute) {
		t.Fatal("the holder that lost the lease released another's")
	}
}
