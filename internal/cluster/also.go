package cluster

import (
	"slices"
	"time"
)

// recentArticle is what further coverage needs of a placed article.
type recentArticle struct {
	id        string
	vec       docVec // sorted by term
	lang      string
	published time.Time
	linked    []StoryID // stories it is already listed under
}

// alsoLookBack is how many of a story's latest members are checked as
// further coverage of another story: the articles that bridge two events
// arrive while both are news.
const alsoLookBack = 8

// alsoBridge is how much the newcomer must resemble another story for that
// story's latest members to be checked: enough to share the subject (the
// budget's first reports score about 0.06 against the bridge story), and
// few enough stories that the check stays cheap.
const alsoBridge = 0.05

// remember keeps a's vector among the recent articles, forgetting the
// oldest past Config.RecentArticles;
// linked lists the stories it is already listed under (its own
// placement's Also links). It takes vec over.
func (c *Clusterer) remember(a Article, vec docVec, linked []AlsoLink) {
	n := c.cfg.RecentArticles
	if n <= 0 || c.cfg.AlsoRatio <= 0 {
		return
	}
	// The caller is done with vec: it is sorted in place rather than
	// copied, which matters at start-up, when every restored article
	// passes through here.
	for _, ch := range vec {
		sortByTerm(ch)
	}
	r := &recentArticle{id: a.ID, vec: vec, lang: a.Language, published: a.Published}
	for _, l := range linked {
		if l.Article == a.ID {
			r.linked = append(r.linked, l.Story)
		}
	}
	if len(c.recent) < n {
		c.recent = append(c.recent, r)
	} else {
		// An article placed again (its story was evicted) may sit in the
		// ring twice; only the entry the index points at is forgotten.
		if old := c.recent[c.recentNext]; c.recentByID[old.id] == old {
			delete(c.recentByID, old.id)
		}
		c.recent[c.recentNext] = r
		c.recentNext = (c.recentNext + 1) % n
	}
	c.recentByID[a.ID] = r
}

// alsoCovers lists the stories, other than the one the article joined,
// whose bar it clears with a score close to its best: an article on the
// budget's fund for a closed bridge belongs with the bridge and with the
// budget alike, and the budget's readers should find it too.
func (c *Clusterer) alsoCovers(id string, joined *story, ranked []candidate, best float64) []AlsoLink {
	if c.cfg.AlsoRatio <= 0 {
		return nil
	}
	var out []AlsoLink
	for _, r := range ranked {
		if r.score < c.cfg.AlsoRatio*best {
			break // ranked best first
		}
		if r.s != joined && !r.s.dead && r.score >= c.threshold(r) {
			out = append(out, AlsoLink{Article: id, Story: r.s.id})
		}
	}
	return out
}

// earlierCoverage is alsoCovers the other way round: the recent articles
// of other stories the newcomer resembles (at least alsoBridge)
// that cover story s too, judged as if they arrived now against s before
// the newcomer joins (as adoption is). The article on the budget's fund for
// the bridge may arrive before the budget's first reports; it joins the
// bridge, and only the budget story, once formed, can find it.
func (c *Clusterer) earlierCoverage(s *story, ranked []candidate) []*recentArticle {
	if c.cfg.AlsoRatio <= 0 || len(c.recentByID) == 0 {
		return nil
	}
	var out []*recentArticle
	for _, r := range ranked {
		other := r.s
		if other == s || other.dead || r.score < alsoBridge {
			continue
		}
		for i := len(other.members) - 1; i >= max(0, len(other.members)-alsoLookBack); i-- {
			m := c.recentByID[other.members[i].id]
			if m == nil || slices.Contains(m.linked, s.id) {
				continue
			}
			here := c.score(s, m.vec, m.lang, m.published)
			if here.score < c.threshold(here) {
				continue
			}
			if own := c.scoreMember(other, m.vec, m.lang, m.published); here.score >= c.cfg.AlsoRatio*own.score {
				out = append(out, m)
			}
		}
	}
	return out
}
