package evaluation

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	trafilatura "github.com/markusmobius/go-trafilatura"

	"herald/internal/extract"
)

// Extractor turns a page into its article's plain text.
type Extractor struct {
	Name string
	// Extract returns the body text of page, fetched from pageURL (may be
	// empty).
	Extract func(page []byte, pageURL string) (string, error)
}

// Names of the extractors compared, as used in sub-benchmarks and tables.
const (
	NameHerald      = "herald"
	NameTrafilatura = "go-trafilatura"
	NameReadeck     = "readeck"
)

// Extractors returns Herald's extractor and the two Go libraries it is
// compared with, in table order.
func Extractors() []Extractor {
	return []Extractor{
		{Name: NameHerald, Extract: heraldText},
		{Name: NameTrafilatura, Extract: trafilaturaText},
		{Name: NameReadeck, Extract: readeckText},
	}
}

// ExtractorByName finds one of Extractors.
func ExtractorByName(name string) (Extractor, error) {
	var names []string
	for _, e := range Extractors() {
		if e.Name == name {
			return e, nil
		}
		names = append(names, e.Name)
	}
	return Extractor{}, fmt.Errorf("unknown extractor %q (have %s)", name, strings.Join(names, ", "))
}

// errPanicked wraps a panic inside an extractor, which the benchmarks score
// as a crash (nothing found) rather than stopping the run.
var errPanicked = errors.New("extractor panicked")

// Run calls e.Extract and turns a panic into an error.
func (e Extractor) Run(page []byte, pageURL string) (text string, err error) {
	defer func() {
		if p := recover(); p != nil {
			text, err = "", fmt.Errorf("%s: %w: %v", e.Name, errPanicked, p)
		}
	}()
	return e.Extract(page, pageURL)
}

func heraldText(page []byte, pageURL string) (string, error) {
	a, err := extract.Extract(page, pageURL, extract.Options{})
	if err != nil {
		return "", err
	}
	return a.Text, nil
}

// trafilaturaText runs go-trafilatura as its README and command line
// recommend: with the readability and dom-distiller fallbacks, tables kept,
// comments left out (the body only, as trafilatura's own evaluation runs it).
func trafilaturaText(page []byte, pageURL string) (string, error) {
	opts := trafilatura.Options{
		EnableFallback:  true,
		ExcludeComments: true,
		OriginalURL:     parseURL(pageURL),
	}
	res, err := trafilatura.Extract(bytes.NewReader(page), opts)
	if err != nil {
		return "", err
	}
	return res.ContentText, nil
}

// readeckText runs readeck's go-readability with its default parser and
// renders the article's text (v2's replacement for TextContent).
func readeckText(page []byte, pageURL string) (string, error) {
	article, err := readability.FromReader(bytes.NewReader(page), parseURL(pageURL))
	if err != nil {
		return "", err
	}
	if article.Node == nil {
		return "", nil
	}
	var b strings.Builder
	if err := article.RenderText(&b); err != nil {
		return "", err
	}
	return b.String(), nil
}

func parseURL(raw string) *url.URL {
	if raw == "" {
		return nil
	}
	u, err := url.Parse(raw)
	if err != nil {
		return nil
	}
	return u
}

// isPanic reports whether err came from a recovered panic.
func isPanic(err error) bool { return errors.Is(err, errPanicked) }
