package sqlite

import (
	"context"
	"path/filepath"
	"testing"
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
