package web

import (
	"net/http/httptest"
	"net/netip"
	"testing"
)

func TestClientIP(t *testing.T) {
	proxies := []netip.Prefix{netip.MustParsePrefix("10.0.0.0/8"), netip.MustParsePrefix("::1/128")}
	cases := []struct {
		name    string
		remote  string
		xff     []string
		trusted []netip.Prefix
		want    string
	}{
		{"no proxy configured ignores the header", "203.0.113.7:5000", []string{"198.51.100.1"}, nil, "203.0.113.7"},
		{"untrusted peer cannot claim an address", "203.0.113.7:5000", []string{"198.51.100.1"}, proxies, "203.0.113.7"},
		{"trusted proxy names the client", "10.0.0.2:443", []string{"198.51.100.1"}, proxies, "198.51.100.1"},
		{"forged left part is skipped", "10.0.0.2:443", []string{"1.2.3.4, 198.51.100.1"}, proxies, "198.51.100.1"},
		{"chain of proxies", "10.0.0.2:443", []string{"198.51.100.1, 10.0.0.9"}, proxies, "198.51.100.1"},
		{"several header lines", "10.0.0.2:443", []string{"198.51.100.1", "10.0.0.9"}, proxies, "198.51.100.1"},
		{"all hops are proxies", "10.0.0.2:443", []string{"10.0.0.5"}, proxies, "10.0.0.5"},
		{"no header behind a proxy", "10.0.0.2:443", nil, proxies, "10.0.0.2"},
		{"garbage hop stops the walk", "10.0.0.2:443", []string{"198.51.100.1, not-an-ip, 10.0.0.9"}, proxies, "10.0.0.9"},
		{"IPv6 proxy", "[::1]:443", []string{"2001:db8::5"}, proxies, "2001:db8::5"},
		{"IPv4-mapped client", "10.0.0.2:443", []string{"::ffff:198.51.100.1"}, proxies, "198.51.100.1"},
		{"remote without port", "203.0.113.7", nil, proxies, "203.0.113.7"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			r := httptest.NewRequest("POST", "/", nil)
			r.RemoteAddr = tc.remote
			for _, v := range tc.xff {
				r.Header.Add("X-Forwarded-For", v)
			}
			if got := clientIP(r, tc.trusted); got != tc.want {
				t.Errorf("clientIP = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestRateKey(t *testing.T) {
	cases := map[string]string{
		"198.51.100.7":         "198.51.100.7",
		"2001:db8:1:2:aaaa::1": "2001:db8:1:2::/64",
		"2001:db8:1:2:bbbb::9": "2001:db8:1:2::/64",
		"2001:db8:1:3::1":      "2001:db8:1:3::/64",
		"::ffff:198.51.100.7":  "::ffff:198.51.100.7",
		"not an address":       "not an address",
		"fe80::1%eth0":         "fe80::/64",
	}
	for in, want := range cases {
		if got := rateKey(in); got != want {
			t.Errorf("rateKey(%q) = %q, want %q", in, got, want)
		}
	}
}
