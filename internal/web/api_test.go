package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"herald/internal/web"
)

func decode(t testing.TB, rec *httptest.ResponseRecorder, v any) {
	t.Helper()
	if !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		t.Fatalf("content type %q, body %s", rec.Header().Get("Content-Type"), rec.Body.String())
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("decode %s: %v", rec.Body.String(), err)
	}
}

type apiArticle struct {
	ID         int64    `json:"id"`
	Title      string   `json:"title"`
	Link       string   `json:"link"`
	SourceName string   `json:"source_name"`
	Authors    []string `json:"authors"`
}

func TestAPIArticleDetail(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	wire := c.wireCopy(t)
	a := c.article(t, wire.ID)
	var d struct {
		Article apiArticle `json:"article"`
		Status  struct{ Extracted, Enriched, Clustered bool }
		Content *struct {
			HTML   string `json:"html"`
			Images []struct{ URL, Caption, Credit string }
		} `json:"content"`
		Enrichment *struct {
			KeyPoints []string `json:"key_points"`
			Tags      []struct{ Slug, Name string }
			Entities  []struct{ Name, Type string }
		} `json:"enrichment"`
		Story    *struct{ ID, ArticleCount int64 } `json:"story"`
		Original *apiArticle                       `json:"original"`
		AlsoBy   []apiArticle                      `json:"also_published_by"`
		Coverage []apiArticle                      `json:"coverage"`
		Related  []apiArticle                      `json:"related"`
	}
	rec := get(c.h, fmt.Sprintf("/api/v1/articles/%d", a.ID))
	decode(t, rec, &d)
	if d.Article.ID != a.ID || d.Article.Link != fmt.Sprintf("/articles/%d/", a.ID)+d.Article.Link[len(fmt.Sprintf("/articles/%d/", a.ID)):] {
		t.Errorf("article %+v", d.Article)
	}
	if !d.Status.Extracted || !d.Status.Enriched || !d.Status.Clustered || d.Content == nil || d.Enrichment == nil || d.Story == nil {
		t.Fatalf("stages: %+v", d.Status)
	}
	if len(d.Content.Images) == 0 || d.Content.Images[0].Credit == "" || len(d.Enrichment.Tags) == 0 || len(d.Enrichment.KeyPoints) == 0 {
		t.Errorf("content or enrichment incomplete: %+v %+v", d.Content.Images, d.Enrichment)
	}
	if d.Original == nil || d.Original.ID != c.site.Articles[wire.WireOf] {
		t.Errorf("original = %+v, want %d", d.Original, c.site.Articles[wire.WireOf])
	}
	if len(d.Coverage) == 0 || len(d.Related) == 0 {
		t.Errorf("coverage %d related %d", len(d.Coverage), len(d.Related))
	}

	// Before the later stages, they are null and the status says so.
	h, st := newSite(t, 1)
	arts, _ := st.LatestArticles(context.Background(), 1, 0)
	var bare map[string]any
	decode(t, get(h, fmt.Sprintf("/api/v1/articles/%d", arts[0].ID)), &bare)
	if bare["content"] != nil || bare["enrichment"] != nil || bare["story"] != nil {
		t.Errorf("unprocessed article: %v", bare)
	}
	if s := bare["status"].(map[string]any); s["extracted"] != false || s["clustered"] != false {
		t.Errorf("status %v", s)
	}
}

func TestAPIArticleParts(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	a := c.article(t, c.wireCopy(t).ID)
	var ents struct {
		Enriched bool
		Entities []struct{ Name, Type string }
	}
	decode(t, get(c.h, fmt.Sprintf("/api/v1/articles/%d/entities", a.ID)), &ents)
	if !ents.Enriched || len(ents.Entities) == 0 {
		t.Errorf("entities %+v", ents)
	}
	var com struct {
		Comments []any `json:"comments"`
		Open     bool  `json:"open"`
	}
	rec := get(c.h, fmt.Sprintf("/api/v1/articles/%d/comments", a.ID))
	decode(t, rec, &com)
	if com.Comments == nil || len(com.Comments) != 0 || com.Open {
		t.Errorf("comments %s", rec.Body.String())
	}
	var rel struct{ Articles, Coverage []apiArticle }
	decode(t, get(c.h, fmt.Sprintf("/api/v1/articles/%d/related", a.ID)), &rel)
	if len(rel.Articles) == 0 || len(rel.Coverage) == 0 {
		t.Errorf("related %+v", rel)
	}
	for _, p := range []string{"/api/v1/articles/999999/entities", "/api/v1/articles/999999/comments", "/api/v1/articles/999999/related", "/api/v1/articles/999999"} {
		if rec := get(c.h, p); rec.Code != 404 || !strings.Contains(rec.Body.String(), `"not_found"`) {
			t.Errorf("%s: %d", p, rec.Code)
		}
	}
	for _, p := range []string{"/api/v1/articles/abc", "/api/v1/articles/0/comments", "/api/v1/stories/-3", "/api/v1/sources/x",
		"/api/v1/stories?limit=0", "/api/v1/stories?cursor=-1", "/api/v1/tags?days=0", "/api/v1/tags/%3Cx%3E", "/api/v1/search",
		"/api/v1/search?q=x&limit=500", "/api/v1/search?q=x&from=soon", "/api/v1/sources/1?cursor=abc"} {
		if rec := get(c.h, p); rec.Code != 400 || !strings.Contains(rec.Body.String(), `"invalid"`) {
			t.Errorf("%s: %d %s; want 400 invalid", p, rec.Code, rec.Body.String())
		}
	}
}

