package feed

import (
	"net/url"
	"strings"
)

// trackingParams are query parameters that identify a campaign or a click,
// never the page. Removing them lets the same article shared through
// different channels be stored once.
var trackingParams = map[string]bool{
	"fbclid": true, "gclid": true, "dclid": true, "gbraid": true, "wbraid": true,
	"msclkid": true, "mc_cid": true, "mc_eid": true, "yclid": true, "_ga": true,
	"_gl": true, "igshid": true, "ref_src": true, "ref_url": true, "twclid": true,
	"ttclid": true, "li_fat_id": true, "_hsenc": true, "_hsmi": true, "mkt_tok": true,
	"oly_anon_id": true, "oly_enc_id": true, "rb_clickid": true, "s_cid": true,
	"vero_conv": true, "vero_id": true, "wickedid": true, "__s": true, "ncid": true,
	"sr_share": true, "spm": true, "cmpid": true, "guccounter": true,
	"guce_referrer": true, "guce_referrer_sig": true, "at_medium": true, "at_campaign": true,
}

// trackingPrefixes catch whole families of campaign parameters.
var trackingPrefixes = []string{"utm_", "pk_", "mtm_", "hsa_", "itm_"}

// CanonicalURL returns raw resolved against base in the one form Herald
// stores: absolute, scheme and host in lower case, default port and fragment
// dropped, tracking parameters removed and the remaining query left in its
// order and spelling. Paths are not touched: servers may treat "/A" and "/a"
// differently. It returns "" when raw is empty or cannot be parsed, and a
// non-HTTP URL (mailto:, tag:) only resolved and trimmed.
func CanonicalURL(raw, base string) string {
	raw = strings.TrimSpace(raw)
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	if !u.IsAbs() {
		b := parseBase(base)
		if b == nil {
			return strings.TrimSpace(stripFragment(raw))
		}
		u = b.ResolveReference(u)
	}
	u.Scheme = strings.ToLower(u.Scheme)
	if u.Scheme != "http" && u.Scheme != "https" {
		return u.String()
	}
	u.Host = canonicalHost(u.Scheme, u.Host)
	u.Fragment, u.RawFragment = "", ""
	if u.Path == "" && u.Opaque == "" {
		u.Path = "/"
	}
	u.RawQuery = stripTracking(u.RawQuery)
	u.ForceQuery = false
	return u.String()
}

func canonicalHost(scheme, host string) string {
	host = strings.ToLower(host)
	if h, port, ok := strings.Cut(host, ":"); ok && !strings.HasPrefix(host, "[") {
		if port == "" || scheme == "http" && port == "80" || scheme == "https" && port == "443" {
			return strings.TrimRight(h, ".")
		}
		return strings.TrimRight(h, ".") + ":" + port
	}
	if i := strings.LastIndex(host, "]:"); i >= 0 {
		port := host[i+2:]
		if scheme == "http" && port == "80" || scheme == "https" && port == "443" {
			return host[:i+1]
		}
	}
	return strings.TrimRight(host, ".")
}

// stripTracking removes tracking parameters from a raw query, keeping the
// others byte for byte.
func stripTracking(rawQuery string) string {
	if rawQuery == "" {
		return ""
	}
	parts := strings.Split(rawQuery, "&")
	kept := parts[:0]
	for _, p := range parts {
		if p == "" {
			continue
		}
		key, _, _ := strings.Cut(p, "=")
		if k, err := url.QueryUnescape(key); err == nil {
			key = k
		}
		if isTrackingParam(strings.ToLower(key)) {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "&")
}

func isTrackingParam(key string) bool {
	if trackingParams[key] {
		return true
	}
	for _, p := range trackingPrefixes {
		if strings.HasPrefix(key, p) {
			return true
		}
	}
	return false
}

func stripFragment(raw string) string {
	if i := strings.IndexByte(raw, '#'); i >= 0 {
		return raw[:i]
	}
	return raw
}
