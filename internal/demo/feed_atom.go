package demo

import (
	"encoding/xml"
	"fmt"
	"strings"
	"time"
)

// Atom 1.0 (RFC 4287).
type atomDoc struct {
	XMLName  xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Lang     string      `xml:"xml:lang,attr,omitempty"`
	ID       string      `xml:"id"`
	Title    string      `xml:"title"`
	Subtitle string      `xml:"subtitle"`
	Updated  string      `xml:"updated"`
	Links    []atomLink  `xml:"link"`
	Author   *atomPerson `xml:"author"`
	Rights   string      `xml:"rights"`
	Logo     string      `xml:"logo"`
	Entries  []atomEntry `xml:"entry"`
}

type atomLink struct {
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr,omitempty"`
	Href string `xml:"href,attr"`
}

type atomPerson struct {
	Name string `xml:"name"`
	URI  string `xml:"uri,omitempty"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomCategory struct {
	Term  string `xml:"term,attr"`
	Label string `xml:"label,attr,omitempty"`
}

type atomEntry struct {
	ID         string         `xml:"id"`
	Title      string         `xml:"title"`
	Links      []atomLink     `xml:"link"`
	Published  string         `xml:"published"`
	Updated    string         `xml:"updated"`
	Authors    []atomPerson   `xml:"author"`
	Categories []atomCategory `xml:"category"`
	Summary    atomText       `xml:"summary"`
	Content    *atomText      `xml:"content"`
}

// atomFeed renders the Atom feed. Entry ids differ by publisher the way they
// do in the wild: tag: URIs (stable across demo runs, whatever the port),
// the permalink, or a WordPress "?p=" URL.
func (s *publisherSite) atomFeed() ([]byte, error) {
	doc := atomDoc{
		ID: s.atomFeedID(), Title: s.layout.feedTitle, Subtitle: s.layout.feedSubtitle,
		Updated: s.modified.UTC().Format(time.RFC3339),
		Links: []atomLink{
			{Rel: "alternate", Type: "text/html", Href: s.base + "/"},
			{Rel: "self", Type: "application/atom+xml", Href: s.abs(s.layout.feedPath)},
		},
		Rights: s.copyright(), Logo: s.base + "/static/logo.svg",
	}
	if s.pub.Lang != "en" {
		doc.Lang = s.pub.Lang
	}
	if s.pub.Key == "northwind-wire" {
		// A wire feed names the agency, not the reporters.
		doc.Author = &atomPerson{Name: s.pub.Name, URI: s.base + "/"}
	}
	for _, a := range s.articles {
		e := atomEntry{
			ID: s.atomEntryID(a), Title: a.Title,
			Links:     []atomLink{{Rel: "alternate", Type: "text/html", Href: s.feedLink(a)}},
			Published: a.Published.UTC().Format(time.RFC3339),
			Updated:   a.LastModified().UTC().Format(time.RFC3339),
			Authors:   []atomPerson{{Name: a.Author}},
			Summary:   atomText{Type: "text", Body: a.Dek},
		}
		for _, t := range a.Tags {
			e.Categories = append(e.Categories, atomCategory{Term: sectionSlug(t), Label: t})
		}
		if s.layout.fullContent {
			content, err := s.contentHTML(a.Body)
			if err != nil {
				return nil, err
			}
			e.Content = &atomText{Type: "html", Body: content}
		}
		doc.Entries = append(doc.Entries, e)
	}
	body, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal atom feed %s: %w", s.pub.Key, err)
	}
	return append([]byte(xml.Header), body...), nil
}

// atomFeedID is the feed-level <id>.
func (s *publisherSite) atomFeedID() string {
	switch s.pub.Key {
	case "techsignal":
		return s.abs(s.layout.feedPath)
	case "petit-observateur":
		return s.base + "/"
	}
	return "tag:" + s.tagHost() + ",2026:feed"
}

// atomEntryID is an entry's <id>.
func (s *publisherSite) atomEntryID(a Article) string {
	switch s.pub.Key {
	case "techsignal":
		return s.base + "/?p=" + numericID(a.ID, 5)
	case "petit-observateur":
		return s.articleURL(a)
	}
	return "tag:" + s.tagHost() + ",2026:" + a.Slug()
}

func (s *publisherSite) tagHost() string {
	return strings.ReplaceAll(s.pub.Key, "-", "") + ".example"
}
