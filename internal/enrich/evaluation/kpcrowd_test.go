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

// kpcrowdFolds is the number of cross-validation folds for the official
// KPCrowd score: the shipped ranker is fitted on all of KPCrowd, so its own
// score there is in-sample and only the cross-validated one is honest.
const kpcrowdFolds = 5

// TestKPCrowd prints the F1@10 table on 500N-KPCrowd and guards against
// regressions. The official numbers are the 5-fold cross-validated ones
// (each document ranked by a model fitted without it); the shipped model's
// in-sample numbers are printed beside them. Print the table with:
//
//	go test -run TestKPCrowd -v ./internal/enrich/evaluation/
func TestKPCrowd(t *testing.T) {
	if testing.Short() {
		t.Skip("data-set evaluation skipped in -short mode")
	}
	docs := loadKPCrowd(t)
	var r kpcrowdResults
	r.cvWith, r.cvWithout = EvaluateKPCrowdCV(docs, 10, kpcrowdFolds)
	r.with = EvaluateKPCrowd(docs, true, 10)
	r.without = EvaluateKPCrowd(docs, false, 10)
	printTable(kpcrowdTable(len(docs), r))
	if r.cvWith.F < 0.22 || r.cvWithout.F < 0.22 {
		t.Errorf("cross-validated F1@10 fell: with corpus stats %.3f, without %.3f (floor 0.22)", r.cvWith.F, r.cvWithout.F)
	}
	// The shipped weights are the same procedure on all documents, so their
	// in-sample score cannot sit far from the cross-validated one; a gap
	// means the shipped weights are stale or overfitted.
	if d := r.with.F - r.cvWith.F; d < -0.01 || d > 0.01 {
		t.Errorf("shipped model F1@10 %.3f vs cross-validated %.3f: refit with TestFitKeyphraseModel", r.with.F, r.cvWith.F)
	}
}

// TestKPCrowdAgreement scores the ranker against a second crowd on the
// stories KPCrowd holds more than once (see Agreement): how much two
// crowds agree. Print the table with:
//
//	go test -run TestKPCrowdAgreement -v ./internal/enrich/evaluation/
func TestKPCrowdAgreement(t *testing.T) {
	if testing.Short() {
		t.Skip("data-set evaluation skipped in -short mode")
	}
	docs := loadKPCrowd(t)
	a := EvaluateAgreement(docs, 10, kpcrowdFolds)
	printTable(agreementTable(a))
	// KPCrowd v1.1 as staged holds 21 documents in 9 groups of near-identical copies.
	if a.Stories < 15 || a.Groups < 7 {
		t.Fatalf("found %d documents with copies in %d groups, want at least 15 in 7: the copy detection broke", a.Stories, a.Groups)
	}
	// Another crowd's keys, drawn at random, score less than half of what
	// the ranker does (0.094 against 0.194 when this was written).
	if a.Model.F < 2*a.CrowdRandom.F {
		t.Errorf("on stories held more than once the ranker's F1@10 %.3f is not twice a second crowd's random keys' %.3f", a.Model.F, a.CrowdRandom.F)
	}
}
