package evaluation

import (
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func loadKPCrowd(t testing.TB) []KPCrowdDoc {
	t.Helper()
	dir := filepath.Join(SharedDataDir(), "keywords", "500N-KPCrowd")
	docs, err := LoadKPCrowd(dir)
	if errors.Is(err, os.ErrNotExist) {
		t.Skipf("500N-KPCrowd not found at %s (set HERALD_SHARED_DATA): %v", dir, err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return docs
}

// TestKPCrowd prints the F1@10 table on 500N-KPCrowd and guards against
// regressions. Print the table with:
//
//	go test -run TestKPCrowd -v ./internal/enrich/evaluation/
func TestKPCrowd(t *testing.T) {
	if testing.Short() {
		t.Skip("data-set evaluation skipped in -short mode")
	}
	docs := loadKPCrowd(t)
	with := EvaluateKPCrowd(docs, true, 10)
	without := EvaluateKPCrowd(docs, false, 10)
	printTable(kpcrowdTable(len(docs), with, without))
	if with.F < 0.20 || without.F < 0.15 {
		t.Errorf("F1@10 fell: with corpus stats %.3f (floor 0.20), without %.3f (floor 0.15)", with.F, without.F)
	}
}
