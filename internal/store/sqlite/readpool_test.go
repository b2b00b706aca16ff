package sqlite

import (
	"context"
	"database/sql"
	"path/filepath"
	"testing"
	"time"
)

// Reads are prepared once and the statements kept; once the store is
// closed, a read is an error, not a panic on the emptied cache.
func TestReadsAfterCloseFail(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "h.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.LatestArticles(ctx, 10, 0); err != nil {
		t.Fatal(err)
	}
	if n := len(s.read.stmts); n == 0 {
		t.Fatal("the read was not prepared")
	}
	if err := s.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := s.LatestArticles(ctx, 10, 0); err == nil {
		t.Fatal("LatestArticles after Close succeeded")
	}
	if _, err := s.Article(ctx, 1); err == nil {
		t.Fatal("Article after Close succeeded")
	}
}

// A read waits for a connection no longer than its own deadline, even while
// another reader is preparing a statement and waiting for one too.
func TestReadNotHeldBehindAnotherPreparation(t *testing.T) {
	ctx := context.Background()
	s, err := Open(ctx, filepath.Join(t.TempDir(), "h.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	// Hold every read connection with an unfinished result.
	var held []*sql.Rows
	for range 4 {
		rows, err := s.read.DB.QueryContext(ctx, "SELECT 1 UNION ALL SELECT 2")
		if err != nil {
			t.Fatal(err)
		}
		held = append(held, rows)
	}
	defer func() {
		for _, r := range held {
			r.Close()
		}
	}()
	slow, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	go s.read.QueryContext(slow, "SELECT 3") // prepares, waiting for a connection
	time.Sleep(50 * time.Millisecond)
	quick, cancelQuick := context.WithTimeout(ctx, 100*time.Millisecond)
	defer cancelQuick()
	start := time.Now()
	var n int
	err = s.read.QueryRowContext(quick, "SELECT 4").Scan(&n)
	if err == nil {
		t.Fatal("a read succeeded with every connection held")
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("a read with a 100 ms deadline returned after %v", d)
	}
}
