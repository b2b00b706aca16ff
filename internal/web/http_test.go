package web_test

import (
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/netip"
	"net/url"
	"strings"
	"testing"
	"time"

	"herald/internal/web"
)

func TestConditionalGETAndCompression(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	for _, path := range []string{"/", "/api/v1/articles", "/feed.atom", "/api/v1/stories", "/sitemap.xml", "/tags", "/static/site.css"} {
		rec := get(c.h, path)
		etag := rec.Header().Get("ETag")
		if rec.Code != 200 || etag == "" {
			t.Fatalf("%s: %d, ETag %q", path, rec.Code, etag)
		}
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("If-None-Match", etag)
		// Pages render with the client's CSRF cookie, so send the one we got.
		for _, ck := range rec.Result().Cookies() {
			req.AddCookie(ck)
		}
		if r2 := do(c.h, req); r2.Code != http.StatusNotModified || r2.Body.Len() != 0 {
			t.Errorf("%s with If-None-Match: %d (%d bytes), want 304", path, r2.Code, r2.Body.Len())
		}
		req.Header.Set("If-None-Match", `"stale"`)
		if r3 := do(c.h, req); r3.Code != 200 {
			t.Errorf("%s with a stale ETag: %d", path, r3.Code)
		}
	}
	rec := get(c.h, "/api/v1/articles")
	lm, err := http.ParseTime(rec.Header().Get("Last-Modified"))
	if err != nil || lm.After(now) || now.Sub(lm) > 2*time.Hour {
		t.Errorf("Last-Modified %q: %v", rec.Header().Get("Last-Modified"), err)
	}
	req := httptest.NewRequest(http.MethodGet, "/api/v1/articles", nil)
	req.Header.Set("If-Modified-Since", now.UTC().Format(http.TimeFormat))
	if r := do(c.h, req); r.Code != http.StatusNotModified {
		t.Errorf("If-Modified-Since now: %d", r.Code)
	}
	req = httptest.NewRequest(http.MethodGet, "/", nil)
	req.Header.Set("Accept-Encoding", "br, gzip")
	zr := do(c.h, req)
	if zr.Header().Get("Content-Encoding") != "gzip" || !strings.Contains(strings.Join(zr.Header().Values("Vary"), ","), "Accept-Encoding") {
		t.Fatalf("gzip: %v", zr.Header())
	}
	gz, err := gzip.NewReader(zr.Body)
	if err != nil {
		t.Fatal(err)
	}
	if body := readAll(t, gz); !strings.Contains(body, "Top stories") {
		t.Error("gzipped home page does not decompress to the page")
	}
	if r := do(c.h, httptest.NewRequest(http.MethodHead, "/api/v1/articles", nil)); r.Code != 200 || r.Body.Len() != 0 {
		t.Errorf("HEAD: %d with %d bytes", r.Code, r.Body.Len())
	}
}

// browser is a client with a cookie jar, as a reader's browser would be.
type browser struct {
	h         http.Handler
	cookies   map[string]*http.Cookie
	addr      string
	forwarded string // X-Forwarded-For, as a reverse proxy would set it
}

func newBrowser(h http.Handler) *browser {
	return &browser{h: h, cookies: map[string]*http.Cookie{}, addr: "192.0.2.1:1234"}
}

func (b *browser) do(req *http.Request) *httptest.ResponseRecorder {
	req.RemoteAddr = b.addr
	if b.forwarded != "" {
		req.Header.Set("X-Forwarded-For", b.forwarded)
	}
	for _, c := range b.cookies {
		req.AddCookie(c)
	}
	rec := do(b.h, req)
	for _, c := range rec.Result().Cookies() {
		b.cookies[c.Name] = c
	}
	return rec
}

func (b *browser) get(target string) *httptest.ResponseRecorder {
	return b.do(httptest.NewRequest(http.MethodGet, target, nil))
}

