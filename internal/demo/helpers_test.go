package demo

import (
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"testing"
)

// loadFixtures loads the small corpus under testdata, which covers every
// publisher, block kind, a wire reprint, French and Arabic.
func loadFixtures(t *testing.T) *Corpus {
	t.Helper()
	c, err := LoadCorpusFS(os.DirFS("testdata/corpus"))
	if err != nil {
		t.Fatalf("load fixtures: %v", err)
	}
	return c
}

// servePublisher serves one fixture publisher on an httptest server and
// returns its base URL.
func servePublisher(t *testing.T, c *Corpus, key string) (Publisher, string) {
	t.Helper()
	p, ok := c.Publisher(key)
	if !ok {
		t.Fatalf("no publisher %q", key)
	}
	srv := httptest.NewUnstartedServer(nil)
	base := "http://" + srv.Listener.Addr().String()
	srv.Config.Handler = NewHandler(p, c.ByPublisher(key), base)
	srv.Start()
	t.Cleanup(srv.Close)
	return p, base
}

// get fetches url with the given request headers; the body comes back as
// sent (the transport does not decompress when Accept-Encoding is set).
func get(t *testing.T, url string, header map[string]string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatalf("new request: %v", err)
	}
	for k, v := range header {
		req.Header.Set(k, v)
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", url, err)
	}
	return resp, body
}