func TestAPIStoriesPageWithCursor(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	var seen []int64
	cursor := ""
	for range 50 {
		var p struct {
			Stories []struct {
				ID          int64 `json:"id"`
				SourceCount int   `json:"source_count"`
			} `json:"stories"`
			NextCursor string `json:"next_cursor"`
		}
		decode(t, get(c.h, "/api/v1/stories?limit=3&window_hours=2000&cursor="+cursor), &p)
		for _, s := range p.Stories {
			seen = append(seen, s.ID)
		}
		if cursor = p.NextCursor; cursor == "" {
			break
		}
	}
	all, _ := c.st.TopStories(context.Background(), now.Add(-2000*3600e9), now, 1000)
	if len(seen) != len(all) || len(slices.Compact(slices.Sorted(slices.Values(seen)))) != len(all) {
		t.Fatalf("paged through %d stories (%v), store ranks %d", len(seen), seen, len(all))
	}
	for i, s := range all {
		if seen[i] != s.ID {
			t.Fatalf("rank %d: API %d, store %d", i, seen[i], s.ID)
		}
	}
	var one struct {
		Story struct {
			ID        int64
			Summary   []string `json:"summary"`
			KeyPoints []struct {
				Text      string `json:"text"`
				ArticleID int64  `json:"article_id"`
			} `json:"key_points"`
		}
		Tags     []struct{ Slug, Name string }
		Entities []struct{ Key, Name, Type string }
		Articles []struct {
			ID          int64 `json:"id"`
			DuplicateOf int64 `json:"duplicate_of"`
		}
	}
	wire := c.wireCopy(t)
	decode(t, get(c.h, fmt.Sprintf("/api/v1/stories/%d", c.site.Stories[wire.Story])), &one)
	copies := 0
	for _, a := range one.Articles {
		if a.DuplicateOf != 0 {
			copies++
		}
	}
	if len(one.Articles) != len(c.site.Corpus.Stories()[wire.Story]) || copies == 0 {
		t.Errorf("story articles %d (copies %d)", len(one.Articles), copies)
	}
	if len(one.Tags) == 0 || one.Tags[0].Slug == "" || len(one.Entities) == 0 || one.Entities[0].Key == "" {
		t.Errorf("story without aggregated tags or entities: %+v %+v", one.Tags, one.Entities)
	}
	// The summary, and beside it the same sentences credited.
	kp := one.Story.KeyPoints
	if len(kp) == 0 || len(kp) != len(one.Story.Summary) || kp[0].Text != one.Story.Summary[0] ||
		!slices.ContainsFunc(one.Articles, func(a struct {
			ID          int64 `json:"id"`
			DuplicateOf int64 `json:"duplicate_of"`
		}) bool {
			return a.ID == kp[0].ArticleID
		}) {
		t.Errorf("story summary %q, key points %+v", one.Story.Summary, kp)
	}
	var rel struct{ Stories []any }
	decode(t, get(c.h, fmt.Sprintf("/api/v1/stories/%d/related", c.site.Stories[wire.Story])), &rel)
	if len(rel.Stories) == 0 {
		t.Error("no related stories")
	}
}

