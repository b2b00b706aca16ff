package demo

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// RSS 2.0 as publishers write it, with the dc:, atom: and media:
// extensions. encoding/xml writes prefixed names literally, and the
// namespaces are declared on the root element.
type rssDoc struct {
	XMLName xml.Name   `xml:"rss"`
	Version string     `xml:"version,attr"`
	NSAtom  string     `xml:"xmlns:atom,attr"`
	NSDC    string     `xml:"xmlns:dc,attr"`
	NSMedia string     `xml:"xmlns:media,attr,omitempty"`
	Channel rssChannel `xml:"channel"`
}

type rssChannel struct {
	Title         string    `xml:"title"`
	Link          string    `xml:"link"`
	Description   string    `xml:"description"`
	Self          atomSelf  `xml:"atom:link"`
	Language      string    `xml:"language"`
	Copyright     string    `xml:"copyright"`
	LastBuildDate string    `xml:"lastBuildDate"`
	Generator     string    `xml:"generator,omitempty"`
	TTL           int       `xml:"ttl,omitempty"`
	Image         rssImage  `xml:"image"`
	Items         []rssItem `xml:"item"`
}

type atomSelf struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr"`
	Type string `xml:"type,attr"`
}

type rssImage struct {
	URL   string `xml:"url"`
	Title string `xml:"title"`
	Link  string `xml:"link"`
}

type rssItem struct {
	Title       string         `xml:"title"`
	Link        string         `xml:"link"`
	GUID        rssGUID        `xml:"guid"`
	PubDate     string         `xml:"pubDate"`
	Creator     string         `xml:"dc:creator,omitempty"`
	Author      string         `xml:"author,omitempty"`
	Description string         `xml:"description"`
	Categories  []string       `xml:"category"`
	Enclosure   *rssEnclosure  `xml:"enclosure"`
	Media       []mediaContent `xml:"media:content"`
	Thumbnail   *mediaThumb    `xml:"media:thumbnail"`
}

type rssGUID struct {
	IsPermaLink bool   `xml:"isPermaLink,attr"`
	Value       string `xml:",chardata"`
}

type rssEnclosure struct {
	URL    string `xml:"url,attr"`
	Type   string `xml:"type,attr"`
	Length int    `xml:"length,attr"`
}

type mediaContent struct {
	URL         string `xml:"url,attr"`
	Type        string `xml:"type,attr"`
	Medium      string `xml:"medium,attr"`
	Width       int    `xml:"width,attr"`
	Height      int    `xml:"height,attr"`
	Description string `xml:"media:description,omitempty"`
	Credit      string `xml:"media:credit,omitempty"`
}

type mediaThumb struct {
	URL    string `xml:"url,attr"`
	Width  int    `xml:"width,attr"`
	Height int    `xml:"height,attr"`
}

// rssFeed renders the rss2, rss2-media and rss2-windows-1252 formats (the
// last still in UTF-8; toWindows1252 converts it).
func (s *publisherSite) rssFeed() ([]byte, error) {
	dateLayout := "Mon, 02 Jan 2006 15:04:05 -0700"
	if s.pub.Feed == "rss2-windows-1252" {
		dateLayout = http.TimeFormat // the older "GMT" spelling
	}
	ch := rssChannel{
		Title: s.layout.feedTitle, Link: s.base + "/", Description: s.layout.feedSubtitle,
		Self:     atomSelf{Href: s.abs(s.layout.feedPath), Rel: "self", Type: "application/rss+xml"},
		Language: s.pub.Lang, Copyright: s.copyright(),
		LastBuildDate: s.modified.UTC().Format(dateLayout),
		Generator:     "Herald demo publisher",
		TTL:           s.layout.feedTTL,
		Image:         rssImage{URL: s.base + "/static/logo.svg", Title: s.layout.feedTitle, Link: s.base + "/"},
	}
	for _, a := range s.articles {
		item := rssItem{
			Title: a.Title, Link: s.feedLink(a),
			GUID:        rssGUID{IsPermaLink: s.layout.guidPermaLink, Value: s.opaqueID(a)},
			PubDate:     a.Published.UTC().Format(dateLayout),
			Description: a.Dek, Categories: a.Tags,
		}
		if s.layout.guidPermaLink {
			item.GUID.Value = s.articleURL(a)
		}
		if s.layout.authorEmail != "" {
			item.Author = fmt.Sprintf("%s (%s)", s.layout.authorEmail, a.Author)
		} else {
			item.Creator = a.Author
		}
		s.addRSSMedia(&item, a)
		ch.Items = append(ch.Items, item)
	}
	doc := rssDoc{Version: "2.0", NSAtom: "http://www.w3.org/2005/Atom", NSDC: "http://purl.org/dc/elements/1.1/", Channel: ch}
	if s.pub.Feed == "rss2-media" {
		doc.NSMedia = "http://search.yahoo.com/mrss/"
	}
	body, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal rss feed %s: %w", s.pub.Key, err)
	}
	prolog := `<?xml version="1.0" encoding="UTF-8"?>`
	if s.pub.Feed == "rss2-windows-1252" {
		prolog = `<?xml version="1.0" encoding="windows-1252"?>`
	}
	return append([]byte(prolog+"\n"), body...), nil
}

// addRSSMedia attaches photos: Media RSS for rss2-media, a single
// enclosure for the windows-1252 tabloid feed, nothing for plain RSS.
func (s *publisherSite) addRSSMedia(item *rssItem, a Article) {
	imgs := a.Images()
	if len(imgs) == 0 {
		return
	}
	switch s.pub.Feed {
	case "rss2-media":
		for _, b := range imgs {
			item.Media = append(item.Media, mediaContent{
				URL: s.imageURL(b.Img), Type: "image/svg+xml", Medium: "image", Width: 800, Height: 450,
				Description: b.Caption, Credit: b.Credit,
			})
		}
		item.Thumbnail = &mediaThumb{URL: s.imageURL(imgs[0].Img) + "?w=320", Width: 320, Height: 180}
	case "rss2-windows-1252":
		item.Enclosure = &rssEnclosure{URL: s.imageURL(imgs[0].Img), Type: "image/svg+xml", Length: 0}
	}
}

// toWindows1252 re-encodes a UTF-8 document in windows-1252, the way old
// publishing systems still serve it. Characters the charset lacks become
// numeric character references, which XML allows in text and attributes.
func toWindows1252(utf8Doc []byte) []byte {
	out := make([]byte, 0, len(utf8Doc))
	for len(utf8Doc) > 0 {
		r, size := utf8.DecodeRune(utf8Doc)
		utf8Doc = utf8Doc[size:]
		if b, ok := charmap.Windows1252.EncodeRune(r); ok {
			out = append(out, b)
			continue
		}
		out = fmt.Appendf(out, "&#%d;", r)
	}
	return out
}
