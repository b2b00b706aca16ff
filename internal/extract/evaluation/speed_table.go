package evaluation

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
)

// benchLine matches a BenchmarkExtract result line of `go test -bench`.
var benchLine = regexp.MustCompile(`^BenchmarkExtract/(\S+?)(?:-\d+)?\s+(\d+)\s+(.*)$`)

// SpeedResult is one extractor's BenchmarkExtract result.
type SpeedResult struct {
	Name    string
	Metrics map[string]float64 // by unit: "pages/s", "peak-heap-MB", ...
}

// ParseSpeedResults reads `go test -bench BenchmarkExtract` output. When an
// extractor appears more than once (several rounds), the round with the most
// pages per second is kept: other processes on a shared machine only ever
// slow a run down.
func ParseSpeedResults(r io.Reader) ([]SpeedResult, error) {
	var results []SpeedResult
	index := make(map[string]int)
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		m := benchLine.FindStringSubmatch(strings.TrimSpace(sc.Text()))
		if m == nil {
			continue
		}
		res := SpeedResult{Name: m[1], Metrics: make(map[string]float64)}
		fields := strings.Fields(m[3])
		for i := 0; i+1 < len(fields); i += 2 {
			v, err := strconv.ParseFloat(fields[i], 64)
			if err != nil {
				return nil, fmt.Errorf("benchmark %s: value %q: %w", res.Name, fields[i], err)
			}
			res.Metrics[fields[i+1]] = v
		}
		i, seen := index[res.Name]
		switch {
		case !seen:
			index[res.Name] = len(results)
			results = append(results, res)
		case res.Metrics["pages/s"] > results[i].Metrics["pages/s"]:
			results[i] = res
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(results) == 0 {
		return nil, errors.New("no BenchmarkExtract results in the input")
	}
	return results, nil
}

// WriteSpeedTable reads benchmark output from r and prints a Markdown table
// with each extractor's speed beside go-trafilatura's.
func WriteSpeedTable(w io.Writer, r io.Reader) error {
	results, err := ParseSpeedResults(r)
	if err != nil {
		return err
	}
	var base float64
	for _, res := range results {
		if res.Name == NameTrafilatura {
			base = res.Metrics["pages/s"]
		}
	}
	fmt.Fprintln(w, "| extractor | pages/s | × go-trafilatura | ms/page | peak heap above corpus (MB) | allocated per page (MB) | max RSS (MB) | failed pages per pass |")
	fmt.Fprintln(w, "|---|---:|---:|---:|---:|---:|---:|---:|")
	for _, res := range results {
		m := res.Metrics
		ratio := "-"
		if base > 0 {
			ratio = fmt.Sprintf("%.2f", m["pages/s"]/base)
		}
		msPerPage := 0.0
		if m["pages/s"] > 0 {
			msPerPage = 1000 / m["pages/s"]
		}
		fmt.Fprintf(w, "| %s | %.1f | %s | %.2f | %.0f | %.2f | %.0f | %.0f |\n",
			res.Name, m["pages/s"], ratio, msPerPage, m["peak-heap-MB"], m["alloc-MB/page"], m["maxrss-MB"], m["failed/pass"])
	}
	return nil
}
