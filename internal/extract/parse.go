package extract

import (
	"bytes"
	"fmt"
	"io"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxDepth bounds the element nesting kept from a page. Real articles stay far
// below it; hostile pages nest deeper only to exhaust memory and time.
const maxDepth = 256

// parsePage decodes page to UTF-8 (by BOM, then <meta charset>, then a guess)
// and parses it into a DOM whose nesting is cut at maxDepth.
func parsePage(page []byte) (*html.Node, error) {
	var r io.Reader = bytes.NewReader(page)
	if !utf8.Valid(page[:min(len(page), 4096)]) || declaresOtherCharset(page) {
		enc, _, _ := charset.DetermineEncoding(page, "")
		r = enc.NewDecoder().Reader(r)
	}
	doc, err := html.ParseWithOptions(r, html.ParseOptionEnableScripting(false))
	if err != nil {
		return nil, fmt.Errorf("parse html: %w", err)
	}
	cutDeepNodes(doc)
	return doc, nil
}

// declaresOtherCharset reports whether the page's head names a legacy
// encoding; pages in windows-1252 are often valid UTF-8 in their first bytes.
func declaresOtherCharset(page []byte) bool {
	head := page[:min(len(page), 2048)]
	i := bytes.Index(bytes.ToLower(head), []byte("charset="))
	if i < 0 {
		return false
	}
	rest := bytes.TrimLeft(head[i+len("charset="):], `"' `)
	return len(rest) >= 3 && !bytes.EqualFold(rest[:3], []byte("utf"))
}

// cutDeepNodes removes every subtree nested deeper than maxDepth.
func cutDeepNodes(doc *html.Node) {
	type item struct {
		n     *html.Node
		depth int
	}
	stack := []item{{doc, 0}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth >= maxDepth {
			for c := it.n.FirstChild; c != nil; {
				next := c.NextSibling
				it.n.RemoveChild(c)
				c = next
			}
			continue
		}
		for c := it.n.FirstChild; c != nil; c = c.NextSibling {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
}
