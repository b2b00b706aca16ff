package extract

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkExtractZyte extracts the 121 Zyte benchmark pages per iteration;
// pages/s = 121 / (ns/op / 1e9).
func BenchmarkExtractZyte(b *testing.B) {
	dir := filepath.Join(sharedData(b), "extraction", "zyte", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		b.Skip("no Zyte pages")
	}
	pages := make([][]byte, len(files))
	total := 0
	for i, f := range files {
		pages[i] = readGz(b, f)
		total += len(pages[i])
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			_, _ = Extract(p, "https://example.com/a", Options{})
		}
	}
	b.ReportMetric(float64(len(pages)*b.N)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkExtractPage is one typical page, for profiling.
func BenchmarkExtractPage(b *testing.B) {
	dir := filepath.Join(sharedData(b), "extraction", "zyte", "html")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html.gz"))
	if len(files) == 0 {
		b.Skip("no Zyte pages")
	}
	page := readGz(b, files[0])
	if _, err := os.Stat(files[0]); err != nil {
		b.Skip(err)
	}
	b.ReportAllocs()
	for range b.N {
		_, _ = Extract(page, "https://example.com/a", Options{})
	}
}
