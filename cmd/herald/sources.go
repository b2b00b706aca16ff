package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"text/tabwriter"
	"time"

	"herald/internal/app"
	"herald/internal/config"
	"herald/internal/model"
)

func runSources(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cfg := config.Default()
	fs := flag.NewFlagSet("sources", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		// Flags go before the action: "sources -db x.db add URL".
		fmt.Fprintln(stderr, "Usage: herald sources [flags] add URL | list | remove ID | enable ID | disable ID | import FILE.opml | export")
		fs.PrintDefaults()
	}
	cfg.Flags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	rest := fs.Args()
	if len(rest) == 0 {
		return errors.New("sources: want add URL, list, remove ID, enable ID, disable ID, import FILE or export")
	}
	m := app.New(cfg, newLogger(stderr, cfg.LogLevel))
	if err := m.Open(ctx); err != nil {
		return err
	}
	defer m.Close()
	verb, rest := rest[0], rest[1:]
	switch verb {
	case "add":
		if len(rest) != 1 {
			return errors.New("sources add: want one feed or site URL")
		}
		src, err := m.Sources.Add(ctx, rest[0])
		if errors.Is(err, model.ErrConflict) && src != nil {
			fmt.Fprintf(stdout, "already following %s as source %d\n", src.FeedURL, src.ID)
			return nil
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "added source %d: %s (%s)\n", src.ID, src.Title, src.FeedURL)
		return nil
	case "list":
		return listSources(ctx, m, stdout)
	case "remove", "enable", "disable":
		if len(rest) != 1 {
			return fmt.Errorf("sources %s: want one source ID", verb)
		}
		id, err := strconv.ParseInt(rest[0], 10, 64)
		if err != nil {
			return fmt.Errorf("sources %s: %q is not a source ID", verb, rest[0])
		}
		if verb == "remove" {
			err = m.Store.DeleteSource(ctx, id)
		} else {
			err = m.Store.SetSourceEnabled(ctx, id, verb == "enable")
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "source %d: %sd\n", id, verb)
		return nil
	case "import":
		if len(rest) != 1 {
			return errors.New("sources import: want one OPML file")
		}
		f, err := os.Open(rest[0])
		if err != nil {
			return err
		}
		defer f.Close()
		res, err := m.Sources.Import(ctx, f)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "imported %d sources, %d already followed, %d invalid\n", res.Added, res.Skipped, len(res.Invalid))
		for _, u := range res.Invalid {
			fmt.Fprintf(stdout, "  invalid: %q\n", u)
		}
		return nil
	case "export":
		return m.Sources.Export(ctx, stdout)
	default:
		return fmt.Errorf("sources: unknown action %q", verb)
	}
}

func listSources(ctx context.Context, m *app.Main, stdout io.Writer) error {
	srcs, err := m.Store.Sources(ctx)
	if err != nil {
		return err
	}
	tw := tabwriter.NewWriter(stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tENABLED\tTITLE\tFEED\tLAST CHECK\tNEXT CHECK\tERRORS\tLAST ERROR")
	for _, s := range srcs {
		last := "never"
		if !s.LastCheckedAt.IsZero() {
			last = s.LastCheckedAt.Local().Format(time.DateTime)
		}
		fmt.Fprintf(tw, "%d\t%t\t%s\t%s\t%s\t%s\t%d\t%s\n", s.ID, s.Enabled, s.Title, s.FeedURL, last,
			s.NextCheckAt.Local().Format(time.DateTime), s.ErrorCount, s.LastError)
	}
	return tw.Flush()
}
