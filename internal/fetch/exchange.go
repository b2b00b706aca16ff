package fetch

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"time"
)

// reply is the outcome of one HTTP exchange. The response body has been
// consumed and closed; body holds it for 2xx statuses only.
type reply struct {
	resp *http.Response
	body []byte
}

// beforeHop runs ahead of every hop of a redirect chain and returns the
// minimum delay between requests to that hop's host (robots.txt may raise
// it), or an error to stop the chain.
type beforeHop func(ctx context.Context, u *url.URL) (time.Duration, error)

// follow GETs u and follows redirects up to Config.MaxRedirects, checking
// the scheme of every target and calling before (if not nil) ahead of each
// hop. It returns the final URL and reply. On ErrTooLarge the reply is
// returned too, carrying the truncated body.
func (f *Fetcher) follow(ctx context.Context, u *url.URL, header http.Header, limit bodyLimit, before beforeHop) (*url.URL, *reply, error) {
	for redirects := 0; ; redirects++ {
		delay := f.cfg.PerHostDelay
		if before != nil {
			var err error
			if delay, err = before(ctx, u); err != nil {
				return u, nil, err
			}
		}
		rep, err := f.exchange(ctx, u, header, delay, limit)
		if err != nil {
			return u, rep, err
		}
		next, err := redirectTarget(rep.resp)
		if err != nil {
			return u, nil, err
		}
		if next == nil {
			return u, rep, nil
		}
		if redirects >= f.cfg.MaxRedirects {
			return u, nil, fmt.Errorf("%w: stopped after %d", ErrTooManyRedirects, redirects)
		}
		f.cfg.Logger.DebugContext(ctx, "following redirect", "from", u.Redacted(), "to", next.Redacted(), "status", rep.resp.StatusCode)
		u = next
	}
}

// redirectTarget returns where a redirect response points, nil if resp is
// not a redirect, or an error if it points somewhere we do not go.
func redirectTarget(resp *http.Response) (*url.URL, error) {
	switch resp.StatusCode {
	case http.StatusMovedPermanently, http.StatusFound, http.StatusSeeOther,
		http.StatusTemporaryRedirect, http.StatusPermanentRedirect:
	default:
		return nil, nil
	}
	next, err := resp.Location()
	if errors.Is(err, http.ErrNoLocation) {
		return nil, nil // a redirect status without a target is reported as a status
	}
	if err != nil {
		return nil, fmt.Errorf("bad redirect Location: %w", err)
	}
	if err := checkScheme(next); err != nil {
		return nil, fmt.Errorf("redirect refused: %w", err)
	}
	return next, nil
}

// exchange performs a single GET once the host's limits allow it, and
// reads the body of a 2xx response. The host slot is held until the body has
// been read, and Config.Timeout bounds everything after the slot is granted.
func (f *Fetcher) exchange(ctx context.Context, u *url.URL, header http.Header, delay time.Duration, limit bodyLimit) (*reply, error) {
	release, err := f.hosts.acquire(ctx, hostKey(u), delay)
	if err != nil {
		return nil, fmt.Errorf("wait for host slot: %w", err)
	}
	defer release()

	hopCtx, cancel := context.WithTimeout(ctx, f.cfg.Timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(hopCtx, http.MethodGet, u.String(), nil)
	if err != nil {
		return nil, fmt.Errorf("build request: %w", err)
	}
	req.Header = header.Clone()

	start := time.Now()
	resp, err := f.client.Do(req)
	if err != nil {
		return nil, f.explainTimeout(ctx, hopCtx, err)
	}
	defer resp.Body.Close()

	rep := &reply{resp: resp}
	if resp.StatusCode >= 200 && resp.StatusCode < 300 {
		rep.body, err = readBody(resp, limit)
	} else {
		// Read a little so the connection can be reused; what is left of a
		// big error page is not worth the wait.
		_, _ = io.CopyN(io.Discard, resp.Body, 64<<10)
	}
	f.cfg.Logger.DebugContext(ctx, "http exchange",
		"url", u.Redacted(), "status", resp.StatusCode, "bytes", len(rep.body),
		"duration_ms", time.Since(start).Milliseconds())
	if err != nil {
		return rep, f.explainTimeout(ctx, hopCtx, err)
	}
	return rep, nil
}

// explainTimeout says so when err comes from the per-exchange Timeout rather
// than from the caller's context, keeping context.DeadlineExceeded in the
// chain for errors.Is.
func (f *Fetcher) explainTimeout(parent, hopCtx context.Context, err error) error {
	if hopCtx.Err() == nil || parent.Err() != nil {
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("no complete response within %s: %w", f.cfg.Timeout, err)
	}
	return fmt.Errorf("no complete response within %s: %w (%w)", f.cfg.Timeout, context.DeadlineExceeded, err)
}
