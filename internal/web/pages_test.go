package web_test

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/web"
)

func TestArticlePageHasEveryBlockFilled(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	wire := c.wireCopy(t)
	a := c.article(t, wire.ID)
	orig := c.article(t, wire.WireOf)
	rec := getFollow(t, c.h, fmt.Sprintf("/articles/%d", a.ID))
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	img := wire.Images()[0]
	esc := html.EscapeString
	mustContain(t, "article page", body,
		"<h1 id=\"headline\" class=\"headline\">"+esc(a.Title)+"</h1>",
		fmt.Sprintf(`src="/sources/%d/favicon.svg"`, a.SourceID),
		esc(a.SourceName),
		`datetime="`+a.PublishedAt.UTC().Format(time.RFC3339)+`"`,
		`title="`+a.PublishedAt.UTC().Format("Monday 2 January 2006, 15:04 MST")+`"`,
		`<figcaption>`+esc(img.Caption)+` <small class="credit">`+esc(img.Credit)+`</small></figcaption>`,
		`alt="`+esc(img.Alt)+`"`,
		`href="`+esc(a.URL)+`"`, // the original
		`id="tags-h"`, `href="/tags/`,
		`Key points`, `class="key-points"`, `Who and what`,
		`Ask about this article`, `name="csrf" value="`,
		`No comments yet.`, `no comment form until then`,
		`Also published by`, `Original</span>`, esc(orig.Title),
		`More coverage of this story`,
		`Related articles`, `class="card"`,
		`<meta property="og:title"`, `<meta name="twitter:card"`, `<link rel="canonical" href="http://example.com/articles/`,
	)
	if wire.Author != "" {
		mustContain(t, "byline", body, esc(wire.Author))
	}
	// The quote block names its speakers when the corpus article quotes someone.
	e, err := c.st.Enrichment(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range e.Quotes {
		mustContain(t, "quotes", body, esc(q.Text))
		if q.Speaker != "" {
			mustContain(t, "quote speaker", body, "<figcaption>"+esc(q.Speaker)+"</figcaption>")
		}
	}
	// Other coverage lists the story's other publishers but not wire copies.
	for _, other := range c.site.Corpus.Stories()[wire.Story] {
		oa := c.article(t, other.ID)
		if other.ID != wire.ID && other.WireOf == "" && other.ID != wire.WireOf {
			mustContain(t, "coverage", body, esc(oa.Title))
		}
	}
}

func webOptions() web.Options { return web.Options{} }

func TestArticleSlugRedirectsAndBadIDs(t *testing.T) {
	h, st := newSite(t, 1)
	a, _ := st.LatestArticles(context.Background(), 1, 0)
	id := a[0].ID
	for _, path := range []string{fmt.Sprintf("/articles/%d", id), fmt.Sprintf("/articles/%d/wrong-slug", id)} {
		rec := get(h, path)
		if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != fmt.Sprintf("/articles/%d/story-0", id) {
			t.Errorf("%s: %d to %q, want 301 to the canonical slug", path, rec.Code, rec.Header().Get("Location"))
		}
	}
	if rec := get(h, fmt.Sprintf("/articles/%d/story-0", id)); rec.Code != 200 {
		t.Errorf("canonical address: %d", rec.Code)
	}
	for _, path := range []string{"/articles/abc", "/articles/0", "/articles/-1", "/articles/99999", "/articles/1e3",
		"/articles/99999999999999999999999", "/stories/x", "/stories/424242", "/sources/0", "/sources/777", "/tags/no-such-tag", "/tags/%3Cscript%3E"} {
		rec := get(h, path)
		if rec.Code != 404 || !strings.Contains(rec.Body.String(), "not found") || !strings.Contains(rec.Body.String(), `action="/search"`) {
			t.Errorf("%s: status %d; want a helpful 404 page", path, rec.Code)
		}
	}
}

func TestEveryCorpusArticleRenders(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	for corpusID, id := range c.site.Articles {
		rec := get(c.h, fmt.Sprintf("/articles/%d", id))
		loc := rec.Header().Get("Location")
		if rec.Code != http.StatusMovedPermanently {
			t.Fatalf("%s: %d, want a redirect to the slug", corpusID, rec.Code)
		}
		// The canonical address answers 200 as written and as a browser
		// decodes it, with no redirect loop.
		escaped := httptest.NewRequest(http.MethodGet, loc, nil)
		decoded := httptest.NewRequest(http.MethodGet, "/", nil)
		decoded.URL = &url.URL{Path: escaped.URL.Path} // no RawPath: as if the client sent it unescaped
		for _, req := range []*http.Request{escaped, decoded} {
			if rec := do(c.h, req); rec.Code != 200 {
				t.Errorf("%s at %q: %d", corpusID, req.URL.String(), rec.Code)
			}
		}
	}
}

func TestArticleBeforeLaterStagesShowsEmptyStates(t *testing.T) {
	h, st := newSite(t, 1)
	a, _ := st.LatestArticles(context.Background(), 1, 0)
	rec := getFollow(t, h, fmt.Sprintf("/articles/%d", a[0].ID))
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	mustContain(t, "unprocessed article", body,
		"Summary bold", // the feed summary stands in for the body
		"Herald has not read the full article yet",
		"Hashtags appear once Herald has read this article",
		"Herald has not analysed this article yet",
		"Questions are not available on this Herald server", // no Asker
		"Herald has not grouped this article into a story yet",
		"No related articles yet",
		"No comments yet.")
	if strings.Contains(body, "alert(1)") {
		t.Fatal("feed script reached the page")
	}
	// Extracted text replaces the summary as soon as it exists.
	if err := st.SaveContent(context.Background(), &model.Content{ArticleID: a[0].ID, HTML: "<p>Full <em>text</em> here.</p>",
		Text: "Full text here.", ExtractedAt: now}); err != nil {
		t.Fatal(err)
	}
	body = getFollow(t, h, fmt.Sprintf("/articles/%d", a[0].ID)).Body.String()
	mustContain(t, "extracted article", body, "<p>Full <em>text</em> here.</p>")
	if strings.Contains(body, "has not read the full article") {
		t.Error("extracted article still says it was not read")
	}
}

func TestHomeRanksTopStoriesThenLatest(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	rec := get(c.h, "/")
	body := rec.Body.String()
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	top := strings.Index(body, `id="top-h"`)
	latest := strings.Index(body, `id="latest-h"`)
	if top < 0 || latest < top {
		t.Fatalf("want top stories before latest: %d, %d", top, latest)
	}
	stories, err := c.st.TopStories(context.Background(), now.Add(-72*time.Hour), now, 9)
	if err != nil || len(stories) < 3 {
		t.Fatalf("top stories %v %v", len(stories), err)
	}
	last := 0
	for _, s := range stories {
		i := strings.Index(body, fmt.Sprintf(`href="/stories/%d"`, s.ID))
		if i < last {
			t.Fatalf("story %d out of rank order", s.ID)
		}
		last = i
	}
	mustContain(t, "home", body, "reports from", "Trending topics", `rel="alternate" type="application/atom&#43;xml" title="Herald: latest (Atom)" href="/feed.atom"`, `href="/feed.json"`)
}

func TestStoryPageGroupsCoverage(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	wire := c.wireCopy(t)
	sid := c.site.Stories[wire.Story]
	rec := get(c.h, fmt.Sprintf("/stories/%d", sid))
	if rec.Code != 200 {
		t.Fatalf("status %d", rec.Code)
	}
	body := rec.Body.String()
	group := c.site.Corpus.Stories()[wire.Story]
	first := c.article(t, group[0].ID)
	mustContain(t, "story page", body, "Summary", "First report", "Coverage by publisher", "Timeline",
		`<span class="badge">First</span>`, "Wire copy", html.EscapeString(first.Title),
		"What the coverage is about", `href="/tags/`, `class="chip chip-`)
	for _, a := range group {
		p, _ := c.site.Corpus.Publisher(a.Publisher)
		mustContain(t, "publisher groups", body, `<h3 class="pub-name">`, html.EscapeString(p.Name))
	}
	// Each key point names the article it comes from, linked.
	st, err := c.st.Story(context.Background(), sid)
	if err != nil || len(st.Summary) == 0 || st.Summary[0].ArticleID == 0 {
		t.Fatalf("story %d summary %+v, %v", sid, st, err)
	}
	credited, _ := c.st.Article(context.Background(), st.Summary[0].ArticleID)
	mustContain(t, "key point credit", body, fmt.Sprintf(`<a class="kp-source" href="/articles/%d/`, credited.ID), html.EscapeString(credited.SourceName)+"</a></li>")
	// A story of one article needs no credit line under each point.
	for key, id := range c.site.Stories {
		if !strings.HasPrefix(key, "solo:") {
			continue
		}
		solo := get(c.h, fmt.Sprintf("/stories/%d", id)).Body.String()
		if !strings.Contains(solo, `class="key-points"`) || strings.Contains(solo, "kp-source") {
			t.Errorf("story %s: want key points without credit lines", key)
		}
		break
	}
}

func TestTagAndSourcePages(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	tags, _ := c.st.TopTags(context.Background(), now.AddDate(0, -1, 0), 1)
	if len(tags) == 0 {
		t.Fatal("no tags")
	}
	rec := get(c.h, "/tags/"+tags[0].Slug)
	body := rec.Body.String()
	mustContain(t, "tag page", body, html.EscapeString(tags[0].Name), `class="rows"`,
		`href="/tags/`+tags[0].Slug+`/feed.atom"`, `rel="alternate"`)
	if n := strings.Count(body, `<li class="row">`); n != min(tags[0].Count, 30) {
		t.Errorf("tag page lists %d articles, tag has %d", n, tags[0].Count)
	}
	mustContain(t, "tags page", get(c.h, "/tags").Body.String(), `href="/tags/`+tags[0].Slug+`"`)

	rec = get(c.h, fmt.Sprintf("/sources/%d", c.site.FailingID))
	body = rec.Body.String()
	mustContain(t, "failing source page", body, "Feed health", "Failing", "status 503 Service Unavailable",
		"Last check", "10 minutes ago", "Next check", "in 20 minutes", "/feed.rss")
	mustContain(t, "sources page", get(c.h, "/sources").Body.String(), "Healthy", "Failing")
	if rec := get(c.h, "/sources/1?before=abc"); rec.Code != 400 {
		t.Errorf("bad before: %d", rec.Code)
	}
}

func TestSearchPage(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	rec := get(c.h, "/search?q=bridge")
	body := rec.Body.String()
	if rec.Code != 200 || !strings.Contains(body, "<mark>") {
		t.Fatalf("search: %d, highlighted: %v", rec.Code, strings.Contains(body, "<mark>"))
	}
	hits := strings.Count(body, `<li class="row">`)
	if hits == 0 || hits > 20 {
		t.Fatalf("%d hits on a page", hits)
	}
	mustContain(t, "search page", body, `value="bridge"`, `/search/feed.atom?q=bridge`)

	// Filters narrow the results: one source only.
	src := c.site.Sources["northwind-wire"]
	body = get(c.h, fmt.Sprintf("/search?q=bridge&source=%d", src)).Body.String()
	names := regexp.MustCompile(`class="favicon" src="/sources/(\d+)/`).FindAllStringSubmatch(body[strings.Index(body, "res-h"):], -1)
	if len(names) == 0 {
		t.Fatal("source filter found nothing")
	}
	for _, m := range names {
		if m[1] != strconv.FormatInt(src, 10) {
			t.Fatalf("source filter let source %s through", m[1])
		}
	}
	// A date range in the future finds nothing.
	future := now.AddDate(0, 0, 2).Format("2006-01-02")
	mustContain(t, "future search", get(c.h, "/search?q=bridge&from="+future).Body.String(), "Nothing matched")

	// Pagination: page 2 of a common word links back to page 1.
	body = get(c.h, "/search?q=the&page=2").Body.String()
	mustContain(t, "page 2", body, `rel="prev"`, "page 2")

	for _, bad := range []string{"q=x&from=yesterday", "q=x&source=abc", "q=x&page=0", "q=x&to=2026-01-01&from=2026-02-01",
		"q=" + strings.Repeat("a", 300), "q=x&tag=%3Cb%3E"} {
		rec := get(c.h, "/search?"+bad)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), `role="alert"`) {
			t.Errorf("?%s: %d; want 400 with the reason", bad, rec.Code)
		}
	}
	if body := get(c.h, "/search?tag=transport").Body.String(); !strings.Contains(body, "Type some words") {
		t.Error("filters without words should ask for words")
	}
}

