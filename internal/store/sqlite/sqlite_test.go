package sqlite_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store"
	"herald/internal/store/sqlite"
	"herald/internal/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T, now func() time.Time) store.Store {
		s, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "herald.db"), now)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { s.Close() })
		return s
	})
}

func TestReopenKeepsDataAndMigratesOnce(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "herald.db")
	s, err := sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := s.AddSource(ctx, &model.Source{FeedURL: "https://a.example/feed", Enabled: true}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s, err = sqlite.Open(ctx, path, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	all, err := s.Sources(ctx)
	if err != nil || len(all) != 1 {
		t.Fatalf("after reopen: %v, %v", all, err)
	}
}
