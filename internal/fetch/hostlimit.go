package fetch

import (
	"context"
	"sync"
	"time"
)

// hostLimits enforces, per host, a cap on concurrent requests and a minimum
// gap between request starts. Entries are created on demand and dropped once
// idle, so the map tracks only hosts with recent or running requests.
//
// It deliberately runs on the real clock rather than Config.Now: it sleeps on
// real timers, and spacing computed from a frozen or simulated clock would
// not match the time actually slept.
type hostLimits struct {
	concurrency int
	now         func() time.Time

	mu    sync.Mutex
	hosts map[string]*hostSlot
}

type hostSlot struct {
	sem       chan struct{} // one token per running request
	users     int           // goroutines holding or waiting for a token; guarded by hostLimits.mu
	nextStart time.Time     // earliest start for the next request; guarded by hostLimits.mu
}

func newHostLimits(concurrency int, now func() time.Time) *hostLimits {
	return &hostLimits{concurrency: concurrency, now: now, hosts: make(map[string]*hostSlot)}
}

// acquire blocks until a request to host may start: a concurrency token is
// free and at least delay has passed since the previous start. It returns a
// release function that must be called when the exchange (including the body
// read) is over. If ctx ends first, nothing is held and ctx's error returns.
func (l *hostLimits) acquire(ctx context.Context, host string, delay time.Duration) (release func(), err error) {
	l.mu.Lock()
	slot := l.hosts[host]
	if slot == nil {
		slot = &hostSlot{sem: make(chan struct{}, l.concurrency)}
		l.hosts[host] = slot
	}
	slot.users++
	l.mu.Unlock()

	select {
	case slot.sem <- struct{}{}:
	case <-ctx.Done():
		l.leave(host, slot)
		return nil, ctx.Err()
	}

	// Reserve a start time while holding the token, so starts are spaced by
	// delay even when several requests run at once.
	l.mu.Lock()
	now := l.now()
	start := now
	if slot.nextStart.After(now) {
		start = slot.nextStart
	}
	slot.nextStart = start.Add(delay)
	l.mu.Unlock()

	if wait := start.Sub(now); wait > 0 {
		t := time.NewTimer(wait)
		select {
		case <-t.C:
		case <-ctx.Done():
			t.Stop()
			<-slot.sem
			l.leave(host, slot)
			return nil, ctx.Err()
		}
	}

	var once sync.Once
	return func() {
		once.Do(func() {
			<-slot.sem
			l.leave(host, slot)
		})
	}, nil
}

// leave drops the map entry when nobody uses it any more and its delay has
// run out; an entry still inside its delay window must stay to enforce it.
// Such leftovers are swept by later calls.
func (l *hostLimits) leave(host string, slot *hostSlot) {
	l.mu.Lock()
	defer l.mu.Unlock()
	slot.users--
	now := l.now()
	if slot.users == 0 && !slot.nextStart.After(now) {
		delete(l.hosts, host)
	}
	if len(l.hosts) > sweepThreshold {
		for h, s := range l.hosts {
			if s.users == 0 && !s.nextStart.After(now) {
				delete(l.hosts, h)
			}
		}
	}
}

// sweepThreshold is the map size above which leave also removes other
// hosts' idle entries; below it the per-call scan is not worth it.
const sweepThreshold = 256
