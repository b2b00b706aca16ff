package web_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"

	"herald/internal/model"
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

// A tag's page lists the tags its stories carry in their other articles,
// on the first page and in the API.
func TestTagPageListsTagsOfTheSameStories(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	tags, _ := c.st.TopTags(ctx, now.AddDate(0, -1, 0), 1)
	if len(tags) == 0 {
		t.Fatal("no tags")
	}
	near, err := c.st.TagNeighbours(ctx, tags[0].Slug, 8)
	if err != nil || len(near) == 0 {
		t.Fatalf("TagNeighbours(%s) = %v, %v", tags[0].Slug, near, err)
	}
	body := get(c.h, "/tags/"+tags[0].Slug).Body.String()
	mustContain(t, "tag page", body, `id="near-h"`, `href="/tags/`+near[0].Slug+`"`)
	for _, tg := range tags[:1] {
		if tg.Count > 1 && !strings.Contains(body, fmt.Sprintf("%d articles", tg.Count)) {
			t.Errorf("tag page does not count %d articles", tg.Count)
		}
	}
	// One article is "1 article".
	all, _ := c.st.TopTags(ctx, now.AddDate(0, -1, 0), 500)
	i := slices.IndexFunc(all, func(tg model.Tag) bool { return tg.Count == 1 })
	if i < 0 {
		t.Fatal("no tag on one article")
	}
	if b := get(c.h, "/tags/"+all[i].Slug).Body.String(); !strings.Contains(b, ">1 article<") {
		t.Errorf("the page of %s, on one article, does not say 1 article", all[i].Name)
	}
	var resp struct {
		Near []struct{ Slug string } `json:"in_same_stories"`
	}
	decode(t, get(c.h, "/api/v1/tags/"+tags[0].Slug), &resp)
	if len(resp.Near) != len(near) || resp.Near[0].Slug != near[0].Slug {
		t.Errorf("API in_same_stories = %+v, want %d tags from %s", resp.Near, len(near), near[0].Slug)
	}
}
