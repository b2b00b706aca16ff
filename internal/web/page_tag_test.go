package web_test

import (
	"context"
	"strings"
	"testing"
)

// A tag address typed as the tag reads ("/tags/Velmont", the plural a
// slug drops) redirects to the tag's page, query kept, on the site and in
// the API; a tag that does not exist stays a 404.
func TestTagAddressAsItReads(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	tags, _ := c.st.TopTags(context.Background(), now.AddDate(0, -1, 0), 200)
	var plural string
	for _, tg := range tags {
		if strings.HasSuffix(tg.Name, "s") && !strings.HasSuffix(tg.Slug, "s") && strings.Contains(tg.Slug, "-") {
			plural = tg.Slug
			break
		}
	}
	if plural == "" {
		t.Fatal("the corpus has no multi-word tag whose slug drops a plural")
	}
	for from, to := range map[string]string{
		"/tags/Velmont":                  "/tags/velmont",
		"/tags/" + plural + "s?before=9": "/tags/" + plural + "?before=9",
		"/api/v1/tags/VELMONT":           "/api/v1/tags/velmont",
	} {
		rec := get(c.h, from)
		if rec.Code != 302 || rec.Header().Get("Location") != to {
			t.Errorf("%s: %d to %q, want 302 to %s", from, rec.Code, rec.Header().Get("Location"), to)
		}
	}
	if rec := get(c.h, "/tags/no-such-topics"); rec.Code != 404 {
		t.Errorf("an unknown tag: %d", rec.Code)
	}
}
