package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"strings"

	"golang.org/x/net/html"

	"herald/internal/config"
	"herald/internal/enrich"
	"herald/internal/extract"
	"herald/internal/llm"
)

// maxEnrichInput bounds the file read by herald enrich.
const maxEnrichInput = 20 << 20

// runEnrich prints the enrichment of one article file (HTML or plain text)
// as JSON.
func runEnrich(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("enrich", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "Usage: herald enrich [flags] FILE   (HTML or plain text; - for stdin)")
		fs.PrintDefaults()
	}
	summary := fs.Int("summary-sentences", 3, "key points in the summary")
	keyphrases := fs.Int("keyphrases", 10, "keyphrases to list")
	hashtags := fs.Int("hashtags", 8, "hashtags to list")
	ask := fs.String("ask", "", "also answer this question about the article, with cited sentences")
	cfg := config.Default()
	cfg.LLMFlags(fs)
	if err := fs.Parse(args); err != nil {
		return err
	}
	if err := cfg.EnvError(); err != nil {
		return err
	}
	if cfg.LLMURL != "" && cfg.LLMModel == "" {
		return errors.New("enrich: -llm-url needs -llm-model")
	}
	if cfg.LLMTimeout < 0 {
		return errors.New("enrich: -llm-timeout must not be negative")
	}
	lc := llm.Config{BaseURL: cfg.LLMURL, Model: cfg.LLMModel, APIKey: cfg.LLMKey, Timeout: cfg.LLMTimeout,
		Logger: newLogger(stderr, "warn")}
	if fs.NArg() != 1 {
		fs.Usage()
		return errors.New("enrich: give exactly one FILE")
	}
	if *summary < 1 || *summary > 10 {
		return fmt.Errorf("enrich: -summary-sentences must be 1 to 10, got %d", *summary)
	}
	raw, err := readEnrichInput(fs.Arg(0))
	if err != nil {
		return err
	}
	doc, err := enrichDocument(raw)
	if err != nil {
		return err
	}
	opts := enrich.Options{Keyphrases: *keyphrases, Hashtags: *hashtags, SummarySentences: *summary,
		Logger: newLogger(stderr, "warn")}
	if lc.Enabled() {
		client, err := llm.New(lc, nil, nil)
		if err != nil {
			return fmt.Errorf("enrich: %w", err)
		}
		opts.LLM = client
	}
	res, err := enrich.Enrich(ctx, doc, opts)
	if err != nil {
		return err
	}
	out := struct {
		*enrich.Result
		Answer *enrich.Answered `json:"answer,omitempty"`
	}{Result: res}
	if *ask != "" {
		a := enrich.Ask(ctx, doc, *ask, 3, opts)
		out.Answer = &a
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(out)
}

func readEnrichInput(path string) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = os.Stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, fmt.Errorf("enrich: %w", err)
		}
		defer f.Close()
		r = f
	}
	raw, err := io.ReadAll(io.LimitReader(r, maxEnrichInput+1))
	if err != nil {
		return nil, fmt.Errorf("enrich: read %s: %w", path, err)
	}
	if len(raw) > maxEnrichInput {
		return nil, fmt.Errorf("enrich: %s is larger than %d bytes", path, maxEnrichInput)
	}
	return raw, nil
}

// enrichDocument turns the input into a Document: HTML goes through the
// article extractor (or, for pages it rejects, a plain tag strip); other
// input is taken as plain text.
func enrichDocument(raw []byte) (enrich.Document, error) {
	if !looksLikeHTML(raw) {
		return enrich.Document{Text: string(raw)}, nil
	}
	if art, err := extract.Extract(raw, "", extract.Options{}); err == nil && strings.TrimSpace(art.Text) != "" {
		return enrich.Document{Title: art.Title, Text: art.Text, Language: art.Language, Publisher: art.SiteName}, nil
	}
	text, err := htmlText(raw)
	if err != nil {
		return enrich.Document{}, fmt.Errorf("enrich: parse HTML: %w", err)
	}
	return enrich.Document{Text: text}, nil
}

func looksLikeHTML(raw []byte) bool {
	head := bytes.TrimSpace(raw[:min(len(raw), 512)])
	return bytes.HasPrefix(head, []byte("<")) && strings.HasPrefix(http.DetectContentType(raw), "text/html")
}

// htmlText is the page's visible text, one paragraph per block element.
func htmlText(raw []byte) (string, error) {
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		return "", err
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "script", "style", "noscript", "template", "head", "nav", "footer":
				return
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "section", "article", "tr":
				b.WriteString("\n\n")
			}
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	var paras []string
	for _, p := range strings.Split(b.String(), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			paras = append(paras, p)
		}
	}
	return strings.Join(paras, "\n\n"), nil
}
