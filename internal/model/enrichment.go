package model

// Enrichment is what the understanding stage found in an article.
type Enrichment struct {
	ArticleID  int64
	Language   string
	Keyphrases []string // ranked, best first
	Tags       []Tag    // hashtags, ranked
	Entities   []Entity
	Quotes     []Quote
	Summary    []string // key points: sentences of the article, in its order
	// SummarySource says who wrote the key points: "llm" (the configured
	// model), "extractive" (the offline method), or "" for key points
	// stored before it was kept.
	SummarySource string
	// SummaryOf identifies the text the key points were made from (a
	// hash of title and text); "" when stored before it was kept.
	SummaryOf string

	// TermKeys are the article's candidate terms, counted once per article
	// into the corpus document frequencies that keyphrase scoring uses;
	// they are not stored with the article.
	TermKeys []string
}

// Tag is a hashtag. Slug is its stable key ("zalmay-khalilzad"), Name how
// it reads ("#ZalmayKhalilzad"). Count is filled by listings.
type Tag struct {
	Slug  string `json:"slug"`
	Name  string `json:"name"`
	Count int    `json:"count,omitempty"`
}

// Entity is a person, organization or place named in an article. Key links
// the same entity across articles.
type Entity struct {
	Key      string   `json:"key"`
	Name     string   `json:"name"`
	Type     string   `json:"type"` // person, organization, place
	Aliases  []string `json:"aliases,omitempty"`
	Mentions int      `json:"mentions"`
	// Evidence is how far the article's own reading of the type outweighs
	// the next type (see enrich.Entity); kept with the article's link, not
	// shown.
	Evidence int `json:"-"`
	// JoinedFrom is the one-word key the article read ("person:marsk")
	// when the pipeline joined it to the full name other articles give
	// ("person:ilse-marsk"); empty when the article names it so itself.
	// Kept with the link, not shown.
	JoinedFrom string `json:"-"`
}

// Quote is a direct quotation and who said it ("" when unknown).
type Quote struct {
	Text    string `json:"text"`
	Speaker string `json:"speaker,omitempty"`
}
