package extract

import (
	"sync"

	"github.com/microcosm-cc/bluemonday"
)

// bodyPolicy is built once and only read afterwards; bluemonday policies are
// safe for concurrent use once built.
var bodyPolicy = sync.OnceValue(newPolicy)

// newPolicy is the allow-list for body HTML: text structure, links and
// images, nothing that runs, tracks or submits.
func newPolicy() *bluemonday.Policy {
	p := bluemonday.NewPolicy()
	p.AllowElements("p", "h2", "h3", "ul", "ol", "li", "blockquote", "pre", "code", "em", "strong",
		"sub", "sup", "mark", "q", "cite", "abbr", "small", "s", "del", "ins", "br",
		"table", "tr", "td", "figure", "figcaption", "a", "img")
	p.AllowAttrs("href").OnElements("a")
	p.AllowAttrs("src", "alt").OnElements("img")
	p.AllowAttrs("class").Matching(bluemonday.SpaceSeparatedTokens).OnElements("small")
	p.AllowURLSchemes("http", "https")
	p.RequireParseableURLs(true)
	p.AllowRelativeURLs(true)
	return p
}

// sanitizeHTML passes body HTML through the allow-list. The builder already
// writes only allowed markup; this is the second line of defence.
func sanitizeHTML(s string) string {
	return bodyPolicy().Sanitize(s)
}
