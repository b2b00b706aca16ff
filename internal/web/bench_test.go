package web_test

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkPages renders the home and a full article page from the demo
// corpus for a returning reader who accepts gzip; scripts/bench-web
// measures the same pages over loopback under load.
func BenchmarkPages(b *testing.B) {
	c := newCorpusSite(b, webOptions())
	art := c.article(b, c.wireCopy(b).ID)
	canonical := get(c.h, fmt.Sprintf("/articles/%d", art.ID)).Header().Get("Location")
	for _, page := range []struct{ name, path string }{{"home", "/"}, {"article", canonical}, {"search", "/search?q=bridge"}, {"story", "/stories/1"}} {
		b.Run(page.name, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, page.path, nil)
			req.Header.Set("Accept-Encoding", "gzip")
			req.Header.Set("Cookie", "herald_csrf=benchbenchbenchbenchbenchbench12")
			var n int
			for b.Loop() {
				rec := httptest.NewRecorder()
				c.h.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("%s: %d", page.path, rec.Code)
				}
				n = rec.Body.Len()
			}
			b.ReportMetric(float64(n), "gzip-bytes")
		})
	}
}
