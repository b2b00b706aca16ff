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
	for _, path := range []string{"/api/v1/sources", "/api/v1/sources/2", "/sources/2", "/sources"} {
		rec := get(h, path)
		body := rec.Body.String()
		if rec.Code != 200 {
			t.Fatalf("%s: status %d", path, rec.Code)
		}
		if strings.Contains(body, "hunter2") {
			t.Errorf("%s shows the feed's password:\n%s", path, body)
		}
		if path != "/sources" && !strings.Contains(body, "members.example/feed") {
			t.Errorf("%s no longer shows the feed's address", path)
		}
	}
}