func (b *browser) postForm(target string, form url.Values) *httptest.ResponseRecorder {
	req := httptest.NewRequest(http.MethodPost, target, strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	return b.do(req)
}

func (b *browser) token() string {
	if c := b.cookies["herald_csrf"]; c != nil {
		return c.Value
	}
	return ""
}

func TestAskFormNeedsCSRFAndAnswersWithCitations(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	a := c.article(t, c.wireCopy(t).ID)
	b := newBrowser(c.h)
	canonical := get(c.h, fmt.Sprintf("/articles/%d", a.ID)).Header().Get("Location")
	if b.get(canonical); b.token() == "" {
		t.Fatal("no CSRF cookie issued with the article page")
	}
	path := fmt.Sprintf("/articles/%d/ask", a.ID)
	if rec := b.postForm(path, url.Values{"q": {"Who said it?"}}); rec.Code != 403 {
		t.Fatalf("ask without token: %d", rec.Code)
	}
	wrong := "A" + b.token()[1:]
	if wrong == b.token() { // the random token may start with A itself
		wrong = "B" + b.token()[1:]
	}
	if rec := b.postForm(path, url.Values{"q": {"Who?"}, "csrf": {wrong}}); rec.Code != 403 {
		t.Fatalf("ask with a wrong token: %d", rec.Code)
	}
	content, _ := c.st.Content(context.Background(), a.ID)
	words := strings.Fields(content.Text)
	q := "What about " + strings.Trim(words[3], ",.") + " " + strings.Trim(words[4], ",.") + "?"
	// Post, then redirect to a GET that answers, so a reload does not
	// resend the form.
	rec := b.postForm(path, url.Values{"q": {q}, "csrf": {b.token()}})
	loc := rec.Header().Get("Location")
	if want := canonical + "?ask=" + url.QueryEscape(q) + "#answer"; rec.Code != http.StatusSeeOther || loc != want {
		t.Fatalf("ask: %d to %q, want 303 to %q", rec.Code, loc, want)
	}
	for range 2 { // the answer, and the answer reloaded
		rec = b.get(strings.TrimSuffix(loc, "#answer")) // a browser keeps the fragment to itself
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Fatalf("answer: %d", rec.Code)
		}
		mustContain(t, "answer", body, "You asked:", `class="citations"`, "Sentence ", `value="`+html.EscapeString(q)+`"`,
			`id="answer"`, `<meta name="robots" content="noindex`)
	}

	// The JSON API: browsers repeat the token in a header.
	ask := func(ct, token, payload string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(http.MethodPost, "/api/v1/articles/"+fmt.Sprint(a.ID)+"/ask", strings.NewReader(payload))
		req.Header.Set("Content-Type", ct)
		if token != "" {
			req.Header.Set("X-CSRF-Token", token)
		}
		return b.do(req)
	}
	rec = ask("application/json", b.token(), `{"question":"`+q+`"}`)
	var out struct {
		Citations []web.Citation `json:"citations"`
		Answered  bool           `json:"answered"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &out); err != nil || rec.Code != 200 || !out.Answered || out.Citations[0].Text == "" {
		t.Fatalf("API ask: %d %s", rec.Code, rec.Body.String())
	}
	for _, tc := range []struct {
		ct, token, body string
		status          int
	}{
		{"text/plain", b.token(), `{"question":"x"}`, 415},
		{"application/json", "", `{"question":"x"}`, 403},
		{"application/json", b.token(), `{"question":""}`, 400},
		{"application/json", b.token(), `{"question":"` + strings.Repeat("x", 400) + `"}`, 400},
		{"application/json", b.token(), `not json`, 400},
	} {
		if rec := ask(tc.ct, tc.token, tc.body); rec.Code != tc.status || !strings.Contains(rec.Body.String(), `"error"`) {
			t.Errorf("ask %s token=%v %.20s: %d, want %d", tc.ct, tc.token != "", tc.body, rec.Code, tc.status)
		}
	}
	// A site without an answerer says so.
	h, st := newSite(t, 1)
	arts, _ := st.LatestArticles(context.Background(), 1, 0)
	req := httptest.NewRequest(http.MethodPost, fmt.Sprintf("/api/v1/articles/%d/ask", arts[0].ID), strings.NewReader(`{"question":"why?"}`))
	req.Header.Set("Content-Type", "application/json")
	if rec := do(h, req); rec.Code != 501 {
		t.Errorf("ask without an Asker: %d", rec.Code)
	}
}

func TestCrossOriginPostsAreRefused(t *testing.T) {
	h, _ := newSite(t, 1)
	req := httptest.NewRequest(http.MethodPost, "/theme", strings.NewReader("theme=dark"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	if rec := do(h, req); rec.Code != 403 {
		t.Fatalf("cross-site POST: %d", rec.Code)
	}
}

func TestThemeSwitchWithoutJavaScript(t *testing.T) {
	h, _ := newSite(t, 1)
	b := newBrowser(h)
	b.get("/")
	for _, tc := range []struct{ ret, want string }{
		{"/search?q=x", "/search?q=x"}, {"//evil.example/", "/"}, {"https://evil.example/", "/"}, {"/\\evil", "/"},
		// Browsers drop tabs and newlines anywhere in a URL: "/\t/evil" is "//evil".
		{"/\t/evil.example/", "/"}, {"/\n/evil.example/", "/"},
	} {
		rec := b.postForm("/theme", url.Values{"theme": {"dark"}, "csrf": {b.token()}, "return": {tc.ret}})
		if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != tc.want {
			t.Errorf("return %q: %d to %q, want %q", tc.ret, rec.Code, rec.Header().Get("Location"), tc.want)
		}
	}
	if body := b.get("/").Body.String(); !strings.Contains(body, `<html lang="en" data-theme="dark">`) ||
		!strings.Contains(body, `aria-label="Switch to light theme"`) {
		t.Error("dark theme not applied from the cookie")
	}
	if rec := b.postForm("/theme", url.Values{"theme": {"dark"}}); rec.Code != 403 {
		t.Errorf("theme without token: %d", rec.Code)
	}
}

// fakeClock is a clock tests move by hand.
type fakeClock struct{ t time.Time }

func (c *fakeClock) now() time.Time { return c.t }

func TestPostRateLimitPerClient(t *testing.T) {
	_, st := newSite(t, 1)
	clock := &fakeClock{t: now}
	s, err := web.New(st, clock.now, nil, web.Options{PostRate: 1, PostBurst: 3})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	a, b := newBrowser(h), newBrowser(h)
	b.addr = "198.51.100.7:999"
	a.get("/")
	b.get("/")
	post := func(br *browser) int {
		return br.postForm("/theme", url.Values{"theme": {"light"}, "csrf": {br.token()}, "return": {"/"}}).Code
	}
	for i := range 3 {
		if code := post(a); code != http.StatusSeeOther {
			t.Fatalf("post %d within the burst: %d", i, code)
		}
	}
	rec := a.postForm("/theme", url.Values{"theme": {"light"}, "csrf": {a.token()}})
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") != "1" {
		t.Fatalf("post over the burst: %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if code := post(b); code != http.StatusSeeOther {
		t.Fatalf("another client is limited too: %d", code)
	}
	if code := a.get("/").Code; code != 200 {
		t.Fatalf("reads are never limited: %d", code)
	}
	clock.t = clock.t.Add(1100 * time.Millisecond)
	if code := post(a); code != http.StatusSeeOther {
		t.Fatalf("after a second the bucket has a token again: %d", code)
	}
	if code := post(a); code != http.StatusTooManyRequests {
		t.Fatalf("only one token refilled: %d", code)
	}
}

// Behind a trusted reverse proxy every reader has a bucket of their own;
// a client that is not the proxy cannot pick a fresh bucket by sending the
// header itself.
func TestPostRateLimitBehindProxy(t *testing.T) {
	_, st := newSite(t, 1)
	clock := &fakeClock{t: now}
	s, err := web.New(st, clock.now, nil, web.Options{PostRate: 1, PostBurst: 2,
		TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	post := func(br *browser) int {
		return br.postForm("/theme", url.Values{"theme": {"light"}, "csrf": {br.token()}, "return": {"/"}}).Code
	}
	reader := func(addr, forwarded string) *browser {
		br := newBrowser(h)
		br.addr, br.forwarded = addr, forwarded
		br.get("/")
		return br
	}
	a := reader("10.0.0.2:4000", "198.51.100.1")
	b := reader("10.0.0.2:4001", "198.51.100.2")
	for i := range 2 {
		if code := post(a); code != http.StatusSeeOther {
			t.Fatalf("reader a, post %d within the burst: %d", i, code)
		}
	}
	if code := post(a); code != http.StatusTooManyRequests {
		t.Fatalf("reader a over the burst: %d", code)
	}
	if code := post(b); code != http.StatusSeeOther {
		t.Fatalf("reader b behind the same proxy shares a's bucket: %d", code)
	}
	// Not the proxy: the header is the client's own word, and ignored.
	m := reader("203.0.113.9:5000", "198.51.100.50")
	for i := range 2 {
		m.forwarded = fmt.Sprintf("198.51.100.%d", 60+i)
		if code := post(m); code != http.StatusSeeOther {
			t.Fatalf("direct client, post %d within the burst: %d", i, code)
		}
	}
	m.forwarded = "198.51.100.99"
	if code := post(m); code != http.StatusTooManyRequests {
		t.Fatalf("a direct client escaped its bucket by sending X-Forwarded-For: %d", code)
	}
}

func TestSitemapsRobotsAndStatic(t *testing.T) {
	c := newCorpusSite(t, web.Options{BaseURL: "https://news.example"})
	robots := get(c.h, "/robots.txt").Body.String()
	mustContain(t, "robots.txt", robots, "Disallow: /api/", "Sitemap: https://news.example/sitemap.xml", "Sitemap: https://news.example/sitemap-news.xml")
	sm := get(c.h, "/sitemap.xml").Body.String()
	mustContain(t, "sitemap", sm, `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`, "<loc>https://news.example/</loc>",
		"<loc>https://news.example/stories/", "<loc>https://news.example/tags/", "<loc>https://news.example/sources/")
	if n := strings.Count(sm, "<loc>https://news.example/articles/"); n != len(c.site.Articles) {
		t.Errorf("sitemap lists %d articles, want %d", n, len(c.site.Articles))
	}
	news := get(c.h, "/sitemap-news.xml").Body.String()
	recent := 0
	arts, _ := c.st.LatestArticles(context.Background(), 200, 0)
	for _, a := range arts {
		if now.Sub(a.PublishedAt) <= 48*time.Hour {
			recent++
		}
	}
	if n := strings.Count(news, "<news:news>"); n != recent || n == 0 {
		t.Errorf("news sitemap has %d entries, %d articles are from the last two days", n, recent)
	}
	home := get(c.h, "/").Body.String()
	mustContain(t, "home with BaseURL", home, `<link rel="canonical" href="https://news.example/">`)
	css := strings.Split(strings.Split(home, `rel="stylesheet" href="`)[1], `"`)[0]
	rec := get(c.h, css)
	if rec.Code != 200 || !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/css") {
		t.Errorf("%s: %d %v", css, rec.Code, rec.Header())
	}
	if rec := get(c.h, "/static/nothing.css"); rec.Code != 404 {
		t.Errorf("unknown asset: %d", rec.Code)
	}
	if n := strings.Count(home, `rel="stylesheet"`) + strings.Count(home, "<style"); n != 1 {
		t.Errorf("%d stylesheets", n)
	}
	if n := strings.Count(home, "<script"); n != 1 {
		t.Errorf("%d scripts", n)
	}
	if rec := get(c.h, fmt.Sprintf("/sources/%d/favicon.svg", c.site.FailingID)); rec.Code != 200 || rec.Header().Get("Content-Type") != "image/svg+xml" ||
		!strings.Contains(rec.Body.String(), ">A</text>") {
		t.Errorf("favicon: %d %s", rec.Code, rec.Body.String())
	}
}

// Story and article pages (and their API forms) and the home page gather
// what changes without any of their own dates moving: an older article
// settled into a story, further coverage, related and top stories. They validate by ETag alone,
// so a client that sends only If-Modified-Since never gets a stale 304.
func TestAggregatePagesValidateByETagOnly(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	a := c.article(t, c.wireCopy(t).ID)
	p, err := c.st.Placement(context.Background(), a.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{
		fmt.Sprintf("/stories/%d", p.StoryID), fmt.Sprintf("/api/v1/stories/%d", p.StoryID),
		fmt.Sprintf("/api/v1/articles/%d", a.ID), fmt.Sprintf("/api/v1/articles/%d/related", a.ID),
	} {
		rec := get(c.h, path)
		if rec.Code != 200 || rec.Header().Get("ETag") == "" || rec.Header().Get("Last-Modified") != "" {
			t.Errorf("%s: %d, ETag %q, Last-Modified %q; want 200 with an ETag and no Last-Modified",
				path, rec.Code, rec.Header().Get("ETag"), rec.Header().Get("Last-Modified"))
		}
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Header.Set("If-Modified-Since", now.Add(time.Hour).UTC().Format(http.TimeFormat))
		if r := do(c.h, req); r.Code != 200 {
			t.Errorf("%s with only If-Modified-Since: %d, want 200", path, r.Code)
		}
	}
	for _, path := range []string{fmt.Sprintf("/articles/%d", a.ID), "/"} {
		page := getFollow(t, c.h, path)
		if page.Code != 200 || page.Header().Get("Last-Modified") != "" {
			t.Errorf("%s: %d, Last-Modified %q; want 200 and none", path, page.Code, page.Header().Get("Last-Modified"))
		}
	}
}

// TestAskAnswerPageIsRateLimited checks that the GET which answers a
// question (?ask=, where the no-JS form redirects) takes a token from the
// POST bucket each time, while the plain article page never does.
func TestAskAnswerPageIsRateLimited(t *testing.T) {
	c := newCorpusSite(t, web.Options{PostRate: 0.5, PostBurst: 2})
	a := c.article(t, c.wireCopy(t).ID)
	b := newBrowser(c.h)
	target := fmt.Sprintf("/articles/%d?ask=%s", a.ID, url.QueryEscape("Who said it?"))
	for i := range 2 {
		if rec := b.get(target); rec.Code != 200 || !strings.Contains(rec.Body.String(), "You asked:") {
			t.Fatalf("answer %d within the burst: %d", i, rec.Code)
		}
	}
	rec := b.get(target)
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") != "2" {
		t.Fatalf("answer over the burst: %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	// The reader keeps the article; the answer box says why there is no answer.
	mustContain(t, "rate-limited answer page", rec.Body.String(), html.EscapeString(a.Title), "Too many questions from your address; wait 2 seconds", "You asked:")
	if rec := b.get(fmt.Sprintf("/articles/%d", a.ID)); rec.Code != http.StatusMovedPermanently {
		t.Fatalf("the article page without a question: %d, want its redirect to the canonical address", rec.Code)
	}
}

// Cookies are Secure, and absolute links https, whenever the reader came
// over HTTPS: to Herald itself, to a site whose public address is https,
// or through a trusted proxy that says so. A client that is not the proxy
// cannot claim it.
func TestCookiesSecureOverHTTPS(t *testing.T) {
	_, st := newSite(t, 1)
	for _, tc := range []struct {
		name, base, addr, proto string
		secure                  bool
	}{
		{"plain http", "", "192.0.2.1:1", "", false},
		{"https base URL", "https://news.example", "192.0.2.1:1", "", true},
		{"trusted proxy, https", "", "10.0.0.2:1", "https", true},
		{"trusted proxy, http", "", "10.0.0.2:1", "http", false},
		{"untrusted client claims https", "", "192.0.2.1:1", "https", false},
	} {
		s, err := web.New(st, time.Now, nil, web.Options{BaseURL: tc.base,
			TrustedProxies: []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8")}})
		if err != nil {
			t.Fatal(err)
		}
		req := httptest.NewRequest(http.MethodGet, "/", nil)
		req.RemoteAddr = tc.addr
		if tc.proto != "" {
			req.Header.Set("X-Forwarded-Proto", tc.proto)
		}
		rec := httptest.NewRecorder()
		s.Handler().ServeHTTP(rec, req)
		cookies := rec.Result().Cookies()
		if len(cookies) == 0 {
			t.Fatalf("%s: no cookie issued", tc.name)
		}
		for _, c := range cookies {
			if c.Secure != tc.secure {
				t.Errorf("%s: cookie %s Secure = %v, want %v", tc.name, c.Name, c.Secure, tc.secure)
			}
		}
		// The page's own absolute links use the scheme the reader used.
		if tc.base == "" && strings.Contains(rec.Body.String(), `rel="canonical" href="https://`) != tc.secure {
			t.Errorf("%s: canonical link's scheme, want https %v", tc.name, tc.secure)
		}
	}
}
