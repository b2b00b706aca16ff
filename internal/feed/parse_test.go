package feed

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func date(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestParseFormats(t *testing.T) {
	tests := []struct {
		file, contentType, feedURL string
		want                       Feed
	}{
		{
			file: "rss2.xml", feedURL: "http://example.com/feed.xml",
			want: Feed{
				Title: "Example News & Views", SiteURL: "http://example.com/", Language: "en-GB", TTL: 30 * time.Minute,
				Entries: []model.Article{
					{
						GUID:        "urn:example:first",
						URL:         "http://example.com/news/first?id=7",
						Title:       "First story & more",
						Summary:     `<p>Short <a href="http://example.com/more">summary</a>.</p>`,
						ContentHTML: `<p>Full <img src="http://example.com/img/a.png"> text.</p>`,
						Authors:     []string{"Jane Doe", "John Roe"},
						PublishedAt: date("2024-01-02T14:04:05Z"),
						ImageURL:    "http://cdn.example.com/a.jpg",
						Enclosures:  []model.Enclosure{{URL: "http://cdn.example.com/a.mp3", Type: "audio/mpeg", Length: 12345}},
						Language:    "fr",
					},
					{
						// No guid: the canonical link stands in. The date does
						// not parse, so it is left zero.
						GUID:     "http://example.com/news/second",
						URL:      "http://example.com/news/second",
						Title:    "Second story",
						Summary:  "Plain summary",
						ImageURL: "http://cdn.example.com/cover.jpg",
						Language: "en-GB",
					},
					{
						// A permalink guid is the link; dc:date alone is
						// both the publication and the update date.
						GUID:        "http://example.com/news/third",
						URL:         "http://example.com/news/third",
						Title:       "Third story",
						PublishedAt: date("2024-01-03T10:00:00Z"),
						UpdatedAt:   date("2024-01-03T10:00:00Z"),
						ImageURL:    "http://example.com/pics/third.jpg",
						Enclosures:  []model.Enclosure{{URL: "http://example.com/pics/third.jpg", Type: "image/jpeg"}},
						Language:    "en-GB",
					},
				},
			},
		},
		{
			file: "rss1.rdf",
			want: Feed{
				Title: "RDF Site", SiteURL: "http://example.org/", Language: "de", TTL: 30 * time.Minute,
				Entries: []model.Article{{
					GUID:        "http://example.org/1", // rdf:about
					URL:         "http://example.org/1",
					Title:       "RDF item",
					Summary:     "Item description",
					ContentHTML: "<p>Item content</p>",
					Authors:     []string{"Erika Mustermann"},
					PublishedAt: date("2024-02-01T07:30:00Z"),
					UpdatedAt:   date("2024-02-01T07:30:00Z"),
					Language:    "de",
				}},
			},
		},
		{
			file: "atom.xml", contentType: "application/atom+xml", feedURL: "http://example.net/blog/feed.atom",
			want: Feed{
				Title: "Atom Blog", SiteURL: "http://example.net/blog/", Language: "en",
				Entries: []model.Article{
					{
						GUID:        "tag:example.net,2024:One Two", // as written, not URL-escaped
						URL:         "http://example.net/blog/posts/one.html",
						Title:       "Entry one",
						Summary:     "Tom &amp; Jerry &lt;3 cheese", // text construct, escaped as HTML
						ContentHTML: `<p>Hello <img src="http://example.net/blog/img/one.png"></p>`,
						Authors:     []string{"Alice", "Bob"},
						PublishedAt: date("2024-03-01T08:00:00Z"),
						UpdatedAt:   date("2024-03-01T09:00:00Z"),
						Enclosures:  []model.Enclosure{{URL: "http://example.net/blog/media/one.mp4", Type: "video/mp4", Length: 9000}},
						Language:    "nl",
					},
					{
						GUID:        "tag:example.net,2024:two",
						URL:         "http://example.net/blog/posts/two.html",
						Title:       "Entry two",
						ContentHTML: "Line one<br>Line &lt;two&gt;",
						Authors:     []string{"Blog Owner"}, // inherited from the feed
						PublishedAt: date("2024-03-02T09:00:00Z"),
						UpdatedAt:   date("2024-03-02T09:00:00Z"),
						Language:    "en",
					},
				},
			},
		},
		{
			file: "feed.json", contentType: "application/feed+json", feedURL: "https://example.org/feed.json",
			want: Feed{
				Title: "JSON & Friends", SiteURL: "https://example.org/", Language: "en-US",
				Entries: []model.Article{
					{
						GUID:        "2",
						URL:         "https://example.org/posts/2",
						Title:       "Second post",
						Summary:     "A short summary",
						ContentHTML: `<p>Hello <a href="https://example.org/about">world</a></p>`,
						Authors:     []string{"Post Author"},
						PublishedAt: date("2024-04-02T14:00:00Z"),
						UpdatedAt:   date("2024-04-03T10:00:00Z"),
						ImageURL:    "https://example.org/img/2.png",
						Enclosures:  []model.Enclosure{{URL: "https://example.org/2.mp3", Type: "audio/mpeg", Length: 4096}},
						Language:    "es",
					},
					{
						GUID:        "first",
						URL:         "https://example.org/posts/1",
						ContentHTML: "Plain &lt;text&gt; &amp; more",
						Authors:     []string{"Feed Author"},
						Language:    "en-US",
					},
				},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			got, err := Parse(readFixture(t, tt.file), tt.contentType, tt.feedURL)
			if err != nil {
				t.Fatalf("Parse: %v", err)
			}
			compareFeeds(t, got, &tt.want)
		})
	}
}

func compareFeeds(t *testing.T, got, want *Feed) {
	t.Helper()
	if got.Title != want.Title || got.SiteURL != want.SiteURL || got.Language != want.Language || got.TTL != want.TTL {
		t.Errorf("feed = {%q %q %q %v}, want {%q %q %q %v}",
			got.Title, got.SiteURL, got.Language, got.TTL, want.Title, want.SiteURL, want.Language, want.TTL)
	}
	if len(got.Entries) != len(want.Entries) {
		t.Fatalf("%d entries, want %d: %+v", len(got.Entries), len(want.Entries), got.Entries)
	}
	for i := range want.Entries {
		if !reflect.DeepEqual(got.Entries[i], want.Entries[i]) {
			t.Errorf("entry %d:\n got %+v\nwant %+v", i, got.Entries[i], want.Entries[i])
		}
	}
}

func TestParseLegacyCharset(t *testing.T) {
	const want = "“Quoted” café"
	declared := readFixture(t, "windows1252.xml")
	undeclared := []byte(strings.Replace(string(declared), ` encoding="windows-1252"`, "", 1))
	tests := []struct {
		name        string
		data        []byte
		contentType string
	}{
		{"XML declaration", declared, ""},
		{"Content-Type charset", undeclared, "application/rss+xml; charset=windows-1252"},
		{"ISO-8859-1 label reads as windows-1252", undeclared, "text/xml; charset=ISO-8859-1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := Parse(tt.data, tt.contentType, "")
			if err != nil {
				t.Fatal(err)
			}
			if f.Title != "Café news" || f.Entries[0].Title != want || f.Entries[0].Summary != "It’s “fine” – naïve" {
				t.Errorf("got %q / %q / %q", f.Title, f.Entries[0].Title, f.Entries[0].Summary)
			}
		})
	}
}

