package web

import (
	"cmp"
	"net/http"
	"slices"
	"strconv"
	"time"

	"herald/internal/model"
)

type storiesView struct {
	page
	Days       []storyDay
	Prev, Next string
}

// storyDay is one day's stories on the stories page.
type storyDay struct {
	Heading string // "Today", "Yesterday", "Monday 23 November"
	Stories []storyLead
}

const (
	storiesPerPage = 24
	// storiesDays is how far back the stories page reaches: a month, as
	// the topic index, so that the week's big stories stay findable after
	// they leave the home page's top stories.
	storiesDays = 30
	// storiesMax bounds the stories read for the page (the store reads no
	// more than a thousand either).
	storiesMax = 1000
)

// storiesPage lists the stories of the last month by the day they were
// last updated, newest day first, and within a day by breadth of
// coverage, as the home page ranks its top stories; ?page=N pages on.
// Ranked over the month as the home page ranks, a one-report story of
// today would outrank yesterday's story that six publishers covered.
func (s *Server) storiesPage(w http.ResponseWriter, r *http.Request) {
	n, err := intParam(r, "page", 1, 1, storiesMax/storiesPerPage+1)
	if err != nil {
		s.errorPage(w, r, http.StatusBadRequest, "That page number is not valid",
			"The page= parameter must be a whole number from 1. Start again from the first page.")
		return
	}
	now := s.now()
	sts, err := s.store.TopStories(r.Context(), now.Add(-storiesDays*24*time.Hour), now, storiesMax)
	if err != nil {
		s.pageFail(w, r, "Stories", err)
		return
	}
	day := func(st model.Story) string { return st.UpdatedAt.UTC().Format(time.DateOnly) }
	slices.SortStableFunc(sts, func(a, b model.Story) int { return cmp.Compare(day(b), day(a)) })
	off := (n - 1) * storiesPerPage
	sts = sts[min(off, len(sts)):]
	if len(sts) == 0 && n > 1 {
		s.errorPage(w, r, http.StatusNotFound, "No stories on that page",
			"There are fewer stories than that in the last "+strconv.Itoa(storiesDays)+" days. Start again from the first page.")
		return
	}
	v := &storiesView{page: s.newPage(w, r, "Stories · "+s.opts.SiteName)}
	v.Nav = "stories"
	v.Description = "The stories of the last " + strconv.Itoa(storiesDays) + " days, by day, the most widely covered first."
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
	for _, l := range s.leadsOf(r.Context(), sts) {
		l.Rank = 0 // a day's order, not a rank over the month
		h := dayHeading(l.UpdatedAt, now)
		if len(v.Days) == 0 || v.Days[len(v.Days)-1].Heading != h {
			v.Days = append(v.Days, storyDay{Heading: h})
		}
		last := &v.Days[len(v.Days)-1]
		last.Stories = append(last.Stories, l)
	}
	// ETag only, as the home page: "Today" changes without any date moving.
	s.render(w, r, "stories.html", v, time.Time{})
}

// dayHeading names t's day (UTC, as the site's dates) as seen at now.
func dayHeading(t, now time.Time) string {
	d, today := t.UTC().Format(time.DateOnly), now.UTC().Format(time.DateOnly)
	switch d {
	case today:
		return "Today"
	case now.UTC().AddDate(0, 0, -1).Format(time.DateOnly):
		return "Yesterday"
	}
	return t.UTC().Format("Monday 2 January")
}
