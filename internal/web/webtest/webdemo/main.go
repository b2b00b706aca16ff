// Command webdemo serves the reader site over a temporary store filled with
// the demo corpus as if every pipeline stage had run. scripts/bench-web
// measures it; developers use it to look at pages:
//
//	go run ./internal/web/webtest/webdemo -addr 127.0.0.1:8099
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"herald/internal/demo"
	"herald/internal/store/sqlite"
	"herald/internal/web"
	"herald/internal/web/webtest"
)

func main() {
	addr := flag.String("addr", "127.0.0.1:8099", "listen address (keep it on loopback)")
	loadURL := flag.String("load", "", "instead of serving, load this URL and print requests, p50 ms, p99 ms, req/s")
	conc := flag.Int("c", 4, "concurrent clients for -load")
	dur := flag.Duration("d", 5*time.Second, "duration of -load")
	cookie := flag.String("cookie", "", "Cookie header for -load")
	flag.Parse()
	if *loadURL != "" {
		h := http.Header{"Accept-Encoding": {"gzip"}}
		if *cookie != "" {
			h.Set("Cookie", *cookie)
		}
		if err := load(*loadURL, *conc, *dur, h); err != nil {
			fmt.Fprintln(os.Stderr, "webdemo -load:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*addr); err != nil {
		fmt.Fprintln(os.Stderr, "webdemo:", err)
		os.Exit(1)
	}
}

func run(addr string) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	dir, err := os.MkdirTemp("", "herald-webdemo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	now := time.Now()
	st, err := sqlite.Open(ctx, filepath.Join(dir, "h.db"), time.Now)
	if err != nil {
		return err
	}
	defer st.Close()
	corpus, err := demo.LoadCorpus()
	if err != nil {
		return err
	}
	corpus = demo.Shift(corpus, now)
	pubs, err := demo.Start(ctx, corpus, nil)
	if err != nil {
		return err
	}
	defer pubs.Close()
	site, err := webtest.Fill(ctx, st, corpus, now, webtest.Served(pubs))
	if err != nil {
		return err
	}
	srv, err := web.New(st, time.Now, slog.New(slog.DiscardHandler), web.Options{Asker: webtest.Asker{Store: st}})
	if err != nil {
		return err
	}
	hs := &http.Server{Addr: addr, Handler: srv.Handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		hs.Close()
	}()
	fmt.Printf("webdemo: %d articles on http://%s/\n", len(site.Articles), addr)
	if err := hs.ListenAndServe(); err != http.ErrServerClosed {
		return err
	}
	return nil
}
