package feed

import (
	"bytes"
	"mime"
	"strings"

	nethtml "golang.org/x/net/html"
)

// CommonPaths are where sites without <link rel="alternate"> usually keep
// their feed, most likely first (WordPress, static site generators, Blogger,
// Ghost, Medium-style and framework defaults). The fetch stage tries them
// against the site's root when Discover finds nothing.
var CommonPaths = []string{
	"/feed",
	"/rss",
	"/rss.xml",
	"/atom.xml",
	"/feed.xml",
	"/index.xml",
	"/feed.json",
	"/feeds/posts/default",
	"/index.rss",
	"/atom",
	"/feed/atom",
	"/rss/index.xml",
	"/blog/feed",
	"/blog/rss.xml",
	"/?feed=rss2",
}

// feedTypes are the <link type> values that announce a feed. Plain
// application/json is not one: WordPress uses it for its REST API.
var feedTypes = map[string]bool{
	"application/rss+xml":   true,
	"application/atom+xml":  true,
	"application/rdf+xml":   true,
	"application/rss":       true,
	"application/atom":      true,
	"application/feed+json": true,
	"application/json+feed": true,
	"text/rss+xml":          true,
	"text/atom+xml":         true,
}

// Discover returns the feeds an HTML page announces with <link
// rel="alternate"> and a feed type, as absolute URLs in page order without
// duplicates. Relative hrefs resolve against pageURL, or the page's <base
// href> when it has one.
func Discover(page []byte, pageURL string) []string {
	base := parseBase(pageURL)
	var found []string
	seen := map[string]bool{}
	z := nethtml.NewTokenizer(bytes.NewReader(page))
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			return found
		}
		if tt != nethtml.StartTagToken && tt != nethtml.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		switch tok.Data {
		case "base":
			if href := attr(tok, "href"); href != "" {
				if b := parseBase(resolveRef(base, href)); b != nil {
					base = b
				}
			}
		case "link", "a":
			if !hasToken(attr(tok, "rel"), "alternate") || !isFeedType(attr(tok, "type")) {
				continue
			}
			href := strings.TrimSpace(attr(tok, "href"))
			if href == "" {
				continue
			}
			u := stripFragment(resolveRef(base, href))
			if parseBase(u) == nil || seen[u] {
				continue
			}
			seen[u] = true
			found = append(found, u)
		}
	}
}

func attr(tok nethtml.Token, key string) string {
	for _, a := range tok.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// hasToken reports whether a space-separated attribute such as rel
// contains word, ignoring case.
func hasToken(list, word string) bool {
	for _, f := range strings.Fields(list) {
		if strings.EqualFold(f, word) {
			return true
		}
	}
	return false
}

func isFeedType(t string) bool {
	mt, _, err := mime.ParseMediaType(t)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(t))
	}
	return feedTypes[mt]
}
