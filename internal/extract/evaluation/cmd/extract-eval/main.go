// Command extract-eval scores article extractors on the Zyte benchmark and on
// trafilatura's evaluation set, and formats benchmark output as Markdown.
//
//	extract-eval zyte [-x herald] [-worst 15] [-dump preds.json]
//	extract-eval trafeval [-x herald] [-misses 10] [-dump outputs.json]
//	extract-eval accuracy [-x herald,go-trafilatura,readeck]
//	extract-eval speed-table < go-test-bench-output.txt
//
// The data sets are read from $HERALD_SHARED_DATA or the shared/data folder
// above the working directory.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"

	"herald/internal/extract/evaluation"
)

const usage = `usage: extract-eval zyte|trafeval|accuracy|speed-table [flags]
  zyte         score one extractor on the Zyte benchmark, list its worst pages
  trafeval     score one extractor on trafilatura's evaluation set
  accuracy     Markdown tables of both data sets for the extractors (and Zyte peers)
  speed-table  read 'go test -bench BenchmarkExtract' output on stdin, print Markdown
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdin, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "extract-eval:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout io.Writer) error {
	if len(args) == 0 {
		return errors.New(usage)
	}
	cmd, args := args[0], args[1:]
	switch cmd {
	case "zyte":
		return runZyte(ctx, args, stdout)
	case "trafeval":
		return runTrafEval(ctx, args, stdout)
	case "accuracy":
		return runAccuracy(ctx, args, stdout)
	case "speed-table":
		return evaluation.WriteSpeedTable(stdout, stdin)
	}
	return fmt.Errorf("unknown command %q\n%s", cmd, usage)
}

func runZyte(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("zyte", flag.ContinueOnError)
	name := fs.String("x", evaluation.NameHerald, "extractor")
	worst := fs.Int("worst", 15, "list this many pages with the lowest page F1")
	dump := fs.String("dump", "", "write the predictions in evaluate.py's format to this file")
	if err := fs.Parse(args); err != nil {
		return err
	}
	e, err := evaluation.ExtractorByName(*name)
	if err != nil {
		return err
	}
	dir, err := evaluation.FindDataSet(evaluation.ZyteDir)
	if err != nil {
		return err
	}
	pages, err := evaluation.LoadZytePages(dir)
	if err != nil {
		return err
	}
	zr, err := evaluation.RunZyte(ctx, e, pages)
	if err != nil {
		return err
	}
	s := zr.Score
	fmt.Fprintf(stdout, "%s on Zyte (%d pages): F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f  failed %d\n\n",
		e.Name, s.Pages, s.F1, s.Precision, s.Recall, s.Accuracy, len(zr.Errors))
	if *worst > 0 {
		evaluation.WriteWorstPages(stdout, zr, pages, *worst)
	}
	if *dump != "" {
		return evaluation.WriteZytePredictions(*dump, zr)
	}
	return nil
}

func runTrafEval(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("trafeval", flag.ContinueOnError)
	name := fs.String("x", evaluation.NameHerald, "extractor")
	misses := fs.Int("misses", 10, "list this many documents with missed or unwanted snippets")
	dump := fs.String("dump", "", "write the outputs ({key: text or null}) for testdata/trafeval_counts.py")
	if err := fs.Parse(args); err != nil {
		return err
	}
	e, err := evaluation.ExtractorByName(*name)
	if err != nil {
		return err
	}
	dir, err := evaluation.FindDataSet(evaluation.TrafEvalDir)
	if err != nil {
		return err
	}
	docs, err := evaluation.LoadTrafEval(dir)
	if err != nil {
		return err
	}
	tr, err := evaluation.RunTrafEval(ctx, e, docs)
	if err != nil {
		return err
	}
	c := tr.Counts
	fmt.Fprintf(stdout, "%s on trafilatura-eval (%d pages): F1 %.4f  precision %.4f  recall %.4f  accuracy %.4f  (tp %d fp %d fn %d tn %d)  failed %d\n\n",
		e.Name, len(docs), c.F1(), c.Precision(), c.Recall(), c.Accuracy(), c.TP, c.FP, c.FN, c.TN, len(tr.Errors))
	if *misses > 0 {
		evaluation.WriteSnippetMisses(stdout, tr, docs, *misses)
	}
	if *dump != "" {
		return evaluation.WriteTrafOutputs(*dump, tr)
	}
	return nil
}

func runAccuracy(ctx context.Context, args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("accuracy", flag.ContinueOnError)
	names := fs.String("x", strings.Join([]string{evaluation.NameHerald, evaluation.NameTrafilatura, evaluation.NameReadeck}, ","), "extractors, comma-separated")
	if err := fs.Parse(args); err != nil {
		return err
	}
	var extractors []evaluation.Extractor
	for _, n := range strings.Split(*names, ",") {
		e, err := evaluation.ExtractorByName(strings.TrimSpace(n))
		if err != nil {
			return err
		}
		extractors = append(extractors, e)
	}
	if err := zyteTable(ctx, extractors, stdout); err != nil {
		return err
	}
	fmt.Fprintln(stdout)
	return trafTable(ctx, extractors, stdout)
}

func zyteTable(ctx context.Context, extractors []evaluation.Extractor, stdout io.Writer) error {
	dir, err := evaluation.FindDataSet(evaluation.ZyteDir)
	if err != nil {
		return err
	}
	pages, err := evaluation.LoadZytePages(dir)
	if err != nil {
		return err
	}
	var rows []evaluation.ZyteRow
	for _, e := range extractors {
		zr, err := evaluation.RunZyte(ctx, e, pages)
		if err != nil {
			return err
		}
		rows = append(rows, evaluation.ZyteRow{Name: e.Name, Source: "measured here", Score: zr.Score, Errors: len(zr.Errors)})
	}
	peers, err := evaluation.ScoreZytePeers(dir)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "Zyte article-extraction benchmark, %d pages (metric: its evaluate.py, reimplemented in Go)\n\n", len(pages))
	evaluation.WriteZyteTable(stdout, append(rows, peers...))
	return nil
}

func trafTable(ctx context.Context, extractors []evaluation.Extractor, stdout io.Writer) error {
	dir, err := evaluation.FindDataSet(evaluation.TrafEvalDir)
	if err != nil {
		return err
	}
	docs, err := evaluation.LoadTrafEval(dir)
	if err != nil {
		return err
	}
	var rows []evaluation.TrafRow
	for _, e := range extractors {
		tr, err := evaluation.RunTrafEval(ctx, e, docs)
		if err != nil {
			return err
		}
		rows = append(rows, evaluation.TrafRow{Name: e.Name, Counts: tr.Counts, Errors: len(tr.Errors), Docs: len(docs)})
	}
	fmt.Fprintf(stdout, "trafilatura evaluation set, %d pages (metric: its eval_common.py, reimplemented in Go; snippets summed over pages)\n\n", len(docs))
	evaluation.WriteTrafTable(stdout, rows)
	return nil
}
