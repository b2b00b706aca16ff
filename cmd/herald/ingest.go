package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"herald/internal/app"
	"herald/internal/config"
)

func runIngest(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := config.Default()
	fs := flag.NewFlagSet("ingest", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.Flags(fs)
	once := fs.Bool("once", false, "poll once and exit (required: continuous ingestion runs inside serve)")
	all := fs.Bool("all", false, "poll every enabled source, not only those due")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if !*once {
		return errors.New("ingest: pass -once (continuous ingestion runs inside herald serve)")
	}
	m := app.New(cfg, newLogger(stderr, cfg.LogLevel))
	if err := m.Open(ctx); err != nil {
		return err
	}
	defer m.Close()
	st, err := m.IngestOnce(ctx, *all)
	if errors.Is(err, app.ErrPipelineBusy) {
		// That process polls the sources itself; a second pass here would
		// place articles beside it, which the lease exists to prevent.
		return fmt.Errorf("ingest -once: %w; it polls the sources itself", err)
	}
	fmt.Fprintf(stdout, "polled %d sources: %d jobs completed, %d failed\n", st.Polls, st.Completed, st.Failed)
	return err
}
