package model

import (
	"encoding/json"
	"time"
)

// Story gathers every publisher's coverage of one event.
type Story struct {
	ID             int64
	Headline       string
	FirstArticleID int64     // who reported first
	FirstSeenAt    time.Time // when the first article was published
	UpdatedAt      time.Time // the newest article's time
	ArticleCount   int
	SourceCount    int
	// Summary is the story's key points, each one of its articles' own
	// key points (a sentence of the article, or the model's summary of it
	// when an LLM writes key points).
	Summary []KeyPoint
}

// KeyPoint is one sentence of a story summary and the article it comes
// from (0 when not known: summaries stored before points were credited).
type KeyPoint struct {
	Text      string `json:"text"`
	ArticleID int64  `json:"article_id,omitempty"`
}

// UnmarshalJSON reads a key point, or a bare string: the form summaries
// were stored in before their sentences were credited.
func (k *KeyPoint) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		*k = KeyPoint{}
		return json.Unmarshal(b, &k.Text)
	}
	type plain KeyPoint // without this method
	return json.Unmarshal(b, (*plain)(k))
}

// Placement is where the clustering stage put one article.
type Placement struct {
	ArticleID   int64
	StoryID     int64
	DuplicateOf int64 // the first-seen original when this is a wire copy, else 0
}