func TestHostileQueryStringsAreEscaped(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	payloads := []string{`<script>alert(1)</script>`, `"><img src=x onerror=alert(1)>`, `' OR 1=1 --`, `"; DROP TABLE articles; --`,
		`bridge" OR "1"="1`, `NEAR(a b)`, `*`, `"unterminated`, `\x00`, `%00`, `{{.}}`, `javascript:alert(1)`, strings.Repeat("(", 150)}
	routes := []string{"/search?q=%s", "/search/feed.rss?q=%s", "/search/feed.json?q=%s", "/api/v1/search?q=%s",
		"/tags/%s", "/tags/%s/feed.atom", "/api/v1/tags/%s", "/articles/%s", "/stories/%s", "/sources/%s", "/api/v1/articles/%s",
		"/?before=%s", "/api/v1/articles?cursor=%s", "/search?q=bridge&tag=%s", "/search?q=bridge&from=%s"}
	for _, route := range routes {
		for _, p := range payloads {
			target := fmt.Sprintf(route, urlEscape(p))
			rec := get(c.h, target)
			if rec.Code >= 500 {
				t.Errorf("%s: status %d", target, rec.Code)
			}
			body := rec.Body.String()
			for _, raw := range []string{"<script>alert", "<img src=x", "onerror=alert(1)>"} {
				if strings.Contains(body, raw) {
					t.Errorf("%s: raw payload %q in the response", target, raw)
				}
			}
		}
	}
	if n, _ := c.st.LatestArticles(context.Background(), 200, 0); len(n) != len(c.site.Articles) {
		t.Fatalf("articles after injection attempts: %d, want %d", len(n), len(c.site.Articles))
	}
}

