// Command herald is the whole of Herald in one binary.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
)

const usage = `Herald: a self-hosted news aggregator.

Usage:
  herald serve   [-addr :8080] [-db herald.db]   site, API and background ingestion
  herald demo    [-addr :8080] [-db FILE]        the same, fed by a bundled demo of 9 publishers
  herald ingest  -once [-all] [-db herald.db]    one polling pass, then exit (for cron)
  herald sources add URL | list | remove ID | enable ID | disable ID | import FILE.opml | export
  herald reextract -all | ID...                  run stored articles through extraction and later stages again
  herald reenrich -all | ID...                   run stored articles through understanding and later stages again
  herald extract [-url URL] FILE...              extract article pages (.html, .html.gz) as JSON Lines
  herald enrich [-summary-sentences N] FILE      hashtags, entities, quotes and key points of one article as JSON
  herald cluster [-in FILE]                      place JSON Lines articles in stories: id<TAB>story

Run "herald COMMAND -h" for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(exitCode(run(ctx, os.Args[1:], os.Stdout, os.Stderr), os.Stderr))
}

// exitCode reports err on stderr and gives the process's exit status: 0
// for success and for -h (the flag package has printed the help), 1 for
// any failure.
func exitCode(err error, stderr io.Writer) int {
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	default:
		fmt.Fprintln(stderr, "herald:", err)
		return 1
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return errors.New("no command given")
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "serve":
		return runServe(ctx, rest, stderr)
	case "demo":
		return runDemo(ctx, rest, stderr)
	case "ingest":
		return runIngest(ctx, rest, stdout, stderr)
	case "sources":
		return runSources(ctx, rest, stdout, stderr)
	case "reextract":
		return runReextract(ctx, rest, stdout, stderr)
	case "reenrich":
		return runReenrich(ctx, rest, stdout, stderr)
	case "extract":
		return runExtract(ctx, rest, stdout, stderr)
	case "enrich":
		return runEnrich(ctx, rest, stdout, stderr)
	case "cluster":
		return runCluster(ctx, rest, stdout, stderr)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	default:
		fmt.Fprint(stderr, usage)
		return fmt.Errorf("unknown command %q", cmd)
	}
}

func newLogger(w io.Writer, level string) *slog.Logger {
	var l slog.Level
	if err := l.UnmarshalText([]byte(level)); err != nil {
		l = slog.LevelInfo
	}
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: l}))
}
