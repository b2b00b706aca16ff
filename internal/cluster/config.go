// Package cluster groups articles into stories online: each new article joins
// the story it is most similar to, or starts a new one. Similarity combines
// title and body term weights (TF-IDF with running document frequencies),
// entities and keyphrases supplied by the caller, and time proximity.
//
// Candidate stories come from an inverted index over recent stories only, so
// placing an article costs about the same whatever the size of the archive.
//
// Arrival order is not publication order (feeds are polled in any order), so
// a placement also looks back: stories that one article shows to be one
// event merge, a story that grows takes back the lone articles that came
// before its first reports, and an article that covers two stories is
// listed under the one it did not join (Placement.Also). When the stream
// pauses (Settle), a story that drew in the reports of a second event
// behind one misplaced article gives them a story of their own.
// The package holds no I/O: values in, values out. A caller that persists
// story assignments rebuilds the state with Restore.
package cluster

import "time"

// Config tunes the clusterer. Start from DefaultConfig; the zero value is not
// useful.
type Config struct {
	// Field weights before normalisation. Title words weigh more than body
	// words because a headline names the event; entities and keyphrases come
	// from the understanding stage and are the most specific signal.
	TitleWeight     float64
	BodyWeight      float64
	EntityWeight    float64
	KeyphraseWeight float64
	// TitleLeadWeight is added to the weight of a headline's first word,
	// which most often names its subject: "Budget puts Harbour Bridge
	// 'first in line'" is about the budget before the bridge.
	TitleLeadWeight float64
	// BodyOffset is subtracted from the body cosine before averaging:
	// bodies of unrelated articles share more words (background, names of
	// the place) than their headlines do, so a body cosine of 0.25 is
	// weaker evidence than a title cosine of 0.25. With the offset one
	// Threshold serves headline-only and full-text articles alike.
	BodyOffset float64
	// NameWeight weighs the script-neutral name and number keys, which
	// are the only evidence used when an article's language is one the
	// story has no article in; NameOffset is that channel's background
	// (names of the country and capital are everywhere).
	NameWeight float64
	NameOffset float64
	// DayPenalty is the share of its score an article loses against a
	// story (and a story against another, for a merge) when both name days
	// in their first LedeWords words ("on Tuesday", "24 novembre") and
	// none in common: reports of one event name its day, reports of
	// another event in the same week, with the same people and places,
	// name another. A penalty, not a bonus: every story of a day shares
	// its day. Only articles of a known language (not bare headlines).
	DayPenalty float64
	LedeWords  int
	// BodyTokens caps how much body text counts: the lede names the event,
	// the tail drifts into background shared with other stories.
	BodyTokens int

	// Threshold is the least similarity (after time decay) for an article to
	// join an existing story rather than start a new one.
	Threshold float64
	// CrossThreshold replaces Threshold for a story with no article in the
	// article's language, compared on entities, names and numbers only: an
	// article in another script shares few keys with the story even when
	// it reports the same event (most of its skeleton keys are ordinary
	// words with no counterpart), so the same evidence scores lower. It
	// applies to stories of at least CrossMinArticles articles: the names
	// one article mentions are too few to tell its event from others set
	// in the same country, so a smaller story takes UntitledThreshold
	// (headlines in two languages cannot agree).
	CrossThreshold   float64
	CrossMinArticles int
	// UntitledThreshold replaces Threshold when the article is compared on
	// words but its headline shares less than TitleGate (cosine) with the
	// story's headlines: bodies and entities that agree without the
	// headlines are often another event in the same place, with the same
	// people. A headline-only article scores nothing without a shared
	// title word, so for headline streams this changes nothing.
	UntitledThreshold float64
	TitleGate         float64
	// MergeThreshold: when an article scores at least this against a second
	// story as well, and the two stories' centroids are at least
	// MergeCentroid similar, the stories are one event and merge.
	MergeThreshold float64
	MergeCentroid  float64
	// AdoptBridge: a story of two or more articles that takes a new member
	// re-offers itself to the lone articles (one-article stories) the
	// newcomer scores at least this against; each joins when it clears its
	// usual bar against the story as it stood before the newcomer. An
	// article that arrives before its event's first reports (feeds are
	// polled in any order) finds nothing to join and would otherwise stay
	// alone for good. The newcomer must resemble it because a lone article
	// that fits a story none of whose new members resembles is more often
	// another event in the same place. Zero turns adoption off.
	AdoptBridge float64
	// AlsoRatio: an article also covers another story (Placement.Also)
	// when it clears that story's bar with at least this fraction of the
	// score of the story it joins. Zero turns this off.
	AlsoRatio float64
	// SettleEvery: every this many placements, the lone articles of recent
	// stories are offered again to the stories formed since (see
	// Clusterer.Settle); each is checked at 1, 2, 4... times this many
	// placements after it started its story, until SettleSpan placements.
	// Zero turns settling off.
	SettleEvery int
	SettleSpan  int
	// RehomeRatio: on the same schedule, an article that joined a story
	// of at most RehomeMaxArticles articles moves to a story of two or
	// more formed since when it scores at least this many times better
	// there than against the rest of its own. Zero turns this off. A
	// larger story is left alone: its broad centroid scores each member
	// lower than any tight new story does, so the ratio says nothing
	// there (uncapped, News-T lost 0.04 F1 as its large stories
	// crumbled).
	RehomeRatio       float64
	RehomeMaxArticles int
	// RehomeBelow: only an article scoring less than this against the
	// rest of its story is looked at, which saves most of the cost (each
	// look-up costs as much as a placement). No article that moved on the
	// demo corpus or the synthetic stream scored more than 0.32.
	RehomeBelow float64
	// Split: when the stream pauses, a story that drew in another event's
	// reports behind one misplaced article gives them a story of their own
	// (see splitWeak).
	Split bool
	// RecentArticles is how many of the latest articles are remembered so
	// that a story formed after them can still find them as further
	// coverage.
	RecentArticles int

	// Time decay: similarity halves when the gap between an article and a
	// story's last update reaches PaceFactor times the story's mean gap
	// between articles, bounded by MinHalfLife and HalfLife.
	HalfLife    time.Duration
	MinHalfLife time.Duration
	PaceFactor  float64
	// StaleArticles: however long the gap, a story is judged no staler
	// than the number of articles published between its last update and
	// the article divided by this, so that a quiet stream does not age
	// stories by the clock alone. Counted by publication time, over the
	// latest StaleArticles*32 articles placed.
	StaleArticles int
	// QuietFloor bounds that allowance: a story is judged at least this
	// fraction as stale as the clock alone says.
	QuietFloor float64
	// Window: a story not updated for this long leaves the index and memory.
	// Zero keeps stories until MaxActive pushes them out.
	Window time.Duration
	// UndatedInterval: an article without a date is taken to arrive this
	// long after the latest article, so that in an undated stream (the
	// GoogleNews sets, `herald cluster` input without published_at)
	// arrival order is the clock for decay and eviction.
	UndatedInterval time.Duration
	// MaxActive bounds the number of stories kept, evicting the least
	// recently updated first, so memory stays bounded even without dates.
	MaxActive int

	// QueryTerms is how many of an article's heaviest terms look up
	// candidate stories; IndexTerms how many of them index the story.
	QueryTerms int
	IndexTerms int
	// MaxCandidates is how many candidate stories, ranked by the query
	// weight they share, get the full similarity.
	MaxCandidates int
	// MaxPosting caps one term's posting list; the stories that used the term
	// least recently drop out first.
	MaxPosting int
	// MaxMembers caps the articles a live story keeps in memory (the first
	// and the most recent); the store holds them all.
	MaxMembers int
	// CentroidTerms caps the terms kept per story centroid.
	CentroidTerms int
	// MaxTerms bounds the vocabulary: past it, the rarest terms no live
	// story holds are forgotten. Zero keeps every term.
	MaxTerms int

	// Tokenize splits text in language lang (ISO 639-1, "" unknown) into
	// normalised terms; nil means Tokenize.
	Tokenize func(lang, s string) []string
}