func urlEscape(s string) string {
	r := strings.NewReplacer("%", "%25", " ", "%20", "#", "%23", "?", "%3F", "&", "%26", "/", "%2F", "+", "%2B", "\"", "%22", "<", "%3C", ">", "%3E")
	return r.Replace(s)
}

func TestErrorPagesHelp(t *testing.T) {
	h, _ := newSite(t, 0)
	rec := get(h, "/harbour-bridge-closure")
	body := rec.Body.String()
	if rec.Code != 404 {
		t.Fatalf("status %d", rec.Code)
	}
	mustContain(t, "404 page", body, "Page not found", `value="harbour bridge closure"`, `href="/tags"`, `noindex`)
}

// An article filed with one story that covers another as well is listed on
// the other story's page and in its API record, not on its own story's,
// and its page links to the other story.
func TestStoryPageListsFurtherCoverage(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	const fund = "harbor-gazette/budget-harbour-bridge-first-in-line"
	art := c.article(t, fund) // gold story: the budget
	bridge := c.site.Stories["s01-calder-bridge"]
	budget := c.site.Stories["s02-budget"]
	if err := c.st.AddAlsoCovers(ctx, art.ID, []int64{bridge}); err != nil {
		t.Fatal(err)
	}
	body := get(c.h, fmt.Sprintf("/stories/%d", bridge)).Body.String()
	mustContain(t, "bridge story page", body, "Also covering this story", html.EscapeString(art.Title))
	if own := get(c.h, fmt.Sprintf("/stories/%d", budget)).Body.String(); strings.Contains(own, "Also covering this story") {
		t.Error("the budget story lists further coverage it has none of")
	}
	rec := get(c.h, fmt.Sprintf("/api/v1/stories/%d", bridge))
	var out struct {
		Also []struct {
			ID int64 `json:"id"`
		} `json:"also_covering"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	if len(out.Also) != 1 || out.Also[0].ID != art.ID {
		t.Fatalf("API also_covering = %+v, want article %d", out.Also, art.ID)
	}
	var detail struct {
		AlsoCovers []struct {
			ID int64 `json:"id"`
		} `json:"also_covers"`
	}
	if err := json.Unmarshal(get(c.h, fmt.Sprintf("/api/v1/articles/%d", art.ID)).Body.Bytes(), &detail); err != nil {
		t.Fatal(err)
	}
	if len(detail.AlsoCovers) != 1 || detail.AlsoCovers[0].ID != bridge {
		t.Fatalf("article API also_covers = %+v, want story %d", detail.AlsoCovers, bridge)
	}
	// The article's own page links to the story it also covers.
	page := getFollow(t, c.h, fmt.Sprintf("/articles/%d", art.ID)).Body.String()
	mustContain(t, "article page", page, "This article also covers", fmt.Sprintf(`href="/stories/%d"`, bridge))
}

// TestArticleLanguageMarksOnlyItsWords checks that an Arabic article's
// headline, body, key points and quotes carry lang="ar" dir="rtl" while
// the interface's English labels around them do not.
func TestArticleLanguageMarksOnlyItsWords(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	var id int64
	for _, a := range c.site.Corpus.Articles {
		if a.Lang == "ar" {
			id = c.site.Articles[a.ID]
			break
		}
	}
	if id == 0 {
		t.Fatal("corpus has no Arabic article")
	}
	body := getFollow(t, c.h, fmt.Sprintf("/articles/%d", id)).Body.String()
	mustContain(t, "Arabic article page", body, `<html lang="en"`,
		`<article class="wrap story-article" aria-labelledby="headline">`,
		`<h1 id="headline" class="headline" lang="ar" dir="rtl">`,
		`<div class="prose" data-body lang="ar" dir="rtl">`,
		`<ul class="key-points" lang="ar" dir="rtl">`)
	marked := regexp.MustCompile(`<(\w+)[^>]*\slang="ar"`).FindAllStringSubmatch(body, -1)
	for _, m := range marked {
		switch m[1] {
		case "h1", "span", "div", "ul", "blockquote", "input":
		default:
			t.Errorf("<%s> is marked Arabic; only the article's own words should be", m[1])
		}
	}
	// Every label the reader saw in Arabic is outside a marked element:
	// none of them sits between a marked opening tag and its close.
	for _, label := range []string{">By <", "min read", ">Hashtags<", ">Comments<", "Herald brief", ">Key points<", "Ask about this article"} {
		i := strings.Index(body, label)
		if i < 0 {
			t.Errorf("page lacks the label %q", label)
			continue
		}
		if open := strings.LastIndex(body[:i], `lang="ar"`); open >= 0 && !strings.Contains(body[open:i], "</") {
			t.Errorf("label %q is inside an element marked Arabic", label)
		}
	}
	// An English article repeats no lang: the page's is its own.
	wire := c.wireCopy(t)
	if wire.Lang != "en" {
		t.Fatalf("fixture: wire copy %s is in %q", wire.ID, wire.Lang)
	}
	en := getFollow(t, c.h, fmt.Sprintf("/articles/%d", c.site.Articles[wire.ID])).Body.String()
	if n := strings.Count(en, ` lang="en"`); n != 1 {
		t.Errorf("an English article page marks its words lang=\"en\" again")
	}
}

// A question with bytes that are not UTF-8 is told so, not that it is
// too long; like an empty or overlong question, it is a 400 that keeps
// the article.
func TestAskInvalidUTF8SaysSo(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	a := c.article(t, c.wireCopy(t).ID)
	for _, q := range []string{"caf%e9", "%ff"} {
		rec := get(c.h, fmt.Sprintf("/articles/%d?ask=%s", a.ID, q))
		if body := rec.Body.String(); rec.Code != 400 || !strings.Contains(body, "not valid UTF-8") || strings.Contains(body, "too long") {
			t.Errorf("ask=%s: %d; want 400 and the UTF-8 message alone", q, rec.Code)
		}
	}
	// The other questions that cannot be asked are the request's fault too,
	// and the reader keeps the article.
	for q, msg := range map[string]string{"": "Type a question first", strings.Repeat("why ", 80): "too long"} {
		rec := get(c.h, fmt.Sprintf("/articles/%d?ask=%s", a.ID, url.QueryEscape(q)))
		if body := rec.Body.String(); rec.Code != 400 || !strings.Contains(body, msg) || !strings.Contains(body, a.Title) {
			t.Errorf("ask=%.12q: %d; want 400, %q and the article", q, rec.Code, msg)
		}
	}
	// The form passes such bytes on to the answer, which says so; a real
	// replacement character in a pasted question is no error.
	b := newBrowser(c.h)
	b.get(fmt.Sprintf("/articles/%d", a.ID))
	b.get(get(c.h, fmt.Sprintf("/articles/%d", a.ID)).Header().Get("Location"))
	rec := b.postForm(fmt.Sprintf("/articles/%d/ask", a.ID), url.Values{"q": {"caf\xe9?"}, "csrf": {b.token()}})
	loc := strings.TrimSuffix(rec.Header().Get("Location"), "#answer")
	if body := b.get(loc).Body.String(); rec.Code != 303 || !strings.Contains(body, "not valid UTF-8") {
		t.Errorf("form with bytes that are not UTF-8: %d to %q", rec.Code, loc)
	}
	if body := get(c.h, fmt.Sprintf("/articles/%d?ask=%s", a.ID, url.QueryEscape("Who said \uFFFD?"))).Body.String(); strings.Contains(body, "not valid UTF-8") {
		t.Error("a replacement character read as bytes that are not UTF-8")
	}
}

// TestSearchErrorsSayWhatIsWrong checks each failed search gives one
// message, the right one, in words a reader understands.
func TestSearchErrorsSayWhatIsWrong(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	rec := get(c.h, "/search?q=%FF%FE")
	body := rec.Body.String()
	if rec.Code != 400 || !strings.Contains(body, "not valid UTF-8") || strings.Contains(body, "at most 200") {
		t.Errorf("invalid UTF-8: %d, says UTF-8 %v, says too long %v", rec.Code, strings.Contains(body, "not valid UTF-8"),
			strings.Contains(body, "at most 200"))
	}
	rec = get(c.h, "/search?q=*")
	body = rec.Body.String()
	if rec.Code != 400 || !strings.Contains(body, "could not understand that search") || strings.Contains(body, "Nothing matched") {
		t.Errorf("q=*: %d; want a 400 with only the reason it could not run", rec.Code)
	}
	apiMessage := func(target string) string {
		t.Helper()
		var e struct {
			Error struct{ Message string } `json:"error"`
		}
		rec := get(c.h, target)
		decode(t, rec, &e)
		if rec.Code != 400 {
			t.Errorf("%s: status %d", target, rec.Code)
		}
		return e.Error.Message
	}
	if m := apiMessage("/api/v1/search?q=*"); strings.Count(m, `search "*"`) != 1 {
		t.Errorf("API search error %q names the search other than once", m)
	}
	for _, target := range []string{"/api/v1/articles?cursor=abc", "/api/v1/tags/velmont?cursor=-3",
		"/api/v1/stories?cursor=xyz", "/api/v1/search?q=bridge&cursor=-1"} {
		if m := apiMessage(target); !strings.Contains(m, "next_cursor") || strings.Contains(m, "4611686018427387904") || strings.Contains(m, "10000") {
			t.Errorf("%s: error %q; want it to point at next_cursor", target, m)
		}
	}
}
