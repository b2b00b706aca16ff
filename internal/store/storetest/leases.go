package storetest

import (
	"context"
	"errors"
	"fmt"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store"
)

func leaseTests() []namedTest {
	return []namedTest{
		{"PipelineLeaseAcquire", testPipelineLeaseAcquire},
		{"PipelineLeaseRenew", testPipelineLeaseRenew},
		{"PipelineLeaseExpiry", testPipelineLeaseExpiry},
		{"PipelineLeaseRelease", testPipelineLeaseRelease},
		{"PipelineLeaseConcurrently", testPipelineLeaseConcurrently},
	}
}

// leaseTTL is the lease length the tests ask for; the times they pass are
// t0 plus offsets, never the wall clock, so expiry is exact.
const leaseTTL = 45 * time.Second

func acquire(t *testing.T, s store.Store, owner string, now time.Time) (store.Lease, bool) {
	t.Helper()
	l, ok, err := s.AcquirePipelineLease(context.Background(), owner, now, leaseTTL)
	if err != nil {
		t.Fatalf("AcquirePipelineLease(%s, %v): %v", owner, now, err)
	}
	return l, ok
}

func renew(t *testing.T, s store.Store, owner string, now time.Time) bool {
	t.Helper()
	ok, err := s.RenewPipelineLease(context.Background(), owner, now, leaseTTL)
	if err != nil {
		t.Fatalf("RenewPipelineLease(%s, %v): %v", owner, now, err)
	}
	return ok
}

func testPipelineLeaseAcquire(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	l, ok := acquire(t, s, "a", t0)
	if !ok || l.Owner != "a" || !l.Expires.Equal(t0.Add(leaseTTL)) {
		t.Fatalf("first acquire = %+v, %v; want a's until %v", l, ok, t0.Add(leaseTTL))
	}
	// Another owner is refused and told who holds it until when.
	l, ok = acquire(t, s, "b", t0.Add(10*time.Second))
	if ok || l.Owner != "a" || !l.Expires.Equal(t0.Add(leaseTTL)) {
		t.Fatalf("second owner's acquire = %+v, %v; want refused, a's until %v", l, ok, t0.Add(leaseTTL))
	}
	// The holder asking again renews.
	l, ok = acquire(t, s, "a", t0.Add(10*time.Second))
	if !ok || !l.Expires.Equal(t0.Add(10*time.Second+leaseTTL)) {
		t.Fatalf("holder's second acquire = %+v, %v", l, ok)
	}
	for _, bad := range []struct {
		owner string
		ttl   time.Duration
	}{{"", leaseTTL}, {"c", 0}, {"c", -time.Second}} {
		if _, _, err := s.AcquirePipelineLease(context.Background(), bad.owner, t0, bad.ttl); !errors.Is(err, model.ErrInvalid) {
			t.Errorf("AcquirePipelineLease(%q, %v) = %v, want ErrInvalid", bad.owner, bad.ttl, err)
		}
	}
}

// A holder that renews keeps the lease past its first expiry.
func testPipelineLeaseRenew(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	acquire(t, s, "a", t0)
	if !renew(t, s, "a", t0.Add(30*time.Second)) {
		t.Fatal("the holder could not renew")
	}
	if _, ok := acquire(t, s, "b", t0.Add(leaseTTL)); ok {
		t.Fatal("another owner took a renewed lease at its first expiry")
	}
	if renew(t, s, "b", t0.Add(40*time.Second)) {
		t.Fatal("an owner that never held the lease renewed it")
	}
	if l, _ := acquire(t, s, "b", t0.Add(30*time.Second+leaseTTL-time.Millisecond)); l.Owner != "a" {
		t.Fatalf("lease just before its renewed expiry = %+v, want a's", l)
	}
	// Expired but taken by no one: nobody else can have run, so it is a's.
	if !renew(t, s, "a", t0.Add(time.Hour)) {
		t.Fatal("the holder could not renew a lease no one took after it expired")
	}
}

// A holder that stops renewing (it crashed) lets another take the lease
// once it expires, and cannot then renew or release it.
func testPipelineLeaseExpiry(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	acquire(t, s, "a", t0)
	l, ok := acquire(t, s, "b", t0.Add(leaseTTL))
	if !ok || l.Owner != "b" || !l.Expires.Equal(t0.Add(2*leaseTTL)) {
		t.Fatalf("acquire at the expiry = %+v, %v; want b's", l, ok)
	}
	if renew(t, s, "a", t0.Add(leaseTTL+time.Second)) {
		t.Fatal("the old holder renewed a lease another owner took")
	}
	if err := s.ReleasePipelineLease(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	if l, ok := acquire(t, s, "c", t0.Add(leaseTTL+time.Second)); ok || l.Owner != "b" {
		t.Fatalf("after the old holder's release the lease is %+v (taken: %v), want still b's", l, ok)
	}
}

func testPipelineLeaseRelease(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	if err := s.ReleasePipelineLease(ctx, "a"); err != nil {
		t.Fatalf("releasing a lease no one holds: %v", err)
	}
	acquire(t, s, "a", t0)
	if err := s.ReleasePipelineLease(ctx, "a"); err != nil {
		t.Fatal(err)
	}
	// Released: the next owner need not wait for the expiry.
	if l, ok := acquire(t, s, "b", t0.Add(time.Second)); !ok || l.Owner != "b" {
		t.Fatalf("acquire after release = %+v, %v", l, ok)
	}
	if renew(t, s, "a", t0.Add(2*time.Second)) {
		t.Fatal("the owner that released the lease renewed it")
	}
}

func testPipelineLeaseConcurrently(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	const n = 8
	won := make(chan string, n)
	for i := range n {
		go func() {
			owner := fmt.Sprintf("owner-%d", i)
			_, ok, err := s.AcquirePipelineLease(context.Background(), owner, t0, leaseTTL)
			if err != nil {
				t.Error(err)
			}
			if !ok {
				owner = ""
			}
			won <- owner
		}()
	}
	var winners []string
	for range n {
		if w := <-won; w != "" {
			winners = append(winners, w)
		}
	}
	if len(winners) != 1 {
		t.Fatalf("%d owners hold the lease at once: %v", len(winners), winners)
	}
}
