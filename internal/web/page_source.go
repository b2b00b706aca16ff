package web

import (
	"net/http"
	"strconv"
	"time"

	"herald/internal/model"
)

type sourceView struct {
	page
	Source   model.Source
	Name     string
	Health   health
	Articles []card
	Next     string
}

// health is a source's feed health in words a reader understands.
type health struct {
	State string // "ok", "failing", "disabled", "new"
	Label string
}

func healthOf(src model.Source) health {
	switch {
	case !src.Enabled:
		return health{"disabled", "Paused: Herald is not checking this feed"}
	case src.LastCheckedAt.IsZero():
		return health{"new", "Not checked yet"}
	case src.ErrorCount == 1:
		return health{"failing", "Failing: the last check went wrong"}
	case src.ErrorCount > 1:
		return health{"failing", "Failing: the last " + plural(src.ErrorCount, "check") + " went wrong"}
	default:
		return health{"ok", "Healthy"}
	}
}

// sourcePage shows a publisher's feed health and its articles.
func (s *Server) sourcePage(w http.ResponseWriter, r *http.Request) {
	id, ok := pathID(r, "id")
	if !ok {
		s.errorPage(w, r, http.StatusNotFound, "Source not found", "Source addresses look like /sources/12; this one has no valid number.")
		return
	}
	before, ok := s.beforeParam(w, r)
	if !ok {
		return
	}
	ctx := r.Context()
	src, err := s.store.Source(ctx, id)
	if err != nil {
		s.pageFail(w, r, "Source", err)
		return
	}
	arts, err := s.store.SourceArticles(ctx, id, listPerPage, int64(before))
	if err != nil {
		s.pageFail(w, r, "Source", err)
		return
	}
	name := sourceName(src)
	src.FeedURL, src.SiteURL = publicURL(src.FeedURL), publicURL(src.SiteURL)
	v := &sourceView{page: s.newPage(w, r, name+" · "+s.opts.SiteName), Source: *src, Name: name,
		Health: healthOf(*src), Articles: toCards(arts, 220)}
	v.Nav = "sources"
	v.Description = "Articles from " + name + " and the health of its feed."
	path := "/sources/" + strconv.FormatInt(id, 10)
	v.Feeds = s.feedLinks(path+"/feed", s.opts.SiteName+": "+name)
	if before > 0 {
		v.Canonical = s.absURL(r, path+"?before="+strconv.Itoa(before))
	}
	if len(arts) == listPerPage {
		v.Next = path + "?before=" + strconv.FormatInt(arts[len(arts)-1].ID, 10)
	}
	mod := newest(arts)
	if src.LastCheckedAt.After(mod) {
		mod = src.LastCheckedAt
	}
	s.render(w, r, "source.html", v, mod)
}

type sourcesView struct {
	page
	Sources []sourceRow
}

type sourceRow struct {
	model.Source
	Name   string
	Health health
}

// sourcesPage lists every followed publisher with its health.
func (s *Server) sourcesPage(w http.ResponseWriter, r *http.Request) {
	srcs, err := s.store.Sources(r.Context())
	if err != nil {
		s.pageFail(w, r, "Page", err)
		return
	}
	v := &sourcesView{page: s.newPage(w, r, "Sources · "+s.opts.SiteName)}
	v.Nav = "sources"
	v.Description = "Every publisher Herald follows, and how its feed is doing."
	var mod time.Time
	for _, src := range srcs {
		v.Sources = append(v.Sources, sourceRow{Source: src, Name: sourceName(&src), Health: healthOf(src)})
		if src.LastCheckedAt.After(mod) {
			mod = src.LastCheckedAt
		}
	}
	s.render(w, r, "sources.html", v, mod)
}
