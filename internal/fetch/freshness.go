package fetch

import (
	"net/http"
	"strconv"
	"strings"
	"time"
)

// freshness is how long the server says a response may be reused, per RFC
// 9111: Cache-Control max-age wins over Expires; no-store and no-cache mean
// 0. Expires is measured from the response's Date when present, so a skewed
// server clock does not distort it, and from now otherwise.
func freshness(h http.Header, now time.Time) time.Duration {
	for _, v := range h.Values("Cache-Control") {
		for _, directive := range strings.Split(v, ",") {
			name, value, _ := strings.Cut(strings.TrimSpace(directive), "=")
			switch strings.ToLower(strings.TrimSpace(name)) {
			case "no-store", "no-cache":
				return 0
			case "max-age":
				secs, err := strconv.ParseInt(strings.Trim(strings.TrimSpace(value), `"`), 10, 64)
				if err != nil || secs <= 0 {
					return 0
				}
				const maxSecs = int64(365 * 24 * time.Hour / time.Second)
				return time.Duration(min(secs, maxSecs)) * time.Second
			}
		}
	}
	expires, err := http.ParseTime(h.Get("Expires"))
	if err != nil {
		return 0 // absent, or invalid such as "0", which means already expired
	}
	if date, err := http.ParseTime(h.Get("Date")); err == nil {
		now = date
	}
	if d := expires.Sub(now); d > 0 {
		return d
	}
	return 0
}
