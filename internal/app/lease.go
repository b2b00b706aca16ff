package app

import (
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"os"
	"time"
)

// The pipeline lease's timing: the holder renews every LeaseRenew and each
// renewal lasts LeaseTTL, so two renewals in a row can fail (a stalled
// disk, a paused VM) before another process may take over, and a holder
// that crashed keeps others out for at most LeaseTTL.
const (
	DefaultLeaseTTL   = 45 * time.Second
	DefaultLeaseRenew = 15 * time.Second
)

// ErrPipelineBusy is returned when another live process holds the
// pipeline lease on the database.
var ErrPipelineBusy = errors.New("another Herald is running the pipeline on it")

// heldLease is this process's hold on the pipeline lease.
type heldLease struct {
	stop context.CancelFunc // ends the heartbeat
	done chan struct{}      // closed once the heartbeat has ended
	// lost is cancelled, with the reason as its cause, when the lease is
	// lost: another process may be placing articles now, so this one must
	// stop.
	lost context.Context
}

// newOwner names this process in the lease, for the message another
// process shows when it is refused; the random part keeps two processes
// apart that share a host name and PID (containers).
func newOwner() string {
	host, err := os.Hostname()
	if err != nil {
		host = "unknown host"
	}
	return fmt.Sprintf("%s pid %d run %s", host, os.Getpid(), rand.Text()[:8])
}

// TakePipeline takes the pipeline lease for this process, to run the
// pipeline; it keeps it renewed until Close, which releases it. It fails
// at once with an error wrapping ErrPipelineBusy when another process
// holds the lease.
func (m *Main) TakePipeline(ctx context.Context) error {
	return m.takePipeline(ctx, 0)
}

// AwaitPipeline is TakePipeline for a server starting: when the lease is
// held it waits out one lease and one renewal before failing, because a server
// that crashed (and that systemd is restarting) leaves its lease behind
// until it expires, while a live holder renews its lease and so still
// holds it then.
func (m *Main) AwaitPipeline(ctx context.Context) error {
	err := m.takePipeline(ctx, m.LeaseTTL+m.LeaseRenew)
	if errors.Is(err, ErrPipelineBusy) {
		return fmt.Errorf("%w; stop it first: one server runs the pipeline per database", err)
	}
	return err
}

func (m *Main) takePipeline(ctx context.Context, wait time.Duration) error {
	if m.lease != nil {
		return context.Cause(m.lease.lost) // nil while it is held
	}
	giveUp := time.NewTimer(wait)
	defer giveUp.Stop()
	retry := time.NewTicker(max(min(time.Second, wait/20), time.Millisecond))
	defer retry.Stop()
	for logged := false; ; {
		l, ok, err := m.Store.AcquirePipelineLease(ctx, m.Owner, m.Now(), m.LeaseTTL)
		if err != nil {
			return fmt.Errorf("database %s: %w", m.Config.DB, err)
		}
		if ok {
			m.startHeartbeat(l.Expires)
			return nil
		}
		busy := fmt.Errorf("database %s: %w (held by %s, until %s unless renewed)",
			m.Config.DB, ErrPipelineBusy, l.Owner, l.Expires.Local().Format(time.DateTime))
		if wait <= 0 {
			return busy
		}
		if !logged {
			m.Logger.Warn("another Herald holds the pipeline lease; waiting in case it crashed and its lease runs out",
				"db", m.Config.DB, "holder", l.Owner, "expires", l.Expires, "wait", wait)
			logged = true
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-giveUp.C:
			return busy
		case <-retry.C:
		}
	}
}

// startHeartbeat renews the lease until Close. Its context is not the
// caller's: a server told to stop still finishes its jobs in Close, and
// must hold the lease while they run.
func (m *Main) startHeartbeat(expires time.Time) {
	ctx, stop := context.WithCancel(context.Background())
	lost, markLost := context.WithCancelCause(context.Background())
	h := &heldLease{stop: stop, done: make(chan struct{}), lost: lost}
	m.lease = h
	go func() {
		defer close(h.done)
		tick := time.NewTicker(m.LeaseRenew)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			now := m.Now()
			ok, err := m.Store.RenewPipelineLease(ctx, m.Owner, now, m.LeaseTTL)
			switch {
			case ctx.Err() != nil:
				return
			case err == nil && ok:
				expires = now.Add(m.LeaseTTL)
				continue
			case err == nil:
				markLost(fmt.Errorf("database %s: lost the pipeline lease to another Herald (this one failed to renew it in time): %w",
					m.Config.DB, ErrPipelineBusy))
			case !now.Before(expires):
				markLost(fmt.Errorf("database %s: could not renew the pipeline lease before it ran out: %w", m.Config.DB, err))
			default:
				m.Logger.Warn("renewing the pipeline lease failed; trying again", "error", err, "expires", expires)
				continue
			}
			m.Logger.Error("this process no longer holds the pipeline lease; stopping", "error", context.Cause(lost))
			return
		}
	}()
}

// Wait blocks until ctx ends, returning nil (a shutdown asked for), or
// until this process loses the pipeline lease, returning why: the process
// must stop, since another may be running the pipeline now.
func (m *Main) Wait(ctx context.Context) error {
	var lost <-chan struct{} // nil, never ready, without a lease
	if m.lease != nil {
		lost = m.lease.lost.Done()
	}
	select {
	case <-ctx.Done():
		return nil
	case <-lost:
		return context.Cause(m.lease.lost)
	}
}

// withLease returns ctx cancelled, with the lease's loss as its cause,
// when the lease is lost: a one-shot run stops then.
func (m *Main) withLease(ctx context.Context) (context.Context, context.CancelFunc) {
	ctx, cancel := context.WithCancelCause(ctx)
	stop := context.AfterFunc(m.lease.lost, func() { cancel(context.Cause(m.lease.lost)) })
	return ctx, func() { stop(); cancel(nil) }
}

// releasePipeline ends the heartbeat and gives the lease up, so the next
// process need not wait for it to run out. Close calls it once the queue
// has stopped: the lease must outlast this process's last placement.
func (m *Main) releasePipeline() error {
	if m.lease == nil {
		return nil
	}
	h := m.lease
	m.lease = nil
	h.stop()
	<-h.done
	if h.lost.Err() != nil {
		return nil // someone else's now
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	return m.Store.ReleasePipelineLease(ctx, m.Owner)
}
