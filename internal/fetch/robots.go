package fetch

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/temoto/robotstxt"
)

const (
	// robotsMaxBytes is how much of a robots.txt is read; Google and RFC
	// 9309 parse at least the first 500 KiB and ignore the rest.
	robotsMaxBytes = 512 << 10
	// robotsRetryTTL is how long a robots.txt that answered 429/5xx, or
	// could not be reached, blocks the whole site before we ask again.
	robotsRetryTTL = 10 * time.Minute
	// maxCrawlDelay bounds what a robots.txt Crawl-delay can impose, so a
	// site cannot stall its own feed for hours with one line.
	maxCrawlDelay = time.Minute
	// robotsCacheSweep is the cache size above which expired entries of
	// other sites are dropped when a new one is added.
	robotsCacheSweep = 1024
)

// robotsEntry is one site's robots.txt verdict. The loader fills it and
// closes ready; readers wait for ready before looking at the other fields.
type robotsEntry struct {
	ready chan struct{}
	// group holds the rules for our agent; nil allows everything.
	group *robotstxt.Group
	// unavailable, when set, refuses every path: robots.txt answered with a
	// server error or could not be fetched.
	unavailable error
	expires     time.Time
	// abandoned: the loader gave up (its context ended, or the address is
	// blocked) without a verdict, and removed the entry; waiters retry.
	abandoned bool
}

func (e *robotsEntry) done() bool {
	select {
	case <-e.ready:
		return true
	default:
		return false
	}
}

// checkRobots is the beforeHop for page fetches: it refuses u if the site's
// robots.txt disallows it, and returns the host delay with the site's
// Crawl-delay applied.
func (f *Fetcher) checkRobots(ctx context.Context, u *url.URL) (time.Duration, error) {
	e, err := f.robotsFor(ctx, u)
	if err != nil {
		return 0, fmt.Errorf("robots.txt: %w", err)
	}
	if e.unavailable != nil {
		return 0, fmt.Errorf("%w: robots.txt unavailable: %w", ErrRobotsDisallowed, e.unavailable)
	}
	delay := f.cfg.PerHostDelay
	if e.group == nil {
		return delay, nil
	}
	if !e.group.Test(robotsPath(u)) {
		return 0, fmt.Errorf("%w: %s", ErrRobotsDisallowed, robotsPath(u))
	}
	return max(delay, min(e.group.CrawlDelay, maxCrawlDelay)), nil
}

