package browsertest

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"herald/internal/demo"
)

type css = chromedp.CSS

// TestReaderJourney is a reader's visit in a real browser: home, a top
// story, one of its articles with every block filled, a question with a
// cited answer, the theme switch, and a search.
func TestReaderJourney(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t, 60*time.Second)
	site := startDemoSite(t)
	shots := screenshotDir(t)

	// Home: top stories first.
	do(t, ctx, "open home", chromedp.Navigate(site.URL+"/"), chromedp.WaitVisible(css(`#top-h`)))
	storyHrefs := eval[[]string](t, ctx, `[...document.querySelectorAll('.story-title a')].map(a => a.getAttribute('href'))`)
	if len(storyHrefs) < 3 {
		t.Fatalf("home shows %d top stories", len(storyHrefs))
	}
	shoot(t, ctx, shots, "home")
	checkAccessible(t, ctx, "home")
	target, storyHref := pickArticle(t, site, storyHrefs)

	// Story page, reached by clicking.
	do(t, ctx, "open story",
		chromedp.Click(css(fmt.Sprintf(`.story-title a[href=%q]`, storyHref))),
		chromedp.WaitVisible(css(`#tl-h`)))
	if h1 := value(t, ctx, "story headline", chromedp.Text(css(`h1`))); h1 == "" {
		t.Fatal("story page has no headline")
	}
	shoot(t, ctx, shots, "story")

	// Article page, reached from the story's coverage list.
	id := site.Site.Articles[target.ID]
	do(t, ctx, "open article",
		chromedp.Click(css(fmt.Sprintf(`.pub-group a[href^="/articles/%d/"]`, id))),
		chromedp.WaitVisible(css(`#headline`)))
	checkArticleBlocks(t, ctx, site, id)
	shoot(t, ctx, shots, "article")
	checkAccessible(t, ctx, "article")

	// Relative times stay true while the page is open.
	rel := eval[string](t, ctx, `(() => { const t = document.querySelector('.byline time[data-rel]');
		t.setAttribute('datetime', new Date(Date.now() - 3*3600*1000 - 60000).toISOString());
		document.dispatchEvent(new Event('visibilitychange'));
		return t.textContent; })()`)
	if rel != "3 hours ago" {
		t.Errorf("relative time after refresh: %q", rel)
	}

	// Ask a question: the answer appears in place, citing sentences.
	do(t, ctx, "ask",
		chromedp.SendKeys(css(`#ask-q`), questionAbout(t, site, id)),
		chromedp.Click(css(`form.ask button`)),
		chromedp.WaitVisible(css(`[data-answer] .citations li`)))
	cites := eval[[]string](t, ctx, `[...document.querySelectorAll('[data-answer] .citations blockquote')].map(b => b.textContent)`)
	url := value(t, ctx, "location", chromedp.Location())
	if len(cites) == 0 || cites[0] == "" || !strings.Contains(url, fmt.Sprintf("/articles/%d/", id)) {
		t.Fatalf("answer %q at %s", cites, url)
	}
	shoot(t, ctx, shots, "article-answer")

	// Theme: the switch changes the colours at once, and the server keeps
	// the choice on the next page.
	before := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`)
	do(t, ctx, "switch theme", chromedp.Click(css(`[data-theme-toggle]`)))
	after := eval[string](t, ctx, `getComputedStyle(document.body).backgroundColor`)
	do(t, ctx, "reload", chromedp.Reload(), chromedp.WaitVisible(css(`#headline`)))
	themed := eval[string](t, ctx, `document.documentElement.dataset.theme || ''`)
	if before == after || themed == "" {
		t.Fatalf("theme switch: background %s → %s, after reload data-theme=%q", before, after, themed)
	}
	shoot(t, ctx, shots, "article-"+themed)

	// Search from the masthead, then open a result.
	do(t, ctx, "search",
		chromedp.SendKeys(css(`#site-q`), "bridge\n"),
		chromedp.WaitVisible(css(`.hits`)))
	hits := eval[int](t, ctx, `document.querySelectorAll('.hits .row').length`)
	marks := eval[int](t, ctx, `document.querySelectorAll('.hits mark').length`)
	if hits == 0 || marks == 0 {
		t.Fatalf("search: %d hits, %d highlights", hits, marks)
	}
	shoot(t, ctx, shots, "search-"+themed)
	title := value(t, ctx, "result title", chromedp.Text(css(`.hits .row-title a`)))
	do(t, ctx, "open result", chromedp.Click(css(`.hits .row-title a`)), chromedp.WaitVisible(css(`#headline`)))
	if got := value(t, ctx, "result headline", chromedp.Text(css(`#headline`))); strings.TrimSpace(got) != strings.TrimSpace(title) {
		t.Fatalf("opened %q from result %q", got, title)
	}

	// The article on a phone, back in the light theme.
	do(t, ctx, "phone",
		chromedp.Click(css(`[data-theme-toggle]`)),
		chromedp.EmulateViewport(390, 844, chromedp.EmulateScale(2), chromedp.EmulateMobile),
		chromedp.Navigate(fmt.Sprintf("%s/articles/%d", site.URL, id)),
		chromedp.WaitVisible(css(`#headline`)))
	if eval[bool](t, ctx, `document.documentElement.scrollWidth > window.innerWidth + 1`) {
		t.Error("the article page scrolls sideways on a phone")
	}
	shoot(t, ctx, shots, "article-phone")
}

