// Package model holds Herald's domain types. They carry no behaviour that
// needs a database or the network, so every stage can share them.
package model

import "time"

// Source is one publisher feed. A feed URL is stored once, however many
// people or categories follow it, so it is fetched once.
type Source struct {
	ID      int64
	FeedURL string
	SiteURL string
	Title   string
	Enabled bool

	// Conditional GET validators from the last successful fetch.
	ETag         string
	LastModified string

	LastCheckedAt time.Time // zero until the first check
	NextCheckAt   time.Time
	ErrorCount    int
	LastError     string
	CreatedAt     time.Time
}

// FetchResult is what one poll of a source reports back to the store.
type FetchResult struct {
	CheckedAt    time.Time
	NextCheckAt  time.Time
	ETag         string
	LastModified string
	Err          error // nil on success (including 304 Not Modified)
	Title        string
	SiteURL      string
}
