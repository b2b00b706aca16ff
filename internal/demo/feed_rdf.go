package demo

import (
	"encoding/xml"
	"fmt"
	"time"
)

// RSS 1.0 (RDF Site Summary): a channel that lists its items in an rdf:Seq,
// items outside the channel, dates in Dublin Core.
type rdfDoc struct {
	XMLName xml.Name   `xml:"rdf:RDF"`
	NSRDF   string     `xml:"xmlns:rdf,attr"`
	NS      string     `xml:"xmlns,attr"`
	NSDC    string     `xml:"xmlns:dc,attr"`
	Channel rdfChannel `xml:"channel"`
	Items   []rdfItem  `xml:"item"`
}

type rdfChannel struct {
	About       string    `xml:"rdf:about,attr"`
	Title       string    `xml:"title"`
	Link        string    `xml:"link"`
	Description string    `xml:"description"`
	Language    string    `xml:"dc:language"`
	Rights      string    `xml:"dc:rights"`
	Date        string    `xml:"dc:date"`
	Items       []rdfLink `xml:"items>rdf:Seq>rdf:li"`
}

type rdfLink struct {
	Resource string `xml:"rdf:resource,attr"`
}

type rdfItem struct {
	About       string   `xml:"rdf:about,attr"`
	Title       string   `xml:"title"`
	Link        string   `xml:"link"`
	Description string   `xml:"description"`
	Creator     string   `xml:"dc:creator"`
	Date        string   `xml:"dc:date"`
	Subjects    []string `xml:"dc:subject"`
}

func (s *publisherSite) rdfFeed() ([]byte, error) {
	doc := rdfDoc{
		NSRDF: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
		NS:    "http://purl.org/rss/1.0/",
		NSDC:  "http://purl.org/dc/elements/1.1/",
		Channel: rdfChannel{
			About: s.abs(s.layout.feedPath), Title: s.layout.feedTitle, Link: s.base + "/",
			Description: s.layout.feedSubtitle, Language: s.pub.Lang, Rights: s.copyright(),
			Date: s.modified.UTC().Format(time.RFC3339),
		},
	}
	for _, a := range s.articles {
		link := s.feedLink(a)
		doc.Channel.Items = append(doc.Channel.Items, rdfLink{Resource: link})
		doc.Items = append(doc.Items, rdfItem{
			About: link, Title: a.Title, Link: link, Description: a.Dek,
			Creator: a.Author, Date: a.Published.UTC().Format(time.RFC3339), Subjects: a.Tags,
		})
	}
	body, err := xml.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("marshal rdf feed %s: %w", s.pub.Key, err)
	}
	return append([]byte(xml.Header), body...), nil
}
