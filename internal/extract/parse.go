package extract

import (
	"bytes"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"

	"golang.org/x/net/html"
	"golang.org/x/net/html/charset"
)

// maxDepth bounds the element nesting kept from a page. Real articles stay far
// below it; hostile pages nest deeper only to exhaust memory and time.
const maxDepth = 256

// parsePage decodes page to UTF-8 (by BOM, then <meta charset>, then a guess
// for invalid UTF-8) and parses it into a DOM whose nesting is cut at maxDepth.
func parsePage(page []byte) (*html.Node, error) {
	src := page
	if enc := pageEncoding(page); enc != nil {
		decoded, err := io.ReadAll(enc.NewDecoder().Reader(bytes.NewReader(page)))
		if err != nil {
			return nil, fmt.Errorf("decode page: %w", err)
		}
		src = decoded
	}
	doc, err := html.ParseWithOptions(bytes.NewReader(src), html.ParseOptionEnableScripting(false))
	if err != nil {
		// The parser refuses nesting deeper than it can handle in linear
		// time; drop the excess tags and parse what is left.
		doc, err = html.ParseWithOptions(bytes.NewReader(flattenTags(src)), html.ParseOptionEnableScripting(false))
		if err != nil {
			return nil, fmt.Errorf("parse html: %w", err)
		}
	}
	cutDeepNodes(doc)
	return doc, nil
}

// metaCharset finds the encoding a page declares in a <meta> tag.
var metaCharset = regexp.MustCompile(`(?i)<meta[^>]+charset\s*=\s*["']?\s*([a-z0-9_:.-]+)`)

// pageEncoding returns the decoder page needs, or nil for UTF-8. A page that
// is valid UTF-8 is taken as UTF-8 whatever it declares: callers such as the
// fetcher may already have converted it, and a legacy-encoded page with
// non-ASCII text is almost never valid UTF-8. ISO-2022 pages are the
// exception, being 7-bit.
func pageEncoding(page []byte) encoding.Encoding {
	if len(page) >= 2 && (page[0] == 0xfe && page[1] == 0xff || page[0] == 0xff && page[1] == 0xfe) {
		enc, _, _ := charset.DetermineEncoding(page, "")
		return enc
	}
	declared := ""
	if m := metaCharset.FindSubmatch(page[:min(len(page), 16<<10)]); m != nil {
		declared = strings.ToLower(string(m[1]))
	}
	if utf8.Valid(page) {
		if strings.HasPrefix(declared, "iso-2022") && bytes.IndexByte(page, 0x1b) >= 0 {
			enc, _ := charset.Lookup(declared)
			return enc
		}
		return nil
	}
	if declared != "" && !strings.HasPrefix(declared, "utf") {
		if enc, _ := charset.Lookup(declared); enc != nil {
			return enc
		}
	}
	enc, _, _ := charset.DetermineEncoding(page, "")
	return enc
}

// flattenDepth is where flattenTags starts dropping start tags: below the
// depth cutDeepNodes keeps and below the parser's limit of 512 open elements.
const flattenDepth = 200

// flattenTags rewrites src without the start tags (and their end tags) that
// would open more than flattenDepth elements; text is kept.
func flattenTags(src []byte) []byte {
	var out bytes.Buffer
	out.Grow(len(src))
	z := html.NewTokenizer(bytes.NewReader(src))
	var open []string
	dropped := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return out.Bytes()
		}
		raw := z.Raw()
		switch tt {
		case html.StartTagToken:
			name, _ := z.TagName()
			if voidElements[string(name)] {
				break
			}
			if len(open) >= flattenDepth {
				dropped++
				continue
			}
			open = append(open, string(name))
		case html.EndTagToken:
			name, _ := z.TagName()
			if n := len(open); n > 0 && open[n-1] == string(name) {
				open = open[:n-1]
			} else if dropped > 0 {
				dropped--
				continue
			}
		}
		out.Write(raw)
	}
}

// voidElements never have content or an end tag.
var voidElements = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true,
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
