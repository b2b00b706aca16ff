package pipeline

import (
	"context"
	"errors"
	"math/bits"
	"strconv"

	"herald/internal/cluster"
	"herald/internal/enrich"
	"herald/internal/model"
	"herald/internal/store"
)

// summaryReports is how many of a story's articles its summary reads: the
// earliest and the latest, half each, so a large story costs no more than
// a small one.
const summaryReports = 12

// summaryEvery: a story of more articles than this is summed up again
// only when its size reaches a power of two; by then its summary changes
// little with each article.
const summaryEvery = 16

// summarize sets the story's key points from its articles' own
// (enrich.SummarizeStory): the facts most publishers report, opening with
// a lede, each credited to its article. Wire copies are left out, and so
// are articles whose understanding stage has not run.
func (sp *StoryPlacer) summarize(ctx context.Context, s cluster.Story) error {
	if s.Size > summaryEvery && bits.OnesCount(uint(s.Size)) != 1 {
		return nil
	}
	var members []cluster.Member
	for _, m := range s.Members {
		if m.DuplicateOf == "" {
			members = append(members, m)
		}
	}
	if len(members) > summaryReports {
		members = append(members[:summaryReports/2], members[len(members)-summaryReports/2:]...)
	}
	reports := make([]enrich.Report, 0, len(members))
	for _, m := range members {
		r, err := sp.reports.get(ctx, sp.store, m)
		if err != nil {
			return err
		}
		if r != nil {
			reports = append(reports, *r)
		}
	}
	n := 3
	if len(reports) > 1 {
		n = 4
	}
	points := enrich.SummarizeStory(reports, n)
	if len(points) == 0 {
		return nil
	}
	summary := make([]model.KeyPoint, len(points))
	for i, p := range points {
		summary[i] = model.KeyPoint{Text: p.Text, ArticleID: p.ArticleID}
	}
	err := sp.store.SetStorySummary(ctx, int64(s.ID), summary)
	if errors.Is(err, model.ErrNotFound) {
		return nil // gone from the store meanwhile, as in refresh
	}
	return err
}

// reportCacheSize bounds the reports kept between summaries: enough for
// the members of the stories a busy hour updates.
const reportCacheSize = 4096

// reportCache keeps the articles' key points and standfirsts, prepared for
// summing up
// (enrich.Report.Prepare), so that summing up a story again when an article
// joins it reads and stems only that article. The oldest entries go first.
type reportCache struct {
	byID  map[int64]*enrich.Report
	order []int64 // ring of the ids in byID, oldest at next
	next  int
}

// get returns the member's report, read from the store when not cached,
// or nil when the member has no key points yet (or is gone).
func (c *reportCache) get(ctx context.Context, st store.Store, m cluster.Member) (*enrich.Report, error) {
	id, err := strconv.ParseInt(m.ID, 10, 64)
	if err != nil {
		return nil, nil
	}
	if r, ok := c.byID[id]; ok {
		return r, nil
	}
	e, err := st.Enrichment(ctx, id)
	if errors.Is(err, model.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	doc, err := Document(ctx, st, id)
	if err != nil && !errors.Is(err, model.ErrNotFound) {
		return nil, err
	}
	r := &enrich.Report{ID: id, Source: m.Source, Language: e.Language, Published: m.Published, Title: m.Title,
		KeyPoints: e.Summary, Standfirst: enrich.Standfirst(doc)}
	r.Prepare()
	if c.byID == nil {
		c.byID = make(map[int64]*enrich.Report, reportCacheSize)
		c.order = make([]int64, 0, reportCacheSize)
	}
	if len(c.order) < reportCacheSize {
		c.order = append(c.order, id)
	} else {
		delete(c.byID, c.order[c.next])
		c.order[c.next] = id
		c.next = (c.next + 1) % reportCacheSize
	}
	c.byID[id] = r
	return r, nil
}

// forget drops an article's report: it is being processed again, and its
// key points may have changed.
func (c *reportCache) forget(id int64) {
	// Its slot in order stays; when that slot's turn comes it drops the
	// id again, read back since, a little early: a cache miss, no more.
	delete(c.byID, id)
}
