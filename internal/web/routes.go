package web

import "net/http"

// routes reads as the site map.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /healthz", s.healthz)
	for path, h := range s.apiRoutes() {
		mux.HandleFunc("GET "+path, h)
	}
	mux.HandleFunc("/api/", s.apiFallback)
	mux.HandleFunc("/", s.notFound)
	return mux
}

// apiRoutes are the JSON API's read routes.
func (s *Server) apiRoutes() map[string]http.HandlerFunc {
	return map[string]http.HandlerFunc{
		"/api/v1/articles": s.apiArticles,
		"/api/v1/sources":  s.apiSources,
	}
}
