package web

import (
	"net/http"
	"strconv"

	"herald/internal/model"
)

type homePage struct {
	Articles []model.Article
	Next     string
}

// home lists the latest articles; ?before=ID pages back.
func (s *Server) home(w http.ResponseWriter, r *http.Request) {
	before, err := intParam(r, "before", 0, 1, 1<<62)
	if err != nil {
		http.Error(w, "bad page parameter", http.StatusBadRequest)
		return
	}
	const perPage = 50
	arts, err := s.store.LatestArticles(r.Context(), perPage, int64(before))
	if err != nil {
		s.logger.Error("home", "error", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	for i := range arts {
		arts[i].Summary = plainText(arts[i].Summary, 280)
	}
	page := homePage{Articles: arts}
	if len(arts) == perPage {
		page.Next = "/?before=" + strconv.FormatInt(arts[len(arts)-1].ID, 10)
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	if err := s.templates.ExecuteTemplate(w, "home.html", page); err != nil {
		s.logger.Error("render home", "error", err)
	}
}

func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	if _, err := s.store.LatestArticles(r.Context(), 1, 0); err != nil {
		writeJSON(w, http.StatusServiceUnavailable, map[string]string{"status": "unavailable", "error": "store unreachable"})
		return
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "ok"})
}
