package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"golang.org/x/sync/errgroup"

	"herald/internal/app"
	"herald/internal/config"
	"herald/internal/demo"
	"herald/internal/model"
)

// runDemo starts the bundled demo publishers on loopback, follows them and
// serves Herald, all offline.
func runDemo(ctx context.Context, args []string, stderr io.Writer) error {
	cfg := config.Default()
	cfg.DB = ""
	fs := flag.NewFlagSet("demo", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.Flags(fs)
	cfg.AddrFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cfg.DB == "" {
		// The demo publishers get new ports each run, so a fresh database
		// each run keeps their old addresses from piling up as dead sources.
		dir, err := os.MkdirTemp("", "herald-demo-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		cfg.DB = filepath.Join(dir, "herald.db")
	}
	cfg.AllowPrivate = true // the publishers live on loopback
	if !flagSet(fs, "host-delay") && os.Getenv("HERALD_HOST_DELAY") == "" {
		cfg.HostDelay = 100 * time.Millisecond // our own loopback sites
	}
	logger := newLogger(stderr, cfg.LogLevel)

	corpus, err := demo.LoadCorpus()
	if err != nil {
		return fmt.Errorf("demo corpus: %w", err)
	}
	site, err := demo.Start(ctx, demo.Shift(corpus, time.Now()), logger.With("component", "demo_publisher"))
	if err != nil {
		return err
	}
	defer site.Close()

	m := app.New(cfg, logger)
	if err := m.Open(ctx); err != nil {
		return err
	}
	defer m.Close()
	// Before following the publishers: a demo pointed (-db) at a database
	// another Herald runs must not add them to it and then be refused.
	if err := m.AwaitPipeline(ctx); err != nil {
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	for _, p := range site.Publishers() {
		// Follow each publisher by its home page, as a user would: Herald
		// discovers the feed.
		g.Go(func() error {
			src, err := m.Sources.Add(gctx, p.HomeURL)
			if err != nil && !errors.Is(err, model.ErrConflict) {
				return fmt.Errorf("follow demo publisher %s: %w", p.Name, err)
			}
			logger.Info("following demo publisher", "name", p.Name, "feed_url", src.FeedURL)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return err
	}
	if err := m.Run(ctx); err != nil {
		if ctx.Err() != nil {
			return nil // interrupted while starting: a clean shutdown
		}
		return err
	}
	fmt.Fprintf(stderr, "\nHerald demo: open http://%s/ (Ctrl-C to stop)\n\n", displayAddr(m.Addr()))
	if err := m.Wait(ctx); err != nil {
		return err
	}
	logger.Info("shutting down")
	return nil
}

func displayAddr(addr string) string {
	if len(addr) > 0 && addr[0] == '[' { // "[::]:8080"
		if i := len("[::]"); len(addr) > i && addr[:i] == "[::]" {
			return "localhost" + addr[i:]
		}
	}
	return addr
}

func flagSet(fs *flag.FlagSet, name string) bool {
	set := false
	fs.Visit(func(f *flag.Flag) { set = set || f.Name == name })
	return set
}
