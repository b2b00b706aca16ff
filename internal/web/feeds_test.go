package web_test

import (
	"context"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// feedPages pairs each page with its feeds' base path.
func feedPages(t *testing.T, c *corpusSite) map[string]string {
	t.Helper()
	tags, _ := c.st.TopTags(context.Background(), now.AddDate(0, -1, 0), 1)
	return map[string]string{
		"/":                     "/feed",
		"/tags/" + tags[0].Slug: "/tags/" + tags[0].Slug + "/feed",
		fmt.Sprintf("/sources/%d", c.site.Sources["harbor-gazette"]): fmt.Sprintf("/sources/%d/feed", c.site.Sources["harbor-gazette"]),
		"/search?q=bridge": "/search/feed",
	}
}

var articleIDs = regexp.MustCompile(`/articles/(\d+)/`)

// listedIDs are the article ids in a page's main list, in order.
func listedIDs(body string) []string {
	if i := strings.Index(body, `class="rows`); i >= 0 {
		body = body[i:]
	}
	var ids []string
	for _, m := range articleIDs.FindAllStringSubmatch(body, -1) {
		if len(ids) == 0 || ids[len(ids)-1] != m[1] {
			ids = append(ids, m[1])
		}
	}
	return ids
}

func feedURL(base, ext, page string) string {
	_, q, _ := strings.Cut(page, "?")
	u := base + "." + ext
	if q != "" {
		u += "?" + q
	}
	return u
}

func TestFeedsMatchPages(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	for page, base := range feedPages(t, c) {
		want := listedIDs(get(c.h, page).Body.String())
		if len(want) == 0 {
			t.Fatalf("%s lists nothing", page)
		}
		rss := get(c.h, feedURL(base, "rss", page))
		var r struct {
			Channel struct {
				Items []struct {
					Link string `xml:"link"`
				} `xml:"item"`
			} `xml:"channel"`
		}
		if err := xml.Unmarshal(rss.Body.Bytes(), &r); err != nil || rss.Header().Get("Content-Type") != "application/rss+xml; charset=utf-8" {
			t.Fatalf("%s RSS: %v %q", page, err, rss.Header().Get("Content-Type"))
		}
		atom := get(c.h, feedURL(base, "atom", page))
		var a struct {
			Entries []struct {
				ID string `xml:"id"`
			} `xml:"entry"`
		}
		if err := xml.Unmarshal(atom.Body.Bytes(), &a); err != nil {
			t.Fatalf("%s Atom: %v", page, err)
		}
		jf := get(c.h, feedURL(base, "json", page))
		var j struct {
			Version string `json:"version"`
			Title   string `json:"title"`
			FeedURL string `json:"feed_url"`
			Items   []struct {
				ID            string `json:"id"`
				URL           string `json:"url"`
				ContentText   string `json:"content_text"`
				DatePublished string `json:"date_published"`
			} `json:"items"`
		}
		if err := json.Unmarshal(jf.Body.Bytes(), &j); err != nil || j.Version != "https://jsonfeed.org/version/1.1" || j.Title == "" ||
			!strings.HasPrefix(j.FeedURL, "http://example.com/") || jf.Header().Get("Content-Type") != "application/feed+json; charset=utf-8" {
			t.Fatalf("%s JSON Feed: %v %q %q", page, err, j.Version, j.FeedURL)
		}
		for _, it := range j.Items {
			// JSON Feed 1.1: id is a string, content_text or content_html is
			// required, dates are RFC 3339.
			if _, err := time.Parse(time.RFC3339, it.DatePublished); err != nil || it.ID == "" {
				t.Fatalf("%s JSON Feed item %+v: %v", page, it, err)
			}
		}
		var rssIDs, atomIDs, jsonIDs []string
		for _, it := range r.Channel.Items {
			rssIDs = append(rssIDs, articleIDs.FindStringSubmatch(it.Link)[1])
		}
		for _, e := range a.Entries {
			atomIDs = append(atomIDs, articleIDs.FindStringSubmatch(e.ID)[1])
		}
		for _, it := range j.Items {
			jsonIDs = append(jsonIDs, articleIDs.FindStringSubmatch(it.URL)[1])
		}
		if !slices.Equal(rssIDs, atomIDs) || !slices.Equal(rssIDs, jsonIDs) {
			t.Errorf("%s: formats disagree", page)
		}
		checkEntriesMatch(t, page, want, rssIDs)
	}
	if rec := get(c.h, "/search/feed.atom"); rec.Code != 400 {
		t.Errorf("search feed without words: %d", rec.Code)
	}
	if rec := get(c.h, "/feed.xml"); rec.Code != 404 {
		t.Errorf("/feed.xml: %d", rec.Code)
	}
}

// checkEntriesMatch: a listing's feed carries the page's articles in the
// same order; a search feed (newest first) carries the page's hits.
func checkEntriesMatch(t *testing.T, page string, pageIDs, feedIDs []string) {
	t.Helper()
	if strings.HasPrefix(page, "/search") {
		for _, id := range pageIDs {
			if !slices.Contains(feedIDs, id) {
				t.Errorf("%s: hit %s missing from the feed", page, id)
			}
		}
		return
	}
	n := min(len(pageIDs), len(feedIDs))
	if n == 0 || !slices.Equal(pageIDs[:n], feedIDs[:n]) {
		t.Errorf("%s: page lists %v, feed %v", page, pageIDs, feedIDs)
	}
}

// feedparserScript parses each file named on the command line and prints,
// per feed, its bozo flag and entry links. The served Content-Type goes
// along, as an HTTP client would pass it: feedparser tells JSON Feed by it.
const feedparserScript = `
import json, sys, feedparser
out = {}
for arg in sys.argv[1:]:
    path, ctype = arg.split("=", 1)
    d = feedparser.parse(open(path, 'rb').read(), response_headers={"content-type": ctype})
    out[path] = {"bozo": bool(d.bozo), "error": str(d.get("bozo_exception", "")), "version": d.version,
                 "title": d.feed.get("title", ""), "links": [e.get("link", "") for e in d.entries],
                 "dates": [bool(e.get("published_parsed") or e.get("updated_parsed")) for e in d.entries]}
print(json.dumps(out))
`

// TestFeedparserReadsEveryFeed runs Debian's python3-feedparser, a real
// feed client, on every output feed.
func TestFeedparserReadsEveryFeed(t *testing.T) {
	python := os.Getenv("HERALD_PYTHON3")
	if python == "" {
		python = "/usr/bin/python3" // Debian's, where python3-feedparser installs
	}
	if err := exec.Command(python, "-c", "import feedparser").Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("python3-feedparser is required under CI=true (%s: %v); scripts/test installs it as root", python, err)
		}
		t.Skipf("python3-feedparser not available at %s (%v); install the Debian package python3-feedparser", python, err)
	}
	c := newCorpusSite(t, webOptions())
	dir := t.TempDir()
	var files, args []string
	want := map[string][]string{}
	for page, base := range feedPages(t, c) {
		ids := listedIDs(get(c.h, page).Body.String())
		// Debian's feedparser (6.0) predates JSON Feed support, so the JSON
		// Feed is held to the spec in TestFeedsMatchPages instead.
		for _, ext := range []string{"rss", "atom"} {
			rec := get(c.h, feedURL(base, ext, page))
			f := filepath.Join(dir, fmt.Sprintf("%d.%s", len(files), ext))
			if err := os.WriteFile(f, rec.Body.Bytes(), 0o644); err != nil {
				t.Fatal(err)
			}
			files = append(files, f)
			args = append(args, f+"="+rec.Header().Get("Content-Type"))
			want[f] = append([]string{page}, ids...)
		}
	}
	cmd := exec.Command(python, append([]string{"-c", feedparserScript}, args...)...)
	outb, err := cmd.Output()
	if err != nil {
		t.Fatalf("feedparser: %v", err)
	}
	var got map[string]struct {
		Bozo    bool
		Error   string
		Version string
		Title   string
		Links   []string
		Dates   []bool
	}
	if err := json.Unmarshal(outb, &got); err != nil {
		t.Fatalf("feedparser output %s: %v", outb, err)
	}
	for _, f := range files {
		g := got[f]
		page := want[f][0]
		if g.Bozo || g.Version == "" || g.Title == "" {
			t.Errorf("%s (%s): bozo=%v %q version %q title %q", page, filepath.Ext(f), g.Bozo, g.Error, g.Version, g.Title)
			continue
		}
		var ids []string
		for i, l := range g.Links {
			m := articleIDs.FindStringSubmatch(l)
			if m == nil || !g.Dates[i] {
				t.Fatalf("%s: entry %q without an article link or date", page, l)
			}
			ids = append(ids, m[1])
		}
		checkEntriesMatch(t, page+" via feedparser "+filepath.Ext(f), want[f][1:], ids)
	}
}

// Feeds and sitemaps carry URIs, not IRIs: RSS's <link>, JSON Feed's
// home_page_url and a sitemap's <loc> must be percent-encoded, as the
// pages' own links are, for a tag whose slug is Arabic.
func TestTagURLsInFeedsAndSitemapAreEscaped(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	tags, _ := c.st.TopTags(context.Background(), now.AddDate(0, -1, 0), 500)
	var slug string
	for _, tg := range tags {
		if !isASCII(tg.Slug) {
			slug = tg.Slug
			break
		}
	}
	if slug == "" {
		t.Fatal("the corpus has no tag with a non-ASCII slug")
	}
	escaped := "/tags/" + url.PathEscape(slug)
	for _, path := range []string{escaped + "/feed.rss", escaped + "/feed.atom", escaped + "/feed.json", "/sitemap.xml"} {
		rec := get(c.h, path)
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Fatalf("%s: status %d", path, rec.Code)
		}
		if strings.Contains(body, "/tags/"+slug) {
			t.Errorf("%s has the tag's address unescaped, /tags/%s", path, slug)
		}
		if !strings.Contains(body, escaped) {
			t.Errorf("%s lacks the tag's address %s", path, escaped)
		}
	}
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}
