// Package sources manages what Herald follows: add a feed by its URL or by
// its site's URL (discovering the feed), import and export OPML.
package sources

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"strings"
	"time"

	"herald/internal/feed"
	"herald/internal/fetch"
	"herald/internal/ingest"
	"herald/internal/model"
	"herald/internal/store"
)

// Manager adds, imports and exports sources.
type Manager struct {
	Store   store.Store
	Fetcher *fetch.Fetcher
	Now     func() time.Time
}

// Add follows a feed given by its own URL or by a page that links to it.
// It returns model.ErrConflict (with the existing source) when the feed is
// already followed, so one feed URL is only ever fetched once.
func (m *Manager) Add(ctx context.Context, rawURL string) (*model.Source, error) {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("add source %q: need an http or https URL: %w", rawURL, model.ErrInvalid)
	}
	found, err := m.findFeed(ctx, u.String())
	if err != nil {
		return nil, fmt.Errorf("add source %s: %w", u, err)
	}
	if existing, err := m.Store.SourceByFeedURL(ctx, found.url); err == nil {
		return existing, fmt.Errorf("add source %s: %w", found.url, model.ErrConflict)
	}
	src := &model.Source{FeedURL: found.url, SiteURL: found.feed.SiteURL, Title: feed.PublisherName(found.feed.Title, found.feed.SiteURL),
		Enabled: true, NextCheckAt: m.Now()}
	if err := m.Store.AddSource(ctx, src); err != nil {
		return nil, err
	}
	return src, nil
}

type foundFeed struct {
	url  string
	feed *feed.Feed
}

// findFeed returns the feed at pageURL, or the first working feed the page
// links to, or the first working feed at a common path of its site.
func (m *Manager) findFeed(ctx context.Context, pageURL string) (*foundFeed, error) {
	resp, err := m.Fetcher.Get(ctx, fetch.Request{URL: pageURL, Accept: ingest.Accept})
	if err != nil {
		return nil, err
	}
	if f, err := feed.Parse(resp.Body, resp.ContentType, resp.URL); err == nil || (f != nil && len(f.Entries) > 0) {
		return &foundFeed{url: resp.URL, feed: f}, nil
	}
	candidates := append(feed.Discover(resp.Body, resp.URL), commonCandidates(resp.URL)...)
	var errs []error
	for _, c := range candidates {
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		r, err := m.Fetcher.Get(ctx, fetch.Request{URL: c, Accept: ingest.Accept})
		if err != nil {
			errs = append(errs, err)
			continue
		}
		if f, err := feed.Parse(r.Body, r.ContentType, r.URL); err == nil {
			return &foundFeed{url: r.URL, feed: f}, nil
		}
	}
	errs = errs[:min(len(errs), 3)] // the first few say enough
	return nil, fmt.Errorf("no feed found at or linked from %s (%d candidates tried): %w",
		pageURL, len(candidates), errors.Join(append([]error{model.ErrNotFound}, errs...)...))
}

// commonCandidates lists the usual feed addresses for a page: beside the
// page first (a site living under /blog/), then at the site's root.
func commonCandidates(pageURL string) []string {
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(ref string) {
		r, err := url.Parse(ref)
		if err != nil {
			return
		}
		u := base.ResolveReference(r).String()
		if !seen[u] {
			seen[u] = true
			out = append(out, u)
		}
	}
	if dir := path.Dir(base.Path + "x"); dir != "/" && dir != "." {
		for _, p := range feed.CommonPaths {
			add(strings.TrimPrefix(p, "/"))
		}
	}
	for _, p := range feed.CommonPaths {
		add(p)
	}
	return out
}

// ImportResult counts what an OPML import did.
type ImportResult struct {
	Added   int
	Skipped int // already followed
	Invalid []string
}

// Import follows every feed of an OPML document without fetching them: the
// scheduler polls them soon after, and a dead feed shows its error then.
func (m *Manager) Import(ctx context.Context, r io.Reader) (ImportResult, error) {
	var res ImportResult
	outlines, err := feed.ParseOPML(r)
	if err != nil {
		return res, fmt.Errorf("import opml: %w", err)
	}
	for _, o := range outlines {
		u, err := url.Parse(o.FeedURL)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			res.Invalid = append(res.Invalid, o.FeedURL)
			continue
		}
		src := &model.Source{FeedURL: u.String(), SiteURL: o.SiteURL, Title: o.Title, Enabled: true, NextCheckAt: m.Now()}
		err = m.Store.AddSource(ctx, src)
		switch {
		case errors.Is(err, model.ErrConflict):
			res.Skipped++
		case err != nil:
			return res, fmt.Errorf("import opml: %w", err)
		default:
			res.Added++
		}
	}
	return res, nil
}

// Export writes every source as OPML 2.0.
func (m *Manager) Export(ctx context.Context, w io.Writer) error {
	srcs, err := m.Store.Sources(ctx)
	if err != nil {
		return fmt.Errorf("export opml: %w", err)
	}
	return feed.WriteOPML(w, "Herald sources", srcs)
}
