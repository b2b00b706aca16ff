package demo

import (
	"bytes"
	"fmt"
	"html/template"
	"net/http"
	"strings"
)

// knownFeedFormat reports whether the demo can serve a Publisher.Feed value.
func knownFeedFormat(format string) bool {
	switch format {
	case "atom", "rss2", "rdf", "jsonfeed", "rss2-media", "rss2-windows-1252":
		return true
	}
	return false
}

// feedMediaType is the type advertised in <link rel="alternate">.
func feedMediaType(format string) string {
	switch format {
	case "atom":
		return "application/atom+xml"
	case "jsonfeed":
		return "application/feed+json"
	}
	return "application/rss+xml"
}

func (s *publisherSite) serveFeed(w http.ResponseWriter, r *http.Request) {
	body, contentType, err := s.renderFeed()
	if err != nil {
		http.Error(w, "feed error: "+err.Error(), http.StatusInternalServerError)
		return
	}
	serveBody(w, r, contentType, body, s.modified)
}

// renderFeed returns the feed document and its Content-Type.
func (s *publisherSite) renderFeed() ([]byte, string, error) {
	switch s.pub.Feed {
	case "atom":
		body, err := s.atomFeed()
		return body, "application/atom+xml; charset=utf-8", err
	case "rdf":
		body, err := s.rdfFeed()
		return body, "application/rdf+xml; charset=utf-8", err
	case "jsonfeed":
		body, err := s.jsonFeed()
		return body, "application/feed+json; charset=utf-8", err
	case "rss2-windows-1252":
		body, err := s.rssFeed()
		if err != nil {
			return nil, "", err
		}
		return toWindows1252(body), "application/rss+xml; charset=windows-1252", nil
	case "rss2", "rss2-media":
		body, err := s.rssFeed()
		if s.layout.authorEmail != "" {
			// Some CMSs still send feeds as text/xml; parsers must not care.
			return body, "text/xml; charset=utf-8", err
		}
		return body, "application/rss+xml; charset=utf-8", err
	}
	return nil, "", fmt.Errorf("publisher %s: unknown feed format %q", s.pub.Key, s.pub.Feed)
}

// feedLink is the item link as the publisher puts it in its feed: the
// canonical URL, plus tracking parameters for publishers that tag traffic.
func (s *publisherSite) feedLink(a Article) string {
	if s.layout.trackingParams == "" {
		return s.articleURL(a)
	}
	return s.articleURL(a) + "?" + s.layout.trackingParams
}

// opaqueID is the id a CMS gives an article when the guid is not its URL.
func (s *publisherSite) opaqueID(a Article) string {
	return s.pub.Key + "-" + numericID(a.ID, 8)
}

// feedContentTemplate is the article body as full-content feeds carry it:
// clean HTML without the site's boilerplate.
const feedContentTemplate = `{{range .}}` +
	`{{if .P}}<p>{{.P}}</p>{{end}}` +
	`{{if .H}}<h2>{{.H}}</h2>{{end}}` +
	`{{if .Img}}<figure><img src="{{img .Img}}" alt="{{.Alt}}"><figcaption>{{.Caption}} ({{.Credit}})</figcaption></figure>{{end}}` +
	`{{if .Quote}}<blockquote><p>{{.Quote}}</p>{{with .Cite}}<cite>{{.}}</cite>{{end}}</blockquote>{{end}}` +
	`{{with .List}}<ul>{{range .}}<li>{{.}}</li>{{end}}</ul>{{end}}` +
	`{{end}}`

// contentHTML renders an article body for a full-content feed.
func (s *publisherSite) contentHTML(body []Block) (string, error) {
	t, err := template.New("content").Funcs(template.FuncMap{"img": s.imageURL}).Parse(feedContentTemplate)
	if err != nil {
		return "", fmt.Errorf("parse feed content template: %w", err)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, body); err != nil {
		return "", fmt.Errorf("render feed content: %w", err)
	}
	return buf.String(), nil
}

// copyright is the rights line of feeds, in the publisher's language.
func (s *publisherSite) copyright() string {
	switch s.pub.Lang {
	case "fr":
		return fmt.Sprintf("© %s %d – Tous droits réservés", s.pub.Name, s.modified.Year())
	case "ar":
		return fmt.Sprintf("جميع الحقوق محفوظة © %s %d", s.pub.Name, s.modified.Year())
	}
	return fmt.Sprintf("© %d %s. All rights reserved.", s.modified.Year(), strings.TrimPrefix(s.pub.Name, "The "))
}