func TestParseUTF16(t *testing.T) {
	doc := `<?xml version="1.0" encoding="utf-16"?><rss version="2.0"><channel><title>Grüße</title></channel></rss>`
	var le []byte
	le = append(le, 0xFF, 0xFE)
	for _, r := range doc {
		le = append(le, byte(r), byte(r>>8))
	}
	f, err := Parse(le, "", "")
	if err != nil || f.Title != "Grüße" {
		t.Fatalf("got %v, %v", f, err)
	}
}

func TestParseMalformed(t *testing.T) {
	tests := []struct {
		file      string
		wantErr   string // in the error message, besides ErrMalformed
		wantTitle []string
	}{
		// An unescaped & and an unclosed <b> mid-way: every entry survives.
		{"malformed.xml", "line 4, column 18", []string{"Good one", "Fish & Chips", "Good three"}},
		// Cut off inside the second item: that item is dropped.
		{"truncated.xml", "document ends inside", []string{"Complete item"}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			f, err := Parse(readFixture(t, tt.file), "", "")
			if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want ErrMalformed mentioning %q", err, tt.wantErr)
			}
			if f == nil {
				t.Fatal("no feed returned with ErrMalformed")
			}
			var titles []string
			for _, e := range f.Entries {
				titles = append(titles, e.Title)
			}
			if !reflect.DeepEqual(titles, tt.wantTitle) {
				t.Errorf("titles = %q, want %q", titles, tt.wantTitle)
			}
		})
	}

	f, _ := Parse(readFixture(t, "malformed.xml"), "", "")
	if e := f.Entries[1]; e.URL != "http://example.com/2?a=1&b=2" || e.Summary != "Unclosed <b>bold text</b>" {
		t.Errorf("repaired entry = %q, %q", e.URL, e.Summary)
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name        string
		data        string
		contentType string
		want        error
	}{
		{"HTML page", string(readFixture(t, "page.html")), "text/html", ErrNotAFeed},
		{"empty body", "", "", ErrNotAFeed},
		{"plain text", "hello, world", "text/plain", ErrNotAFeed},
		{"other XML", `<?xml version="1.0"?><opml version="2.0"><body/></opml>`, "", ErrNotAFeed},
		{"other JSON", `{"name": "not a feed"}`, "application/json", ErrNotAFeed},
		{"broken JSON", `{"version": "https://jsonfeed.org/version/1", "items": [`, "", ErrMalformed},
		{"undefined entity", `<rss version="2.0"><channel><title>a&hellip;</title></channel></rss>`, "", ErrMalformed},
		{"undeclared prefix", `<rss version="2.0"><channel><dc:creator>x</dc:creator></channel></rss>`, "", ErrMalformed},
		{"invalid UTF-8", "<rss version=\"2.0\"><channel><title>caf\xe9</title></channel></rss>", "", ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.data), tt.contentType, "")
			if !errors.Is(err, tt.want) {
				t.Errorf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestParseRecoversText(t *testing.T) {
	// Broken in ways that still leave the text readable.
	tests := []struct{ name, doc, want string }{
		{"HTML entity", `<rss version="2.0"><channel><title>a&hellip;</title></channel></rss>`, "a…"},
		{"invalid UTF-8 byte read as windows-1252", "<rss version=\"2.0\"><channel><title>caf\xe9</title></channel></rss>", "café"},
		{"junk before the root", "Warning: headers sent\n<rss version=\"2.0\"><channel><title>ok</title></channel></rss>", "ok"},
		{"DOCTYPE entity", `<!DOCTYPE rss [<!ENTITY who "World">]><rss version="2.0"><channel><title>Hello &who;</title></channel></rss>`, "Hello World"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, _ := Parse([]byte(tt.doc), "", "")
			if f == nil || f.Title != tt.want {
				t.Errorf("title = %+v, want %q", f, tt.want)
			}
		})
	}
}

