package web

import (
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// clientIP is the address a request came from, for per-client limits.
// Behind a reverse proxy the connection's address is the proxy's, so when
// it is one of trusted, the X-Forwarded-For chain is read from the right
// (the hops the proxies appended) and the first address that is not a
// trusted proxy is the client. Anything to its left was written by the
// client and could be forged; a request from an untrusted address gets its
// header ignored for the same reason.
func clientIP(r *http.Request, trusted []netip.Prefix) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	if err != nil || !isTrusted(peer, trusted) {
		return host
	}
	hops := strings.Split(strings.Join(r.Header.Values("X-Forwarded-For"), ","), ",")
	for i := len(hops) - 1; i >= 0; i-- {
		hop, err := netip.ParseAddr(strings.TrimSpace(hops[i]))
		if err != nil {
			// A garbled hop: the chain beyond it cannot be trusted, and
			// the last good address is the best answer.
			break
		}
		hop = hop.Unmap()
		if !isTrusted(hop, trusted) {
			return hop.String()
		}
		peer = hop
	}
	return peer.String()
}

func isTrusted(a netip.Addr, trusted []netip.Prefix) bool {
	a = a.Unmap()
	for _, p := range trusted {
		if p.Contains(a) {
			return true
		}
	}
	return false
}

// rateKey is the bucket a client's posts count against: its address, or
// for IPv6 its /64, the block one subscriber is usually given, so that
// rotating addresses within it gains nothing.
func rateKey(ip string) string {
	a, err := netip.ParseAddr(ip)
	if err != nil || !a.Is6() || a.Is4In6() {
		return ip
	}
	p, err := a.Prefix(64)
	if err != nil {
		return ip
	}
	return p.String()
}
