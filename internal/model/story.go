package model

import "time"

// Story gathers every publisher's coverage of one event.
type Story struct {
	ID             int64
	Headline       string
	FirstArticleID int64     // who reported first
	FirstSeenAt    time.Time // when the first article was published
	UpdatedAt      time.Time // the newest article's time
	ArticleCount   int
	SourceCount    int
	Summary        []string
}

// Placement is where the clustering stage put one article.
type Placement struct {
	ArticleID   int64
	StoryID     int64
	DuplicateOf int64 // the first-seen original when this is a wire copy, else 0
}
