package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"

	"herald/internal/model"
)

// apiError is the one shape of every API error.
type apiError struct {
	Error struct {
		Code    string `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// statusOf maps application errors to HTTP statuses, in one place.
func statusOf(err error) (int, string) {
	switch {
	case errors.Is(err, model.ErrNotFound):
		return http.StatusNotFound, "not_found"
	case errors.Is(err, model.ErrInvalid):
		return http.StatusBadRequest, "invalid"
	case errors.Is(err, model.ErrConflict):
		return http.StatusConflict, "conflict"
	default:
		return http.StatusInternalServerError, "internal"
	}
}

func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, code := statusOf(err)
	var body apiError
	body.Error.Code = code
	body.Error.Message = err.Error()
	if status == http.StatusInternalServerError {
		s.logger.Error("api error", "path", r.URL.Path, "error", err)
		body.Error.Message = "internal error"
	}
	writeJSON(w, status, body)
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

// apiFallback answers API requests no route took, in the API's own error
// shape: 405 for a known path with the wrong method, else 404.
func (s *Server) apiFallback(w http.ResponseWriter, r *http.Request) {
	if _, ok := s.apiRoutes()[r.URL.Path]; ok {
		w.Header().Set("Allow", "GET, HEAD")
		var body apiError
		body.Error.Code = "method_not_allowed"
		body.Error.Message = r.Method + " is not allowed on " + r.URL.Path
		writeJSON(w, http.StatusMethodNotAllowed, body)
		return
	}
	s.apiFail(w, r, fmt.Errorf("no such API route %s: %w", r.URL.Path, model.ErrNotFound))
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	s.templates.ExecuteTemplate(w, "notfound.html", map[string]string{"Path": r.URL.Path})
}
