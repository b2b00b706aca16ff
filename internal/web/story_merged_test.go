package web_test

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"herald/internal/model"
)

// A story merged away, even through a chain of merges, answers every story
// route with 301 to the same route of the story that absorbed it.
func TestMergedStoryRedirects(t *testing.T) {
	h, st := newSite(t, 3)
	ctx := context.Background()
	arts, err := st.LatestArticles(ctx, 3, 0)
	if err != nil || len(arts) != 3 {
		t.Fatalf("LatestArticles = %v, %v", arts, err)
	}
	for i, a := range arts {
		if err := st.SavePlacement(ctx, model.Placement{ArticleID: a.ID, StoryID: int64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	for _, m := range [][2]int64{{2, 3}, {1, 2}} {
		if err := st.MergeStories(ctx, m[0], m[1]); err != nil {
			t.Fatal(err)
		}
	}
	for _, tc := range []struct{ path, want string }{
		{"/stories/3?ref=share&utm_source=x", "/stories/1?ref=share&utm_source=x"},
		{"/stories/2", "/stories/1"},
		{"/api/v1/stories/3", "/api/v1/stories/1"},
		{"/api/v1/stories/2?fields=all", "/api/v1/stories/1?fields=all"},
		{"/api/v1/stories/3/related?limit=2", "/api/v1/stories/1/related?limit=2"},
	} {
		for _, method := range []string{http.MethodGet, http.MethodHead} {
			rec := do(h, httptest.NewRequest(method, tc.path, nil))
			if rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != tc.want {
				t.Errorf("%s %s: %d to %q, want 301 to %q", method, tc.path, rec.Code, rec.Header().Get("Location"), tc.want)
			}
		}
		if rec := getFollow(t, h, tc.path); rec.Code != http.StatusOK {
			t.Errorf("%s, followed: %d", tc.path, rec.Code)
		}
	}
	if rec := get(h, "/stories/1"); rec.Code != http.StatusOK {
		t.Errorf("surviving story: %d", rec.Code)
	}
}

// Unknown and malformed story IDs answer as they did before merges were
// recorded; a merged-away ID whose target emptied into a third story
// follows the articles there.
func TestUnknownStoryIsNotRedirected(t *testing.T) {
	h, st := newSite(t, 2)
	ctx := context.Background()
	arts, _ := st.LatestArticles(ctx, 2, 0)
	st.SavePlacement(ctx, model.Placement{ArticleID: arts[0].ID, StoryID: 1})
	st.SavePlacement(ctx, model.Placement{ArticleID: arts[1].ID, StoryID: 2})
	if err := st.MergeStories(ctx, 1, 2); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{"/stories/424242", "/stories/x", "/stories/0", "/stories/-2", "/stories/2x"} {
		rec := get(h, path)
		if rec.Code != http.StatusNotFound || !strings.Contains(rec.Body.String(), "not found") {
			t.Errorf("%s: status %d; want the 404 page", path, rec.Code)
		}
	}
	for _, tc := range []struct {
		path   string
		status int
		code   string
	}{
		{"/api/v1/stories/424242", 404, "not_found"},
		{"/api/v1/stories/424242/related", 404, "not_found"},
		{"/api/v1/stories/x", 400, "invalid"},
		{"/api/v1/stories/0/related", 400, "invalid"},
		{"/api/v1/stories/99999999999999999999", 400, "invalid"},
	} {
		rec := get(h, tc.path)
		var body struct {
			Error struct{ Code string } `json:"error"`
		}
		if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil || rec.Code != tc.status || body.Error.Code != tc.code {
			t.Errorf("%s: %d %s; want %d %q", tc.path, rec.Code, rec.Body.String(), tc.status, tc.code)
		}
		if loc := rec.Header().Get("Location"); loc != "" {
			t.Errorf("%s: Location %q", tc.path, loc)
		}
	}
	// A story merged into one whose articles have all moved on follows
	// them.
	st.SavePlacement(ctx, model.Placement{ArticleID: arts[0].ID, StoryID: 3})
	st.SavePlacement(ctx, model.Placement{ArticleID: arts[1].ID, StoryID: 3})
	for _, path := range []string{"/stories/2", "/api/v1/stories/2"} {
		rec := get(h, path)
		if want := strings.Replace(path, "2", "3", 1); rec.Code != http.StatusMovedPermanently || rec.Header().Get("Location") != want {
			t.Errorf("%s after its target emptied into story 3: %d to %q, want 301 to %q", path, rec.Code, rec.Header().Get("Location"), want)
		}
	}
}
