package demo

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// JSON Feed 1.1 (https://jsonfeed.org/version/1.1).
type jsonFeedDoc struct {
	Version     string         `json:"version"`
	Title       string         `json:"title"`
	HomePageURL string         `json:"home_page_url"`
	FeedURL     string         `json:"feed_url"`
	Description string         `json:"description,omitempty"`
	Icon        string         `json:"icon,omitempty"`
	Language    string         `json:"language,omitempty"`
	Authors     []jsonAuthor   `json:"authors,omitempty"`
	Items       []jsonFeedItem `json:"items"`
}

type jsonAuthor struct {
	Name string `json:"name"`
	URL  string `json:"url,omitempty"`
}

type jsonFeedItem struct {
	ID            string       `json:"id"`
	URL           string       `json:"url"`
	Title         string       `json:"title"`
	ContentHTML   string       `json:"content_html,omitempty"`
	ContentText   string       `json:"content_text,omitempty"`
	Summary       string       `json:"summary,omitempty"`
	Image         string       `json:"image,omitempty"`
	DatePublished string       `json:"date_published"`
	DateModified  string       `json:"date_modified,omitempty"`
	Authors       []jsonAuthor `json:"authors,omitempty"`
	Tags          []string     `json:"tags,omitempty"`
	Language      string       `json:"language,omitempty"`
}

func (s *publisherSite) jsonFeed() ([]byte, error) {
	doc := jsonFeedDoc{
		Version: "https://jsonfeed.org/version/1.1", Title: s.layout.feedTitle,
		HomePageURL: s.base + "/", FeedURL: s.abs(s.layout.feedPath),
		Description: s.layout.feedSubtitle, Icon: s.base + "/static/logo.svg",
		Language: s.pub.Lang, Authors: []jsonAuthor{{Name: s.pub.Name, URL: s.base + "/"}},
		Items: []jsonFeedItem{},
	}
	for _, a := range s.articles {
		item := jsonFeedItem{
			ID: s.opaqueID(a), URL: s.feedLink(a), Title: a.Title, Summary: a.Dek,
			DatePublished: a.Published.UTC().Format(time.RFC3339),
			Authors:       []jsonAuthor{{Name: a.Author}}, Tags: a.Tags, Language: a.Lang,
		}
		if !a.Updated.IsZero() {
			item.DateModified = a.Updated.UTC().Format(time.RFC3339)
		}
		if imgs := a.Images(); len(imgs) > 0 {
			item.Image = s.imageURL(imgs[0].Img)
		}
		// JSON Feed requires content_html or content_text.
		if s.layout.fullContent {
			content, err := s.contentHTML(a.Body)
			if err != nil {
				return nil, err
			}
			item.ContentHTML = content
		} else {
			item.ContentText = a.Dek
		}
		doc.Items = append(doc.Items, item)
	}
	// Publishers' JSON carries HTML as is, not as \u003c escapes.
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(doc); err != nil {
		return nil, fmt.Errorf("marshal json feed %s: %w", s.pub.Key, err)
	}
	return buf.Bytes(), nil
}
