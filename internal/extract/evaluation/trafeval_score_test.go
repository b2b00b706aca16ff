package evaluation

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestNormalizeSpaceMatchesEvalCommonNorm(t *testing.T) {
	// want: eval_common.norm (re.sub(r"\s+", " ", text).strip()) in Python 3.11.
	tests := []struct{ in, want string }{
		{"  a \t b\n\nc  ", "a b c"},
		{"a\x1cb\x1fc", "a b c"},
		{"a\u00a0b\u2009c\u3000d", "a b c d"},
		{"a\u200bb\ufeffc", "a\u200bb\ufeffc"}, // zero-width space and BOM are not whitespace
		{"\u0085x\u2028y\u2029", "x y"},
		{"x\x0by\x0cz", "x y z"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := NormalizeSpace(tt.in); got != tt.want {
			t.Errorf("NormalizeSpace(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCountSnippets(t *testing.T) {
	doc := TrafDoc{
		With:    []string{"the first  sentence", "second\nsentence", "missing one"},
		Without: []string{"Share this", "Cookie note"},
	}
	tests := []struct {
		name  string
		text  string
		found bool
		want  Confusion
	}{
		{"whitespace variants match", "The intro. the first\u00a0sentence and second sentence.", true, Confusion{TP: 2, FN: 1, TN: 2}},
		{"boilerplate found", "the first sentence\n\nShare   this", true, Confusion{TP: 1, FP: 1, FN: 2, TN: 1}},
		{"case matters", "THE FIRST SENTENCE", true, Confusion{FN: 3, TN: 2}},
		{"failure finds nothing", "the first sentence Share this", false, Confusion{FN: 3, TN: 2}},
		{"empty output", "", true, Confusion{FN: 3, TN: 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CountSnippets(doc, tt.text, tt.found); got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestConfusionScores(t *testing.T) {
	c := Confusion{TP: 6, FP: 2, FN: 4, TN: 8}
	if p, r, a, f := c.Precision(), c.Recall(), c.Accuracy(), c.F1(); p != 0.75 || r != 0.6 || a != 0.7 || f != 12.0/18 {
		t.Errorf("P R A F1 = %v %v %v %v", p, r, a, f)
	}
	var zero Confusion
	if zero.Precision() != 0 || zero.Recall() != 0 || zero.F1() != 0 || zero.Accuracy() != 0 {
		t.Error("empty confusion must score 0, not NaN")
	}
}

// syntheticOutput builds, from a document's own snippets, an output that
// exercises the scorer: whitespace variants, partial snippets, boilerplate
// and failures. TestTrafEvalScorerMatchesEvalCommon compares the counts with
// those of eval_common.count_item on the same outputs
// (testdata/trafeval_synthetic_eval_common_py.json, written by
// testdata/trafeval_counts.py from `go run ./internal/extract/evaluation/cmd/extract-eval synthetic`).
func syntheticOutput(i int, d TrafDoc) (string, bool) {
	var b strings.Builder
	switch i % 4 {
	case 0: // every "with" snippet, spaces turned into mixed whitespace; every other "without"
		for _, w := range d.With {
			b.WriteString(strings.ReplaceAll(w, " ", "\n \t"))
			b.WriteString("\n\n")
		}
		for j, w := range d.Without {
			if j%2 == 0 {
				b.WriteString(w + "\u00a0")
			}
		}
	case 1: // the first half of each snippet only
		for _, w := range append(append([]string{}, d.With...), d.Without...) {
			r := []rune(w)
			b.WriteString(string(r[:len(r)/2]) + " ")
		}
	case 2: // everything, separated by information separators and thin spaces
		for _, w := range append(append([]string{}, d.With...), d.Without...) {
			b.WriteString("\x1c" + strings.ReplaceAll(w, " ", "\u2009") + "\x1f")
		}
	case 3: // a failed extraction
		return "", false
	}
	return b.String(), true
}

func trafEvalDirOrSkip(tb testing.TB) string {
	tb.Helper()
	dir, err := FindDataSet(TrafEvalDir)
	if errors.Is(err, ErrNoData) {
		tb.Skipf("trafilatura evaluation set absent, skipping: %v", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	return dir
}

func TestTrafEvalScorerMatchesEvalCommon(t *testing.T) {
	dir := trafEvalDirOrSkip(t)
	docs, err := LoadTrafEvalAnnotations(dir)
	if err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join("testdata", "trafeval_synthetic_eval_common_py.json"))
	if err != nil {
		t.Fatal(err)
	}
	var golden struct {
		Total [4]int            `json:"total"` // tp, fp, fn, tn
		Docs  map[string][4]int `json:"docs"`
	}
	if err := json.NewDecoder(bytes.NewReader(raw)).Decode(&golden); err != nil {
		t.Fatal(err)
	}
	if len(golden.Docs) != len(docs) {
		t.Fatalf("golden has %d documents, evaldata %d", len(golden.Docs), len(docs))
	}
	var total Confusion
	for i, d := range docs {
		text, ok := syntheticOutput(i, d)
		got := CountSnippets(d, text, ok)
		total.Add(got)
		w := golden.Docs[d.Key]
		if want := (Confusion{TP: w[0], FP: w[1], FN: w[2], TN: w[3]}); got != want {
			t.Errorf("%s: Go %+v, eval_common %+v", d.Key, got, want)
		}
	}
	if want := (Confusion{TP: golden.Total[0], FP: golden.Total[1], FN: golden.Total[2], TN: golden.Total[3]}); total != want {
		t.Errorf("total: Go %+v, eval_common %+v", total, want)
	}
}

func TestLoadTrafEvalReadsEveryPage(t *testing.T) {
	if testing.Short() {
		t.Skip("decompresses 66 MB")
	}
	dir := trafEvalDirOrSkip(t)
	docs, err := LoadTrafEval(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range docs {
		if len(d.HTML) < 100 || len(d.With) == 0 {
			t.Errorf("%s: %d bytes, %d snippets", d.File, len(d.HTML), len(d.With))
		}
	}
}

// TestWriteSyntheticOutputs writes the synthetic outputs for
// testdata/trafeval_counts.py when HERALD_EVAL_WRITE_SYNTHETIC names a file:
//
//	HERALD_EVAL_WRITE_SYNTHETIC=/tmp/synthetic.json go test -run TestWriteSyntheticOutputs ./internal/extract/evaluation/
//	python3 internal/extract/evaluation/testdata/trafeval_counts.py ../shared/data/extraction/trafilatura-eval /tmp/synthetic.json \
//	  > internal/extract/evaluation/testdata/trafeval_synthetic_eval_common_py.json
func TestWriteSyntheticOutputs(t *testing.T) {
	out := os.Getenv("HERALD_EVAL_WRITE_SYNTHETIC")
	if out == "" {
		t.Skip("set HERALD_EVAL_WRITE_SYNTHETIC=FILE to write the synthetic outputs")
	}
	docs, err := LoadTrafEvalAnnotations(trafEvalDirOrSkip(t))
	if err != nil {
		t.Fatal(err)
	}
	outputs := make(map[string]*string, len(docs))
	for i, d := range docs {
		if text, ok := syntheticOutput(i, d); ok {
			outputs[d.Key] = &text
		} else {
			outputs[d.Key] = nil
		}
	}
	if err := writeJSON(out, outputs); err != nil {
		t.Fatal(err)
	}
}
