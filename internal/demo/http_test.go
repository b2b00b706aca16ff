package demo

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

func TestConditionalGet(t *testing.T) {
	c := loadFixtures(t)
	p, base := servePublisher(t, c, "harbor-gazette")
	feedURL := base + FeedPath(p)
	resp, _ := get(t, feedURL, nil)
	etag, lastModified := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if etag == "" || lastModified == "" {
		t.Fatalf("ETag %q, Last-Modified %q: want both", etag, lastModified)
	}
	if lastModified != "Tue, 24 Nov 2026 08:00:00 GMT" {
		t.Errorf("Last-Modified = %q, want the newest article's date", lastModified)
	}
	tests := []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"same etag", map[string]string{"If-None-Match": etag}, http.StatusNotModified},
		{"weak etag in a list", map[string]string{"If-None-Match": `"other", W/` + etag}, http.StatusNotModified},
		{"other etag", map[string]string{"If-None-Match": `"other"`}, http.StatusOK},
		{"other etag wins over date", map[string]string{"If-None-Match": `"other"`, "If-Modified-Since": lastModified}, http.StatusOK},
		{"same date", map[string]string{"If-Modified-Since": lastModified}, http.StatusNotModified},
		{"later date", map[string]string{"If-Modified-Since": "Wed, 25 Nov 2026 00:00:00 GMT"}, http.StatusNotModified},
		{"earlier date", map[string]string{"If-Modified-Since": "Mon, 23 Nov 2026 00:00:00 GMT"}, http.StatusOK},
		{"no validators", nil, http.StatusOK},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, body := get(t, feedURL, tt.header)
			if resp.StatusCode != tt.want {
				t.Errorf("status = %d, want %d", resp.StatusCode, tt.want)
			}
			if tt.want == http.StatusNotModified && len(body) != 0 {
				t.Errorf("304 with a %d-byte body", len(body))
			}
		})
	}
}

func TestGzip(t *testing.T) {
	c := loadFixtures(t)
	p, base := servePublisher(t, c, "valley-courier")
	for _, path := range []string{FeedPath(p), "/"} {
		_, plain := get(t, base+path, nil)
		resp, zipped := get(t, base+path, map[string]string{"Accept-Encoding": "gzip, deflate"})
		if resp.Header.Get("Content-Encoding") != "gzip" {
			t.Fatalf("%s: Content-Encoding = %q, want gzip", path, resp.Header.Get("Content-Encoding"))
		}
		zr, err := gzip.NewReader(bytes.NewReader(zipped))
		if err != nil {
			t.Fatalf("%s: gzip reader: %v", path, err)
		}
		unzipped, err := io.ReadAll(zr)
		if err != nil {
			t.Fatalf("%s: gunzip: %v", path, err)
		}
		if !bytes.Equal(unzipped, plain) {
			t.Errorf("%s: gunzipped body differs from the plain one", path)
		}
		resp, _ = get(t, base+path, map[string]string{"Accept-Encoding": "gzip;q=0, identity"})
		if resp.Header.Get("Content-Encoding") != "" {
			t.Errorf("%s: gzip sent although refused with q=0", path)
		}
	}
}

func TestRobots(t *testing.T) {
	c := loadFixtures(t)
	_, base := servePublisher(t, c, "meridian-times")
	resp, body := get(t, base+"/robots.txt", nil)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/plain") {
		t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	for _, want := range []string{"User-agent: *\n", "Disallow: /private/\n", "Allow: /\n"} {
		if !strings.Contains(string(body), want) {
			t.Errorf("robots.txt lacks %q", want)
		}
	}
	if resp, _ := get(t, base+"/private/account", nil); resp.StatusCode != http.StatusForbidden {
		t.Errorf("/private/account: status %d, want 403", resp.StatusCode)
	}
}

func TestImages(t *testing.T) {
	c := loadFixtures(t)
	_, base := servePublisher(t, c, "valley-courier")
	resp, body := get(t, base+"/images/fixture-frost-2.svg", nil)
	if resp.StatusCode != http.StatusOK || resp.Header.Get("Content-Type") != "image/svg+xml" {
		t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !bytes.Contains(body, []byte("Sheep gathered near a barn.")) || !bytes.HasPrefix(body, []byte("<svg ")) {
		t.Errorf("svg does not draw the caption: %.200s", body)
	}
	_, again := get(t, base+"/images/fixture-frost-2.svg", nil)
	if !bytes.Equal(body, again) {
		t.Error("image is not deterministic")
	}
	for path, want := range map[string]int{
		"/images/no-such-photo.svg":   http.StatusNotFound,
		"/images/fixture-frost-2.png": http.StatusNotFound,
		"/static/placeholder.gif":     http.StatusOK,
		"/static/logo.svg":            http.StatusOK,
	} {
		if resp, _ := get(t, base+path, nil); resp.StatusCode != want {
			t.Errorf("%s: status %d, want %d", path, resp.StatusCode, want)
		}
	}
}

func TestRedirects(t *testing.T) {
	c := loadFixtures(t)
	p, base := servePublisher(t, c, "techsignal")
	a := c.ByPublisher("techsignal")[0]
	path := ArticlePath(p, a)
	resp, _ := get(t, base+strings.TrimSuffix(path, "/"), nil)
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != base+path {
		t.Errorf("missing slash: status %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}

	p, base = servePublisher(t, c, "al-manara")
	a = c.ByPublisher("al-manara")[0]
	resp, _ = get(t, base+"/s/"+shortHash(a.ID, 6), nil)
	if resp.StatusCode != http.StatusMovedPermanently || resp.Header.Get("Location") != base+ArticlePath(p, a) {
		t.Errorf("short link: status %d, Location %q", resp.StatusCode, resp.Header.Get("Location"))
	}
	if resp, _ := get(t, base+"/no/such/page", nil); resp.StatusCode != http.StatusNotFound {
		t.Errorf("unknown page: status %d, want 404", resp.StatusCode)
	}
}

func TestSectionPages(t *testing.T) {
	c := loadFixtures(t)
	for key, section := range map[string]string{"petit-observateur": "economie", "al-manara": "%D8%B3%D9%8A%D8%A7%D8%B3%D8%A9", "harbor-gazette": "local"} {
		_, base := servePublisher(t, c, key)
		if resp, _ := get(t, base+"/section/"+section+"/", nil); resp.StatusCode != http.StatusOK {
			t.Errorf("%s section %s: status %d", key, section, resp.StatusCode)
		}
	}
}

func TestSectionSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Politics", "politics"},
		{"Local Sport", "local-sport"},
		{"Économie", "economie"},
		{"Science & Tech", "science-tech"},
		{"سياسة", "سياسة"},
		{"  ", "news"},
	}
	for _, tt := range tests {
		if got := sectionSlug(tt.in); got != tt.want {
			t.Errorf("sectionSlug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestServeBodyHead(t *testing.T) {
	c := loadFixtures(t)
	p, base := servePublisher(t, c, "northwind-wire")
	req, err := http.NewRequest(http.MethodHead, base+FeedPath(p), nil)
	if err != nil {
		t.Fatal(err)
	}
	client := &http.Client{Timeout: 5 * time.Second}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("HEAD: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK || resp.Header.Get("ETag") == "" {
		t.Errorf("HEAD: status %d, ETag %q", resp.StatusCode, resp.Header.Get("ETag"))
	}
}
