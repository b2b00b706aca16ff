package web

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strings"

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

// apiFail answers an API request with the error's status and shape; the
// message of an internal error stays in the log.
func (s *Server) apiFail(w http.ResponseWriter, r *http.Request, err error) {
	status, code := statusOf(err)
	msg := err.Error()
	if status == http.StatusInternalServerError {
		s.logger.Error("api error", "path", r.URL.Path, "error", err)
		msg = "internal error"
	}
	writeAPIError(w, status, code, msg)
}

func writeAPIError(w http.ResponseWriter, status int, code, msg string) {
	var body apiError
	body.Error.Code = code
	body.Error.Message = msg
	writeJSON(w, status, body)
}

func encodeJSON(v any) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		// Only our own types are encoded; a failure is a programming error.
		panic(fmt.Sprintf("encode JSON: %v", err))
	}
	return b.Bytes()
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(encodeJSON(v))
}

// apiIndex knows every API path pattern and its methods, so a request with
// the wrong method gets 405 and an Allow header in the API's error shape.
type apiIndex struct {
	paths   *http.ServeMux
	methods map[string][]string
}

func (s *Server) newAPIIndex() *apiIndex {
	ix := &apiIndex{paths: http.NewServeMux(), methods: map[string][]string{}}
	for _, rt := range s.apiRoutes() {
		if _, seen := ix.methods[rt.pattern]; !seen {
			ix.paths.HandleFunc(rt.pattern, http.NotFound)
		}
		m := rt.method
		if m == "GET" {
			m = "GET, HEAD"
		}
		ix.methods[rt.pattern] = append(ix.methods[rt.pattern], m)
	}
	return ix
}

// apiFallback answers API requests no route took: 405 for a known path with
// the wrong method, else 404.
func (s *Server) apiFallback(w http.ResponseWriter, r *http.Request) {
	if _, pattern := s.api.paths.Handler(r); pattern != "" {
		if methods, ok := s.api.methods[pattern]; ok {
			w.Header().Set("Allow", strings.Join(methods, ", "))
			writeAPIError(w, http.StatusMethodNotAllowed, "method_not_allowed", r.Method+" is not allowed on "+r.URL.Path)
			return
		}
	}
	s.apiFail(w, r, fmt.Errorf("no such API route %s: %w", r.URL.Path, model.ErrNotFound))
}

// errorView is what an error page shows: what happened and where to go.
type errorView struct {
	page
	Status  int
	Heading string
	Message string
	Path    string
	Query   string // a search to suggest, from the path's words
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, http.StatusNotFound, "Page not found", "Nothing lives at this address. It may have moved, or the link may be mistyped.")
}

// errorPage renders a helpful HTML error page.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, status int, heading, msg string) {
	v := &errorView{page: s.newPage(w, r, heading), Status: status, Heading: heading, Message: msg, Path: r.URL.Path}
	v.NoIndex = true
	v.Query = wordsOfPath(r.URL.Path)
	s.renderStatus(w, r, status, "error.html", v)
}

// pageFail turns a store error into the matching error page.
func (s *Server) pageFail(w http.ResponseWriter, r *http.Request, what string, err error) {
	status, _ := statusOf(err)
	switch status {
	case http.StatusNotFound:
		s.errorPage(w, r, status, what+" not found", "Herald has no "+strings.ToLower(what)+" at this address. It may have been removed when its source was unfollowed.")
	case http.StatusBadRequest:
		s.errorPage(w, r, status, "That address is not quite right", err.Error())
	default:
		s.logger.Error("page error", "path", r.URL.Path, "error", err)
		s.errorPage(w, r, status, "Something went wrong", "Herald could not load this page. Try again in a moment.")
	}
}

// fail answers with an error in the shape the client expects: JSON under
// /api/, an HTML page elsewhere.
func (s *Server) fail(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeAPIError(w, status, code, msg)
		return
	}
	s.errorPage(w, r, status, http.StatusText(status), msg)
}

// routeWords are parts of addresses, not of what the reader looked for.
var routeWords = map[string]bool{"articles": true, "stories": true, "tags": true, "sources": true, "search": true,
	"api": true, "feed": true, "html": true, "htm": true, "php": true, "aspx": true, "index": true}

// wordsOfPath turns "/articles/12/harbour-bridge-shut" into a search
// suggestion "harbour bridge shut".
func wordsOfPath(p string) string {
	var words []string
	for _, seg := range strings.Split(p, "/") {
		for _, w := range strings.FieldsFunc(seg, func(r rune) bool { return r == '-' || r == '_' || r == '.' || r == '+' }) {
			if len(w) > 2 && strings.Trim(w, "0123456789") != "" && !routeWords[strings.ToLower(w)] && len(words) < 6 {
				words = append(words, w)
			}
		}
	}
	return strings.Join(words, " ")
}
