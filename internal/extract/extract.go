// Package extract turns an article page into its clean body, captions,
// credits and metadata.
//
// It is a single-pass DOM extractor on golang.org/x/net/html, faster and, on
// the Zyte and trafilatura benchmarks, more accurate than go-trafilatura and
// go-readability, which it was measured against:
//
//   - parse.go decodes the page (BOM, <meta charset>, guess) and bounds its
//     nesting; meta.go reads JSON-LD, OpenGraph and meta tags, <time> and the
//     URL for title, authors, dates, language, site and lead image.
//   - clean.go and boilerplate.go drop what is never article text: scripts,
//     forms, hidden elements, and furniture named by class, id or role (share
//     bars, newsletters, cookie notes, related lists, comments) unless it
//     holds much of the page's text.
//   - score.go picks the body: paragraphs score their ancestors, link density
//     discounts, then the choice widens to an ancestor holding more article
//     paragraphs (bodies split by ads) and takes a standfirst kept apart.
//   - blocks.go, lists.go, images.go and captions.go walk the body into
//     Blocks, dropping furniture line by line in many languages ("Follow us
//     on", "Lire aussi", "اقرأ أيضا"), teaser cards and repeated bylines, and
//     giving every image its resolved URL with caption and credit apart.
//   - run.go assembles Text and HTML; sanitize.go passes the HTML through a
//     bluemonday allow-list.
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
	Kind  string   `json:"kind"`            // "p", "h2", "h3", "ul", "ol", "blockquote", "table", "figure", "pre"
	Text  string   `json:"text,omitempty"`  // for lists and tables, items one per line
	Items []string `json:"items,omitempty"` // list items; table rows with cells joined by " | "
	Image *Image   `json:"image,omitempty"` // for "figure"
	// Cite is who a "blockquote" is by, from its <cite> or <footer> or a
	// closing line that opens with a dash: "Helena Marsk, Prime Minister".
	Cite string `json:"cite,omitempty"`

	html string // inline markup of a paragraph, already escaped
}

// Image is one body image with its caption and credit kept apart.
type Image struct {
	URL     string `json:"url"` // absolute; lazy-loading attributes and srcset resolved
	Alt     string `json:"alt,omitempty"`
	Caption string `json:"caption,omitempty"` // without the credit
	Credit  string `json:"credit,omitempty"`  // photographer or agency, without a "Photo:" label
	Width   int    `json:"width,omitempty"`   // from the width and height attributes, 0 if absent
	Height  int    `json:"height,omitempty"`
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
// relative links and to read a date from the URL; may be empty). The page may
// be in any encoding its <meta charset> or BOM declares.
//
// When the page holds too little body text it returns ErrNotArticle together
// with an Article carrying whatever metadata and text were found, so that a
// caller can keep the feed's own content and still use the page's title or
// date. A page above Options.MaxBytes gives ErrTooLarge and no Article. Extract
// is safe for concurrent use.
func Extract(page []byte, pageURL string, opts Options) (*Article, error) {
	return extract(page, pageURL, opts)
}
