package web_test

import (
	"context"
	"strings"
	"testing"

	"herald/internal/model"
)

// A private feed followed with its credentials in the URL
// (https://user:pass@host/feed) is fetched with them, but the site and the
// API are public: they show the feed's address without the password.
func TestSourceCredentialsStayPrivate(t *testing.T) {
	h, st := newSite(t, 0)
	src := &model.Source{FeedURL: "https://reader:hunter2@members.example/feed", SiteURL: "https://reader:hunter2@members.example/",
		Title: "Members Only", Enabled: true}
	if err := st.AddSource(context.Background(), src); err != nil {
		t.Fatal(err)
	}
	// One without a title is named by its host, in the search page's menu too.
	untitled := &model.Source{FeedURL: "https://reader:hunter2@private.example/feed", Enabled: true}
	if err := st.AddSource(context.Background(), untitled); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/api/v1/sources", "/api/v1/sources/2", "/sources/2", "/sources", "/search", "/search?q=bridge"} {
		rec := get(h, path)
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Fatalf("%s: status %d", path, rec.Code)
		}
		if strings.Contains(body, "hunter2") {
			t.Errorf("%s shows the feed's password:\n%s", path, body)
		}
		if strings.HasPrefix(path, "/search") && !strings.Contains(body, ">private.example</option>") {
			t.Errorf("%s does not name the untitled source by its host", path)
		}
		if !strings.HasPrefix(path, "/s") || path == "/sources/2" {
			if !strings.Contains(body, "members.example/feed") {
				t.Errorf("%s no longer shows the feed's address", path)
			}
		}
	}
}
