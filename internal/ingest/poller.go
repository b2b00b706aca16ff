// Package ingest polls one source: fetch its feed politely, parse it, store
// its entries and schedule the next poll. It is the first stage of the
// pipeline; the jobs package decides when it runs.
package ingest

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/url"
	"slices"
	"time"

	"herald/internal/feed"
	"herald/internal/fetch"
	"herald/internal/model"
	"herald/internal/schedule"
	"herald/internal/store"
)

// Accept is what Herald asks for when fetching a feed.
const Accept = "application/rss+xml, application/atom+xml, application/feed+json, application/json;q=0.9, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5"

// maxEntriesPerPoll bounds what one poll stores, in the feed's own order
// (newest first by convention). A feed names 10 to 100 entries; one that
// lists a hundred thousand links (a 10 MB feed can) would otherwise send
// Herald to fetch a page for each, from any hosts it names.
const maxEntriesPerPoll = 500

// Poller implements jobs.Poller.
type Poller struct {
	Store   store.Store
	Fetcher *fetch.Fetcher
	Policy  schedule.Policy
	Now     func() time.Time
	Logger  *slog.Logger
}

// Poll fetches and stores one source. Fetch and parse failures are recorded
// on the source with a backoff, and whatever entries a broken feed still
// yielded are kept; the returned error is only for failures to store.
func (p *Poller) Poll(ctx context.Context, sourceID int64) ([]int64, error) {
	src, err := p.Store.Source(ctx, sourceID)
	if err != nil {
		return nil, err
	}
	resp, err := p.Fetcher.Get(ctx, fetch.Request{URL: src.FeedURL, ETag: src.ETag,
		LastModified: src.LastModified, Accept: Accept})
	if ctx.Err() != nil {
		return nil, ctx.Err() // shutting down: not the source's fault
	}
	if err != nil {
		return nil, p.recordFailure(ctx, src, err)
	}
	now := p.Now()
	if resp.NotModified {
		return nil, p.recordSuccess(ctx, src, now, resp, 0, "", "")
	}
	parsed, perr := feed.Parse(resp.Body, resp.ContentType, resp.URL)
	var ids []int64
	if parsed != nil {
		// An item with neither a guid nor a link (RSS 2.0 makes both
		// optional) cannot be stored or told apart from the next poll's
		// copy. It is left out here: the store saves a poll's entries all
		// or none, so one such item would keep every other entry out.
		parsed.Entries = slices.DeleteFunc(parsed.Entries, func(a model.Article) bool {
			return a.GUID == "" && a.URL == ""
		})
		if n := len(parsed.Entries); n > maxEntriesPerPoll {
			p.Logger.Warn("feed lists too many entries; keeping its first", "source_id", src.ID,
				"entries", n, "kept", maxEntriesPerPoll)
			parsed.Entries = parsed.Entries[:maxEntriesPerPoll]
		}
	}
	if parsed != nil && len(parsed.Entries) > 0 {
		for i := range parsed.Entries {
			parsed.Entries[i].Stage = model.StageFeed
		}
		// Feeds list the newest first; storing (and so processing) the
		// oldest first lets later stages see a story unfold in order.
		slices.SortStableFunc(parsed.Entries, func(a, b model.Article) int {
			return a.PublishedAt.Compare(b.PublishedAt)
		})
		if ids, err = p.Store.SaveEntries(ctx, src.ID, parsed.Entries); err != nil {
			return nil, fmt.Errorf("poll source %d: %w", src.ID, err)
		}
	}
	if perr != nil {
		// Entries read before the damage are kept; the error still shows
		// on the source so the operator sees the feed is broken.
		return ids, p.recordFailure(ctx, src, perr)
	}
	p.Logger.Info("polled source", "source_id", src.ID, "entries", len(parsed.Entries), "new", len(ids))
	return ids, p.recordSuccess(ctx, src, now, resp, parsed.TTL, feed.PublisherName(parsed.Title, parsed.SiteURL), parsed.SiteURL)
}

func (p *Poller) recordSuccess(ctx context.Context, src *model.Source, now time.Time, resp *fetch.Response,
	ttl time.Duration, title, siteURL string) error {
	times, err := p.Store.EntryTimes(ctx, src.ID, 200)
	if err != nil {
		return fmt.Errorf("poll source %d: %w", src.ID, err)
	}
	res := model.FetchResult{CheckedAt: now, NextCheckAt: p.Policy.Next(now, times, ttl, resp.MaxAge),
		ETag: resp.ETag, LastModified: resp.LastModified, Title: title, SiteURL: siteURL}
	if err := p.Store.RecordFetch(ctx, src.ID, res); err != nil {
		return fmt.Errorf("poll source %d: %w", src.ID, err)
	}
	return nil
}

func (p *Poller) recordFailure(ctx context.Context, src *model.Source, cause error) error {
	now := p.Now()
	var retryAfter time.Duration
	var se *fetch.StatusError
	if errors.As(cause, &se) {
		retryAfter = se.RetryAfter
	}
	next := p.Policy.AfterError(now, src.ErrorCount+1, retryAfter)
	p.Logger.Warn("poll failed", "source_id", src.ID, "feed_url", redacted(src.FeedURL), "next_check_at", next, "error", cause)
	if err := p.Store.RecordFetch(ctx, src.ID, model.FetchResult{CheckedAt: now, NextCheckAt: next, Err: cause}); err != nil {
		return fmt.Errorf("poll source %d: %w", src.ID, err)
	}
	return nil
}

// redacted is a feed URL fit for the log: a private feed's password, as
// in https://user:pass@host/feed, shown as xxxxx (as the fetcher does).
func redacted(raw string) string {
	if u, err := url.Parse(raw); err == nil {
		return u.Redacted()
	}
	return raw
}
