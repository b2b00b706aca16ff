package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"strconv"

	"herald/internal/app"
	"herald/internal/config"
	"herald/internal/jobs"
	"herald/internal/model"
	"herald/internal/pipeline"
)

// runReextract sends stored articles back through the pipeline from the
// extraction stage on, for when the extractor has improved.
func runReextract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runAgain(ctx, "reextract", model.StageFeed, "re-extraction", args, stdout, stderr)
}

// runReenrich sends stored articles back through the pipeline from the
// understanding stage on, for when it has improved: the pages are not
// fetched again. Articles not yet extracted are left to the pipeline.
func runReenrich(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	return runAgain(ctx, "reenrich", pipeline.StageExtract, "understanding again", args, stdout, stderr)
}

// runAgain sets the given articles (or -all) back to stage, the last one
// they are taken to have done, and runs the pipeline on them, or leaves
// them to the server that holds the pipeline.
func runAgain(ctx context.Context, name, stage, what string, args []string, stdout, stderr io.Writer) error {
	cfg := config.Default()
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	cfg.Flags(fs)
	all := fs.Bool("all", false, "every stored article")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var ids []int64
	for _, a := range fs.Args() {
		id, err := strconv.ParseInt(a, 10, 64)
		if err != nil || id <= 0 {
			return fmt.Errorf("%s: %q is not an article ID", name, a)
		}
		ids = append(ids, id)
	}
	if *all == (len(ids) > 0) {
		return fmt.Errorf("%s: give article IDs or -all", name)
	}
	m := app.New(cfg, newLogger(stderr, cfg.LogLevel))
	if err := m.Open(ctx); err != nil {
		return err
	}
	defer m.Close()
	// Only the lease's holder may place articles: a process that cannot
	// take it resets the stages and leaves the work to the holder.
	busy := m.TakePipeline(ctx)
	if busy != nil && !errors.Is(busy, app.ErrPipelineBusy) {
		return busy
	}
	if *all {
		var err error
		if ids, err = allArticleIDs(ctx, m); err != nil {
			return err
		}
	}
	reset, early := 0, 0
	for _, id := range ids {
		if stage == model.StageFeed {
			if err := m.Store.SetArticleStage(ctx, id, stage); err != nil {
				return err
			}
			reset++
			continue
		}
		// Going back to a later stage must not skip an earlier one the
		// article has not done yet.
		ok, err := m.Store.RewindArticleStage(ctx, id, stage, model.StageFeed)
		if err != nil {
			return err
		}
		if ok {
			reset++
		} else {
			early++
		}
	}
	left := ""
	if early > 0 {
		left = fmt.Sprintf(" (%d not yet extracted, left to extraction)", early)
	}
	if busy != nil {
		// The holder's sweep queues every article not at the final stage,
		// as it does for the admin API's re-extraction; running the
		// pipeline here too would place articles beside it.
		fmt.Fprintf(stdout, "queued %d articles for %s%s without running the pipeline here: %v; "+
			"its sweep will reprocess them within %g minutes\n", reset, what, left, busy, jobs.DefaultConfig().SweepEvery.Minutes())
		return nil
	}
	// A one-shot run takes every article not at the final stage to the
	// end; it polls no feeds.
	st, err := m.FinishOnce(ctx)
	fmt.Fprintf(stdout, "reprocessed %d articles%s: %d jobs completed, %d failed\n", reset, left, st.Completed, st.Failed)
	return err
}

func allArticleIDs(ctx context.Context, m *app.Main) ([]int64, error) {
	var ids []int64
	var before int64
	for {
		page, err := m.Store.LatestArticles(ctx, 1000, before)
		if err != nil || len(page) == 0 {
			return ids, err
		}
		for _, a := range page {
			ids = append(ids, a.ID)
		}
		before = page[len(page)-1].ID
	}
}
