package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"

	"golang.org/x/net/html/charset"

	"herald/internal/model"
)

// Outline is one subscription read from an OPML file.
type Outline struct {
	Title    string
	FeedURL  string
	SiteURL  string
	Category string // title of the enclosing folder outline, if any
}

type opmlDoc struct {
	XMLName xml.Name     `xml:"opml"`
	Version string       `xml:"version,attr"`
	Title   string       `xml:"head>title"`
	Body    opmlOutlines `xml:"body"`
}

type opmlOutlines struct {
	Outlines []opmlOutline `xml:"outline"`
}

type opmlOutline struct {
	Text     string        `xml:"text,attr"`
	Title    string        `xml:"title,attr,omitempty"`
	Type     string        `xml:"type,attr,omitempty"`
	XMLURL   string        `xml:"xmlUrl,attr,omitempty"`
	HTMLURL  string        `xml:"htmlUrl,attr,omitempty"`
	Children []opmlOutline `xml:"outline"`
	// Exporters disagree on the case of xmlUrl and htmlUrl.
	Attrs []xml.Attr `xml:",any,attr"`
}

// ParseOPML reads the subscriptions of an OPML file. Nested outlines are
// flattened: a feed inside a folder outline gets the folder's title as its
// Category (the innermost folder when folders nest). A file that is not
// well-formed OPML returns an error wrapping ErrMalformed with the line.
func ParseOPML(r io.Reader) ([]Outline, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read opml: %w", err)
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.CharsetReader = charset.NewReaderLabel
	d.Entity = xml.HTMLEntity
	var doc opmlDoc
	if err := d.Decode(&doc); err != nil {
		var syn *xml.SyntaxError
		var unexpected xml.UnmarshalError
		switch {
		case errors.As(err, &syn):
			return nil, fmt.Errorf("%w: opml line %d: %s", ErrMalformed, syn.Line, syn.Msg)
		case errors.As(err, &unexpected):
			return nil, fmt.Errorf("%w: not an OPML document: %s", ErrMalformed, unexpected)
		case errors.Is(err, io.EOF):
			return nil, fmt.Errorf("%w: empty OPML document", ErrMalformed)
		}
		return nil, fmt.Errorf("%w: opml: %v", ErrMalformed, err)
	}
	var out []Outline
	collectOutlines(doc.Body.Outlines, "", &out)
	return out, nil
}

func collectOutlines(outlines []opmlOutline, category string, out *[]Outline) {
	for _, o := range outlines {
		title := collapseSpace(firstNonEmpty(o.Title, o.Text))
		feedURL := strings.TrimSpace(firstNonEmpty(o.XMLURL, anyAttr(o.Attrs, "xmlurl")))
		if feedURL == "" {
			// A folder: its children belong to it.
			folder := category
			if title != "" {
				folder = title
			}
			collectOutlines(o.Children, folder, out)
			continue
		}
		*out = append(*out, Outline{
			Title:    title,
			FeedURL:  feedURL,
			SiteURL:  strings.TrimSpace(firstNonEmpty(o.HTMLURL, anyAttr(o.Attrs, "htmlurl"))),
			Category: category,
		})
		collectOutlines(o.Children, category, out)
	}
}

func anyAttr(attrs []xml.Attr, lowerName string) string {
	for _, a := range attrs {
		if strings.ToLower(a.Name.Local) == lowerName {
			return a.Value
		}
	}
	return ""
}

// WriteOPML writes sources as an OPML 2.0 subscription list, one outline per
// source, in the order given.
func WriteOPML(w io.Writer, title string, sources []model.Source) error {
	doc := opmlDoc{Version: "2.0", Title: title}
	for _, s := range sources {
		name := firstNonEmpty(s.Title, s.FeedURL)
		doc.Body.Outlines = append(doc.Body.Outlines, opmlOutline{
			Text: name, Title: name, Type: "rss", XMLURL: s.FeedURL, HTMLURL: s.SiteURL,
		})
	}
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return fmt.Errorf("write opml: %w", err)
	}
	return nil
}