// DefaultConfig is the setting used by the pipeline, by `herald cluster` and
// by the benchmarks on the UCI and GoogleNews data sets.
func DefaultConfig() Config {
	return Config{
		TitleWeight:       1.0,
		BodyWeight:        0.5,
		EntityWeight:      1.0,
		KeyphraseWeight:   0.7,
		TitleLeadWeight:   0.5,
		DayPenalty:        0.5,
		LedeWords:         60,
		BodyTokens:        250,
		BodyOffset:        0.15,
		NameWeight:        1,
		NameOffset:        0,
		Threshold:         0.11,
		CrossThreshold:    0.08,
		CrossMinArticles:  2,
		UntitledThreshold: 0.15,
		TitleGate:         0.01,
		MergeThreshold:    0.08,
		MergeCentroid:     0.18,
		AdoptBridge:       0.1,
		AlsoRatio:         0.7,
		RecentArticles:    2000,
		SettleEvery:       32,
		SettleSpan:        1024,
		RehomeRatio:       1.3,
		RehomeMaxArticles: 12,
		RehomeBelow:       0.3,
		Split:             true,
		HalfLife:          48 * time.Hour,
		MinHalfLife:       30 * time.Minute,
		PaceFactor:        8,
		StaleArticles:     30,
		QuietFloor:        0.5,
		Window:            5 * 24 * time.Hour,
		MaxActive:         20000,
		UndatedInterval:   5 * time.Minute,
		QueryTerms:        12,
		IndexTerms:        20,
		MaxPosting:        400,
		MaxCandidates:     40,
		CentroidTerms:     200,
		MaxTerms:          200000,
		MaxMembers:        1000,
	}
}

func (c Config) tokenize(lang, s string) []string {
	if c.Tokenize != nil {
		return c.Tokenize(lang, s)
	}
	return Tokenize(lang, s)
}
