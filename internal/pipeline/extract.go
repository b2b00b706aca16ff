package pipeline

import (
	"context"
	"fmt"
	"html"
	"log/slog"
	"strings"

	"herald/internal/extract"
	"herald/internal/fetch"
	"herald/internal/htmltext"
	"herald/internal/model"
	"herald/internal/store"
)

// StageExtract is the name of the extraction stage.
const StageExtract = "extract"

// acceptHTML is what Herald asks for when fetching an article page.
const acceptHTML = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"

// Extractor fetches each article's page politely and extracts its full
// text. When the page cannot be had or yields less than the feed gave, the
// feed's own content is kept and the reason recorded.
type Extractor struct {
	Store   store.Store
	Fetcher *fetch.Fetcher
	Logger  *slog.Logger
}

// Name implements jobs.Stage.
func (x *Extractor) Name() string { return StageExtract }

// Run implements jobs.Stage.
func (x *Extractor) Run(ctx context.Context, articleID int64) error {
	a, err := x.Store.Article(ctx, articleID)
	if err != nil {
		return err
	}
	c, reason := x.fromPage(ctx, a)
	if ctx.Err() != nil {
		return ctx.Err() // shutting down: try again later, do not record a failure
	}
	if c == nil {
		// Text read from the page before (re-extraction after an upgrade
		// or by the operator) is kept: a page that has since gone, or a
		// host that is down today, must not cost the stored article.
		if prev, err := x.Store.Content(ctx, a.ID); err == nil && prev.Error == "" && prev.Text != "" {
			x.Logger.Info("kept earlier page content", "article_id", a.ID, "url", a.URL, "reason", reason)
			return nil
		}
		c = fromFeed(a)
		c.Error = reason
		x.Logger.Info("kept feed content", "article_id", a.ID, "url", a.URL, "reason", reason)
	}
	c.ArticleID = a.ID
	return x.Store.SaveContent(ctx, c)
}

// fromPage returns the page's extracted content, or nil and why not.
func (x *Extractor) fromPage(ctx context.Context, a *model.Article) (*model.Content, string) {
	if a.URL == "" {
		return nil, "the entry has no link"
	}
	resp, err := x.Fetcher.Get(ctx, fetch.Request{URL: a.URL, Accept: acceptHTML})
	if err != nil {
		return nil, fmt.Sprintf("fetch page: %v", err)
	}
	page, err := fetch.ToUTF8(resp.Body, resp.ContentType)
	if err != nil {
		return nil, fmt.Sprintf("decode page: %v", err)
	}
	art, err := extract.Extract(page, resp.URL, extract.Options{})
	if err != nil {
		return nil, fmt.Sprintf("extract: %v", err)
	}
	feedText := htmltext.Plain(a.ContentHTML, 0)
	if len(feedText) > len(art.Text)*3/2 {
		return nil, fmt.Sprintf("the page's text (%d bytes) is much shorter than the feed's (%d bytes)", len(art.Text), len(feedText))
	}
	return contentOf(art), ""
}

func contentOf(art *extract.Article) *model.Content {
	c := &model.Content{Title: art.Title, Authors: art.Authors, PublishedAt: art.PublishedAt,
		ModifiedAt: art.ModifiedAt, Language: art.Language, SiteName: art.SiteName,
		CanonicalURL: art.CanonicalURL, LeadImage: art.LeadImage, HTML: art.HTML, Text: art.Text}
	for _, im := range art.Images {
		c.Images = append(c.Images, model.Image{URL: im.URL, Alt: im.Alt, Caption: im.Caption, Credit: im.Credit})
	}
	return c
}

// fromFeed builds content from the feed entry: its full content when it
// has one, else its summary. It goes through the extractor too, so the
// same allow-list sanitizes it; a fragment too short for that becomes
// escaped plain text.
func fromFeed(a *model.Article) *model.Content {
	src := a.ContentHTML
	if strings.TrimSpace(htmltext.Plain(src, 0)) == "" {
		src = a.Summary
	}
	page := "<!doctype html><html><head><title>" + html.EscapeString(a.Title) + "</title></head><body><article>" +
		src + "</article></body></html>"
	art, err := extract.Extract([]byte(page), a.URL, extract.Options{})
	if err == nil && art.Text != "" {
		c := contentOf(art)
		c.Title, c.Authors, c.PublishedAt = a.Title, a.Authors, a.PublishedAt
		return c
	}
	text := htmltext.Plain(src, 0)
	c := &model.Content{Title: a.Title, Authors: a.Authors, PublishedAt: a.PublishedAt, Text: text}
	if text != "" {
		c.HTML = "<p>" + html.EscapeString(text) + "</p>"
	}
	return c
}
