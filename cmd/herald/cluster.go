package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"herald/internal/cluster"
	"herald/internal/dedup"
	"herald/internal/enrich"
	"herald/internal/text"
)

// clusterInput is one line of `herald cluster` input.
type clusterInput struct {
	ID          string   `json:"id"`
	Title       string   `json:"title"`
	Text        string   `json:"text"`
	PublishedAt string   `json:"published_at"`
	Source      string   `json:"source"`
	Language    string   `json:"language"`
	Entities    []string `json:"entities"`
	Keyphrases  []string `json:"keyphrases"`
}

// dedupWindow is how long a text stays a possible original of later copies.
const dedupWindow = 7 * 24 * time.Hour

// maxClusterLine bounds one input line, so a runaway file fails clearly
// instead of exhausting memory.
const maxClusterLine = 16 << 20

// runCluster reads articles as JSON Lines and prints "id<TAB>story" for each,
// in input order, after the whole stream has been placed (a later article
// can merge two earlier stories). It runs the pipeline's dedup and
// clustering code with the pipeline's settings.
func runCluster(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("cluster", flag.ContinueOnError)
	fs.SetOutput(stderr)
	in := fs.String("in", "", "JSON Lines file of articles (id, title, text, published_at, source; optional language, entities, keyphrases); default standard input")
	understand := fs.Bool("enrich", false, "detect each article's language and entities from its title and text, as the pipeline's understanding stage does, where the input gives none")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: herald cluster [-in FILE] [-enrich]\n\nPrints id<TAB>story for each input article, in input order.")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("cluster: unexpected argument %q", fs.Arg(0))
	}
	r := io.Reader(os.Stdin)
	if *in != "" {
		f, err := os.Open(*in)
		if err != nil {
			return fmt.Errorf("cluster: %w", err)
		}
		defer f.Close()
		r = f
	}
	ids, stories, err := clusterStream(ctx, r, *understand)
	if err != nil {
		return fmt.Errorf("cluster: %w", err)
	}
	w := bufio.NewWriter(stdout)
	for _, id := range ids {
		fmt.Fprintf(w, "%s\t%d\n", id, stories.Story(id))
	}
	return w.Flush()
}

// clusterStream places every article of r and returns the ids in input order
// with their assignments.
func clusterStream(ctx context.Context, r io.Reader, understand bool) ([]string, *cluster.Assignments, error) {
	dcfg := dedup.DefaultConfig()
	copies, err := dedup.NewIndex(dcfg)
	if err != nil {
		return nil, nil, err
	}
	c := cluster.New(cluster.DefaultConfig())
	as := cluster.NewAssignments()
	var ids []string
	var latest time.Time
	br := bufio.NewReaderSize(r, 64<<10)
	for line := 1; ; line++ {
		if line%1024 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, nil, err
			}
		}
		raw, err := readLine(br)
		if errors.Is(err, io.EOF) && len(raw) == 0 {
			break
		}
		if err != nil && !errors.Is(err, io.EOF) {
			return nil, nil, fmt.Errorf("line %d: %w", line, err)
		}
		if len(bytes.TrimSpace(raw)) == 0 {
			continue
		}
		a, err := parseClusterInput(raw)
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: %w", line, err)
		}
		if understand {
			understandForCluster(&a)
		}
		if a.Text != "" {
			if m, dup := copies.Add(a.ID, dcfg.Sign(a.Title+"\n"+a.Text), a.Published); dup {
				a.DuplicateOf = m.Original
			}
		}
		if a.Published.After(latest) {
			latest = a.Published
		}
		if line%10_000 == 0 && !latest.IsZero() {
			// Wire copies follow their original within days; older
			// signatures only cost memory on a long input.
			copies.Prune(latest.Add(-dedupWindow))
		}
		p, err := c.Add(a)
		if err != nil {
			return nil, nil, fmt.Errorf("line %d: %w", line, err)
		}
		as.Record(a.ID, p)
		ids = append(ids, a.ID)
	}
	// The input ends as a pause in the pipeline's stream does: the last
	// lone articles are settled too.
	as.Record("", c.Settle())
	return ids, as, nil
}

// readLine returns one line without its newline, refusing lines longer than
// maxClusterLine.
func readLine(br *bufio.Reader) ([]byte, error) {
	var line []byte
	for {
		chunk, err := br.ReadSlice('\n')
		line = append(line, chunk...)
		if len(line) > maxClusterLine {
			return nil, fmt.Errorf("line longer than %d bytes", maxClusterLine)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(line, "\r\n"), err
	}
}

func parseClusterInput(raw []byte) (cluster.Article, error) {
	var in clusterInput
	if err := json.Unmarshal(raw, &in); err != nil {
		return cluster.Article{}, fmt.Errorf("parse: %w", err)
	}
	if strings.TrimSpace(in.ID) == "" {
		return cluster.Article{}, errors.New("no id")
	}
	a := cluster.Article{
		ID: in.ID, Title: in.Title, Text: in.Text, Source: in.Source, Language: in.Language,
		Entities: in.Entities, Keyphrases: in.Keyphrases,
	}
	if in.PublishedAt != "" {
		t, err := time.Parse(time.RFC3339, in.PublishedAt)
		if err != nil {
			return cluster.Article{}, fmt.Errorf("article %q: published_at: %w", in.ID, err)
		}
		a.Published = t
	}
	return a, nil
}

// understandForCluster gives an article with text what the pipeline's
// understanding stage would: its language and its entity keys (the
// pipeline links coverage by entities, not keyphrases), unless the input
// gave them. A bare headline stays as it is: the pipeline reads the page.
func understandForCluster(a *cluster.Article) {
	if strings.TrimSpace(a.Text) == "" {
		return
	}
	if a.Language == "" {
		a.Language = text.Language(a.Title + "\n" + a.Text)
	}
	if len(a.Entities) == 0 {
		for _, e := range enrich.Entities(enrich.Document{Title: a.Title, Text: a.Text, Language: a.Language, Publisher: a.Source}) {
			a.Entities = append(a.Entities, e.Key)
		}
	}
}