// pickArticle chooses, among the home page's top stories, a wire copy with
// photos and quotes (or its original), so every block of its page has something to show.
func pickArticle(t *testing.T, site *demoSite, storyHrefs []string) (demo.Article, string) {
	t.Helper()
	ctx := context.Background()
	var fallback *demo.Article
	var fallbackHref string
	for _, href := range storyHrefs {
		for key, sid := range site.Site.Stories {
			if href != fmt.Sprintf("/stories/%d", sid) {
				continue
			}
			group := site.Site.Corpus.Stories()[key]
			for _, a := range group {
				if !inWire(a, group) || len(a.Images()) == 0 {
					continue
				}
				e, err := site.Store.Enrichment(ctx, site.Site.Articles[a.ID])
				if err == nil && len(e.Quotes) > 0 {
					return a, href
				}
				if fallback == nil {
					fallback, fallbackHref = &a, href
				}
			}
		}
	}
	if fallback == nil {
		t.Fatal("no top story has wire copies with photos")
	}
	return *fallback, fallbackHref
}

// inWire reports whether a is a wire copy or has copies in its story.
func inWire(a demo.Article, group []demo.Article) bool {
	if a.WireOf != "" {
		return true
	}
	for _, b := range group {
		if b.WireOf == a.ID {
			return true
		}
	}
	return false
}

// checkArticleBlocks asserts each block of the article page is present and
// has content.
func checkArticleBlocks(t *testing.T, ctx context.Context, site *demoSite, id int64) {
	t.Helper()
	e, err := site.Store.Enrichment(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	blocks := map[string]string{
		"headline":          `#headline`,
		"publisher":         `.article-head .publisher`,
		"favicon":           `.article-head img.favicon`,
		"author":            `.byline .authors`,
		"relative time":     `.byline time[datetime][title]`,
		"body":              `.prose p`,
		"body image":        `.prose figure img[alt]`,
		"caption":           `.prose figcaption`,
		"credit":            `.prose figcaption .credit`,
		"link to original":  `a.original`,
		"hashtags":          `.tags-block .chip`,
		"key points":        `.ai-block .key-points li`,
		"entities":          `.ai-block .entities .chip`,
		"ask box":           `.ai-block form.ask button`,
		"comments":          `.comments-block .empty-state`,
		"related articles":  `.related-block .card .card-title a`,
		"related publisher": `.related-block .card .publisher`,
		"related time":      `.related-block .card time`,
		"related snippet":   `.related-block .card .snippet`,
		"also published by": `.wire-block .mini-list li`,
		"story coverage":    `.coverage-block .mini-list li`,
	}
	if len(e.Quotes) > 0 {
		blocks["quotes"] = `.ai-block .quote blockquote`
		blocks["quote speaker"] = `.ai-block .quote figcaption`
	}
	for name, sel := range blocks {
		js := fmt.Sprintf(`(() => { const els = document.querySelectorAll(%q); let t = '';
			els.forEach(e => t += (e.textContent.trim() || e.getAttribute('alt') || e.getAttribute('src') || ''));
			return [els.length, t.trim().length]; })()`, sel)
		res := eval[[]int](t, ctx, js)
		if res[0] == 0 || res[1] == 0 {
			t.Errorf("article block %q (%s): %d elements, %d characters", name, sel, res[0], res[1])
		}
	}
	if c := value(t, ctx, "comments", chromedp.Text(css(`.comments-block`))); !strings.Contains(c, "No comments yet") {
		t.Errorf("comments block: %q", c)
	}
	// Body images load from the publisher.
	broken := eval[int](t, ctx, `new Promise(r => setTimeout(() => r([...document.querySelectorAll('.prose img')]
		.filter(i => { i.loading = 'eager'; return i.complete && i.naturalWidth === 0; }).length), 300))`)
	if broken > 0 {
		t.Errorf("%d body images failed to load", broken)
	}
}

// checkAccessible checks what a screen reader and a keyboard need: one h1,
// the landmarks, alt on every image, a label on every field, and a skip
// link that is the first thing Tab reaches.
func checkAccessible(t *testing.T, ctx context.Context, page string) {
	t.Helper()
	problems := eval[[]string](t, ctx, `(() => {
		const p = [];
		if (document.querySelectorAll('h1').length !== 1) p.push('h1 count ' + document.querySelectorAll('h1').length);
		for (const sel of ['header', 'main#main', 'footer', 'nav[aria-label]', 'form[role=search]']) {
			if (!document.querySelector(sel)) p.push('missing ' + sel);
		}
		document.querySelectorAll('img:not([alt])').forEach(i => p.push('img without alt: ' + i.src));
		document.querySelectorAll('input:not([type=hidden]), select').forEach(f => {
			if (!f.labels.length && !f.getAttribute('aria-label') && !f.closest('label')) p.push('unlabelled field ' + (f.name || f.id));
		});
		document.querySelectorAll('button').forEach(b => { if (!b.textContent.trim() && !b.getAttribute('aria-label')) p.push('unnamed button'); });
		if (!document.documentElement.lang) p.push('no lang');
		return p; })()`)
	for _, p := range problems {
		t.Errorf("%s page: %s", page, p)
	}
	do(t, ctx, "tab", chromedp.KeyEvent("\t"))
	if f := eval[string](t, ctx, `document.activeElement.className`); f != "skip" {
		t.Errorf("%s page: first Tab focuses %q, want the skip link", page, f)
	}
}

// questionAbout asks about the first long words of the article, which the
// test Asker will cite.
func questionAbout(t *testing.T, site *demoSite, id int64) string {
	t.Helper()
	c, err := site.Store.Content(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	var words []string
	for _, w := range strings.Fields(c.Text) {
		if w = strings.Trim(w, `,.;:"'()`); len(w) >= 5 && len(words) < 3 {
			words = append(words, w)
		}
	}
	return "What about " + strings.Join(words, " ") + "?"
}
