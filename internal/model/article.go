package model

import "time"

// Article is one news item, stored once however many feeds carry it.
type Article struct {
	ID          int64
	GUID        string // the feed's identifier for the entry, as published
	URL         string // canonical: tracking parameters removed
	Title       string
	Summary     string // plain text or sanitized HTML from the feed
	ContentHTML string // full content from the feed, if it had one
	Authors     []string
	PublishedAt time.Time // zero when the feed gave no date
	UpdatedAt   time.Time
	ImageURL    string
	Enclosures  []Enclosure
	Language    string

	// Stage is the last pipeline stage this article completed.
	Stage     string
	CreatedAt time.Time

	// Filled by the store when reading, from the sources that carry it.
	SourceID   int64
	SourceName string
}

// Enclosure is a media file attached to an entry (podcast audio, image).
type Enclosure struct {
	URL    string `json:"url"`
	Type   string `json:"type,omitempty"`
	Length int64  `json:"length,omitempty"`
}

// StageFeed is the stage of an article stored from its feed entry, before
// any later stage ran.
const StageFeed = "feed"
