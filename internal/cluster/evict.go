package cluster

import (
	"cmp"
	"slices"
)

// evict drops stories that have not been updated within Config.Window of the
// stream clock, then the least recently updated ones while more than
// Config.MaxActive remain. Their articles leave memory with them: the store
// keeps the assignments, and Restore brings a story back if needed.
func (c *Clusterer) evict() {
	if c.cfg.Window > 0 && !c.now.IsZero() {
		cutoff := c.now.Add(-c.cfg.Window)
		for _, s := range c.stories {
			if !s.last.IsZero() && s.last.Before(cutoff) {
				c.drop(s)
			}
		}
	}
	if max := c.cfg.MaxActive; max > 0 && len(c.stories) > max {
		all := make([]*story, 0, len(c.stories))
		for _, s := range c.stories {
			all = append(all, s)
		}
		slices.SortFunc(all, func(a, b *story) int {
			if cmp := a.last.Compare(b.last); cmp != 0 {
				return cmp
			}
			return cmp.Compare(a.id, b.id)
		})
		// Down to nine tenths, so the sort is not repeated at every
		// addition once the cap is reached.
		for _, s := range all[:len(all)-max*9/10] {
			c.drop(s)
		}
	}
	c.sweeps++
	if c.sweeps%16 == 0 {
		// Terms nobody queries any more still hold dead entries; a full
		// compaction now and then keeps the index proportional to the
		// live stories.
		c.index.sweep()
	}
	c.pruneVocabulary()
}

func (c *Clusterer) drop(s *story) {
	for _, m := range s.members {
		if c.articles[m.id] == s.id {
			delete(c.articles, m.id)
		}
	}
	delete(c.stories, s.id)
	s.dead = true
}

// Stats describes the live state, for monitoring and the scale benchmark.
type Stats struct {
	Stories  int // live stories in the index
	Articles int // articles of live stories
	Terms    int // vocabulary size: about Config.MaxTerms at most, or what live stories hold
	Postings int // entries in the inverted index
}

// Stats reports the size of the live state.
func (c *Clusterer) Stats() Stats {
	c.mu.Lock()
	defer c.mu.Unlock()
	return Stats{
		Stories:  len(c.stories),
		Articles: len(c.articles),
		Terms:    c.vocab.size(),
		Postings: c.index.size(),
	}
}
