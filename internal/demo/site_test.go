package demo

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strings"
	"testing"
	"time"
)

func TestStartClose(t *testing.T) {
	c := loadFixtures(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	site, err := Start(ctx, c, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	t.Cleanup(func() { _ = site.Close() })

	pubs := site.Publishers()
	if len(pubs) != len(c.Publishers) {
		t.Fatalf("%d sites, want %d", len(pubs), len(c.Publishers))
	}
	hosts := make(map[string]bool)
	for _, ps := range pubs {
		u, err := url.Parse(ps.HomeURL)
		if err != nil {
			t.Fatalf("%s: home URL: %v", ps.Key, err)
		}
		if !strings.HasPrefix(u.Hostname(), "127.") {
			t.Errorf("%s: %s is not on loopback", ps.Key, ps.HomeURL)
		}
		if hosts[u.Host] {
			t.Errorf("%s: %s is already taken", ps.Key, u.Host)
		}
		hosts[u.Host] = true
		t.Logf("%s at %s, feed %s", ps.Key, ps.HomeURL, ps.FeedURL)
		if !strings.HasPrefix(ps.FeedURL, "http://"+u.Host+"/") {
			t.Errorf("%s: feed %s not on %s", ps.Key, ps.FeedURL, u.Host)
		}
		resp, body := get(t, ps.HomeURL, nil)
		if resp.StatusCode != http.StatusOK || !strings.Contains(string(body), ps.FeedURL) && !strings.Contains(string(body), strings.TrimPrefix(ps.FeedURL, "http://"+u.Host)) {
			t.Errorf("%s: home page status %d or no feed link", ps.Key, resp.StatusCode)
		}
		if resp, _ := get(t, ps.FeedURL, nil); resp.StatusCode != http.StatusOK {
			t.Errorf("%s: feed status %d", ps.Key, resp.StatusCode)
		}
	}

	if err := site.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := site.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	client := &http.Client{Timeout: 2 * time.Second}
	if resp, err := client.Get(pubs[0].HomeURL); err == nil {
		resp.Body.Close()
		t.Errorf("%s still answers after Close", pubs[0].HomeURL)
	}

	// Started again, the publishers are where they were: a demo run again
	// on its database follows the same sources rather than a second set.
	// The test's own free port, so that other packages' demos running at
	// the same time cannot take it.
	free, err := net.Listen("tcp4", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := free.Addr().(*net.TCPAddr).Port
	free.Close()
	first, err := startOn(ctx, c, slog.New(slog.DiscardHandler), port)
	if err != nil {
		t.Fatal(err)
	}
	before := first.Publishers()
	first.Close()
	again, err := startOn(ctx, c, slog.New(slog.DiscardHandler), port)
	if err != nil {
		t.Fatalf("Start again: %v", err)
	}
	defer again.Close()
	for i, ps := range again.Publishers() {
		if !strings.Contains(before[i].HomeURL, fmt.Sprint(":", port, "/")) && !strings.Contains(before[i].HomeURL, fmt.Sprint(":", port+1+i, "/")) {
			t.Errorf("%s at %s, not on the port it tries first (%d)", ps.Key, before[i].HomeURL, port)
		}
		if ps.HomeURL != before[i].HomeURL {
			t.Errorf("%s moved from %s to %s", ps.Key, before[i].HomeURL, ps.HomeURL)
		}
	}
}
