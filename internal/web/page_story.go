package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"slices"
	"sort"
	"time"

	"herald/internal/model"
)

type storyView struct {
	page
	Story    model.Story
	Headline string
	Count    string
	First    *card
	Timeline []timelineEntry
	Groups   []publisherGroup
	Related  []storyLead
	// Also is coverage filed with other stories that reports on this one
	// too.
	Also      []card
	Summary   []keyPoint
	Published time.Time
	// Tags and EntityGroups gather what the story's articles are about.
	Tags         []model.Tag
	EntityGroups []entityGroup
}

// keyPoint is one sentence of the story summary, credited to the article
// it comes from when that article is in the story.
type keyPoint struct {
	Text   string
	Source *card
}

type timelineEntry struct {
	card
	First bool
	Copy  bool // a wire copy of an earlier article
}

type publisherGroup struct {
	SourceID   int64
	SourceName string
	Articles   []card
}

// alsoLimit bounds the further coverage a story page lists.
const alsoLimit = 10

// storyPage shows one story: its summary, who reported first, a timeline
// and all coverage grouped by publisher.
func (s *Server) storyPage(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.errorPage(w, r, http.StatusNotFound, "Story not found", "Story addresses look like /stories/123; this one has no valid number.")
		return
	}
	ctx := r.Context()
	st, err := s.store.Story(ctx, id)
	if err != nil {
		if !s.redirectMerged(w, r, id, err) {
			s.pageFail(w, r, "Story", err)
		}
		return
	}
	arts, err := s.store.StoryArticles(ctx, id)
	if err != nil {
		s.pageFail(w, r, "Story", err)
		return
	}
	v := &storyView{page: s.newPage(w, r, st.Headline), Story: *st, Headline: st.Headline,
		Count: coverageCount(st.ArticleCount, st.SourceCount)}
	if v.Headline == "" && len(arts) > 0 {
		v.Headline = arts[0].Title
		v.Title = v.Headline
	}
	if v.Tags, err = s.store.StoryTags(ctx, id, 12); err != nil {
		s.pageFail(w, r, "Story", err)
		return
	}
	ents, err := s.store.StoryEntities(ctx, id, 15)
	if err != nil {
		s.pageFail(w, r, "Story", err)
		return
	}
	v.EntityGroups = groupEntities(acrossScripts(ents))
	v.Canonical = s.absURL(r, storyPath(id))
	if len(st.Summary) > 0 {
		v.Description = truncate(st.Summary[0].Text, 200)
	}
	copyOf, err := s.copyMarks(ctx, id)
	if err != nil {
		s.pageFail(w, r, "Story", err)
		return
	}
	byID := map[int64]int{}
	for _, a := range arts {
		e := timelineEntry{card: toCard(a, 200), First: a.ID == st.FirstArticleID, Copy: copyOf[a.ID] > 0}
		if e.First {
			c := e.card
			v.First = &c
			if v.OGImage == "" {
				v.OGImage = a.ImageURL
			}
		}
		v.Timeline = append(v.Timeline, e)
		i, ok := byID[a.SourceID]
		if !ok {
			i = len(v.Groups)
			byID[a.SourceID] = i
			v.Groups = append(v.Groups, publisherGroup{SourceID: a.SourceID, SourceName: a.SourceName})
		}
		v.Groups[i].Articles = append(v.Groups[i].Articles, e.card)
	}
	sort.SliceStable(v.Timeline, func(i, j int) bool { return v.Timeline[i].Published.Before(v.Timeline[j].Published) })
	v.Summary = creditKeyPoints(st.Summary, v.Timeline)
	if v.First == nil && len(v.Timeline) > 0 {
		c := v.Timeline[0].card
		v.First = &c
	}
	also, err := s.store.AlsoCovering(ctx, id, alsoLimit)
	if err != nil {
		s.pageFail(w, r, "Story", err)
		return
	}
	v.Also = toCards(also, 0) // titles only
	related, err := s.store.RelatedStories(ctx, id, 6)
	if err != nil && !errors.Is(err, model.ErrNotFound) {
		s.logger.Warn("related stories", "story_id", id, "error", err)
	}
	v.Related = s.leadsOf(ctx, related)
	// No Last-Modified: the page changes without any date of the story's
	// moving (an older article settled into it, further coverage, related
	// stories), so only the ETag can tell a client it is unchanged.
	s.render(w, r, "story.html", v, time.Time{})
}

// copyMarks maps each article of a story that is a copy to its original.
func (s *Server) copyMarks(ctx context.Context, storyID int64) (map[int64]int64, error) {
	places, err := s.store.StoryPlacements(ctx, storyID)
	if err != nil {
		return nil, fmt.Errorf("placements of story %d: %w", storyID, err)
	}
	out := make(map[int64]int64, len(places))
	for _, p := range places {
		if p.DuplicateOf > 0 {
			out[p.ArticleID] = p.DuplicateOf
		}
	}
	return out, nil
}

// creditKeyPoints pairs each key point with the card of its article, when
// that article is still in the story and the points come from more than
// one article (one article's points need no credit line each).
func creditKeyPoints(points []model.KeyPoint, timeline []timelineEntry) []keyPoint {
	out := make([]keyPoint, len(points))
	single := !slices.ContainsFunc(points, func(p model.KeyPoint) bool { return p.ArticleID != points[0].ArticleID })
	for i, p := range points {
		out[i].Text = p.Text
		if single {
			continue
		}
		for j := range timeline {
			if p.ArticleID != 0 && timeline[j].ID == p.ArticleID {
				out[i].Source = &timeline[j].card
				break
			}
		}
	}
	return out
}
