package web

import (
	"net/http"
	"strconv"
	"time"

	"herald/internal/model"
)

type storyJSON struct {
	ID             int64     `json:"id"`
	Headline       string    `json:"headline"`
	Link           string    `json:"link"`
	FirstArticleID int64     `json:"first_article_id"`
	FirstSeenAt    time.Time `json:"first_seen_at"`
	UpdatedAt      time.Time `json:"updated_at"`
	ArticleCount   int       `json:"article_count"`
	SourceCount    int       `json:"source_count"`
	Summary        []string  `json:"summary"`
	// KeyPoints is Summary with the article each sentence comes from.
	KeyPoints []model.KeyPoint `json:"key_points"`
}

func toStoryJSON(st model.Story) storyJSON {
	out := storyJSON{ID: st.ID, Headline: st.Headline, Link: storyPath(st.ID), FirstArticleID: st.FirstArticleID,
		FirstSeenAt: st.FirstSeenAt, UpdatedAt: st.UpdatedAt, ArticleCount: st.ArticleCount,
		SourceCount: st.SourceCount, Summary: make([]string, len(st.Summary)), KeyPoints: orEmpty(st.Summary)}
	for i, p := range st.Summary {
		out.Summary[i] = p.Text
	}
	return out
}

func toStoriesJSON(sts []model.Story) []storyJSON {
	out := make([]storyJSON, 0, len(sts))
	for _, st := range sts {
		out = append(out, toStoryJSON(st))
	}
	return out
}

const maxOffset = 10000

// apiStories is GET /api/v1/stories: stories of the last window_hours
// (default 72), ranked by coverage breadth and freshness.
func (s *Server) apiStories(w http.ResponseWriter, r *http.Request) {
	limit, err := intParam(r, "limit", 20, 1, 100)
	if err == nil {
		var off, hours int
		if off, err = offsetCursorParam(r); err == nil {
			if hours, err = intParam(r, "window_hours", int(s.opts.TopStoriesWindow/time.Hour), 1, 24*90); err == nil {
				now := s.now()
				var sts []model.Story
				if sts, err = s.store.TopStories(r.Context(), now.Add(-time.Duration(hours)*time.Hour), now, off+limit+1); err == nil {
					s.serveJSON(w, r, pageOfStories(sts, off, limit), time.Time{})
					return
				}
			}
		}
	}
	s.apiFail(w, r, err)
}

func pageOfStories(sts []model.Story, off, limit int) map[string]any {
	out := map[string]any{}
	if off < len(sts) {
		sts = sts[off:]
	} else {
		sts = nil
	}
	if len(sts) > limit {
		sts = sts[:limit]
		out["next_cursor"] = strconv.Itoa(off + limit)
	}
	out["stories"] = toStoriesJSON(sts)
	return out
}

// apiStory is GET /api/v1/stories/{id}: the story and all its articles,
// oldest first, with which are wire copies.
func (s *Server) apiStory(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	st, err := s.store.Story(r.Context(), id)
	if err != nil {
		if !s.redirectMerged(w, r, id, err) {
			s.apiFail(w, r, err)
		}
		return
	}
	arts, err := s.store.StoryArticles(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	type coverage struct {
		articleJSON
		DuplicateOf int64 `json:"duplicate_of,omitempty"`
	}
	copyOf, err := s.copyMarks(r.Context(), id)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	also, err := s.store.AlsoCovering(r.Context(), id, alsoLimit)
	if err == nil {
		err = s.fillLanguages(r.Context(), arts, also)
	}
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	list := make([]coverage, 0, len(arts))
	for _, a := range arts {
		list = append(list, coverage{articleJSON: toArticleJSON(a), DuplicateOf: copyOf[a.ID]})
	}
	tags, err := s.store.StoryTags(r.Context(), id, 12)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	ents, err := s.store.StoryEntities(r.Context(), id, 15)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	ents = acrossScripts(ents)
	alsoList := make([]articleJSON, 0, len(also))
	for _, a := range also {
		alsoList = append(alsoList, toArticleJSON(a))
	}
	s.serveJSON(w, r, map[string]any{"story": toStoryJSON(*st), "articles": list, "also_covering": alsoList,
		"tags": nonNilList(tags), "entities": nonNilList(ents)}, time.Time{}) // ETag only, as the story page
}

// apiStoryRelated is GET /api/v1/stories/{id}/related.
func (s *Server) apiStoryRelated(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	limit, err := intParam(r, "limit", 6, 1, 50)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	if _, err := s.store.Story(r.Context(), id); err != nil {
		if !s.redirectMerged(w, r, id, err) {
			s.apiFail(w, r, err)
		}
		return
	}
	sts, err := s.store.RelatedStories(r.Context(), id, limit)
	if err != nil {
		s.apiFail(w, r, err)
		return
	}
	s.serveJSON(w, r, map[string]any{"stories": toStoriesJSON(sts)}, time.Time{})
}

func nonNilList[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
