package fetch

import (
	"context"
	"errors"
	"net/http"
	"net/netip"
	"strings"
	"testing"
)

func TestIsPublicAddr(t *testing.T) {
	tests := []struct {
		addr   string
		public bool
	}{
		// IPv4 public
		{"8.8.8.8", true},
		{"93.184.216.34", true},
		{"1.1.1.1", true},
		{"100.63.255.255", true},
		{"100.128.0.0", true},
		{"172.32.0.1", true},
		{"198.20.0.1", true},
		// IPv4 non-public
		{"0.0.0.0", false},
		{"0.1.2.3", false},
		{"10.0.0.1", false},
		{"100.64.0.1", false},
		{"100.127.255.254", false},
		{"127.0.0.1", false},
		{"127.0.0.2", false},
		{"169.254.169.254", false},
		{"172.16.0.1", false},
		{"172.31.255.255", false},
		{"192.0.0.8", false},
		{"192.0.2.1", false},
		{"192.88.99.1", false},
		{"192.168.1.1", false},
		{"198.18.0.1", false},
		{"198.19.255.255", false},
		{"198.51.100.7", false},
		{"203.0.113.9", false},
		{"224.0.0.1", false},
		{"239.255.255.250", false},
		{"240.0.0.1", false},
		{"255.255.255.255", false},
		// IPv6 public
		{"2606:4700:4700::1111", true},
		{"2001:4860:4860::8888", true},
		{"2a00:1450:4001:80b::200e", true},
		// IPv6 non-public
		{"::", false},
		{"::1", false},
		{"::127.0.0.1", false},
		{"fc00::1", false},
		{"fd12:3456:789a::1", false},
		{"fe80::1", false},
		{"fe80::1%eth0", false},
		{"fec0::1", false},
		{"ff02::1", false},
		{"ff0e::1", false},
		{"2001:db8::1", false},
		{"3fff::1", false},
		{"2001::1", false},      // Teredo
		{"100::1", false},       // discard
		{"64:ff9b:1::1", false}, // local-use NAT64
		// IPv4 embedded in IPv6: judged by the IPv4 address
		{"::ffff:127.0.0.1", false},
		{"::ffff:10.1.2.3", false},
		{"::ffff:169.254.169.254", false},
		{"::ffff:8.8.8.8", true},
		{"::ffff:0:10.0.0.1", false}, // SIIT
		{"64:ff9b::7f00:1", false},   // NAT64 of 127.0.0.1
		{"64:ff9b::a00:1", false},    // NAT64 of 10.0.0.1
		{"64:ff9b::808:808", true},   // NAT64 of 8.8.8.8
		{"2002:7f00:1::1", false},    // 6to4 of 127.0.0.1
		{"2002:c0a8:101::1", false},  // 6to4 of 192.168.1.1
		{"2002:808:808::1", true},    // 6to4 of 8.8.8.8
	}
	for _, tt := range tests {
		addr := netip.MustParseAddr(tt.addr)
		if got := isPublicAddr(addr); got != tt.public {
			t.Errorf("isPublicAddr(%s) = %v, want %v", tt.addr, got, tt.public)
		}
	}
	if isPublicAddr(netip.Addr{}) {
		t.Error("zero Addr counted as public")
	}
}

func TestPrivateAddressRefused(t *testing.T) {
	s := newSite(t, "", text("secret"))
	cfg := testConfig()
	cfg.AllowPrivate = false
	f := newTestFetcher(t, cfg)

	for _, target := range []string{
		s.URL + "/admin",
		strings.Replace(s.URL, "127.0.0.1", "localhost", 1) + "/admin", // resolved by name
	} {
		_, err := f.Get(context.Background(), Request{URL: target})
		if !errors.Is(err, ErrBlockedAddress) {
			t.Errorf("Get(%s) = %v, want ErrBlockedAddress", target, err)
		}
	}
	if n := s.count("/admin") + s.count("/robots.txt"); n != 0 {
		t.Errorf("blocked server received %d requests", n)
	}
}

func TestRedirectFromPublicToPrivateRefused(t *testing.T) {
	private := newSite(t, "", text("metadata"))
	public := newSiteOn(t, "127.0.0.2:0", "", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, private.URL+"/latest/meta-data", http.StatusFound)
	})
	cfg := testConfig()
	cfg.AllowPrivate = false
	f := newFetcher(cfg, onlyAddr("127.0.0.2"))
	t.Cleanup(f.Close)

	_, err := f.Get(context.Background(), Request{URL: public.URL + "/feed"})
	if !errors.Is(err, ErrBlockedAddress) {
		t.Fatalf("Get = %v, want ErrBlockedAddress", err)
	}
	// The first hop really went out, so the guard let the public host through.
	if public.count("/feed") != 1 {
		t.Errorf("public host saw %d requests for /feed, want 1", public.count("/feed"))
	}
	if n := private.count("/latest/meta-data") + private.count("/robots.txt"); n != 0 {
		t.Errorf("private server received %d requests", n)
	}
}

func TestAllowPrivateOptIn(t *testing.T) {
	s := newSite(t, "", text("demo"))
	f := newTestFetcher(t, testConfig()) // AllowPrivate: true
	resp, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"})
	if err != nil || string(resp.Body) != "demo" {
		t.Fatalf("Get = %v, %v", resp, err)
	}
}
