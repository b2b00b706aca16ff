package evaluation

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"
	"strings"
)

// peerLabels names the published Zyte outputs (peers/<file>.json.gz) as the
// benchmark's README does.
var peerLabels = map[string]string{
	"go_trafilatura":      "go-trafilatura",
	"trafilatura":         "trafilatura (Python)",
	"newspaper":           "newspaper4k",
	"readability_js":      "readability.js",
	"go_readability_fork": "readeck go-readability",
	"go_readability":      "go-shiori go-readability",
	"go_domdistiller":     "go-domdistiller",
	"readability":         "readability-lxml",
	"goose3":              "goose3",
	"justext":             "justext",
	"html-text":           "whole-page text (html-text)",
}

// ZyteRow is one line of the Zyte table.
type ZyteRow struct {
	Name   string
	Source string // "measured here" or "published output"
	Score  ZyteScore
	Errors int
}

// ScoreZytePeers scores every published peer output in the benchmark folder,
// best F1 first.
func ScoreZytePeers(dir string) ([]ZyteRow, error) {
	truth, err := LoadZyteTruth(dir)
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "peers", "*.json.gz"))
	if err != nil {
		return nil, fmt.Errorf("list peers: %w", err)
	}
	var rows []ZyteRow
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json.gz")
		preds, _, err := LoadZytePredictions(file)
		if err != nil {
			return nil, err
		}
		pages, err := ScoreZytePredictions(truth, preds)
		if err != nil {
			return nil, fmt.Errorf("peer %s: %w", name, err)
		}
		label := peerLabels[name]
		if label == "" {
			label = name
		}
		rows = append(rows, ZyteRow{Name: label, Source: "published output", Score: Summarize(pages)})
	}
	sort.SliceStable(rows, func(i, j int) bool { return rows[i].Score.F1 > rows[j].Score.F1 })
	return rows, nil
}

// WriteZyteTable prints rows as a Markdown table.
func WriteZyteTable(w io.Writer, rows []ZyteRow) {
	fmt.Fprintln(w, "| extractor | source | F1 | precision | recall | accuracy | failed pages |")
	fmt.Fprintln(w, "|---|---|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		fmt.Fprintf(w, "| %s | %s | %.3f | %.3f | %.3f | %.3f | %s |\n",
			r.Name, r.Source, r.Score.F1, r.Score.Precision, r.Score.Recall, r.Score.Accuracy, errorCell(r))
	}
}

func errorCell(r ZyteRow) string {
	if r.Source != "measured here" {
		return "-"
	}
	return fmt.Sprint(r.Errors)
}

// TrafRow is one line of the trafilatura-eval table.
type TrafRow struct {
	Name   string
	Counts Confusion
	Errors int
	Docs   int
}

// WriteTrafTable prints rows as a Markdown table.
func WriteTrafTable(w io.Writer, rows []TrafRow) {
	fmt.Fprintln(w, "| extractor | F1 | precision | recall | accuracy | TP | FP | FN | TN | failed pages |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
	for _, r := range rows {
		c := r.Counts
		fmt.Fprintf(w, "| %s | %.3f | %.3f | %.3f | %.3f | %d | %d | %d | %d | %d of %d |\n",
			r.Name, c.F1(), c.Precision(), c.Recall(), c.Accuracy(), c.TP, c.FP, c.FN, c.TN, r.Errors, r.Docs)
	}
}

// WriteWorstPages lists the n pages of run with the lowest page F1, to show
// the extractor's author where to look.
func WriteWorstPages(w io.Writer, run *ZyteRun, pages []ZytePage, n int) {
	urls := make(map[string]string, len(pages))
	for _, p := range pages {
		urls[p.ID] = p.URL
	}
	sorted := append([]PageResult(nil), run.Pages...)
	sort.SliceStable(sorted, func(i, j int) bool { return sorted[i].Count.F1() < sorted[j].Count.F1() })
	fmt.Fprintf(w, "%-8s %-6s %-6s %-64s %s\n", "page F1", "P", "R", "id", "url / error")
	for _, p := range sorted[:min(n, len(sorted))] {
		note := urls[p.ID]
		if err := run.Errors[p.ID]; err != nil {
			note += "  error: " + err.Error()
		}
		fmt.Fprintf(w, "%-8.3f %-6.3f %-6.3f %-64s %s\n", p.Count.F1(), p.Count.Precision(), p.Count.Recall(), p.ID, note)
	}
}

// WriteSnippetMisses lists up to n documents where the run missed a "with"
// snippet or kept a "without" one.
func WriteSnippetMisses(w io.Writer, run *TrafRun, docs []TrafDoc, n int) {
	shown := 0
	for _, d := range docs {
		if shown == n {
			return
		}
		out := run.Outputs[d.Key]
		text := ""
		if out != nil {
			text = *out
		}
		c := CountSnippets(d, text, out != nil)
		if c.FN == 0 && c.FP == 0 {
			continue
		}
		shown++
		fmt.Fprintf(w, "%s (%s): missed %d of %d, kept %d of %d boilerplate", d.Key, d.File, c.FN, len(d.With), c.FP, len(d.Without))
		if err := run.Errors[d.Key]; err != nil {
			fmt.Fprintf(w, "  error: %v", err)
		}
		fmt.Fprintln(w)
		norm := NormalizeSpace(text)
		for _, s := range d.With {
			if !strings.Contains(norm, NormalizeSpace(s)) {
				fmt.Fprintf(w, "    missing: %.100q\n", s)
			}
		}
		for _, s := range d.Without {
			if strings.Contains(norm, NormalizeSpace(s)) {
				fmt.Fprintf(w, "    kept:    %.100q\n", s)
			}
		}
	}
}