func TestParseDates(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Tue, 02 Jan 2024 15:04:05 GMT", "2024-01-02T15:04:05Z"},
		{"Tue, 2 Jan 2024 15:04:05 EST", "2024-01-02T20:04:05Z"},
		{"2 Jan 2024 15:04 +0100", "2024-01-02T14:04:00Z"},
		{"2024-01-02T15:04:05.123+02:00", "2024-01-02T13:04:05.123Z"},
		{"2024-01-02 15:04:05", "2024-01-02T15:04:05Z"},
		{"2024-01-02", "2024-01-02T00:00:00Z"},
		{"Tuesday, January 2, 2024", "2024-01-02T00:00:00Z"},
		{"Tue, 02 Jan 2024 15:04:05 +01:00", "2024-01-02T14:04:05Z"},
		{"soon", ""},
		{"", ""},
		{"Tue, 32 Jan 2024 15:04:05 GMT", ""},
	}
	for _, tt := range tests {
		got := parseDate(tt.in)
		if tt.want == "" {
			if !got.IsZero() {
				t.Errorf("parseDate(%q) = %v, want zero", tt.in, got)
			}
			continue
		}
		if !got.Equal(date(tt.want)) {
			t.Errorf("parseDate(%q) = %v, want %s", tt.in, got, tt.want)
		}
	}
}

func TestAuthorName(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Jane Doe", "Jane Doe"},
		{"jane@example.com (Jane Doe)", "Jane Doe"},
		{"Jane Doe (jane@example.com)", "Jane Doe"},
		{`"Jane Doe" <jane@example.com>`, "Jane Doe"},
		{"jane@example.com", "jane@example.com"},
		{"  Jane\n  Doe ", "Jane Doe"},
		{"Tom &amp; Jerry", "Tom & Jerry"},
		{"The Team (editors)", "The Team (editors)"},
	}
	for _, tt := range tests {
		if got := authorName(tt.in); got != tt.want {
			t.Errorf("authorName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestParseLongProlog(t *testing.T) {
	doc := `<?xml version="1.0"?><!-- ` + strings.Repeat("licence text ", 800) + ` -->
<rss version="2.0"><channel><title>Late root</title></channel></rss>`
	f, err := Parse([]byte(doc), "", "")
	if err != nil || f.Title != "Late root" {
		t.Fatalf("got %+v, %v", f, err)
	}
}

// TestParseKeepsOnlyWebLinks: an entry's link, image and enclosures and the
// feed's site link are republished (the JSON API, Herald's own feeds)
// where no template filters them, so a javascript: or data: URL from a
// hostile feed must not be kept as a link.
func TestParseKeepsOnlyWebLinks(t *testing.T) {
	f, err := Parse(readFixture(t, "script-links.xml"), "", "https://h.example/feed")
	if err != nil {
		t.Fatal(err)
	}
	if f.SiteURL != "" {
		t.Errorf("SiteURL = %q, want none", f.SiteURL)
	}
	for _, e := range f.Entries[:2] {
		if e.URL != "" || e.ImageURL != "" || len(e.Enclosures) != 0 {
			t.Errorf("%s: URL %q, ImageURL %q, enclosures %v; want no script links", e.GUID, e.URL, e.ImageURL, e.Enclosures)
		}
	}
	if ok := f.Entries[2]; ok.URL != "https://h.example/news/ok" || len(ok.Enclosures) != 1 || ok.ImageURL != "https://h.example/img/ok.jpg" {
		t.Errorf("ordinary entry: %+v", ok)
	}
}