// robotsFor returns the cached verdict for u's site, fetching robots.txt if
// it is missing or expired. Concurrent callers for one site share a single
// fetch.
func (f *Fetcher) robotsFor(ctx context.Context, u *url.URL) (*robotsEntry, error) {
	origin := strings.ToLower(u.Scheme) + "://" + hostKey(u)
	for {
		f.robotsMu.Lock()
		now := f.cfg.Now()
		e := f.robots[origin]
		if e != nil && e.done() && !now.Before(e.expires) {
			e = nil
		}
		if e == nil {
			e = &robotsEntry{ready: make(chan struct{})}
			f.sweepRobotsLocked(now)
			f.robots[origin] = e
			f.robotsMu.Unlock()
			return e, f.loadRobots(ctx, origin, e)
		}
		f.robotsMu.Unlock()

		select {
		case <-e.ready:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		if !e.abandoned {
			return e, nil
		}
	}
}

func (f *Fetcher) sweepRobotsLocked(now time.Time) {
	if len(f.robots) < robotsCacheSweep {
		return
	}
	for origin, e := range f.robots {
		if e.done() && !now.Before(e.expires) {
			delete(f.robots, origin)
		}
	}
}

// loadRobots fetches origin's robots.txt into e and closes e.ready. Outcomes
// follow RFC 9309 as Google applies it: 2xx is parsed; other 4xx, too many
// redirects and redirects off http(s) count as "no robots.txt" and allow
// everything; 429, 5xx and network failures disallow the whole site for
// robotsRetryTTL. Errors that say nothing about the site (the caller's
// context ended, the address is blocked) are returned and not cached.
func (f *Fetcher) loadRobots(ctx context.Context, origin string, e *robotsEntry) error {
	target, err := url.Parse(origin + "/robots.txt")
	if err != nil {
		return f.abandonRobots(origin, e, err)
	}
	header := make(http.Header)
	header.Set("User-Agent", f.cfg.UserAgent)
	header.Set("Accept", "text/plain, */*;q=0.5")
	header.Set("Accept-Encoding", acceptEncoding)
	_, rep, err := f.follow(ctx, target, header, bodyLimit{max: robotsMaxBytes, truncate: true}, nil)

	now := f.cfg.Now()
	e.expires = now.Add(f.cfg.RobotsTTL)
	switch {
	case ctx.Err() != nil:
		return f.abandonRobots(origin, e, ctx.Err())
	case errors.Is(err, ErrBlockedAddress):
		return f.abandonRobots(origin, e, err)
	case errors.Is(err, ErrTooLarge) && rep != nil:
		f.cfg.Logger.WarnContext(ctx, "robots.txt truncated", "origin", origin, "limit_bytes", robotsMaxBytes)
		e.group = f.parseRobots(ctx, origin, dropPartialLine(rep.body))
	case errors.Is(err, ErrTooManyRedirects) || errors.Is(err, ErrUnsupportedScheme):
		// RFC 9309: unfollowable redirects mean robots.txt is unavailable.
	case err != nil:
		f.disallowFor(ctx, origin, e, now, err)
	case rep.resp.StatusCode >= 200 && rep.resp.StatusCode < 300:
		e.group = f.parseRobots(ctx, origin, rep.body)
	case rep.resp.StatusCode == http.StatusTooManyRequests || rep.resp.StatusCode >= 500:
		f.disallowFor(ctx, origin, e, now, newStatusError(rep.resp, now))
	}
	close(e.ready)
	return nil
}

func (f *Fetcher) disallowFor(ctx context.Context, origin string, e *robotsEntry, now time.Time, cause error) {
	f.cfg.Logger.WarnContext(ctx, "robots.txt unavailable, site disallowed for now",
		"origin", origin, "retry_in", robotsRetryTTL.String(), "error", cause)
	e.unavailable = cause
	e.expires = now.Add(min(robotsRetryTTL, f.cfg.RobotsTTL))
}

func (f *Fetcher) abandonRobots(origin string, e *robotsEntry, err error) error {
	f.robotsMu.Lock()
	if f.robots[origin] == e {
		delete(f.robots, origin)
	}
	f.robotsMu.Unlock()
	e.abandoned = true
	close(e.ready)
	return err
}

// parseRobots returns the rules for our agent, or nil (allow all) when the
// file cannot be parsed at all.
func (f *Fetcher) parseRobots(ctx context.Context, origin string, body []byte) *robotstxt.Group {
	data, err := robotstxt.FromBytes(normalizeRobots(body))
	if err != nil {
		f.cfg.Logger.WarnContext(ctx, "robots.txt unparsable, allowing all", "origin", origin, "error", err)
		return nil
	}
	return data.FindGroup(f.agent)
}

// robotsPath is the part of u that robots.txt rules match against.
func robotsPath(u *url.URL) string {
	p := u.EscapedPath()
	if p == "" {
		p = "/"
	}
	if u.RawQuery != "" {
		p += "?" + u.RawQuery
	}
	return p
}

// robotsAgent derives the robots.txt product token from the User-Agent,
// "Herald" for "Herald/0.1 (+https://...)".
func robotsAgent(userAgent string) string {
	token, _, _ := strings.Cut(userAgent, "/")
	if fields := strings.Fields(token); len(fields) > 0 {
		return fields[0]
	}
	return userAgent
}
