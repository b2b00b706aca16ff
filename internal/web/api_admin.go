package web

import (
	"crypto/subtle"
	"net/http"
	"strings"

	"herald/internal/model"
)

// apiReextract is POST /api/v1/admin/articles/{id}/reextract: the operator
// sends an article back through extraction and the later stages, after
// the extractor improved or the publisher fixed the page. The pipeline's
// sweep picks it up within minutes.
func (s *Server) apiReextract(w http.ResponseWriter, r *http.Request) {
	if !s.isAdmin(r) {
		// The same answer for "disabled" and "wrong token": nothing to probe.
		writeAPIError(w, http.StatusUnauthorized, "unauthorized", "this action needs the operator's token (Authorization: Bearer ...)")
		return
	}
	id, ok := s.apiPathID(w, r)
	if !ok {
		return
	}
	if err := s.store.SetArticleStage(r.Context(), id, model.StageFeed); err != nil {
		s.apiFail(w, r, err)
		return
	}
	writeJSON(w, http.StatusAccepted, map[string]any{"article_id": id, "status": "queued for extraction"})
}

func (s *Server) isAdmin(r *http.Request) bool {
	token, ok := strings.CutPrefix(r.Header.Get("Authorization"), "Bearer ")
	return s.opts.AdminToken != "" && ok &&
		subtle.ConstantTimeCompare([]byte(token), []byte(s.opts.AdminToken)) == 1
}
