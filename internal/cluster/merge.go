package cluster

// merge moves from into into. The caller reports from as merged.
func (c *Clusterer) merge(into, from *story) {
	c.unindex(into, into.profile.addProfile(&from.profile, c.cfg.CentroidTerms))
	into.members = append(into.members, from.members...)
	into.count += from.count
	into.densitySum += from.densitySum
	into.densityN += from.densityN
	switch { // formed as early as either part had two articles
	case into.formed == 0 && from.formed == 0:
		into.formed = c.seq
	case into.formed == 0:
		into.formed = from.formed
	case from.formed != 0:
		into.formed = min(into.formed, from.formed)
	}
	for l, n := range from.languages {
		if into.languages == nil {
			into.languages = make(map[string]int)
		}
		into.languages[l] += n
	}
	into.touch(from.first)
	into.touch(from.last)
	for _, m := range from.members {
		c.articles[m.id] = into.id
	}
	delete(c.stories, from.id)
	from.dead = true
	for t := range from.indexed {
		if into.profile.holds(t) {
			c.index.add(t, into)
		}
	}
}

// adoptable finds the lone articles that story s, about to take a new
// member, should take as well. An article that arrived before a story's
// first reports found nothing to join, and nothing would ever bring it
// back, though it would have joined had it come later. So each lone article
// the newcomer resembles (at least Config.AdoptBridge) is scored as if it
// arrived now, and joins when it clears its usual bar. It is scored against
// the story before the newcomer joins, as merges are: an article that
// covers two events would otherwise lend the story the words that make the
// other event's lone report fit.
func (c *Clusterer) adoptable(s *story, ranked []candidate) []*story {
	if s.count < 2 || c.cfg.AdoptBridge <= 0 {
		return nil
	}
	var out []*story
	for _, r := range ranked {
		lone := r.s
		if lone == s || lone.count != 1 || r.score < c.cfg.AdoptBridge {
			continue
		}
		// A one-article story's centroid is that article's vector (pruning
		// could cut it, but BodyTokens keeps an article below the size that
		// triggers it).
		var v docVec
		for ch := range lone.profile {
			v[ch] = lone.profile[ch].view()
		}
		m := lone.members[0]
		if cand := c.score(s, v, m.language, m.published); cand.score >= c.threshold(cand) {
			out = append(out, lone)
		}
	}
	return out
}
