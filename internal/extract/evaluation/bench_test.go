package evaluation

import (
	"runtime"
	"testing"
	"time"
)

// BenchmarkExtract runs Herald's extractor, go-trafilatura and readeck
// go-readability over the same 121 Zyte pages, decompressed in memory first
// so that no I/O is timed. One iteration is one pass over every page.
//
// Metrics: pages/s; peak-heap-MB, the highest heap size sampled during the
// timed passes less the heap held before them (the corpus), so it counts the
// extractor's live data plus garbage not yet collected under the default
// GOGC; alloc-MB/page from the allocation counter; maxrss-MB, the process's
// peak resident size so far, which is one extractor's only when the
// sub-benchmark runs alone in its process (scripts/bench-extraction does
// that); failed/pass, pages that returned an error.
func BenchmarkExtract(b *testing.B) {
	pages, err := LoadZytePages(zyteDirOrSkip(b))
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range Extractors() {
		b.Run(e.Name, func(b *testing.B) {
			benchmarkExtractor(b, e, pages)
		})
	}
}

func benchmarkExtractor(b *testing.B, e Extractor, pages []ZytePage) {
	runtime.GC()
	base := HeapBytes()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	sampler := StartHeapSampler(time.Millisecond)
	failed := 0
	b.ResetTimer()
	for range b.N {
		for _, p := range pages {
			if _, err := e.Run(p.HTML, p.URL); err != nil {
				failed++
			}
		}
	}
	b.StopTimer()
	peak := sampler.Stop()
	runtime.ReadMemStats(&after)

	const mb = 1 << 20
	n := float64(b.N * len(pages))
	b.ReportMetric(n/b.Elapsed().Seconds(), "pages/s")
	b.ReportMetric(float64(peak-min(base, peak))/mb, "peak-heap-MB")
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/n/mb, "alloc-MB/page")
	b.ReportMetric(float64(MaxRSSBytes())/mb, "maxrss-MB")
	b.ReportMetric(float64(failed)/float64(b.N), "failed/pass")
}
