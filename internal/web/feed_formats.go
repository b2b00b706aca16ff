package web

import (
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"slices"
	"time"

	"herald/internal/model"
)

var errEmptySearch = fmt.Errorf("the search needs words in q=; source, tag, from and to only narrow it: %w", model.ErrInvalid)

func sortNewestFirst(arts []model.Article) {
	slices.SortStableFunc(arts, func(a, b model.Article) int { return articleTime(b).Compare(articleTime(a)) })
}

type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	Atom    string     `xml:"xmlns:atom,attr"`
	DC      string     `xml:"xmlns:dc,attr"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title       string    `xml:"title"`
	Link        string    `xml:"link"`
	Description string    `xml:"description"`
	Self        rssSelf   `xml:"atom:link"`
	LastBuild   string    `xml:"lastBuildDate"`
	Generator   string    `xml:"generator"`
	Items       []rssItem `xml:"item"`
}

type rssSelf struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type rssItem struct {
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	GUID        rssGUID  `xml:"guid"`
	PubDate     string   `xml:"pubDate"`
	Description string   `xml:"description"`
	Creators    []string `xml:"dc:creator"`
	Category    string   `xml:"category,omitempty"`
}

type rssGUID struct {
	Value     string `xml:",chardata"`
	Permalink string `xml:"isPermaLink,attr"`
}

func (f *outFeed) rss() ([]byte, error) {
	doc := rssDoc{Version: "2.0", Atom: "http://www.w3.org/2005/Atom", DC: "http://purl.org/dc/elements/1.1/",
		Channel: rssChannel{Title: f.Title, Link: f.PageURL, Description: f.Description,
			Self:      rssSelf{Href: f.SelfURL, Rel: "self", Type: "application/rss+xml"},
			LastBuild: f.Updated.UTC().Format(time.RFC1123Z), Generator: "Herald"}}
	for _, it := range f.Items {
		doc.Channel.Items = append(doc.Channel.Items, rssItem{Title: it.Title, Link: it.Link,
			GUID: rssGUID{Value: it.ID, Permalink: "true"}, PubDate: it.Published.UTC().Format(time.RFC1123Z),
			Description: it.Summary, Creators: it.Authors, Category: it.Source})
	}
	return marshalXML(doc)
}

type atomDoc struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	Sub     string      `xml:"subtitle,omitempty"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Gen     string      `xml:"generator"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	Title     string       `xml:"title"`
	ID        string       `xml:"id"`
	Updated   string       `xml:"updated"`
	Published string       `xml:"published"`
	Links     []atomLink   `xml:"link"`
	Authors   []atomPerson `xml:"author"`
	Summary   atomText     `xml:"summary"`
	Category  *atomCat     `xml:"category,omitempty"`
}

type atomText struct {
	Type  string `xml:"type,attr"`
	Value string `xml:",chardata"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

func (f *outFeed) atom() ([]byte, error) {
	doc := atomDoc{Title: f.Title, Sub: f.Description, ID: f.SelfURL, Updated: f.Updated.UTC().Format(time.RFC3339),
		Links:  []atomLink{{Href: f.PageURL, Rel: "alternate", Type: "text/html"}, {Href: f.SelfURL, Rel: "self", Type: "application/atom+xml"}},
		Author: atomPerson{Name: "Herald"}, Gen: "Herald"}
	for _, it := range f.Items {
		e := atomEntry{Title: it.Title, ID: it.ID, Updated: it.Updated.UTC().Format(time.RFC3339),
			Published: it.Published.UTC().Format(time.RFC3339),
			Links:     []atomLink{{Href: it.Link, Rel: "alternate", Type: "text/html"}},
			Summary:   atomText{Type: "text", Value: it.Summary}}
		if it.Original != "" {
			e.Links = append(e.Links, atomLink{Href: it.Original, Rel: "related", Type: "text/html"})
		}
		for _, a := range it.Authors {
			e.Authors = append(e.Authors, atomPerson{Name: a})
		}
		if it.Source != "" {
			e.Category = &atomCat{Term: it.Source}
		}
		doc.Entries = append(doc.Entries, e)
	}
	return marshalXML(doc)
}

// marshalXML writes a document with its declaration. encoding/xml
// replaces characters XML cannot carry (control bytes from a publisher)
// with U+FFFD, so the feed stays well-formed.
func marshalXML(v any) ([]byte, error) {
	b, err := xml.MarshalIndent(v, "", " ")
	if err != nil {
		return nil, fmt.Errorf("encode feed: %w", err)
	}
	return append([]byte(xml.Header), append(b, '\n')...), nil
}

type jsonFeedDoc struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Description string         `json:"description,omitempty"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonFeedItem struct {
	ID            string         `json:"id"`
	URL           string         `json:"url"`
	ExternalURL   string         `json:"external_url,omitempty"`
	Title         string         `json:"title"`
	ContentText   string         `json:"content_text"`
	Summary       string         `json:"summary,omitempty"`
	Image         string         `json:"image,omitempty"`
	DatePublished string         `json:"date_published"`
	DateModified  string         `json:"date_modified,omitempty"`
	Authors       []jsonFeedName `json:"authors,omitempty"`
	Tags          []string       `json:"tags,omitempty"`
}

type jsonFeedName struct {
	Name string `json:"name"`
}

func (f *outFeed) jsonFeed() ([]byte, error) {
	doc := jsonFeedDoc{Version: "https://jsonfeed.org/version/1.1", Title: f.Title, HomePageURL: f.PageURL,
		FeedURL: f.SelfURL, Description: f.Description, Items: []jsonFeedItem{}}
	for _, it := range f.Items {
		j := jsonFeedItem{ID: it.ID, URL: it.Link, ExternalURL: it.Original, Title: it.Title, ContentText: it.Summary,
			Summary: truncate(it.Summary, 200), Image: it.Image, DatePublished: it.Published.UTC().Format(time.RFC3339),
			DateModified: it.Updated.UTC().Format(time.RFC3339)}
		for _, a := range it.Authors {
			j.Authors = append(j.Authors, jsonFeedName{Name: a})
		}
		if it.Source != "" {
			j.Tags = []string{it.Source}
		}
		doc.Items = append(doc.Items, j)
	}
	b, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, errors.Join(errors.New("encode JSON feed"), err)
	}
	return b, nil
}
