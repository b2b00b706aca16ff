// Package schedule decides when a source is polled next: often for busy
// feeds, rarely for quiet ones, later still after errors or when the
// publisher asks for it.
package schedule

import "time"

// Policy bounds the polling interval. The zero value is not useful; start
// from Default.
type Policy struct {
	Min time.Duration // never poll more often than this
	Max time.Duration // never wait longer than this between polls of a healthy feed
	// BackoffBase is the wait after the first error; each further
	// consecutive error doubles it, up to BackoffMax.
	BackoffBase time.Duration
	BackoffMax  time.Duration
	// HintMax caps how far a publisher's TTL or Cache-Control can push the
	// next poll, so a typo such as ttl=100000 does not silence a feed.
	HintMax time.Duration
}

// Default is a policy suited to news: between 5 minutes and 6 hours.
func Default() Policy {
	return Policy{
		Min:         5 * time.Minute,
		Max:         6 * time.Hour,
		BackoffBase: 10 * time.Minute,
		BackoffMax:  24 * time.Hour,
		HintMax:     24 * time.Hour,
	}
}

// Next returns when to poll a healthy feed again. entryTimes are the
// publication times of its recent entries (any order); ttl and maxAge are
// the feed's <ttl> and the response's Cache-Control max-age (0 if absent).
func (p Policy) Next(now time.Time, entryTimes []time.Time, ttl, maxAge time.Duration) time.Time {
	interval := p.Max
	weekAgo := now.Add(-7 * 24 * time.Hour)
	n := 0
	for _, t := range entryTimes {
		if t.After(weekAgo) && !t.After(now) {
			n++
		}
	}
	if n > 0 {
		// Poll twice per average gap between entries: a new entry then
		// waits on average a quarter of the gap, not half of it.
		interval = 7 * 24 * time.Hour / time.Duration(n) / 2
	}
	interval = min(max(interval, p.Min), p.Max)
	hint := min(max(ttl, maxAge), p.HintMax)
	interval = max(interval, hint)
	return now.Add(interval)
}

// AfterError returns when to retry a feed after its errorCount-th
// consecutive error, waiting at least retryAfter when the server said so.
func (p Policy) AfterError(now time.Time, errorCount int, retryAfter time.Duration) time.Time {
	wait := p.BackoffBase
	for i := 1; i < errorCount && wait < p.BackoffMax; i++ {
		wait *= 2
	}
	wait = min(wait, p.BackoffMax)
	wait = max(wait, min(retryAfter, p.HintMax))
	return now.Add(wait)
}
