package cluster

import (
	"slices"
	"strings"
	"time"
	"unicode"
)

// Story is a snapshot of one live story, for the story page and the API.
type Story struct {
	ID StoryID
	// Headline is the title of the story's first report, which names the
	// event plainly (later pieces are reactions, analysis and features,
	// whose headlines lead with a detail or a quote), unless it is shouted
	// ("COMMUTER CHAOS: ...") or has drifted from what the coverage has in
	// common: then the next report's (see headlineDrift). HeadlineID is
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
	type candidate struct {
		m     member
		score float64
	}
	var originals []candidate
	bestScore := 0.0
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
		if m.duplicateOf != "" || shouted(m.title) || teases(m.title) {
			continue
		}
		score := c.titleScore(s, m.language, m.title)
		originals = append(originals, candidate{m, score})
		bestScore = max(bestScore, score)
	}
	for _, o := range originals {
		if o.score >= headlineDrift*bestScore {
			out.Headline, out.HeadlineID = o.m.title, o.m.id
			break
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

// headlineDrift: a report's headline can stand for the story while it
// shares at least this fraction of the best member headline's similarity
// to the story's headlines; a first report that scores less has been
// overtaken by how the story developed, or was a lone piece the story
// took in.
const headlineDrift = 0.8

// shouted reports a headline that opens in capitals up to a colon or an
// exclamation mark ("COMMUTER CHAOS: Cracks shut...", "MARINERS MAGIC!
// ..."): a tabloid's cry, not a name for the story. Short capitals are
// acronyms ("NATO: allies agree...").
func shouted(title string) bool {
	end := strings.IndexAny(title, ":!")
	if end < 0 {
		return false
	}
	letters := 0
	for _, r := range title[:end] {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 6
}

// teases reports a headline that holds back what it is about ("...
// survives 5,000 cycles. Here's the catch", "What you need to know",
// one that asks a question): a hook for one paper's readers, not a name
// for the story.
func teases(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	if strings.HasSuffix(t, "?") {
		return true
	}
	for _, hook := range []string{"here's ", "here’s ", "here is why", "here is what", "what you need to know",
		"you won't believe", "you won’t believe", "this is why"} {
		if strings.Contains(t, hook) {
			return true
		}
	}
	return false
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
