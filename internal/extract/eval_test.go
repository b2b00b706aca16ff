package extract

import (
	"compress/gzip"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// These evaluations read the shared data sets and take seconds; they run
// only with HERALD_EVAL=1. The official numbers come from the evaluation
// harness; these are for tuning. HERALD_EVAL_OUT=dir writes predictions.

func sharedData(t testing.TB) string {
	dir := os.Getenv("HERALD_SHARED_DATA")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "data")
	}
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s (set HERALD_SHARED_DATA)", dir)
	}
	return dir
}

func readGz(t testing.TB, path string) []byte {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	b, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var wordRE = regexp.MustCompile(`[\p{L}\p{N}_]+`)

// shingleScore is the Zyte benchmark's per-page (tp, fp, fn), normalised.
func shingleScore(truth, pred string) (tp, fp, fn float64) {
	sh := func(s string) map[string]int {
		toks := wordRE.FindAllString(s, -1)
		m := map[string]int{}
		for i := 0; i < max(1, len(toks)-3); i++ {
			end := min(i+4, len(toks))
			if end > i {
				m[strings.Join(toks[i:end], "\x00")]++
			}
		}
		return m
	}
	a, b := sh(truth), sh(pred)
	for k, c := range a {
		p := b[k]
		tp += float64(min(c, p))
		fn += float64(max(0, c-p))
	}
	for k, p := range b {
		fp += float64(max(0, p-a[k]))
	}
	if s := tp + fp + fn; s > 0 {
		tp, fp, fn = tp/s, fp/s, fn/s
	}
	return
}

func TestZyteScore(t *testing.T) {
	if os.Getenv("HERALD_EVAL") == "" {
		t.Skip("set HERALD_EVAL=1 to score the Zyte benchmark")
	}
	dir := filepath.Join(sharedData(t), "extraction", "zyte")
	var truth map[string]struct {
		ArticleBody string `json:"articleBody"`
		URL         string `json:"url"`
	}
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		t.Skip(err)
	}
	if err := json.Unmarshal(raw, &truth); err != nil {
		t.Fatal(err)
	}
	pages := map[string][]byte{}
	for id := range truth {
		pages[id] = readGz(t, filepath.Join(dir, "html", id+".html.gz"))
	}
	out := map[string]map[string]string{}
	type row struct {
		id   string
		p, r float64
	}
	var rows []row
	var sp, sr float64
	var np, nr int
	start := time.Now()
	texts := map[string]string{}
	blocks := map[string][]Block{}
	for id, page := range pages {
		// as the evaluation harness and the pipeline do: no text on error
		a, err := Extract(page, truth[id].URL, Options{})
		if err == nil {
			texts[id] = a.Text
			blocks[id] = a.Blocks
		}
	}
	elapsed := time.Since(start)
	for id := range pages {
		out[id] = map[string]string{"articleBody": texts[id]}
		tp, fp, fn := shingleScore(truth[id].ArticleBody, texts[id])
		p, r := 0.0, 0.0
		if fp == 0 && fn == 0 {
			p, r = 1, 1
		} else {
			if tp+fp > 0 {
				p = tp / (tp + fp)
			}
			if tp+fn > 0 {
				r = tp / (tp + fn)
			}
		}
		if tp+fp > 0 {
			sp += p
			np++
		}
		if tp+fn > 0 {
			sr += r
			nr++
		}
		rows = append(rows, row{id, p, r})
	}
	P, R := sp/float64(np), sr/float64(nr)
	t.Logf("zyte: F1 %.4f P %.4f R %.4f, %d pages in %v (%.0f pages/s)", 2*P*R/(P+R), P, R, len(pages), elapsed, float64(len(pages))/elapsed.Seconds())
	sort.Slice(rows, func(i, j int) bool { return min(rows[i].p, rows[i].r) < min(rows[j].p, rows[j].r) })
	for _, r := range rows[:min(25, len(rows))] {
		t.Logf("%s P=%.3f R=%.3f", r.id[:12], r.p, r.r)
	}
	if d := os.Getenv("HERALD_EVAL_OUT"); d != "" {
		b, _ := json.Marshal(out)
		if err := os.WriteFile(filepath.Join(d, "herald-zyte.json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
		b, _ = json.Marshal(blocks)
		if err := os.WriteFile(filepath.Join(d, "herald-zyte-blocks.json"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestTrafilaturaEvalScore(t *testing.T) {
	if os.Getenv("HERALD_EVAL") == "" {
		t.Skip("set HERALD_EVAL=1 to score trafilatura's evaluation set")
	}
	dir := filepath.Join(sharedData(t), "extraction", "trafilatura-eval")
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		t.Skip(err)
	}
	var eval map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &eval); err != nil {
		t.Fatal(err)
	}
	tmp := t.TempDir()
	if out, err := exec.Command("tar", "-xJf", filepath.Join(dir, "html.tar.xz"), "-C", tmp).CombinedOutput(); err != nil {
		t.Skipf("cannot unpack html.tar.xz: %v %s", err, out)
	}
	norm := func(s string) string { return strings.Join(strings.Fields(s), " ") }
	var tp, fp, fn, tn int
	type miss struct {
		key  string
		what string
	}
	var misses []miss
	keys := make([]string, 0, len(eval))
	for k := range eval {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		item := eval[k]
		page, err := os.ReadFile(filepath.Join(tmp, "html", item.File))
		if err != nil {
			t.Fatalf("%s: %v", k, err)
		}
		a, err := Extract(page, "", Options{})
		text := ""
		if err == nil {
			text = norm(a.Text)
		}
		for _, w := range item.With {
			if strings.Contains(text, norm(w)) {
				tp++
			} else {
				fn++
				misses = append(misses, miss{k, "missing: " + w})
			}
		}
		for _, w := range item.Without {
			if strings.Contains(text, norm(w)) {
				fp++
				misses = append(misses, miss{k, "unwanted: " + w})
			} else {
				tn++
			}
		}
	}
	p := float64(tp) / float64(tp+fp)
	r := float64(tp) / float64(tp+fn)
	t.Logf("trafilatura-eval: F1 %.4f P %.4f R %.4f (tp %d fp %d fn %d tn %d)", 2*float64(tp)/float64(2*tp+fp+fn), p, r, tp, fp, fn, tn)
	if os.Getenv("HERALD_EVAL_VERBOSE") != "" {
		for _, m := range misses {
			t.Logf("%s %s", m.key, m.what)
		}
	}
}

// TestDump prints what Extract finds in the files of HERALD_DUMP
// (comma-separated paths, .gz allowed), for tuning by eye.
func TestDump(t *testing.T) {
	files := os.Getenv("HERALD_DUMP")
	if files == "" {
		t.Skip("set HERALD_DUMP=file.html[,...] to print extractions")
	}
	for _, f := range strings.Split(files, ",") {
		var page []byte
		if strings.HasSuffix(f, ".gz") {
			page = readGz(t, f)
		} else {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			page = b
		}
		a, err := Extract(page, os.Getenv("HERALD_DUMP_URL"), Options{})
		if a == nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		b, _ := json.MarshalIndent(a, "", "  ")
		t.Logf("%s: err=%v\n%s\n---TEXT---\n%s", f, err, b, a.Text)
	}
}
