package web

import (
	"net/http"
	"strconv"
	"time"
)

type storiesView struct {
	page
	Stories    []storyLead
	Prev, Next string
}

const (
	storiesPerPage = 24
	// storiesDays is how far back the stories page reaches: a month, as
	// the topic index, so that the week's big stories stay findable after
	// they leave the home page's top stories.
	storiesDays = 30
)

// storiesPage lists the stories of the last month, ranked as the home
// page ranks its top stories (breadth of coverage, discounted by age);
// ?page=N pages on.
func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) {
	n, err := intParam(r, "page", 1, 1, maxOffset/storiesPerPage)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "That page number is not valid",
			"The page= parameter must be a whole number from 1. Start again from the first page.")
		return
	}
	off := (n - 1) * storiesPerPage
	now := s.now()
	sts, err := s.store.TopStories(r.Context(), now.Add(-storiesDays*24*time.Hour), now, off+storiesPerPage+1)
	if err != nil {
		s.pageFail(w, r, "Stories", err)
		return
	}
	sts = sts[min(off, len(sts)):]
	if len(sts) == 0 && n > 1 {
		s.errorPage(w, r, http.StatusNotFound, "No stories on that page",
			"There are fewer stories than that in the last "+strconv.Itoa(storiesDays)+" days. Start again from the first page.")
		return
	}
	v := &storiesView{page: s.newPage(w, r, "Stories · "+s.opts.SiteName)}
	v.Nav = "stories"
	v.Description = "The stories of the last " + strconv.Itoa(storiesDays) + " days, ranked by how widely they are covered and how recent they are."
	if len(sts) > storiesPerPage {
		sts = sts[:storiesPerPage]
		v.Next = "/stories?page=" + strconv.Itoa(n+1)
	}
	if n > 1 {
		v.Canonical = s.absURL(r, "/stories?page="+strconv.Itoa(n))
		v.Prev = "/stories"
		if n > 2 {
			v.Prev += "?page=" + strconv.Itoa(n-1)
		}
	}
	v.Stories = s.leadsOf(r.Context(), sts)
	for i := range v.Stories {
		v.Stories[i].Rank = off + i + 1
	}
	// ETag only, as the home page: ranks age without any date moving.
	s.render(w, r, "stories.html", v, time.Time{})
}
