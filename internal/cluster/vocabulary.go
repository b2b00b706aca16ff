package cluster

import (
	"cmp"
	"slices"
)

// pruneVocabulary bounds the vocabulary near Config.MaxTerms. Once it
// grows past that, the terms no live story holds are forgotten, the rarest
// first, until a quarter of the room is free again, so the work is done
// once per many new terms. A forgotten term that comes back starts again
// as a new one: for a word seen a handful of times, long ago, that is
// nearly the IDF it had. The terms live stories hold are bounded by
// MaxActive (or Window) and CentroidTerms, so with either set memory
// stays bounded however long the stream runs.
func (c *Clusterer) pruneVocabulary() {
	limit := c.cfg.MaxTerms
	if limit <= 0 || c.vocab.size() <= max(limit, c.pruneAt) {
		return
	}
	// When live stories alone hold more than the limit, wait for another
	// quarter's growth before looking again, so that the scan stays rare.
	defer func() { c.pruneAt = c.vocab.size() + limit/4 }()
	held := make(map[termID]bool)
	for _, s := range c.stories {
		for ch := range s.profile {
			for t := range s.profile[ch].w {
				held[t] = true
			}
		}
		// A story is indexed only under terms its centroid holds (see
		// unindex); counting them as well keeps a freed id from ever
		// being listed for a live story.
		for t := range s.indexed {
			held[t] = true
		}
	}
	// The recent articles' vectors (further coverage) keep their terms too.
	for _, r := range c.recent {
		for _, vec := range r.vec {
			for _, e := range vec {
				held[e.t] = true
			}
		}
	}
	var loose []termID
	for _, id := range c.vocab.ids {
		if !held[id] {
			loose = append(loose, id)
		}
	}
	slices.SortFunc(loose, func(a, b termID) int {
		if x, y := c.vocab.df[a], c.vocab.df[b]; x != y {
			return cmp.Compare(x, y)
		}
		return cmp.Compare(a, b)
	})
	excess := c.vocab.size() - limit*3/4
	loose = loose[:min(max(excess, 0), len(loose))]
	for _, t := range loose {
		// Only dead stories can still be listed under a term no live
		// story holds.
		delete(c.index.lists, t)
	}
	c.vocab.forget(loose)
}
