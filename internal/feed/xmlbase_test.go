package feed

import "testing"

func TestXMLBaseResolution(t *testing.T) {
	const doc = `<?xml version="1.0"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://example.com/blog/wp-atom.php">
  <title>Base test</title>
  <link rel="alternate" href="./"/>
  <entry>
    <title>One</title>
    <link rel="alternate" href="2024/one"/>
    <link rel="enclosure" type="audio/mpeg" href="media/one.mp3"/>
    <id>urn:one</id>
    <content type="html">&lt;img src="img/one.png"&gt; &lt;a href="/about"&gt;about&lt;/a&gt;</content>
  </entry>
  <entry xml:base="https://cdn.example.net/two/">
    <title>Two</title>
    <link href="page" xml:base="https://pages.example.org/x/"/>
    <id>urn:two</id>
    <summary type="html">&lt;img src="pic.jpg"&gt;</summary>
  </entry>
  <entry>
    <title>Text mentions xml:base="nowhere"</title>
    <id>urn:three</id>
  </entry>
</feed>`
	f, err := Parse([]byte(doc), "", "https://example.com/feed")
	if err != nil {
		t.Fatal(err)
	}
	if f.SiteURL != "https://example.com/blog/" {
		t.Errorf("SiteURL = %q", f.SiteURL)
	}
	one, two := f.Entries[0], f.Entries[1]
	// xml:base names a file, so relative references replace its last segment.
	if one.URL != "https://example.com/blog/2024/one" {
		t.Errorf("URL = %q", one.URL)
	}
	if len(one.Enclosures) != 1 || one.Enclosures[0].URL != "https://example.com/blog/media/one.mp3" {
		t.Errorf("enclosures = %+v", one.Enclosures)
	}
	if want := `<img src="https://example.com/blog/img/one.png"/> <a href="https://example.com/about">about</a>`; !sameHTML(one.ContentHTML, want) {
		t.Errorf("content = %q, want %q", one.ContentHTML, want)
	}
	if two.URL != "https://pages.example.org/x/page" {
		t.Errorf("URL with the link's own xml:base = %q", two.URL)
	}
	if two.Summary != `<img src="https://cdn.example.net/two/pic.jpg">` {
		t.Errorf("summary = %q", two.Summary)
	}
	if f.Entries[2].Title != `Text mentions xml:base="nowhere"` {
		t.Errorf("text was masked: %q", f.Entries[2].Title)
	}
}
