package evaluation

import (
	"context"
	"math"
	"os"
	"path/filepath"
	"testing"
)

// liveEnv gates the tests that run whole extractors over the data sets
// (about a minute on two cores).
const liveEnv = "HERALD_EVAL"

func skipUnlessLive(t *testing.T) {
	t.Helper()
	if os.Getenv(liveEnv) == "" {
		t.Skipf("set %s=1 to run the extractors over the data sets", liveEnv)
	}
}

// TestLiveLibrariesReproducePublishedOutputs checks the harness runs the
// libraries as their published Zyte outputs were made: the scores measured
// here must be close to those of the outputs in peers/.
func TestLiveLibrariesReproducePublishedOutputs(t *testing.T) {
	skipUnlessLive(t)
	dir := zyteDirOrSkip(t)
	pages, err := LoadZytePages(dir)
	if err != nil {
		t.Fatal(err)
	}
	truth, err := LoadZyteTruth(dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		extractor, peer string
		tolerance       float64
	}{
		{NameTrafilatura, "go_trafilatura", 0.005},
		{NameReadeck, "go_readability_fork", 0.01}, // v2 renders text itself; the peer used TextContent
	}
	for _, tt := range tests {
		t.Run(tt.extractor, func(t *testing.T) {
			e, err := ExtractorByName(tt.extractor)
			if err != nil {
				t.Fatal(err)
			}
			run, err := RunZyte(context.Background(), e, pages)
			if err != nil {
				t.Fatal(err)
			}
			preds, _, err := LoadZytePredictions(filepath.Join(dir, "peers", tt.peer+".json.gz"))
			if err != nil {
				t.Fatal(err)
			}
			published, err := ScoreZytePredictions(truth, preds)
			if err != nil {
				t.Fatal(err)
			}
			want := Summarize(published).F1
			t.Logf("%s: live F1 %.4f, published output F1 %.4f, %d failed pages", tt.extractor, run.Score.F1, want, len(run.Errors))
			if math.Abs(run.Score.F1-want) > tt.tolerance {
				t.Errorf("live F1 %.4f is more than %.3f from the published output's %.4f", run.Score.F1, tt.tolerance, want)
			}
		})
	}
}

// TestLiveHeraldRunsEveryPage runs Herald's extractor over both data sets:
// no page may panic, and the scores are logged.
func TestLiveHeraldRunsEveryPage(t *testing.T) {
	skipUnlessLive(t)
	e, err := ExtractorByName(NameHerald)
	if err != nil {
		t.Fatal(err)
	}
	pages, err := LoadZytePages(zyteDirOrSkip(t))
	if err != nil {
		t.Fatal(err)
	}
	zr, err := RunZyte(context.Background(), e, pages)
	if err != nil {
		t.Fatal(err)
	}
	docs, err := LoadTrafEval(trafEvalDirOrSkip(t))
	if err != nil {
		t.Fatal(err)
	}
	tr, err := RunTrafEval(context.Background(), e, docs)
	if err != nil {
		t.Fatal(err)
	}
	for id, err := range zr.Errors {
		if isPanic(err) {
			t.Errorf("zyte %s: %v", id, err)
		}
	}
	for key, err := range tr.Errors {
		if isPanic(err) {
			t.Errorf("trafilatura-eval %s: %v", key, err)
		}
	}
	t.Logf("herald: Zyte F1 %.4f (P %.4f R %.4f), trafilatura-eval F1 %.4f (P %.4f R %.4f)",
		zr.Score.F1, zr.Score.Precision, zr.Score.Recall, tr.Counts.F1(), tr.Counts.Precision(), tr.Counts.Recall())
}
