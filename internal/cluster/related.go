package cluster

import (
	"cmp"
	"math"
	"slices"
)

// RelatedStory is a thematic neighbour of a story.
type RelatedStory struct {
	ID    StoryID
	Score float64
}

// relatedFloor keeps stories that share only a stray common word out of the
// list: an empty list is better than an unrelated one.
const relatedFloor = 0.08

// Related returns up to n live stories that share terms, entities or
// keyphrases with the story, most related first. Recent stories are favoured
// and so are stories from publishers not yet in the list, so the suggestions
// are not one outlet's follow-ups.
func (c *Clusterer) Related(id StoryID, n int) []RelatedStory {
	c.mu.Lock()
	defer c.mu.Unlock()
	s := c.stories[id]
	if s == nil || n <= 0 {
		return nil
	}
	c.stamp++
	s.stamp = c.stamp // never a neighbour of itself
	var cands []*story
	for ch := range s.profile {
		if c.lookup[ch] == 0 {
			continue
		}
		for _, e := range s.profile[ch].top(c.cfg.QueryTerms) {
			cands = c.index.collect(e.t, c.lookup[ch]*float64(e.w), c.stamp, cands)
		}
	}
	// As in placement, only the stories sharing the most weight get the
	// full comparison, so the cost is bounded on a busy day.
	if k := 4 * c.cfg.MaxCandidates; k > 0 && len(cands) > k {
		slices.SortFunc(cands, func(a, b *story) int {
			if a.acc != b.acc {
				return cmp.Compare(b.acc, a.acc)
			}
			return cmp.Compare(a.id, b.id)
		})
		cands = cands[:k]
	}
	type scored struct {
		s          *story
		score      float64
		publishers map[string]bool
	}
	var pool []scored
	for _, o := range cands {
		w := c.cfg.relatedWeights()
		if c.storyWeights(s, o) == c.cross {
			w = c.cfg.relatedCrossWeights()
		}
		score := relatedSimilarity(s, o, w, c.offsets)
		if score < relatedFloor {
			continue
		}
		// Recency against the stream clock, gentler than the placement
		// decay: a week-old story can still be worth reading.
		if !c.now.IsZero() && !o.last.IsZero() && c.cfg.HalfLife > 0 {
			age := c.now.Sub(o.last).Hours() / (4 * c.cfg.HalfLife.Hours())
			score *= math.Exp2(-max(age, 0))
		}
		pubs := make(map[string]bool)
		for _, m := range o.members {
			pubs[m.source] = true
		}
		pool = append(pool, scored{o, score, pubs})
	}
	slices.SortFunc(pool, func(a, b scored) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.s.id, b.s.id)
	})
	// Greedy diversification: a candidate whose publishers are all already
	// shown loses half its score.
	shown := make(map[string]bool)
	var out []RelatedStory
	for len(out) < n && len(pool) > 0 {
		bestI, bestAdj := 0, -1.0
		for i, p := range pool {
			fresh := 0
			for pub := range p.publishers {
				if !shown[pub] {
					fresh++
				}
			}
			adj := p.score
			if len(p.publishers) > 0 {
				adj *= 0.5 + 0.5*float64(fresh)/float64(len(p.publishers))
			}
			if adj > bestAdj {
				bestI, bestAdj = i, adj
			}
		}
		p := pool[bestI]
		out = append(out, RelatedStory{ID: p.s.id, Score: bestAdj})
		for pub := range p.publishers {
			shown[pub] = true
		}
		pool = slices.Delete(pool, bestI, bestI+1)
	}
	return out
}

// relatedSimilarity is profile.similarityProfile with the entity channel
// (chSalient) scaled by both stories' entity density: two stories whose
// few entities are passing mentions share little, however alike those
// mentions are.
func relatedSimilarity(s, o *story, w, offset [nChannels]float64) float64 {
	var sum, weight float64
	for ch := range s.profile {
		p, q := &s.profile[ch], &o.profile[ch]
		if p.norm2 <= 0 || q.norm2 <= 0 || w[ch] == 0 {
			continue
		}
		cos := p.cosineCentroid(q)
		if ch == chSalient {
			cos *= s.entityDensity() * o.entityDensity() // O(1): running sums
		}
		sum += w[ch] * (cos - offset[ch])
		weight += w[ch]
	}
	if weight == 0 {
		return 0
	}
	return sum / weight
}
