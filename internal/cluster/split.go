package cluster

import (
	"cmp"
	"slices"
)

// splitWeak takes out of story s, into a new story, the articles of a
// second event that came in behind one of their own: a report on a
// battery, filed from the province whose language law is the story,
// joins it by mistake, and the battery's other reports follow it there.
// Re-homing moves one article to a story formed since; here the better
// story is the one these articles form together, which no single move
// creates.
//
// It starts from a joiner that fits s poorly (below RehomeBelow; the two
// worst are tried, each only when another member resembles it clearly
// better than s does) and gathers the members that score, against the
// gathered ones, at least Threshold and RehomeRatio times their score
// against the rest. The split holds when two or more are gathered, two or
// more stay, every stayer still fits the rest better, the parts'
// headlines share little (splitTitleGate) and their centroids are too far
// apart to merge (MergeCentroid). Only a story whose members all have
// their vectors at hand (recent, at most RehomeMaxArticles) is judged.
// It runs only when the stream pauses (Settle, Config.Split): at every
// settling round it made each placement 1.5 to 2.8 times slower
// (BENCHMARKS.md). It returns the moves.
func (c *Clusterer) splitWeak(s *story, joiners map[string]bool) []Move {
	if s == nil || s.dead || s.count < 4 || s.count > c.cfg.RehomeMaxArticles || len(s.members) != s.count {
		return nil
	}
	recs := make([]*recentArticle, len(s.members))
	for i, m := range s.members {
		if recs[i] = c.recentByID[m.id]; recs[i] == nil || m.duplicateOf != "" || hasCopies(s, m.id) {
			return nil // copies go with their family, and old members cannot be scored
		}
	}
	// Seeds: the joiners that fit s poorly, worst first.
	type seed struct {
		i   int
		own float64
	}
	var seeds []seed
	for i, m := range s.members {
		if i == 0 || !joiners[m.id] { // the first report founded s: its part keeps the story
			continue
		}
		if own := c.scoreMember(s, recs[i].vec, recs[i].lang, recs[i].published).score; own < c.cfg.RehomeBelow {
			seeds = append(seeds, seed{i, own})
		}
	}
	slices.SortFunc(seeds, func(a, b seed) int { return cmp.Compare(a.own, b.own) })
	var out []bool // gathered into the new story
	for _, sd := range seeds[:min(len(seeds), maxSplitSeeds)] {
		if !c.hasSibling(s, recs, sd.i, sd.own) {
			continue // alone in its event: re-homing's case, not a split
		}
		out = c.gather(s, recs, sd.i)
		if c.splitHolds(s, recs, out) {
			break
		}
		out = nil
	}
	if out == nil {
		return nil
	}
	var leaving []string
	for i, m := range s.members {
		if out[i] {
			leaving = append(leaving, m.id)
		}
	}
	into := c.create(c.nextID)
	var moves []Move
	for _, id := range leaving {
		moves = append(moves, c.move(s, into, id)...)
	}
	return moves
}

// gather marks the members of s that fit the part grown from member seed
// clearly better than the rest (see splitWeak); never the first.
func (c *Clusterer) gather(s *story, recs []*recentArticle, seed int) []bool {
	out := make([]bool, len(s.members))
	out[seed] = true
	for pass := 0; pass < 3; pass++ {
		changed := false
		for i := 1; i < len(s.members); i++ {
			if out[i] {
				continue
			}
			gathered, rest := c.partScores(s, recs, out, i)
			if gathered >= c.cfg.Threshold && gathered >= c.cfg.RehomeRatio*rest {
				out[i], changed = true, true
			}
		}
		if !changed {
			break
		}
	}
	return out
}

// splitHolds checks a proposed split of s (out marks the members that
// leave): both parts hold two or more, each member fits its own part
// clearly (a leaver RehomeRatio times better than the rest, a stayer at
// least as well), and the parts are not one event by their headlines or
// their centroids.
func (c *Clusterer) splitHolds(s *story, recs []*recentArticle, out []bool) bool {
	n := 0
	for _, o := range out {
		if o {
			n++
		}
	}
	if n < 2 || len(out)-n < 2 {
		return false
	}
	for i := range s.members {
		gathered, rest := c.partScores(s, recs, out, i)
		if out[i] && (gathered < c.cfg.Threshold || gathered < c.cfg.RehomeRatio*rest) || !out[i] && rest < gathered {
			return false
		}
	}
	a, b := c.partStory(s, recs, out, true, -1), c.partStory(s, recs, out, false, -1)
	// Headlines of one event share words even when its reports take
	// different angles ("Fannie, Freddie shares sink" and "senators agree
	// on Fannie-Freddie overhaul"); two events' headlines share (almost)
	// none.
	if a.profile[chTitle].cosineCentroid(&b.profile[chTitle]) >= splitTitleGate {
		return false
	}
	return a.profile.similarityProfile(&b.profile, c.storyWeights(a, b), c.offsets) < c.cfg.MergeCentroid
}

// partScores scores member i against the gathered members and against the
// rest of s, itself left out of both.
func (c *Clusterer) partScores(s *story, recs []*recentArticle, out []bool, i int) (gathered, rest float64) {
	r := recs[i]
	g := c.partStory(s, recs, out, true, i)
	o := c.partStory(s, recs, out, false, i)
	if g.count > 0 {
		gathered = c.score(g, r.vec, r.lang, r.published).score
	}
	if o.count > 0 {
		rest = c.score(o, r.vec, r.lang, r.published).score
	}
	return gathered, rest
}

// partStory builds a scratch story of the members of s on one side of the
// split (out[i] == side), leaving out member skip.
func (c *Clusterer) partStory(s *story, recs []*recentArticle, out []bool, side bool, skip int) *story {
	t := newStory(0)
	for i, m := range s.members {
		if i == skip || out[i] != side {
			continue
		}
		t.addMember(Article{ID: m.id, Language: m.language, Published: m.published}, recs[i].vec.heaviestFirst(),
			c.cfg.CentroidTerms, c.cfg.MaxMembers)
	}
	return t
}

// hasSibling tells whether another member (not the first) resembles
// member i clearly better than i fits s: a cheap test before gathering.
func (c *Clusterer) hasSibling(s *story, recs []*recentArticle, i int, own float64) bool {
	for k := 1; k < len(s.members); k++ {
		if k == i {
			continue
		}
		one := make([]bool, len(s.members))
		one[k] = true
		pair := c.partStory(s, recs, one, true, -1)
		if r := c.score(pair, recs[i].vec, recs[i].lang, recs[i].published); r.score >= c.threshold(r) && r.score >= c.cfg.RehomeRatio*own {
			return true
		}
	}
	return false
}

// maxSplitSeeds bounds the parts tried per story and round: each costs a
// few scratch stories per member.
const maxSplitSeeds = 2

// splitTitleGate is the most the parts' headlines may share (cosine of
// their title centroids). Measured with a pause after every article or
// every third (BENCHMARKS.md): at 0.1 no UCI story splits and every News
// split is right; from 0.15 splits begin to cut single events in two.
const splitTitleGate = 0.1
