package web_test

import (
	"context"
	"fmt"
	"html"
	"slices"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
)

// A story card under another report's headline shows that report's
// standfirst and link, and does not call it the first report.
func TestStoryCardFollowsItsHeadline(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	top, err := c.st.TopStories(ctx, now.Add(-72*time.Hour), now, 9)
	if err != nil || len(top) == 0 {
		t.Fatal(top, err)
	}
	var st = top[0]
	arts, _ := c.st.StoryArticles(ctx, st.ID)
	var other *model.Article
	for i := range arts {
		if arts[i].ID != st.FirstArticleID && arts[i].Summary != "" {
			other = &arts[i]
		}
	}
	if other == nil {
		t.Fatal("the top story has no second report with a standfirst")
	}
	card := func() string {
		body := get(c.h, "/").Body.String()
		i := strings.Index(body, fmt.Sprintf(`<a href="/stories/%d">`, st.ID))
		if i < 0 {
			t.Fatal("the story is not on the home page")
		}
		end := strings.Index(body[i:], "</ol>")
		if next := strings.Index(body[i:], `<li class="story-card`); next >= 0 && next < end {
			end = next
		}
		return body[i : i+end]
	}
	if got := card(); !strings.Contains(got, "First: ") {
		t.Fatalf("a story under its first report's headline: %s", got)
	}
	if err := c.st.SetStoryHeadline(ctx, st.ID, other.Title); err != nil {
		t.Fatal(err)
	}
	got := card()
	snippet := html.EscapeString(other.Summary[:min(len(other.Summary), 40)])
	if strings.Contains(got, "First: ") || !strings.Contains(got, fmt.Sprintf(`href="/articles/%d/`, other.ID)) || !strings.Contains(got, snippet) {
		t.Errorf("card under %q does not show that report: %s", other.Title, got)
	}
}

// The home page's lead story spans two rows: without a picture, its key
// points after the first fill them.
func TestHomeLeadShowsKeyPointsWithoutPicture(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	top, _ := c.st.TopStories(ctx, now.Add(-72*time.Hour), now, 1)
	if len(top) == 0 {
		t.Fatal("no top story")
	}
	st := top[0]
	first, err := c.st.Article(ctx, st.FirstArticleID)
	if err != nil || len(st.Summary) < 2 {
		t.Fatalf("top story %+v: %v", st, err)
	}
	home := get(c.h, "/").Body.String()
	if first.ImageURL != "" && strings.Contains(home, `class="lead-points"`) {
		t.Error("a lead story with a picture also lists key points")
	}
	// Under the headline of a report without a picture, the card lists them.
	arts, _ := c.st.StoryArticles(ctx, st.ID)
	i := slices.IndexFunc(arts, func(a model.Article) bool { return a.ImageURL == "" && a.Title != first.Title })
	if i < 0 {
		t.Fatal("the top story has no report without a picture")
	}
	if err := c.st.SetStoryHeadline(ctx, st.ID, arts[i].Title); err != nil {
		t.Fatal(err)
	}
	home = get(c.h, "/").Body.String()
	mustContain(t, "home lead", home, `<ul class="lead-points">`, html.EscapeString(st.Summary[1].Text))
	if strings.Count(home, `class="lead-points"`) > 1 {
		t.Error("key points on more than the lead card")
	}
}
