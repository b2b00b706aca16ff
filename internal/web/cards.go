package web

import (
	"context"
	"errors"
	"net/http"
	"strconv"
	"time"

	"herald/internal/model"
)

// card is an article in a listing: everything a teaser shows.
type card struct {
	ID         int64
	Title      string
	Path       string // on Herald
	URL        string // the original
	SourceID   int64
	SourceName string
	Authors    []string
	Published  time.Time
	Snippet    string
	Image      string
}

func toCard(a model.Article, snippetLen int) card {
	c := card{ID: a.ID, Title: a.Title, Path: articlePath(a.ID, a.Title), URL: a.URL, SourceID: a.SourceID,
		SourceName: a.SourceName, Authors: a.Authors, Published: articleTime(a), Image: a.ImageURL}
	if snippetLen > 0 { // 0: a title-only listing
		c.Snippet = plainText(a.Summary, snippetLen)
	}
	return c
}

func toCards(arts []model.Article, snippetLen int) []card {
	out := make([]card, 0, len(arts))
	for _, a := range arts {
		out = append(out, toCard(a, snippetLen))
	}
	return out
}

// articleTime is when an article appeared: its published time, else when
// Herald first saw it.
func articleTime(a model.Article) time.Time {
	if !a.PublishedAt.IsZero() {
		return a.PublishedAt
	}
	return a.CreatedAt
}

// newest is the latest time among articles, for Last-Modified.
func newest(arts []model.Article) time.Time {
	var t time.Time
	for _, a := range arts {
		for _, x := range []time.Time{a.PublishedAt, a.UpdatedAt, a.CreatedAt} {
			if x.After(t) {
				t = x
			}
		}
	}
	return t
}

// pathID reads a positive integer id from the path.
func pathID(r *http.Request, name string) (int64, bool) {
	id, err := strconv.ParseInt(r.PathValue(name), 10, 64)
	return id, err == nil && id > 0
}

// storyLead is a story with the article that opened it, for listings.
type storyLead struct {
	model.Story
	Lead  card
	Path  string
	Count string // "5 reports from 4 publishers"
	Rank  int    // its place in the list, from 1
	// LeadIsFirst says Lead is the story's first report (else the report
	// whose headline the story took).
	LeadIsFirst bool
	// Points are key points shown on the card (the home page's lead
	// story, when it has no picture to fill its space).
	Points []model.KeyPoint
}

func storyPath(id int64) string { return "/stories/" + strconv.FormatInt(id, 10) }

// leadsOf fills each story's lead article; a story whose lead is gone
// is still listed under its headline.
func (s *Server) leadsOf(ctx context.Context, stories []model.Story) []storyLead {
	out := make([]storyLead, 0, len(stories))
	for _, st := range stories {
		l := storyLead{Story: st, Path: storyPath(st.ID), Count: coverageCount(st.ArticleCount, st.SourceCount), Rank: len(out) + 1}
		if st.FirstArticleID > 0 {
			if a, err := s.store.Article(ctx, st.FirstArticleID); err == nil {
				l.Lead, l.LeadIsFirst = toCard(*a, 260), true
				if st.Headline != "" && st.Headline != a.Title {
					// The story took another report's headline: show that
					// report's standfirst under it, not the first's.
					if h := s.headlineArticle(ctx, st); h != nil {
						l.Lead, l.LeadIsFirst = toCard(*h, 260), false
					}
				}
			}
		}
		if l.Headline == "" {
			l.Headline = l.Lead.Title
		}
		out = append(out, l)
	}
	return out
}

// headlineArticle is the story's report whose title is its headline.
func (s *Server) headlineArticle(ctx context.Context, st model.Story) *model.Article {
	a, err := s.store.StoryArticleTitled(ctx, st.ID, st.Headline)
	if err != nil {
		if !errors.Is(err, model.ErrNotFound) {
			s.logger.Warn("story headline article", "story_id", st.ID, "error", err)
		}
		return nil
	}
	return a
}

func coverageCount(articles, sources int) string {
	if sources <= 1 {
		return plural(articles, "report")
	}
	return plural(articles, "report") + " from " + plural(sources, "publisher")
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
