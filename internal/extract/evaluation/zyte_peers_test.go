package evaluation

import (
	"encoding/json"
	"errors"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// zyteGolden is testdata/zyte_peers_evaluate_py.json: the numbers that the
// benchmark's evaluate.py printed for each published peer output (see its
// "_how" field for the command).
type zyteGolden struct {
	How   string `json:"_how"`
	Peers map[string]struct {
		F1        float64 `json:"f1"`
		Precision float64 `json:"precision"`
		Recall    float64 `json:"recall"`
		Accuracy  float64 `json:"accuracy"`
	} `json:"peers"`
}

func zyteDirOrSkip(tb testing.TB) string {
	tb.Helper()
	dir, err := FindDataSet(ZyteDir)
	if errors.Is(err, ErrNoData) {
		tb.Skipf("Zyte benchmark absent, skipping: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}

// TestZyteScorerMatchesEvaluatePy scores every published peer output with the
// Go scorer and compares with evaluate.py's numbers.
func TestZyteScorerMatchesEvaluatePy(t *testing.T) {
	dir := zyteDirOrSkip(t)
	raw, err := os.ReadFile(filepath.Join("testdata", "zyte_peers_evaluate_py.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden zyteGolden
	if err := json.Unmarshal(raw, &golden); err != nil {
		t.Fatal(err)
	}
	truth, err := LoadZyteTruth(dir)
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob(filepath.Join(dir, "peers", "*.json.gz"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(golden.Peers) {
		t.Errorf("%d peer files, %d golden entries", len(files), len(golden.Peers))
	}
	sort.Strings(files)
	const tolerance = 1e-6
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json.gz")
		t.Run(name, func(t *testing.T) {
			want, ok := golden.Peers[name]
			if !ok {
				t.Fatalf("no evaluate.py result for %s in the golden file", name)
			}
			preds, _, err := LoadZytePredictions(file)
			if err != nil {
				t.Fatal(err)
			}
			pages, err := ScoreZytePredictions(truth, preds)
			if err != nil {
				t.Fatal(err)
			}
			got := Summarize(pages)
			for _, m := range []struct {
				metric    string
				got, want float64
			}{
				{"f1", got.F1, want.F1},
				{"precision", got.Precision, want.Precision},
				{"recall", got.Recall, want.Recall},
				{"accuracy", got.Accuracy, want.Accuracy},
			} {
				d := math.Abs(m.got - m.want)
				if d > tolerance {
					t.Errorf("%s: Go %.9f, evaluate.py %.9f (diff %.2g)", m.metric, m.got, m.want, d)
				}
				t.Logf("%-9s Go %.17g evaluate.py %.17g diff %.2g", m.metric, m.got, m.want, d)
			}
		})
	}
}

func TestLoadZytePredictionsUnwrapsVersion(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, body, wantVersion string
		want                    map[string]string
	}{
		{"plain", `{"a": {"articleBody": "x"}, "b": {}}`, "", map[string]string{"a": "x", "b": ""}},
		{"wrapped", `{"version": "1.2", "output": {"a": {"articleBody": null}}}`, "1.2", map[string]string{"a": ""}},
		{"not wrapped with other keys", `{"version": {"articleBody": "v"}, "output": {"articleBody": "o"}, "c": {}}`, "",
			map[string]string{"version": "v", "output": "o", "c": ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name+".json")
			if err := os.WriteFile(path, []byte(tt.body), 0o644); err != nil {
				t.Fatal(err)
			}
			got, version, err := LoadZytePredictions(path)
			if err != nil {
				t.Fatal(err)
			}
			if version != tt.wantVersion || len(got) != len(tt.want) {
				t.Fatalf("got %v version %q, want %v version %q", got, version, tt.want, tt.wantVersion)
			}
			for k, v := range tt.want {
				if got[k] != v {
					t.Errorf("%s = %q, want %q", k, got[k], v)
				}
			}
		})
	}
}

func TestScoreZytePredictionsRefusesMismatchedIDs(t *testing.T) {
	truth := map[string]ZyteTruth{"a": {ArticleBody: "x"}, "b": {ArticleBody: "y"}}
	if _, err := ScoreZytePredictions(truth, map[string]string{"a": "x", "c": "y"}); err == nil {
		t.Error("want an error for a prediction with other ids")
	}
	if _, err := ScoreZytePredictions(truth, map[string]string{"a": "x"}); err == nil {
		t.Error("want an error for a prediction with fewer ids")
	}
}
