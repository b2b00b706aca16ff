package feed

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"

	"herald/internal/model"
)

func TestOPMLRoundTrip(t *testing.T) {
	sources := []model.Source{
		{Title: "Example & Co", FeedURL: "https://example.com/feed.xml", SiteURL: "https://example.com/"},
		{Title: "", FeedURL: "https://other.example/rss?a=1&b=2"},
	}
	var buf bytes.Buffer
	if err := WriteOPML(&buf, "Herald subscriptions", sources); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `<opml version="2.0">`) || !strings.Contains(buf.String(), "<title>Herald subscriptions</title>") {
		t.Errorf("not OPML 2.0:\n%s", buf.String())
	}
	got, err := ParseOPML(&buf)
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{
		{Title: "Example & Co", FeedURL: "https://example.com/feed.xml", SiteURL: "https://example.com/"},
		{Title: "https://other.example/rss?a=1&b=2", FeedURL: "https://other.example/rss?a=1&b=2"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("round trip = %+v, want %+v", got, want)
	}
}

func TestParseOPMLNested(t *testing.T) {
	const doc = `<?xml version="1.0" encoding="ISO-8859-1"?>
<opml version="1.0">
  <head><title>Export</title></head>
  <body>
    <outline text="Loose" type="rss" xmlUrl="http://loose.example/feed"/>
    <outline text="News">
      <outline text="Daily" title="The Daily" type="rss" xmlURL="http://daily.example/rss" htmlURL="http://daily.example/"/>
      <outline text="Local">
        <outline text="Caf` + "\xe9" + `" type="rss" xmlUrl="http://cafe.example/atom"/>
      </outline>
    </outline>
    <outline title="Tech">
      <outline text="Gadgets" type="rss" xmlurl="http://gadgets.example/feed"/>
    </outline>
    <outline text="Empty folder"/>
  </body>
</opml>`
	got, err := ParseOPML(strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	want := []Outline{
		{Title: "Loose", FeedURL: "http://loose.example/feed"},
		{Title: "The Daily", FeedURL: "http://daily.example/rss", SiteURL: "http://daily.example/", Category: "News"},
		{Title: "Café", FeedURL: "http://cafe.example/atom", Category: "Local"},
		{Title: "Gadgets", FeedURL: "http://gadgets.example/feed", Category: "Tech"},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ParseOPML =\n%+v\nwant\n%+v", got, want)
	}
}

func TestParseOPMLMalformed(t *testing.T) {
	tests := []struct{ name, doc, want string }{
		{"unclosed element", "<opml version=\"2.0\">\n<body>\n<outline text=\"a\" xmlUrl=\"http://a/\">\n</body></opml>", "line 4"},
		{"bare ampersand", `<opml version="2.0"><body><outline text="A & B" xmlUrl="http://a/"/></body></opml>`, "line 1"},
		{"not OPML", `<rss version="2.0"><channel/></rss>`, "not an OPML document"},
		{"empty", ``, "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseOPML(strings.NewReader(tt.doc))
			if !errors.Is(err, ErrMalformed) || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("err = %v, want ErrMalformed mentioning %q", err, tt.want)
			}
		})
	}
}
