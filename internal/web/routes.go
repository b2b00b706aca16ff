package web

import "net/http"

// routes reads as the site map.
func (s *Server) routes() http.Handler {
	mux := http.NewServeMux()
	// Pages.
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /articles/{id}", s.articlePage)
	mux.HandleFunc("GET /articles/{id}/{slug}", s.articlePage)
	mux.HandleFunc("POST /articles/{id}/ask", s.askForm)
	mux.HandleFunc("GET /stories", s.storiesPage)
	mux.HandleFunc("GET /stories/{id}", s.storyPage)
	mux.HandleFunc("GET /tags", s.tagsPage)
	mux.HandleFunc("GET /tags/{slug}", s.tagPage)
	mux.HandleFunc("GET /sources", s.sourcesPage)
	mux.HandleFunc("GET /sources/{id}", s.sourcePage)
	mux.HandleFunc("GET /sources/{id}/favicon.svg", s.sourceFavicon)
	mux.HandleFunc("GET /search", s.searchPage)
	mux.HandleFunc("POST /theme", s.setTheme)

	// Output feeds: feed.rss, feed.atom, feed.json.
	mux.HandleFunc("GET /{feed}", s.homeFeed)
	mux.HandleFunc("GET /tags/{slug}/{feed}", s.tagFeed)
	mux.HandleFunc("GET /sources/{id}/{feed}", s.sourceFeed)
	mux.HandleFunc("GET /search/{feed}", s.searchFeed)

	// For machines.
	mux.HandleFunc("GET /healthz", s.healthz)
	mux.HandleFunc("GET /robots.txt", s.robots)
	mux.HandleFunc("GET /sitemap.xml", s.sitemap)
	mux.HandleFunc("GET /sitemap-news.xml", s.newsSitemap)
	mux.HandleFunc("GET /static/{file}", s.static)
	mux.HandleFunc("GET /favicon.ico", s.siteFavicon)
	mux.HandleFunc("GET /favicon.svg", s.siteFavicon)

	for _, rt := range s.apiRoutes() {
		mux.HandleFunc(rt.method+" "+rt.pattern, rt.handler)
	}
	mux.HandleFunc("/api/", s.apiFallback)
	mux.HandleFunc("/", s.notFound)
	return mux
}

// apiRoute is one JSON API operation.
type apiRoute struct {
	method, pattern string
	handler         http.HandlerFunc
}

// apiRoutes are the JSON API's operations; openapi.json describes each.
func (s *Server) apiRoutes() []apiRoute {
	return []apiRoute{
		{"GET", "/api/v1/openapi.json", s.apiOpenAPI},
		{"GET", "/api/v1/articles", s.apiArticles},
		{"GET", "/api/v1/articles/{id}", s.apiArticle},
		{"GET", "/api/v1/articles/{id}/related", s.apiRelated},
		{"GET", "/api/v1/articles/{id}/entities", s.apiEntities},
		{"GET", "/api/v1/articles/{id}/comments", s.apiComments},
		{"POST", "/api/v1/articles/{id}/ask", s.apiAsk},
		{"GET", "/api/v1/stories", s.apiStories},
		{"GET", "/api/v1/stories/{id}", s.apiStory},
		{"GET", "/api/v1/stories/{id}/related", s.apiStoryRelated},
		{"GET", "/api/v1/search", s.apiSearch},
		{"GET", "/api/v1/tags", s.apiTags},
		{"GET", "/api/v1/tags/{slug}", s.apiTag},
		{"GET", "/api/v1/sources", s.apiSources},
		{"GET", "/api/v1/sources/{id}", s.apiSource},
		{"POST", "/api/v1/admin/articles/{id}/reextract", s.apiReextract},
	}
}
