package pipeline

import (
	"context"
	"errors"
	"math/bits"
	"strconv"

	"herald/internal/cluster"
	"herald/internal/enrich"
	"herald/internal/model"
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
		id, err := strconv.ParseInt(m.ID, 10, 64)
		if err != nil {
			continue
		}
		e, err := sp.store.Enrichment(ctx, id)
		if errors.Is(err, model.ErrNotFound) {
			continue
		}
		if err != nil {
			return err
		}
		reports = append(reports, enrich.Report{ID: id, Source: m.Source, Language: e.Language,
			Published: m.Published, Title: m.Title, KeyPoints: e.Summary})
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
