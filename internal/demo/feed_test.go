package demo

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
)

// feedEntry is what every format must carry for Herald.
type feedEntry struct{ Title, Link string }

// parseFeed decodes a feed the way a strict client would, with a charset
// reader so that non-UTF-8 XML decodes.
func parseFeed(format string, body []byte) ([]feedEntry, error) {
	if format == "jsonfeed" {
		var doc struct {
			Version string `json:"version"`
			Items   []struct {
				Title string `json:"title"`
				URL   string `json:"url"`
			} `json:"items"`
		}
		if err := json.Unmarshal(body, &doc); err != nil {
			return nil, err
		}
		if doc.Version != "https://jsonfeed.org/version/1.1" {
			return nil, fmt.Errorf("version %q", doc.Version)
		}
		var out []feedEntry
		for _, it := range doc.Items {
			out = append(out, feedEntry{it.Title, it.URL})
		}
		return out, nil
	}
	var doc struct {
		XMLName xml.Name
		Items   []struct { // RSS 2.0
			Title string `xml:"title"`
			Link  string `xml:"link"`
		} `xml:"channel>item"`
		RDFItems []struct { // RSS 1.0
			Title string `xml:"http://purl.org/rss/1.0/ title"`
			Link  string `xml:"http://purl.org/rss/1.0/ link"`
		} `xml:"http://purl.org/rss/1.0/ item"`
		Entries []struct { // Atom
			Title string `xml:"title"`
			Links []struct {
				Rel  string `xml:"rel,attr"`
				Href string `xml:"href,attr"`
			} `xml:"link"`
		} `xml:"http://www.w3.org/2005/Atom entry"`
	}
	dec := xml.NewDecoder(bytes.NewReader(body))
	dec.CharsetReader = charset.NewReaderLabel
	if err := dec.Decode(&doc); err != nil {
		return nil, err
	}
	var out []feedEntry
	switch doc.XMLName.Local {
	case "rss":
		for _, it := range doc.Items {
			out = append(out, feedEntry{it.Title, it.Link})
		}
	case "RDF":
		for _, it := range doc.RDFItems {
			out = append(out, feedEntry{it.Title, it.Link})
		}
	case "feed":
		for _, e := range doc.Entries {
			for _, l := range e.Links {
				if l.Rel == "alternate" {
					out = append(out, feedEntry{e.Title, l.Href})
				}
			}
		}
	default:
		return nil, fmt.Errorf("unexpected root <%s>", doc.XMLName.Local)
	}
	return out, nil
}

func TestFeeds(t *testing.T) {
	c := loadFixtures(t)
	for _, p := range c.Publishers {
		t.Run(p.Key, func(t *testing.T) {
			p, base := servePublisher(t, c, p.Key)
			resp, body := get(t, base+FeedPath(p), nil)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d", resp.StatusCode)
			}
			entries, err := parseFeed(p.Feed, body)
			if err != nil {
				t.Fatalf("parse %s feed: %v", p.Feed, err)
			}
			articles := c.ByPublisher(p.Key)
			if len(entries) != len(articles) {
				t.Fatalf("feed has %d entries, want %d", len(entries), len(articles))
			}
			for i, a := range articles {
				if entries[i].Title != a.Title {
					t.Errorf("entry %d title = %q, want %q", i, entries[i].Title, a.Title)
				}
				link, err := url.Parse(entries[i].Link)
				if err != nil {
					t.Fatalf("entry link: %v", err)
				}
				if tracked := link.Query().Get("utm_source") != ""; tracked != (layoutFor(p).trackingParams != "") {
					t.Errorf("entry link %s: tracking parameters present = %v", link, tracked)
				}
				link.RawQuery = ""
				if want := base + ArticlePath(p, a); link.String() != want {
					t.Errorf("entry link = %s, want %s", link, want)
				}
				if resp, _ := get(t, entries[i].Link, nil); resp.StatusCode != http.StatusOK {
					t.Errorf("GET %s: status %d", entries[i].Link, resp.StatusCode)
				}
			}
		})
	}
}

func TestWindows1252Feed(t *testing.T) {
	c := loadFixtures(t)
	p, base := servePublisher(t, c, "daily-lantern")
	resp, body := get(t, base+FeedPath(p), nil)
	if ct := resp.Header.Get("Content-Type"); !strings.Contains(ct, "charset=windows-1252") {
		t.Errorf("Content-Type = %q", ct)
	}
	if !bytes.HasPrefix(body, []byte(`<?xml version="1.0" encoding="windows-1252"?>`)) {
		t.Errorf("prolog does not declare windows-1252: %.60q", body)
	}
	if utf8.Valid(body) {
		t.Error("body is valid UTF-8; want windows-1252 bytes")
	}
	// ’ is 0x92 and é is 0xE9 in windows-1252.
	for _, b := range []byte{0x92, 0xE9} {
		if !bytes.Contains(body, []byte{b}) {
			t.Errorf("body lacks byte %#x", b)
		}
	}
	entries, err := parseFeed(p.Feed, body)
	if err != nil {
		t.Fatalf("parse: %v", err)
	}
	if want := "BRIDGE FURY: ‘We’ve had enough’ say traders"; entries[0].Title != want {
		t.Errorf("title = %q, want %q", entries[0].Title, want)
	}
}

func TestToWindows1252FallsBackToCharacterReferences(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"café", "caf\xe9"},
		{"“quoted”", "\x93quoted\x94"},
		{"جسر", "&#1580;&#1587;&#1585;"},
	}
	for _, tt := range tests {
		if got := string(toWindows1252([]byte(tt.in))); got != tt.want {
			t.Errorf("toWindows1252(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestFeedDetails checks the per-publisher quirks the brief asks for.
func TestFeedDetails(t *testing.T) {
	tests := []struct {
		publisher string
		want      []string
	}{
		{"harbor-gazette", []string{"<ttl>60</ttl>", `<guid isPermaLink="true">`, "<dc:creator>Jonas Prell</dc:creator>", "<category>Ferries</category>", "<pubDate>Mon, 23 Nov 2026 10:00:00 +0000</pubDate>"}},
		{"valley-courier", []string{`xmlns:media="http://search.yahoo.com/mrss/"`, "<media:content url=", "<media:thumbnail url=", "<media:credit>Tom Ashby/Valley Courier</media:credit>"}},
		{"civic-ledger", []string{"<rdf:Seq>", "<dc:date>2026-11-24T11:00:00Z</dc:date>", `xmlns="http://purl.org/rss/1.0/"`}},
		{"techsignal", []string{`<content type="html">`, "<published>2026-11-21T15:00:00Z</published>", "<updated>"}},
		{"northwind-wire", []string{"<id>tag:northwindwire.example,2026:fixture-bridge-vote</id>", "<summary type=\"text\">"}},
		{"petit-observateur", []string{`xml:lang="fr"`, "Tous droits réservés"}},
		{"al-manara", []string{`<guid isPermaLink="false">`, "<author>newsroom@almanara.example (سارة الحداد)</author>"}},
		{"meridian-times", []string{`"content_html": "<p>`, `"date_published": "2026-11-24T09:30:00Z"`, `"image": "http`}},
	}
	c := loadFixtures(t)
	for _, tt := range tests {
		t.Run(tt.publisher, func(t *testing.T) {
			p, base := servePublisher(t, c, tt.publisher)
			_, body := get(t, base+FeedPath(p), nil)
			for _, want := range tt.want {
				if !bytes.Contains(body, []byte(want)) {
					t.Errorf("feed lacks %q", want)
				}
			}
		})
	}
}
