package main

import (
	"bytes"
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

// openStore opens db as another process would, closing it with the test.
func openStore(t *testing.T, db string) *sqlite.Store {
	t.Helper()
	st, err := sqlite.Open(context.Background(), db, nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	return st
}

// seedProcessed stores n articles of a disabled source (nothing is due, so
// nothing is polled), without links (extraction fetches nothing), as the
// pipeline left them: at its final stage.
func seedProcessed(t *testing.T, st *sqlite.Store, n int) []int64 {
	t.Helper()
	ctx := context.Background()
	src := &model.Source{FeedURL: "https://a.example/feed"}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	var entries []model.Article
	for i := range n {
		entries = append(entries, model.Article{GUID: string(rune('a' + i)), Title: "Title " + string(rune('a'+i)),
			ContentHTML: "<p>The council met on Tuesday and voted on the budget.</p>", PublishedAt: time.Now().Add(-time.Hour)})
	}
	ids, err := st.SaveEntries(ctx, src.ID, entries)
	if err != nil || len(ids) != n {
		t.Fatalf("SaveEntries = %v, %v", ids, err)
	}
	for _, id := range ids {
		if err := st.SetArticleStage(ctx, id, pipeline.StageStories); err != nil {
			t.Fatal(err)
		}
	}
	return ids
}

// leaseHeld reports whether someone holds the pipeline lease on st: a
// newcomer asking for it is refused. A newcomer that gets it gives it back.
func leaseHeld(t *testing.T, st *sqlite.Store) bool {
	t.Helper()
	ctx := context.Background()
	_, ok, err := st.AcquirePipelineLease(ctx, "newcomer", time.Now(), time.Minute)
	if err == nil && ok {
		err = st.ReleasePipelineLease(ctx, "newcomer")
	}
	if err != nil {
		t.Fatal(err)
	}
	return !ok
}

func TestIngestOnceRefusedWhileAServerRunsThePipeline(t *testing.T) {
	db := filepath.Join(t.TempDir(), "h.db")
	st := openStore(t, db)
	if _, ok, err := st.AcquirePipelineLease(context.Background(), "server pid 1", time.Now(), time.Hour); err != nil || !ok {
		t.Fatalf("hold the lease: %v, %v", ok, err)
	}
	var out, errOut bytes.Buffer
	err := run(context.Background(), []string{"ingest", "-once", "-db", db}, &out, &errOut)
	if err == nil || !strings.Contains(err.Error(), "another Herald is running the pipeline") ||
		!strings.Contains(err.Error(), db) || !strings.Contains(err.Error(), "server pid 1") {
		t.Fatalf("ingest -once beside a server: %v; want a refusal naming %s and the holder", err, db)
	}
	if code := exitCode(err, &errOut); code != 1 {
		t.Fatalf("exit status %d, want 1", code)
	}
	if strings.Contains(out.String(), "polled") {
		t.Fatalf("a refused ingest reported a pass: %q", out.String())
	}
	if !leaseHeld(t, st) {
		t.Fatal("the refused ingest released the server's lease")
	}
}

func TestReextractOnlyQueuesWhileAServerRunsThePipeline(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	st := openStore(t, db)
	ids := seedProcessed(t, st, 2)
	if _, ok, err := st.AcquirePipelineLease(ctx, "server pid 1", time.Now(), time.Hour); err != nil || !ok {
		t.Fatalf("hold the lease: %v, %v", ok, err)
	}
	out, err := runCmd(t, "reextract", "-all", "-db", db)
	if err != nil || !strings.Contains(out, "queued 2 articles") || !strings.Contains(out, "server pid 1") ||
		!strings.Contains(out, "sweep will reprocess them") {
		t.Fatalf("reextract beside a server: %q, %v", out, err)
	}
	for _, id := range ids {
		a, err := st.Article(ctx, id)
		if err != nil || a.Stage != model.StageFeed {
			t.Fatalf("article %d after reextract: %+v, %v; want at the feed stage for the server's sweep", id, a, err)
		}
		if _, err := st.Content(ctx, id); !errors.Is(err, model.ErrNotFound) {
			t.Fatalf("article %d was extracted here, beside the server: %v", id, err)
		}
	}
}

// With no live holder (a lease that ran out is none), both commands take
// the lease for their run and release it when done.
func TestIngestAndReextractTakeAndReleaseTheLease(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	st := openStore(t, db)
	ids := seedProcessed(t, st, 1)
	if _, ok, err := st.AcquirePipelineLease(ctx, "crashed pid 1", time.Now().Add(-time.Hour), time.Minute); err != nil || !ok {
		t.Fatalf("plant a lapsed lease: %v, %v", ok, err)
	}
	if out, err := runCmd(t, "ingest", "-once", "-db", db); err != nil || !strings.Contains(out, "polled 0 sources") {
		t.Fatalf("ingest -once after a lapsed lease: %q, %v", out, err)
	}
	if leaseHeld(t, st) {
		t.Fatal("ingest -once kept the lease after its run")
	}
	out, err := runCmd(t, "reextract", "-db", db, "1")
	if err != nil || !strings.Contains(out, "reprocessed 1 articles") {
		t.Fatalf("reextract with no server: %q, %v", out, err)
	}
	if a, err := st.Article(ctx, ids[0]); err != nil || a.Stage != pipeline.StageStories {
		t.Fatalf("article after reextract: %+v, %v; want through the pipeline here", a, err)
	}
	if leaseHeld(t, st) {
		t.Fatal("reextract kept the lease after its run")
	}
}
