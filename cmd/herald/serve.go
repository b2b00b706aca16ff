package main

import (
	"context"
	"flag"
	"io"

	"herald/internal/app"
	"herald/internal/config"
)

func runServe(ctx context.Context, args []string, stderr io.Writer) error {
	cfg := config.Default()
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.Flags(fs)
	cfg.AddrFlag(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	m := app.New(cfg, newLogger(stderr, cfg.LogLevel))
	if err := m.Open(ctx); err != nil {
		return err
	}
	defer m.Close()
	if err := m.Run(ctx); err != nil {
		if ctx.Err() != nil {
			return nil // interrupted while starting: a clean shutdown
		}
		return err
	}
	if err := m.Wait(ctx); err != nil {
		return err
	}
	m.Logger.Info("shutting down")
	return nil
}
