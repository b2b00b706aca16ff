package cluster

import (
	"slices"
	"time"
)

// Move says that Article left story From for story Into: it joined From
// before the story it belongs to had formed (feeds arrive in any order),
// and fits Into clearly better now. From keeps its other articles.
type Move struct {
	Article    string
	From, Into StoryID
}

// joiner is a recent article that joined an existing story, to be checked
// on the settling schedule (see unsettled).
type joiner struct {
	id               string
	at, due, checked uint64
}

// noteJoin queues an article that joined a story for re-homing.
func (c *Clusterer) noteJoin(id string) {
	if c.cfg.SettleEvery <= 0 || c.cfg.RehomeRatio <= 0 {
		return
	}
	c.joiners = append(c.joiners, joiner{id: id, at: c.seq, due: c.seq + uint64(c.cfg.SettleEvery)})
}

// rehome checks the recent joiners that are due: an article that joined a
// story because its own event had no story yet moves to the story that
// formed since when it scores at least RehomeRatio times better there than
// against the rest of its story. An article with wire copies stays, so
// the family stays together (its copies make it fit its story anyway).
// Each is checked at 1, 4 and 16 times SettleEvery placements after it
// joined (within SettleSpan), and at a pause when not checked lately, as
// lone articles are (see settle); sparser than those, because nearly every
// article joins a story.
func (c *Clusterer) rehome(pausing bool) []Move {
	var out []Move
	var unmoved []*story // stories a checked joiner stayed in
	keep := c.joiners[:0]
	for _, j := range c.joiners {
		sid, ok := c.articles[j.id]
		rec := c.recentByID[j.id]
		if !ok || rec == nil || c.seq-j.at > uint64(c.cfg.SettleSpan) {
			continue
		}
		s := c.stories[sid]
		if s == nil || s.dead || s.count < 2 || s.count > c.cfg.RehomeMaxArticles || hasCopies(s, j.id) {
			continue // alone again (settling looks after it), in a story too large to judge, or copied
		}
		lately := j.checked > 0 && c.seq-j.checked < uint64(c.cfg.SettleEvery)
		if c.seq < j.due && (!pausing || lately) {
			keep = append(keep, j)
			continue
		}
		for j.due <= c.seq {
			j.due = j.at + 4*(j.due-j.at)
		}
		j.checked = c.seq
		into, own := c.betterStory(s, rec, j.at)
		if into != nil {
			out = append(out, c.move(s, into, j.id)...)
			continue // moved once only: no article goes back and forth
		}
		if pausing && c.cfg.Split && own < c.cfg.RehomeBelow && s.count >= 4 && !slices.Contains(unmoved, s) {
			unmoved = append(unmoved, s) // it may have brought its own event's reports in
		}
		keep = append(keep, j)
	}
	clear(c.joiners[len(keep):])
	c.joiners = keep
	if len(unmoved) > 0 {
		joining := make(map[string]bool, len(c.joiners))
		for _, j := range c.joiners {
			joining[j.id] = true
		}
		for _, s := range unmoved {
			out = append(out, c.splitWeak(s, joining)...)
		}
	}
	return out
}

// betterStory returns the story formed after the article joined s (at)
// that the article fits clearly better than the rest of s, or nil, and
// the article's score against the rest of s. Only
// stories formed since are looked at: the article chose s over the others
// when it arrived, and this keeps the look-up cheap.
func (c *Clusterer) betterStory(s *story, rec *recentArticle, at uint64) (*story, float64) {
	own := c.scoreMember(s, rec.vec, rec.lang, rec.published)
	if own.score >= c.cfg.RehomeBelow {
		return nil, own.score // it fits its story well: not worth a look-up
	}
	formedSince := func(x *story) bool { return x != s && x.formed > at }
	for _, r := range c.candidatesWhere(rec.vec.heaviestFirst(), rec.lang, rec.published, formedSince) {
		if r.s.count < 2 || r.score < c.threshold(r) || r.score < c.cfg.RehomeRatio*own.score {
			return nil, own.score // the best other story does not do clearly better
		}
		return r.s, own.score
	}
	return nil, own.score
}

// hasCopies tells whether story s holds wire copies of article id.
func hasCopies(s *story, id string) bool {
	return slices.ContainsFunc(s.members, func(m member) bool { return m.duplicateOf == id })
}

// move takes the article out of from and into into.
func (c *Clusterer) move(from, into *story, id string) []Move {
	i := slices.IndexFunc(from.members, func(m member) bool { return m.id == id })
	rec := c.recentByID[id]
	if i < 0 || rec == nil || from.count < 2 {
		return nil
	}
	m := from.members[i]
	c.detach(from, m, rec.vec)
	c.join(into, m.article(), rec.vec.heaviestFirst())
	if from.count == 1 {
		c.note(from.id) // its last article may yet find its own story
	}
	return []Move{{Article: id, From: from.id, Into: into.id}}
}

// detach takes member m (vector vec, sorted by term) out of story s.
func (c *Clusterer) detach(s *story, m member, vec docVec) {
	var dropped []termID
	for ch := range s.profile {
		dropped = append(dropped, s.profile[ch].subtract(vec[ch])...)
	}
	c.unindex(s, s.profile.unheld(dropped))
	s.members = slices.DeleteFunc(s.members, func(x member) bool { return x.id == m.id })
	s.count--
	s.addDensity(m.article(), -1)
	if m.language != "" && s.languages[m.language] > 0 {
		s.languages[m.language]--
		if s.languages[m.language] == 0 {
			delete(s.languages, m.language)
		}
	}
	s.first, s.last = time.Time{}, time.Time{}
	for _, x := range s.members {
		s.touch(x.published)
	}
	delete(c.articles, m.id)
}
