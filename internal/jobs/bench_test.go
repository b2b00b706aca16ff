package jobs_test

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"testing"
	"time"

	"herald/internal/fetch"
	"herald/internal/ingest"
	"herald/internal/schedule"
)

// BenchmarkIngest measures end-to-end ingestion from a loopback publisher of
// 200 feeds of 50 entries into SQLite: through the River job queue (what
// Herald runs) and, as the baseline, the same polls called directly from 8
// goroutines with no queue, which shows what the queue costs.
func BenchmarkIngest(b *testing.B) {
	const feeds, perFeed = 200, 50
	b.Run("queue", func(b *testing.B) {
		var entries int
		for b.Loop() {
			b.StopTimer()
			pub := &publisher{feeds: feeds, perFeed: perFeed}
			h := newHarness(b, pub)
			q := h.queue(b, nil)
			b.StartTimer()
			if _, err := q.RunOnce(context.Background(), true); err != nil {
				b.Fatal(err)
			}
			b.StopTimer()
			if got := h.count(b); got != pub.uniqueArticles() {
				b.Fatalf("%d articles, want %d", got, pub.uniqueArticles())
			}
			entries += feeds * perFeed
			b.StartTimer()
		}
		b.ReportMetric(float64(entries)/b.Elapsed().Seconds(), "entries/s")
	})
	b.Run("direct", func(b *testing.B) {
		var entries int
		for b.Loop() {
			b.StopTimer()
			pub := &publisher{feeds: feeds, perFeed: perFeed}
			h := newHarness(b, pub)
			fc := fetch.DefaultConfig()
			fc.AllowPrivate, fc.PerHostConcurrency, fc.PerHostDelay = true, 8, 0
			f := fetch.New(fc)
			p := &ingest.Poller{Store: h.store, Fetcher: f, Policy: schedule.Default(), Now: time.Now,
				Logger: slog.New(slog.DiscardHandler)}
			srcs, _ := h.store.Sources(context.Background())
			b.StartTimer()
			work := make(chan int64)
			var wg sync.WaitGroup
			for range 8 {
				wg.Go(func() {
					for id := range work {
						if _, err := p.Poll(context.Background(), id); err != nil {
							panic(fmt.Sprint("poll: ", err))
						}
					}
				})
			}
			for _, s := range srcs {
				work <- s.ID
			}
			close(work)
			wg.Wait()
			b.StopTimer()
			f.Close()
			entries += feeds * perFeed
			b.StartTimer()
		}
		b.ReportMetric(float64(entries)/b.Elapsed().Seconds(), "entries/s")
	})
}
