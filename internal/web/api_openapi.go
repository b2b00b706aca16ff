package web

import (
	"net/http"
	"time"
)

// apiOpenAPI serves the OpenAPI 3.1 description of the API, with the
// server address filled in.
func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Access-Control-Allow-Origin", "*")
	s.serveBytes(w, r, "application/json; charset=utf-8", s.assets.files["openapi.json"], time.Time{})
}
