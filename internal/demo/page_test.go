package demo

import (
	"bytes"
	"encoding/json"
	stdhtml "html"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// walk calls fn for every element of an HTML document.
func walk(t *testing.T, page []byte, fn func(n *html.Node)) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parse html: %v", err)
	}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			fn(n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func TestFeedDiscovery(t *testing.T) {
	commonPaths := []string{"/feed", "/rss", "/rss.xml", "/atom.xml", "/feed.json", "/index.xml", "/feed/"}
	c := loadFixtures(t)
	for _, p := range c.Publishers {
		t.Run(p.Key, func(t *testing.T) {
			p, base := servePublisher(t, c, p.Key)
			_, home := get(t, base+"/", nil)
			homeURL, err := url.Parse(base + "/")
			if err != nil {
				t.Fatal(err)
			}
			// Some sites link the feed relatively; resolve as a client must.
			var found []string
			walk(t, home, func(n *html.Node) {
				if n.Data == "link" && attr(n, "rel") == "alternate" {
					href, err := url.Parse(attr(n, "href"))
					if err != nil {
						t.Fatalf("feed href: %v", err)
					}
					found = append(found, attr(n, "type")+" "+homeURL.ResolveReference(href).String())
				}
			})
			if want := feedMediaType(p.Feed) + " " + base + FeedPath(p); len(found) != 1 || found[0] != want {
				t.Errorf("alternate links = %q, want [%q]", found, want)
			}
			guessable := false
			for _, path := range commonPaths {
				if resp, _ := get(t, base+path, nil); resp.StatusCode == http.StatusOK {
					guessable = true
				}
			}
			if guessable == layoutFor(p).discoveryOnly {
				t.Errorf("feed at a common path = %v, discovery only = %v", guessable, layoutFor(p).discoveryOnly)
			}
		})
	}
}

func TestHomePages(t *testing.T) {
	c := loadFixtures(t)
	for _, p := range c.Publishers {
		t.Run(p.Key, func(t *testing.T) {
			p, base := servePublisher(t, c, p.Key)
			_, home := get(t, base+"/", nil)
			links := make(map[string]bool)
			walk(t, home, func(n *html.Node) {
				if n.Data == "a" {
					links[strings.TrimPrefix(attr(n, "href"), base)] = true
				}
			})
			for _, a := range c.ByPublisher(p.Key) {
				if !links[ArticlePath(p, a)] {
					t.Errorf("home page does not link %s", ArticlePath(p, a))
				}
			}
		})
	}
}

func TestArticlePages(t *testing.T) {
	c := loadFixtures(t)
	wantLang := map[string]string{"petit-observateur": "fr", "al-manara": "ar"}
	for _, p := range c.Publishers {
		t.Run(p.Key, func(t *testing.T) {
			p, base := servePublisher(t, c, p.Key)
			for _, a := range c.ByPublisher(p.Key) {
				resp, page := get(t, base+ArticlePath(p, a), nil)
				if resp.StatusCode != http.StatusOK {
					t.Fatalf("%s: status %d", a.ID, resp.StatusCode)
				}
				text := stdhtml.UnescapeString(string(page))
				for _, want := range blockTexts(a) {
					if !strings.Contains(text, want) {
						t.Errorf("%s: page lacks %q", a.ID, want)
					}
				}
				if strings.Contains(string(page), "<script>alert") {
					t.Errorf("%s: body text not escaped", a.ID)
				}
				var canonical, lang, dir string
				walk(t, page, func(n *html.Node) {
					switch {
					case n.Data == "link" && attr(n, "rel") == "canonical":
						canonical = attr(n, "href")
					case n.Data == "html":
						lang, dir = attr(n, "lang"), attr(n, "dir")
					}
				})
				if want := base + ArticlePath(p, a); canonical != want {
					t.Errorf("%s: canonical = %q, want %q", a.ID, canonical, want)
				}
				if want, ok := wantLang[p.Key]; ok && lang != want {
					t.Errorf("%s: lang = %q, want %q", a.ID, lang, want)
				}
				if p.Key == "al-manara" && dir != "rtl" {
					t.Errorf("%s: dir = %q, want rtl", a.ID, dir)
				}
			}
		})
	}
}

// blockTexts is every piece of article text a page must show.
func blockTexts(a Article) []string {
	texts := []string{a.Title}
	for _, b := range a.Body {
		texts = append(texts, b.P, b.H, b.Caption, bareCredit(b.Credit), b.Quote, b.Cite)
		texts = append(texts, b.List...)
	}
	out := texts[:0]
	for _, s := range texts {
		if s != "" {
			out = append(out, s)
		}
	}
	return out
}

// TestTemplatesDiffer keeps the nine sites from converging on one markup:
// two article pages may share at most a third of their class names.
func TestTemplatesDiffer(t *testing.T) {
	c := loadFixtures(t)
	classes := make(map[string]map[string]bool)
	for _, p := range c.Publishers {
		p, base := servePublisher(t, c, p.Key)
		_, page := get(t, base+ArticlePath(p, c.ByPublisher(p.Key)[0]), nil)
		set := make(map[string]bool)
		walk(t, page, func(n *html.Node) {
			for _, class := range strings.Fields(attr(n, "class")) {
				set[class] = true
			}
		})
		classes[p.Key] = set
	}
	for a, setA := range classes {
		for b, setB := range classes {
			if a >= b {
				continue
			}
			shared := 0
			for class := range setA {
				if setB[class] {
					shared++
				}
			}
			if smaller := min(len(setA), len(setB)); shared*3 > smaller {
				t.Errorf("%s and %s share %d of %d class names", a, b, shared, smaller)
			}
		}
	}
}

func TestJSONLD(t *testing.T) {
	c := loadFixtures(t)
	for _, key := range []string{"harbor-gazette", "meridian-times", "petit-observateur"} {
		t.Run(key, func(t *testing.T) {
			p, base := servePublisher(t, c, key)
			_, page := get(t, base+ArticlePath(p, c.ByPublisher(key)[0]), nil)
			var scripts []string
			walk(t, page, func(n *html.Node) {
				if n.Data == "script" && attr(n, "type") == "application/ld+json" && n.FirstChild != nil {
					scripts = append(scripts, n.FirstChild.Data)
				}
			})
			if len(scripts) != 1 {
				t.Fatalf("%d JSON-LD scripts, want 1", len(scripts))
			}
			var ld map[string]any
			if err := json.Unmarshal([]byte(scripts[0]), &ld); err != nil {
				t.Fatalf("JSON-LD does not parse: %v\n%s", err, scripts[0])
			}
			if !strings.Contains(scripts[0], `"datePublished"`) || !strings.Contains(scripts[0], `"NewsArticle"`) {
				t.Errorf("JSON-LD lacks NewsArticle or datePublished: %s", scripts[0])
			}
		})
	}
}
