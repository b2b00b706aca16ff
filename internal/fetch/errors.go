package fetch

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Errors returned (wrapped) by Fetcher.Get. Test for them with errors.Is.
var (
	// ErrBlockedAddress: the target resolved to an address the SSRF guard
	// refuses (loopback, private, link-local, ...). No connection was made.
	ErrBlockedAddress = errors.New("fetch: address not allowed")
	// ErrRobotsDisallowed: the site's robots.txt forbids the path for our
	// agent, or robots.txt is temporarily unavailable (429, 5xx,
	// unreachable); then the error also wraps the cause, e.g. the robots.txt
	// *StatusError.
	ErrRobotsDisallowed = errors.New("fetch: disallowed by robots.txt")
	// ErrTooLarge: the body exceeded Config.MaxBodyBytes, on the wire or
	// after decompression.
	ErrTooLarge = errors.New("fetch: body too large")
	// ErrTooManyRedirects: more than Config.MaxRedirects redirects.
	ErrTooManyRedirects = errors.New("fetch: too many redirects")
	// ErrUnsupportedScheme: only http and https are fetched, also on redirect.
	ErrUnsupportedScheme = errors.New("fetch: unsupported URL scheme")
)

// StatusError reports a response status other than 2xx or 304. Use errors.As
// to get at it; RetryAfter lets the scheduler back off as the server asked.
type StatusError struct {
	Code int
	// RetryAfter is the server's Retry-After on 429 and 503 responses,
	// converted to a duration with the Fetcher's clock; 0 when absent.
	RetryAfter time.Duration
}

func (e *StatusError) Error() string {
	msg := fmt.Sprintf("fetch: unexpected status %d %s", e.Code, http.StatusText(e.Code))
	if e.RetryAfter > 0 {
		msg += fmt.Sprintf(" (retry after %s)", e.RetryAfter)
	}
	return msg
}

func newStatusError(resp *http.Response, now time.Time) *StatusError {
	e := &StatusError{Code: resp.StatusCode}
	if resp.StatusCode == http.StatusTooManyRequests || resp.StatusCode == http.StatusServiceUnavailable {
		e.RetryAfter = parseRetryAfter(resp.Header.Get("Retry-After"), now)
	}
	return e
}

// parseRetryAfter accepts both forms RFC 9110 allows: delay-seconds and an
// HTTP-date. A date in the past means "now", i.e. 0.
func parseRetryAfter(v string, now time.Time) time.Duration {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0
	}
	if secs, err := strconv.ParseInt(v, 10, 64); err == nil {
		if secs <= 0 {
			return 0
		}
		// Cap before multiplying so a silly value cannot overflow.
		const maxSecs = int64(365 * 24 * time.Hour / time.Second)
		return time.Duration(min(secs, maxSecs)) * time.Second
	}
	if t, err := http.ParseTime(v); err == nil {
		if d := t.Sub(now); d > 0 {
			return d
		}
	}
	return 0
}
