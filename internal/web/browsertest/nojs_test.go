package browsertest

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// TestWorksWithoutJavaScript uses the ask box and the theme switch with
// scripts off: both are plain forms that the server answers.
func TestWorksWithoutJavaScript(t *testing.T) {
	if testing.Short() {
		t.Skip("browser test skipped in -short mode")
	}
	ctx := newBrowser(t, 45*time.Second)
	site := startDemoSite(t)
	if _, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true}); err != nil {
		t.Fatal(err)
	}
	var id int64
	for _, a := range site.Site.Corpus.Articles {
		if len(a.Images()) > 0 {
			id = site.Site.Articles[a.ID]
			break
		}
	}
	do(t, ctx, "open article",
		chromedp.Navigate(fmt.Sprintf("%s/articles/%d", site.URL, id)),
		chromedp.WaitReady(css(`#headline`)))
	do(t, ctx, "ask by form",
		chromedp.SendKeys(css(`#ask-q`), questionAbout(t, site, id)),
		chromedp.Click(css(`form.ask button`)),
		chromedp.WaitReady(css(`[data-answer] .citations li`)))
	cite := value(t, ctx, "citation", chromedp.Text(css(`[data-answer] .citations blockquote`)))
	if loc := value(t, ctx, "location", chromedp.Location()); cite == "" || !strings.Contains(loc, fmt.Sprintf("/articles/%d/", id)) || !strings.Contains(loc, "?ask=") {
		t.Fatalf("no-JS answer %q at %s", cite, loc)
	}
	do(t, ctx, "theme by form",
		chromedp.Click(css(`[data-theme-toggle]`)),
		chromedp.WaitReady(css(`html[data-theme="dark"]`)),
		chromedp.WaitReady(css(`#headline`)))
	if loc := value(t, ctx, "location", chromedp.Location()); !strings.Contains(loc, fmt.Sprintf("/articles/%d/", id)) {
		t.Fatalf("after the theme switch the reader is at %s", loc)
	}
	shoot(t, ctx, screenshotDir(t), "article-nojs-dark")
}
