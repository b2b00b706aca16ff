package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sync"
	"time"
)

// load requests url from conc workers for d and prints requests, p50 and
// p99 latency in milliseconds, and requests per second: the fallback of
// scripts/bench-web where wrk is not installed. Loopback only, bounded.
func load(url string, conc int, d time.Duration, header http.Header) error {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: conc, DisableCompression: true}}
	var mu sync.Mutex
	var lat []time.Duration
	var wg sync.WaitGroup
	var failed error
	start := time.Now()
	for range conc {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
				req.Header = header.Clone()
				t0 := time.Now()
				resp, err := client.Do(req)
				if err != nil {
					if ctx.Err() == nil {
						mu.Lock()
						failed = err
						mu.Unlock()
					}
					return
				}
				io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				el := time.Since(t0)
				mu.Lock()
				lat = append(lat, el)
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if failed != nil {
		return failed
	}
	if len(lat) == 0 {
		return fmt.Errorf("no request completed")
	}
	slices.Sort(lat)
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	fmt.Printf("%d %.2f %.2f %.0f\n", len(lat), pct(0.50), pct(0.99), float64(len(lat))/time.Since(start).Seconds())
	return nil
}
