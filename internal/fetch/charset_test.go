package fetch

import (
	"bytes"
	"encoding/xml"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

const curlyTitle = "\u201cCaf\u00e9\u201d reopens \u2013 na\u00efve \u20ac5 menu"

func TestToUTF8Fixtures(t *testing.T) {
	tests := []struct {
		file, contentType, want string
	}{
		// windows-1252 curly quotes (0x93/0x94), é (0xE9), en dash, euro sign.
		{"windows-1252.xml", "application/rss+xml", curlyTitle},
		{"windows-1252.xml", "text/xml; charset=windows-1252", curlyTitle},
		{"iso-8859-1.xml", "application/xml", "Caf\u00e9 \u00fcber \u00a9 2026"},
		{"iso-8859-1.xml", "text/xml; charset=ISO-8859-1", "Caf\u00e9 \u00fcber \u00a9 2026"},
		// A charset header that contradicts the bytes loses to them.
		{"iso-8859-1.xml", "text/xml; charset=utf-8", "Caf\u00e9 \u00fcber \u00a9 2026"},
		{"utf8-bom.xml", "application/rss+xml", curlyTitle},
		// The BOM outranks a wrong header.
		{"utf8-bom.xml", "text/xml; charset=iso-8859-1", curlyTitle},
		{"utf16le-bom.xml", "application/xml", curlyTitle},
		{"mislabelled-utf8.xml", "application/rss+xml", curlyTitle},
		{"windows-1252-meta.html", "text/html", curlyTitle},
		{"shift_jis-meta.html", "text/html", "\u65e5\u672c\u8a9e\u306e\u30cb\u30e5\u30fc\u30b9"},
	}
	for _, tt := range tests {
		t.Run(tt.file+" "+tt.contentType, func(t *testing.T) {
			raw, err := os.ReadFile(filepath.Join("testdata", "charset", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got, err := ToUTF8(raw, tt.contentType)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(got) {
				t.Fatalf("result is not valid UTF-8: %q", got)
			}
			if bytes.HasPrefix(got, []byte("\xef\xbb\xbf")) {
				t.Error("BOM left in the result")
			}
			if !bytes.Contains(got, []byte(tt.want)) {
				t.Errorf("result lacks %q:\n%s", tt.want, got)
			}
			if strings.HasSuffix(tt.file, ".xml") {
				if title := xmlTitle(t, got); title != tt.want {
					t.Errorf("encoding/xml read title %q, want %q", title, tt.want)
				}
			}
		})
	}
}

// xmlTitle parses doc with encoding/xml, which has no CharsetReader and so
// fails on any declared encoding but UTF-8: a test that the declaration was
// rewritten and the text is not decoded twice.
func xmlTitle(t *testing.T, doc []byte) string {
	t.Helper()
	var rss struct {
		Title string `xml:"channel>title"`
	}
	if err := xml.Unmarshal(doc, &rss); err != nil {
		t.Fatalf("encoding/xml: %v\n%s", err, doc)
	}
	return rss.Title
}

func TestToUTF8WithoutDeclarations(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"ascii", "plain text", "plain text"},
		{"utf-8", "caf\u00e9", "caf\u00e9"},
		{"undeclared windows-1252", "\x93caf\xe9\x94", "\u201ccaf\u00e9\u201d"},
		{"utf-8 with a stray byte", "caf\u00e9 \xff ok", "caf\u00e9 \uFFFD ok"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		got, err := ToUTF8([]byte(tt.in), "")
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if string(got) != tt.want {
			t.Errorf("%s: ToUTF8 = %q, want %q", tt.name, got, tt.want)
		}
	}
}

func TestToUTF8IgnoresUnknownCharset(t *testing.T) {
	got, err := ToUTF8([]byte("caf\xe9"), "text/plain; charset=x-made-up")
	if err != nil {
		t.Fatal(err)
	}
	if string(got) != "caf\u00e9" {
		t.Errorf("ToUTF8 = %q, want the windows-1252 fallback", got)
	}
}

func TestMarkXMLAsUTF8(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<?xml version="1.0" encoding="ISO-8859-1"?><a/>`, `<?xml version="1.0" encoding="utf-8"?><a/>`},
		{"<?xml version='1.0' encoding='windows-1252' standalone='yes'?><a/>", `<?xml version='1.0' encoding="utf-8" standalone='yes'?><a/>`},
		{"\n  <?xml version=\"1.0\" encoding = \"latin1\" ?><a/>", "\n  <?xml version=\"1.0\" encoding=\"utf-8\" ?><a/>"},
		{`<?xml version="1.0"?><a/>`, `<?xml version="1.0"?><a/>`},
		// Only the declaration is touched, not look-alikes in the content.
		{`<a>encoding="latin1"</a>`, `<a>encoding="latin1"</a>`},
	}
	for _, tt := range tests {
		if got := string(markXMLAsUTF8([]byte(tt.in))); got != tt.want {
			t.Errorf("markXMLAsUTF8(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
