package cluster

import (
	"slices"
	"strings"
	"time"
)

// Story is a snapshot of one live story, for the story page and the API.
type Story struct {
	ID StoryID
	// Headline is the member title closest to the story's centroid: the
	// one that best names what the coverage has in common. HeadlineID is
	// that article.
	Headline   string
	HeadlineID string
	// FirstArticle is the earliest member, by publication time; the
	// first reporter is its source.
	FirstArticle   string
	FirstReporter  string
	FirstPublished time.Time
	Updated        time.Time
	// Members is the timeline, oldest first: the first article and the
	// most recent ones, at most Config.MaxMembers; Size counts them all.
	Members []Member
	Size    int
	// Publishers are the distinct sources in order of first coverage.
	Publishers []string
	// Entities and Keyphrases aggregate the members', most frequent first.
	Entities   []string
	Keyphrases []string
	// Terms are the heaviest centroid terms (keys of entities and
	// keyphrases excluded), a cheap label for debugging and hashtags.
	Terms []string
}

// Member is one article of a story.
type Member struct {
	ID          string
	Title       string
	Source      string
	Published   time.Time
	DuplicateOf string
}

// StoryOf returns the story an article was placed in, while that story is
// live.
func (c *Clusterer) StoryOf(articleID string) (StoryID, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	id, ok := c.articles[articleID]
	return id, ok
}

// Story returns a snapshot of a live story.
func (c *Clusterer) Story(id StoryID) (Story, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stories[id]
	if s == nil {
		return Story{}, false
	}
	return c.snapshot(s), true
}

func (c *Clusterer) snapshot(s *story) Story {
	out := Story{ID: s.id, Updated: s.last, Size: s.count}
	members := slices.Clone(s.members)
	slices.SortStableFunc(members, func(a, b member) int { return a.published.Compare(b.published) })
	seen := make(map[string]bool)
	entities := make(map[string]int)
	keyphrases := make(map[string]int)
	bestScore := -1.0
	for _, m := range members {
		out.Members = append(out.Members, Member{
			ID: m.id, Title: m.title, Source: m.source, Published: m.published, DuplicateOf: m.duplicateOf,
		})
		if m.source != "" && !seen[m.source] {
			seen[m.source] = true
			out.Publishers = append(out.Publishers, m.source)
		}
		for _, e := range m.entities {
			entities[e]++
		}
		for _, k := range m.keyphrases {
			keyphrases[k]++
		}
		// Copies repeat their original's headline; the original stands
		// for them.
		if m.duplicateOf != "" {
			continue
		}
		if score := c.titleScore(s, m.language, m.title); score > bestScore {
			bestScore = score
			out.Headline, out.HeadlineID = m.title, m.id
		}
	}
	if len(members) > 0 {
		first := members[0]
		out.FirstArticle, out.FirstReporter, out.FirstPublished = first.id, first.source, first.published
		if out.Headline == "" {
			out.Headline, out.HeadlineID = first.title, first.id
		}
	}
	out.Entities = byCount(entities)
	out.Keyphrases = byCount(keyphrases)
	for _, e := range s.profile[chTitle].top(40) {
		if term := c.vocab.terms[e.t]; !strings.HasPrefix(term, "\x00") {
			out.Terms = append(out.Terms, term)
		}
		if len(out.Terms) == 10 {
			break
		}
	}
	return out
}

// titleScore is the cosine of a title alone with the story centroid, using
// the current IDF but without counting the title as a new document.
func (c *Clusterer) titleScore(s *story, lang, title string) float64 {
	terms := c.cfg.tokenize(lang, title)
	counts := make(map[string]float64, len(terms))
	for _, t := range terms {
		if _, ok := c.vocab.ids[t]; ok {
			counts[t] = 1
		}
	}
	return s.profile[chTitle].cosine(c.vocab.channelVector(counts))
}

func byCount(counts map[string]int) []string {
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int {
		if counts[a] != counts[b] {
			return counts[b] - counts[a]
		}
		return strings.Compare(a, b)
	})
	return keys
}
