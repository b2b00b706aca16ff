package main

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"herald/internal/extract"
)

const extractUsage = `Usage: herald extract [--url URL] FILE...

Extracts the article from each .html or .html.gz FILE and prints one JSON
object per file, one per line. A page that cannot be read or holds no article
gives an object with an "error" field. The exit status is non-zero only when
no file at all could be read.
`

// extractedPage is the JSON form of one extracted file.
type extractedPage struct {
	File        string           `json:"file"`
	URL         string           `json:"url,omitempty"`
	Title       string           `json:"title,omitempty"`
	Authors     []string         `json:"authors,omitempty"`
	PublishedAt *time.Time       `json:"published_at,omitempty"`
	ModifiedAt  *time.Time       `json:"modified_at,omitempty"`
	Language    string           `json:"language,omitempty"`
	SiteName    string           `json:"site_name,omitempty"`
	Canonical   string           `json:"canonical_url,omitempty"`
	LeadImage   string           `json:"lead_image,omitempty"`
	Text        string           `json:"text,omitempty"`
	HTML        string           `json:"html,omitempty"`
	Images      []extractedImage `json:"images,omitempty"`
	Error       string           `json:"error,omitempty"`
}

type extractedImage struct {
	URL     string `json:"url"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(stderr, extractUsage)
		fs.PrintDefaults()
	}
	pageURL := fs.String("url", "", "URL the page was fetched from, to resolve relative links")
	maxBytes := fs.Int64("max-bytes", extract.DefaultMaxBytes, "largest page to extract, in bytes")
	if err := fs.Parse(args); err != nil {
		return err
	}
	files := fs.Args()
	if len(files) == 0 {
		fs.Usage()
		return errors.New("extract: want at least one FILE")
	}
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	read := 0
	for _, name := range files {
		if err := ctx.Err(); err != nil {
			return err
		}
		out := extractedPage{File: name, URL: *pageURL}
		page, err := readPage(name, *maxBytes)
		if err != nil {
			out.Error = err.Error()
		} else {
			read++
			a, err := extract.Extract(page, *pageURL, extract.Options{MaxBytes: *maxBytes})
			if a != nil {
				fillExtracted(&out, a)
			}
			if err != nil {
				out.Error = err.Error()
			}
		}
		if err := enc.Encode(out); err != nil {
			return fmt.Errorf("extract: write: %w", err)
		}
	}
	if read == 0 {
		return errors.New("extract: no file could be read")
	}
	return nil
}

// readPage reads an .html or .html.gz file (gzip recognised by its magic
// bytes), refusing more than limit bytes of HTML.
func readPage(name string, limit int64) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("open page: %w", err)
	}
	defer f.Close()
	var r io.Reader = f
	head := make([]byte, 2)
	n, _ := io.ReadFull(f, head)
	r = io.MultiReader(bytes.NewReader(head[:n]), f)
	if n == 2 && head[0] == 0x1f && head[1] == 0x8b || strings.HasSuffix(name, ".gz") {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("read gzip page: %w", err)
		}
		defer zr.Close()
		r = zr
	}
	page, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("read page: %w", err)
	}
	if int64(len(page)) > limit {
		return nil, fmt.Errorf("read page: %w: larger than %d bytes", extract.ErrTooLarge, limit)
	}
	return page, nil
}

func fillExtracted(out *extractedPage, a *extract.Article) {
	out.Title, out.Authors, out.Language, out.SiteName = a.Title, a.Authors, a.Language, a.SiteName
	out.Canonical, out.LeadImage, out.Text, out.HTML = a.CanonicalURL, a.LeadImage, a.Text, a.HTML
	if !a.PublishedAt.IsZero() {
		t := a.PublishedAt
		out.PublishedAt = &t
	}
	if !a.ModifiedAt.IsZero() {
		t := a.ModifiedAt
		out.ModifiedAt = &t
	}
	if out.URL == "" {
		out.URL = a.CanonicalURL
	}
	for _, im := range a.Images {
		out.Images = append(out.Images, extractedImage{URL: im.URL, Caption: im.Caption, Credit: im.Credit})
	}
}
