package web

import (
	"net/http"
	"strconv"
	"time"

	"herald/internal/model"
)

type homeView struct {
	page
	Stories []storyLead
	Latest  []card
	Tags    []model.Tag
	Next    string
	Older   bool // a later page: no top stories
}

const homePerPage = 30

// home shows the top stories, ranked by how many publishers cover them and
// how fresh they are, then the latest articles; ?before=ID pages back.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	before, ok := s.beforeParam(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	v := &homeView{page: s.newPage(w, r, s.opts.SiteName+": top stories and the latest news"), Older: before > 0}
	v.Nav = "home"
	v.Description = "Top stories ranked by how widely they are covered, and the latest articles from every followed publisher."
	v.Feeds = s.feedLinks("/feed", s.opts.SiteName+": latest")
	arts, err := s.store.LatestArticles(ctx, homePerPage, int64(before))
	if err != nil {
		s.pageFail(w, r, "Page", err)
		return
	}
	if before == 0 {
		now := s.now()
		stories, err := s.store.TopStories(ctx, now.Add(-s.opts.TopStoriesWindow), now, 9) // fills the 3-column grid
		if err != nil {
			s.logger.Warn("top stories", "error", err)
		}
		v.Stories = s.leadsOf(ctx, stories)
		if len(v.Stories) > 0 && v.Stories[0].Lead.Image == "" && len(v.Stories[0].Summary) > 1 {
			// The lead card spans two rows; without a picture its key
			// points fill them (the first restates the standfirst).
			v.Stories[0].Points = v.Stories[0].Summary[1:min(4, len(v.Stories[0].Summary))]
		}
		v.Tags = s.trendingTags(ctx)
	} else {
		v.Title = "Older articles · " + s.opts.SiteName
		v.Canonical = s.absURL(r, "/?before="+strconv.Itoa(before))
	}
	v.Latest = toCards(arts, 220)
	if len(arts) == homePerPage {
		v.Next = "/?before=" + strconv.FormatInt(arts[len(arts)-1].ID, 10)
	}
	// ETag only: the top stories and tags change (stories grow and merge,
	// ranks age) without the latest article's date moving.
	s.render(w, r, "home.html", v, time.Time{})
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.store.LatestArticles(r.Context(), 1, 0); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "store unreachable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
