package demo

import (
	stdhtml "html"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// TestEmbeddedCorpusServes renders every article of the real corpus on its
// publisher's site, shifted to now as the demo does, and checks that pages
// and feeds come out whole. It does not depend on the corpus size.
func TestEmbeddedCorpusServes(t *testing.T) {
	loaded, err := LoadCorpus()
	if err != nil {
		t.Fatalf("LoadCorpus: %v", err)
	}
	c := Shift(loaded, time.Now())
	for _, p := range c.Publishers {
		t.Run(p.Key, func(t *testing.T) {
			srv := httptest.NewUnstartedServer(nil)
			base := "http://" + srv.Listener.Addr().String()
			articles := c.ByPublisher(p.Key)
			srv.Config.Handler = NewHandler(p, articles, base)
			srv.Start()
			defer srv.Close()

			if resp, _ := get(t, base+"/", nil); resp.StatusCode != http.StatusOK {
				t.Fatalf("home: status %d", resp.StatusCode)
			}
			_, feed := get(t, base+FeedPath(p), nil)
			entries, err := parseFeed(p.Feed, feed)
			if err != nil {
				t.Fatalf("feed: %v", err)
			}
			if len(entries) != len(articles) {
				t.Errorf("feed has %d entries, want %d", len(entries), len(articles))
			}
			paths := make(map[string]string)
			for _, a := range articles {
				path := ArticlePath(p, a)
				if other, dup := paths[path]; dup {
					t.Errorf("%s and %s share the path %s", a.ID, other, path)
				}
				paths[path] = a.ID
				resp, page := get(t, base+path, nil)
				if resp.StatusCode != http.StatusOK {
					t.Errorf("%s: status %d", a.ID, resp.StatusCode)
					continue
				}
				text := stdhtml.UnescapeString(string(page))
				for _, want := range blockTexts(a) {
					if !strings.Contains(text, want) {
						t.Errorf("%s: page lacks %q", a.ID, want)
					}
				}
				for _, img := range a.Images() {
					if resp, _ := get(t, base+"/images/"+img.Img+".svg", nil); resp.StatusCode != http.StatusOK {
						t.Errorf("%s: image %s: status %d", a.ID, img.Img, resp.StatusCode)
					}
				}
			}
		})
	}
}
