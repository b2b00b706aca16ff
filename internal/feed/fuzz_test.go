package feed

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
	"time"
)

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join("testdata", "*.*"))
	for _, name := range files {
		if data, err := os.ReadFile(name); err == nil {
			f.Add(data, "")
		}
	}
	f.Add([]byte(`<rss><channel><item><title>a&b<i></item>`), "text/xml; charset=utf-16")
	f.Add([]byte(`{"version":"https://jsonfeed.org/version/1.1","items":[{"id":1}]}`), "")
	f.Add([]byte("\xff\xfe<\x00r\x00s\x00s\x00>\x00"), "")
	f.Fuzz(func(t *testing.T, data []byte, contentType string) {
		feed, err := Parse(data, contentType, "http://example.com/feed")
		if err != nil && !errors.Is(err, ErrMalformed) && !errors.Is(err, ErrNotAFeed) {
			t.Fatalf("error wraps neither ErrMalformed nor ErrNotAFeed: %v", err)
		}
		if err == nil && feed == nil {
			t.Fatal("nil feed without an error")
		}
		if errors.Is(err, ErrNotAFeed) && feed != nil {
			t.Fatal("a feed returned with ErrNotAFeed")
		}
		if feed == nil {
			return
		}
		for _, e := range feed.Entries {
			if CanonicalURL(e.URL, "") != e.URL {
				t.Fatalf("entry URL %q is not canonical", e.URL)
			}
			if !e.PublishedAt.IsZero() && e.PublishedAt.Location() != time.UTC {
				t.Fatalf("PublishedAt %v is not UTC", e.PublishedAt)
			}
		}
	})
}

func FuzzCanonicalURL(f *testing.F) {
	f.Add("https://Example.com:443/a?utm_source=x&b=1#f", "")
	f.Add("../x", "http://example.com/a/b")
	f.Add("//[::1]:80", "http://h/")
	f.Fuzz(func(t *testing.T, raw, base string) {
		got := CanonicalURL(raw, base)
		// Canonical URLs are fixed points.
		if again := CanonicalURL(got, ""); again != got {
			t.Fatalf("CanonicalURL(%q) = %q, but CanonicalURL(%q) = %q", raw, got, got, again)
		}
	})
}

func FuzzOPML(f *testing.F) {
	f.Add([]byte(`<opml version="2.0"><body><outline text="a"><outline xmlUrl="http://a/"/></outline></body></opml>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		outlines, err := ParseOPML(bytes.NewReader(data))
		if err != nil && !errors.Is(err, ErrMalformed) {
			t.Fatalf("error does not wrap ErrMalformed: %v", err)
		}
		for _, o := range outlines {
			if o.FeedURL == "" {
				t.Fatalf("outline without a feed URL: %+v", o)
			}
		}
	})
}

func FuzzDiscover(f *testing.F) {
	f.Add([]byte(`<link rel="alternate" type="application/rss+xml" href="/feed">`), "http://example.com/")
	f.Fuzz(func(t *testing.T, page []byte, pageURL string) {
		seen := map[string]bool{}
		for _, u := range Discover(page, pageURL) {
			if seen[u] || parseBase(u) == nil {
				t.Fatalf("duplicate or relative URL %q", u)
			}
			seen[u] = true
		}
	})
}
