package schedule

import (
	"testing"
	"time"
)

var now = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

func entriesEvery(gap time.Duration, n int) []time.Time {
	var out []time.Time
	for i := range n {
		out = append(out, now.Add(-time.Duration(i)*gap))
	}
	return out
}

func TestNext(t *testing.T) {
	p := Default()
	tests := []struct {
		name    string
		entries []time.Time
		ttl     time.Duration
		maxAge  time.Duration
		want    time.Duration
	}{
		{"no entries polls at the max", nil, 0, 0, 6 * time.Hour},
		{"old entries only polls at the max", []time.Time{now.Add(-30 * 24 * time.Hour)}, 0, 0, 6 * time.Hour},
		{"one entry a day", entriesEvery(24*time.Hour, 7), 0, 0, 6 * time.Hour},
		{"one entry an hour polls every half hour", entriesEvery(time.Hour, 168), 0, 0, 30 * time.Minute},
		{"very busy feed clamped to the min", entriesEvery(time.Minute, 5000), 0, 0, 5 * time.Minute},
		{"ttl raises the interval", entriesEvery(time.Hour, 168), 2 * time.Hour, 0, 2 * time.Hour},
		{"max-age raises the interval", entriesEvery(time.Hour, 168), 0, 90 * time.Minute, 90 * time.Minute},
		{"huge ttl capped", nil, 1000 * time.Hour, 0, 24 * time.Hour},
		{"future-dated entries ignored", []time.Time{now.Add(time.Hour)}, 0, 0, 6 * time.Hour},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := p.Next(now, tt.entries, tt.ttl, tt.maxAge).Sub(now)
			if got != tt.want {
				t.Errorf("interval = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAfterError(t *testing.T) {
	p := Default()
	tests := []struct {
		errors     int
		retryAfter time.Duration
		want       time.Duration
	}{
		{1, 0, 10 * time.Minute},
		{2, 0, 20 * time.Minute},
		{4, 0, 80 * time.Minute},
		{30, 0, 24 * time.Hour},
		{1, time.Hour, time.Hour},
		{1, 1000 * time.Hour, 24 * time.Hour},
		{3, time.Minute, 40 * time.Minute},
	}
	for _, tt := range tests {
		if got := p.AfterError(now, tt.errors, tt.retryAfter).Sub(now); got != tt.want {
			t.Errorf("AfterError(%d, %v) = %v, want %v", tt.errors, tt.retryAfter, got, tt.want)
		}
	}
}
