package model

import "time"

// Content is an article's full text as extracted from its page, or the
// feed's own content when the page could not be had (Error says why).
type Content struct {
	ArticleID    int64
	Title        string
	Authors      []string
	PublishedAt  time.Time
	ModifiedAt   time.Time
	Language     string
	SiteName     string
	CanonicalURL string
	LeadImage    string
	HTML         string // sanitized body HTML, safe to render as is
	Text         string // plain text, paragraphs separated by a blank line
	Images       []Image
	ExtractedAt  time.Time
	Error        string // why the page's own text is missing, if it is
}

// Image is a body image with its caption and credit kept apart.
type Image struct {
	URL     string `json:"url"`
	Alt     string `json:"alt,omitempty"`
	Caption string `json:"caption,omitempty"`
	Credit  string `json:"credit,omitempty"`
}
