package web

import (
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"mime"
	"net/http"
	"strings"
	"unicode/utf8"

	"herald/internal/model"
)

type askRequest struct {
	Question string `json:"question"`
}

type askResponse struct {
	ArticleID int64      `json:"article_id"`
	Question  string     `json:"question"`
	Citations []Citation `json:"citations"`
	Answered  bool       `json:"answered"`
}

// apiAsk is POST /api/v1/articles/{id}/ask with {"question": "..."}.
// Browsers are held to the CSRF token when they carry the cookie; any
// client must send JSON, which a cross-site form cannot.
func (s *Server) apiAsk(w http.ResponseWriter, r *http.Request) {
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	if mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type")); mt != "application/json" {
		writeAPIError(w, http.StatusUnsupportedMediaType, "unsupported_media_type", "send the question as application/json")
		return
	}
	if c, err := r.Cookie(csrfCookie); err == nil &&
		subtle.ConstantTimeCompare([]byte(r.Header.Get(csrfHeader)), []byte(c.Value)) != 1 {
		writeAPIError(w, http.StatusForbidden, "csrf", "the "+csrfHeader+" header must repeat the "+csrfCookie+" cookie")
		return
	}
	var req askRequest
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, 8<<10))
	if err := dec.Decode(&req); err != nil {
		s.apiFail(w, r, fmt.Errorf("request body: want {\"question\": \"...\"}: %w", model.ErrInvalid))
		return
	}
	q := strings.TrimSpace(req.Question)
	if q == "" || utf8.RuneCountInString(q) > maxQuestion {
		s.apiFail(w, r, fmt.Errorf("question: want 1 to %d characters: %w", maxQuestion, model.ErrInvalid))
		return
	}
	if _, err := s.store.Article(r.Context(), id); err != nil {
		s.apiFail(w, r, err)
		return
	}
	if s.opts.Asker == nil {
		writeAPIError(w, http.StatusNotImplemented, "unavailable", "questions are not available on this server")
		return
	}
	cites, err := s.opts.Asker.Ask(r.Context(), id, q)
	if err != nil {
		if errors.Is(err, model.ErrNotFound) || errors.Is(err, model.ErrInvalid) {
			s.apiFail(w, r, err)
			return
		}
		s.logger.Warn("ask", "article_id", id, "error", err)
		writeAPIError(w, http.StatusServiceUnavailable, "unavailable", "Herald could not answer just now; try again")
		return
	}
	writeJSON(w, http.StatusOK, askResponse{ArticleID: id, Question: q, Citations: orEmpty(cites), Answered: len(cites) > 0})
}

func isNotFound(err error) bool { return errors.Is(err, model.ErrNotFound) }
