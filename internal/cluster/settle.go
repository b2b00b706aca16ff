package cluster

import "slices"

// Merge says that story From, a lone article's, was absorbed into story
// Into. Article is that lone article: if Into merges on later, the
// article's story (StoryOf) is where From's article belongs.
type Merge struct {
	Into, From StoryID
	Article    string
}

// unsettled is a story that started with a lone article and may yet turn
// out to belong to a story that formed after it.
type unsettled struct {
	id      StoryID
	created uint64 // the clusterer's article count when it started
	due     uint64 // the article count at which it is checked next
	checked uint64 // the article count at its last check; 0 before the first
}

// note queues a new story for settling.
func (c *Clusterer) note(id StoryID) {
	if c.cfg.SettleEvery <= 0 {
		return
	}
	c.lone = append(c.lone, unsettled{id: id, created: c.seq, due: c.seq + uint64(c.cfg.SettleEvery)})
}

// settleDue settles every Config.SettleEvery placements, adding to
// p.Settled, and moves p's further coverage of a story settled away to
// the story that absorbed it.
func (c *Clusterer) settleDue(p *Placement) {
	if c.cfg.SettleEvery <= 0 || c.seq%uint64(c.cfg.SettleEvery) != 0 {
		return
	}
	settled, also := c.settle(false)
	p.Settled = append(p.Settled, settled...) // after the lone articles adopted
	p.Moved = append(p.Moved, c.rehome(false)...)
	p.Also = append(c.followMerges(p.Also, settled), also...)
}

// Settle offers each recent story that still holds a single article to the
// story that article fits best now, as Add does now and then
// (Config.SettleEvery). A caller calls it when the stream pauses, so that
// the last arrivals are settled too: it checks the lone articles that are
// due, those never checked and those not checked in the last SettleEvery
// placements. (Not every lone article each time: a caller that settled
// every few seconds through a trickle of articles would offer each one
// again and again, until some story's bar gave way before its own story
// formed.) It returns the merges and the further coverage they found as a
// Placement of no article: Settled and Also are set, to be recorded as
// Add's are.
func (c *Clusterer) Settle() Placement {
	c.mu.Lock()
	defer c.mu.Unlock()
	var p Placement
	p.Settled, p.Also = c.settle(true)
	p.Moved = c.rehome(true)
	return p
}

// settle checks the lone articles that are due, and when pausing those
// not checked lately as well. Whether an article fits a story
// depends on the order articles arrived in: one that came before its
// event's first reports, or a side piece (the farmers' view of a new rail
// line) that only the story's full coverage resembles, found nothing to
// join. Adoption (Config.AdoptBridge) brings back those a newcomer
// resembles; this brings back the rest, judged against every live story
// as if the article arrived now, and it joins the best one whose bar it
// clears. Checks thin out with age (at 1, 2, 4... times SettleEvery
// articles), and stop after SettleSpan, so the cost per article stays
// bounded.
func (c *Clusterer) settle(pausing bool) ([]Merge, []AlsoLink) {
	var out []Merge
	var also []AlsoLink
	keep := c.lone[:0]
	for _, u := range c.lone {
		s := c.stories[u.id]
		if s == nil || s.dead || s.count != 1 || c.seq-u.created > uint64(c.cfg.SettleSpan) {
			continue // joined, merged, evicted or too old to be another story's
		}
		lately := u.checked > 0 && c.seq-u.checked < uint64(c.cfg.SettleEvery)
		if c.seq < u.due && (!pausing || lately) {
			keep = append(keep, u)
			continue
		}
		for u.due <= c.seq { // an article restored at start-up may be many rounds behind
			u.due = u.created + 2*(u.due-u.created)
		}
		u.checked = c.seq
		if into, links := c.fit(s); into != nil {
			// The story keeps its id even when the lone article's is
			// older: its page is the one readers know.
			c.merge(into, s)
			out = append(out, Merge{Into: into.id, From: s.id, Article: s.members[0].id})
			also = append(also, links...)
			continue
		}
		keep = append(keep, u)
	}
	clear(c.lone[len(keep):])
	c.lone = keep
	// A link found early in the round may name a lone story settled later
	// in it.
	return out, c.followMerges(also, out)
}

// followMerges points links at the stories that absorbed the ones they
// name, dropping repeats and those that now name the article's own story.
func (c *Clusterer) followMerges(links []AlsoLink, merges []Merge) []AlsoLink {
	if len(merges) == 0 {
		return links
	}
	moved := make(map[StoryID]StoryID, len(merges))
	for _, m := range merges {
		moved[m.From] = m.Into
	}
	out := links[:0]
	for _, l := range links {
		for to, ok := moved[l.Story]; ok; to, ok = moved[l.Story] {
			l.Story = to
		}
		if c.articles[l.Article] != l.Story && !slices.Contains(out, l) {
			out = append(out, l)
		}
	}
	return out
}

// fit returns the story the lone story's article would join if it arrived
// now, and the other stories it would also cover (Config.AlsoRatio), or
// nil.
func (c *Clusterer) fit(lone *story) (*story, []AlsoLink) {
	// A one-article story's centroid is that article's vector (see
	// adoptable); candidates looks stories up by its heaviest terms.
	var views docVec
	for ch := range lone.profile {
		views[ch] = lone.profile[ch].view()
	}
	v := views.heaviestFirst()
	m := lone.members[0]
	ranked := c.candidates(v, m.language, m.published)
	for _, r := range ranked {
		if r.s == lone || r.score < c.threshold(r) {
			continue
		}
		var links []AlsoLink
		// As in Add: the lone article may show that recent articles of
		// other stories cover the story it joins.
		for _, e := range c.earlierCoverage(r.s, ranked) {
			if e.id != m.id && c.articles[e.id] != r.s.id {
				e.linked = append(e.linked, r.s.id)
				links = append(links, AlsoLink{Article: e.id, Story: r.s.id})
			}
		}
		for _, l := range c.alsoCovers(m.id, r.s, ranked, r.score) {
			if l.Story == lone.id {
				continue // the story it leaves
			}
			if rec := c.recentByID[m.id]; rec != nil {
				if slices.Contains(rec.linked, l.Story) {
					continue
				}
				rec.linked = append(rec.linked, l.Story)
			}
			links = append(links, l)
		}
		return r.s, links
	}
	return nil, nil
}
