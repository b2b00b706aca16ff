// Package extract turns an article page into its clean body, captions,
// credits and metadata.
package extract

import (
	"errors"
	"time"
)

// Article is what Extract finds in one page.
type Article struct {
	Title        string
	Authors      []string
	PublishedAt  time.Time // zero if unknown; trust order JSON-LD, OpenGraph/meta, <time>, URL pattern
	ModifiedAt   time.Time
	Language     string // BCP 47 primary tag, e.g. "en", "fr", "ar"
	SiteName     string
	CanonicalURL string
	LeadImage    string
	Description  string
	Blocks       []Block // body, in order
	Images       []Image // every body image, in order (also referenced from Blocks)
	HTML         string  // sanitized body HTML
	Text         string  // body as plain text, paragraphs separated by a blank line, captions excluded
}

// Block is one body element.
type Block struct {
	Kind  string // "p", "h2", "h3", "ul", "ol", "blockquote", "table", "figure", "pre"
	Text  string
	Items []string // list items
	Image *Image   // for "figure"

	html string // inline markup of a paragraph, already escaped
}

// Image is one body image with its caption and credit kept apart.
type Image struct {
	URL, Alt, Caption, Credit string
	Width, Height             int
}

// Options tune Extract.
type Options struct {
	MaxBytes int64 // pages larger than this are refused; default 20 MiB
}

// DefaultMaxBytes is the page size limit when Options.MaxBytes is zero.
const DefaultMaxBytes = 20 << 20

// ErrNotArticle reports a page with too little content to be an article.
var ErrNotArticle = errors.New("extract: page has too little article content")

// ErrTooLarge reports a page above Options.MaxBytes.
var ErrTooLarge = errors.New("extract: page too large")

// Extract finds the article in page, fetched from pageURL (used to resolve
// relative links; may be empty).
func Extract(page []byte, pageURL string, opts Options) (*Article, error) {
	return extract(page, pageURL, opts)
}
