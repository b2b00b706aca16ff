package web_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
)

// The stories page lists the month's stories in rank order, including the
// ones too old for the home page's top stories, and pages on.
func TestStoriesPageListsTheMonth(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	month, err := c.st.TopStories(ctx, now.Add(-30*24*time.Hour), now, 1000)
	if err != nil {
		t.Fatal(err)
	}
	top, _ := c.st.TopStories(ctx, now.Add(-72*time.Hour), now, 9)
	if len(month) <= len(top) {
		t.Fatalf("the corpus has %d stories in the month and %d on the home page: the test needs older ones", len(month), len(top))
	}
	home := get(c.h, "/").Body.String()
	mustContain(t, "home", home, `href="/stories"`, "Trending topics")
	// The week's counts would disagree with the tag pages' own.
	if trending := home[strings.Index(home, "Trending topics"):]; strings.Contains(trending[:min(len(trending), 3000)], "chip-count") {
		t.Error("trending topics show a week's counts")
	}

	var pages []string
	for p := 1; ; p++ {
		rec := get(c.h, fmt.Sprintf("/stories?page=%d", p))
		if rec.Code != 200 {
			t.Fatalf("page %d: status %d", p, rec.Code)
		}
		body := rec.Body.String()
		pages = append(pages, body)
		if !strings.Contains(body, fmt.Sprintf(`href="/stories?page=%d" rel="next"`, p+1)) {
			break
		}
		if p > 10 {
			t.Fatal("the pager never ends")
		}
	}
	all := strings.Join(pages, "")
	mustContain(t, "stories page", pages[0], `<a href="/stories" aria-current="page">Stories</a>`, "reports from")
	if !strings.Contains(pages[0], `<h2 class="section-title">Today</h2>`) && !strings.Contains(pages[0], `<h2 class="section-title">Yesterday</h2>`) {
		t.Error("the first page has no heading for today or yesterday")
	}
	// By day, newest first; within a day in the home page's rank order.
	day := func(st model.Story) string { return st.UpdatedAt.UTC().Format(time.DateOnly) }
	slices.SortStableFunc(month, func(a, b model.Story) int { return strings.Compare(day(b), day(a)) })
	last := 0
	for _, s := range month {
		i := strings.Index(all, fmt.Sprintf(`<a href="/stories/%d">`, s.ID))
		if i < 0 {
			t.Errorf("story %d (%s) missing from the stories pages", s.ID, s.Headline)
			continue
		}
		if i < last {
			t.Errorf("story %d (%s, updated %s) out of order", s.ID, s.Headline, day(s))
		}
		last = i
	}
	if strings.Contains(all, `class="rank"`) {
		t.Error("the stories page ranks stories over the month")
	}
	if len(month) > 24 && len(pages) < 2 {
		t.Errorf("%d stories on one page", len(month))
	}
	for i, p := range pages[1:] {
		prev := "/stories"
		if i > 0 {
			prev = fmt.Sprintf("/stories?page=%d", i+1)
		}
		mustContain(t, fmt.Sprintf("stories page %d", i+2), p, fmt.Sprintf(`href="%s" rel="prev"`, prev))
	}
	if strings.Contains(pages[0], `rel="prev"`) {
		t.Error("the first page links back")
	}
}

func TestStoriesPageBadPages(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	for _, q := range []string{"0", "-1", "x", "1e3", "99999999"} {
		rec := get(c.h, "/stories?page="+q)
		if rec.Code != 400 || !strings.Contains(rec.Body.String(), "That page number is not valid") {
			t.Errorf("page=%s: %d, want 400 with a clear message", q, rec.Code)
		}
	}
	rec := get(c.h, "/stories?page=40")
	if rec.Code != 404 || !strings.Contains(rec.Body.String(), "No stories on that page") {
		t.Errorf("a page past the end: %d", rec.Code)
	}
}