func TestAPISearchTagsSources(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	var page struct {
		Hits []struct {
			Article     apiArticle `json:"article"`
			Snippet     string     `json:"snippet"`
			SnippetHTML string     `json:"snippet_html"`
		}
		NextCursor string `json:"next_cursor"`
	}
	decode(t, get(c.h, "/api/v1/search?q=bridge&limit=2"), &page)
	if len(page.Hits) != 2 || page.NextCursor != "2" || !strings.Contains(page.Hits[0].SnippetHTML, "<mark>") ||
		strings.ContainsAny(page.Hits[0].Snippet, "\x02\x03") {
		t.Fatalf("search page %+v", page)
	}
	first := page.Hits[0].Article.ID
	decode(t, get(c.h, "/api/v1/search?q=bridge&limit=2&cursor=2"), &page)
	if len(page.Hits) == 0 || page.Hits[0].Article.ID == first {
		t.Fatalf("second page repeats the first")
	}
	var tags struct{ Tags []struct{ Slug string } }
	decode(t, get(c.h, "/api/v1/tags?limit=3&days=60"), &tags)
	if len(tags.Tags) != 3 {
		t.Fatalf("tags %+v", tags)
	}
	var tag struct {
		Tag      struct{ Slug string }
		Articles []apiArticle
	}
	decode(t, get(c.h, "/api/v1/tags/"+tags.Tags[0].Slug), &tag)
	if tag.Tag.Slug != tags.Tags[0].Slug || len(tag.Articles) == 0 {
		t.Errorf("tag %+v", tag)
	}
	var src struct {
		Source struct {
			Health    string `json:"health"`
			LastError string `json:"last_error"`
		}
		Articles []apiArticle
	}
	decode(t, get(c.h, fmt.Sprintf("/api/v1/sources/%d", c.site.FailingID)), &src)
	if src.Source.Health != "failing" || src.Source.LastError == "" || len(src.Articles) == 0 {
		t.Errorf("source %+v", src)
	}
}

func TestAPIMethodNotAllowedAndOpenAPI(t *testing.T) {
	h, _ := newSite(t, 1)
	rec := do(h, httptest.NewRequest(http.MethodDelete, "/api/v1/articles/1", nil))
	if rec.Code != 405 || rec.Header().Get("Allow") != "GET, HEAD" || !strings.Contains(rec.Body.String(), `"method_not_allowed"`) {
		t.Errorf("DELETE article: %d %q %s", rec.Code, rec.Header().Get("Allow"), rec.Body.String())
	}
	rec = get(h, "/api/v1/articles/1/ask")
	if rec.Code != 405 || rec.Header().Get("Allow") != "POST" {
		t.Errorf("GET ask: %d %q", rec.Code, rec.Header().Get("Allow"))
	}
	var doc struct {
		OpenAPI string                    `json:"openapi"`
		Paths   map[string]map[string]any `json:"paths"`
	}
	decode(t, get(h, "/api/v1/openapi.json"), &doc)
	if !strings.HasPrefix(doc.OpenAPI, "3.") {
		t.Fatalf("openapi version %q", doc.OpenAPI)
	}
	// Every route the server answers is described, and nothing else.
	routes := web.APIRoutesForTest()
	described := 0
	for _, op := range doc.Paths {
		described += len(op)
	}
	if described != len(routes) {
		t.Errorf("openapi.json describes %d operations, the server has %d", described, len(routes))
	}
	for _, r := range routes {
		method, path, _ := strings.Cut(r, " ")
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("openapi.json lacks %s", r)
		}
	}
	// And the described paths with a sample id answer.
	id := regexp.MustCompile(`\{[a-z]+\}`)
	for path, ops := range doc.Paths {
		if _, ok := ops["get"]; !ok {
			continue
		}
		rec := get(h, id.ReplaceAllString(path, "1")+"?q=story")
		if rec.Code == 404 && !strings.Contains(rec.Body.String(), "not_found") || rec.Code == 405 {
			t.Errorf("%s: %d", path, rec.Code)
		}
	}
}

// TestAPITagCountsMatchTagsPage checks that /api/v1/tags counts what
// /tags shows: the same window by default, so a tag has one count.
func TestAPITagCountsMatchTagsPage(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	page := map[string]string{}
	for _, m := range regexp.MustCompile(`href="/tags/([^"]+)">[^<]*<span class="chip-count">(\d+)</span>`).
		FindAllStringSubmatch(get(c.h, "/tags").Body.String(), -1) {
		slug, err := url.PathUnescape(m[1])
		if err != nil {
			t.Fatal(err)
		}
		page[slug] = m[2]
	}
	var api, week struct {
		Tags []struct {
			Slug  string
			Count int
		}
	}
	decode(t, get(c.h, "/api/v1/tags?limit=500"), &api)
	decode(t, get(c.h, "/api/v1/tags?limit=500&days=7"), &week)
	if len(api.Tags) == 0 || len(api.Tags) != len(page) {
		t.Fatalf("API lists %d tags, /tags %d", len(api.Tags), len(page))
	}
	for _, tg := range api.Tags {
		if got := strconv.Itoa(tg.Count); page[tg.Slug] != got {
			t.Errorf("#%s: API counts %s, /tags shows %q", tg.Slug, got, page[tg.Slug])
		}
	}
	// The corpus spans more than a week, so the window matters.
	weekly := 0
	for _, tg := range week.Tags {
		weekly += tg.Count
	}
	monthly := 0
	for _, tg := range api.Tags {
		monthly += tg.Count
	}
	if weekly >= monthly {
		t.Errorf("fixture: the last week has %d tag uses, the month %d; want fewer", weekly, monthly)
	}
}
