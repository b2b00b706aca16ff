package web_test

import (
	"context"
	"fmt"
	"html"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/web"
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

// A search narrowed to a source Herald does not follow says so, on the
// page and in the API, rather than finding nothing.
func TestSearchUnknownSource(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	rec := get(c.h, "/search?q=bridge&source=999")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "no source has that number") {
		t.Errorf("page: %d", rec.Code)
	}
	rec = get(c.h, "/api/v1/search?q=bridge&source=999")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "no source has that number") {
		t.Errorf("API: %d %s", rec.Code, rec.Body.String())
	}
	if rec := get(c.h, "/api/v1/search?q=bridge&source=1"); rec.Code != 200 {
		t.Errorf("a followed source: %d", rec.Code)
	}
}

// A page of search hits shows each wire text once, its other printings
// named under it.
func TestSearchFoldsReprints(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	wire := c.wireCopy(t)
	orig := c.article(t, wire.WireOf)
	copyArt := c.article(t, wire.ID)
	word := "bridge"
	if !strings.Contains(strings.ToLower(orig.Title+copyArt.Title), word) {
		t.Skipf("the corpus's wire copy is not about the bridge: %q", orig.Title)
	}
	body := get(c.h, "/search?q="+word).Body.String()
	mustContain(t, "search page", body, "Also printed by")
	seen := map[int64]bool{}
	for _, m := range regexp.MustCompile(`<h3 class="row-title" dir="auto"><a href="/articles/(\d+)/`).FindAllStringSubmatch(body, -1) {
		id, _ := strconv.ParseInt(m[1], 10, 64)
		fam := id
		if p, err := c.st.Placement(ctx, id); err == nil && p.DuplicateOf != 0 {
			fam = p.DuplicateOf
		}
		if seen[fam] {
			t.Errorf("two rows print wire text %d", fam)
		}
		seen[fam] = true
	}
	if len(seen) == 0 {
		t.Fatal("no hits")
	}
}

// A search page past the last result is a 404 that links the first page,
// not an empty page of "No results".
func TestSearchPagePastTheEnd(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	rec := get(c.h, "/search?q=bridge&page=30")
	body := rec.Body.String()
	if rec.Code != 404 || !strings.Contains(body, "fewer results than page 30") || !strings.Contains(body, `<a href="/search?q=bridge">See the first page</a>`) {
		t.Errorf("page 30: %d", rec.Code)
	}
	if strings.Contains(body, "No results") {
		t.Error("past the end also says No results")
	}
}

// speakerAsker cites one quotation whose speaker the sentence does not name.
type speakerAsker struct{}

func (speakerAsker) Ask(context.Context, int64, string) ([]web.Citation, error) {
	return []web.Citation{{SentenceIndex: 4, Text: "“These are not hairline cracks,” she said.", Speaker: "Marit Holm"}}, nil
}

// An answer that quotes someone without naming them says who speaks, on
// the page and in the API.
func TestAnswerCitationNamesItsSpeaker(t *testing.T) {
	c := newCorpusSite(t, web.Options{Asker: speakerAsker{}})
	a := c.article(t, c.wireCopy(t).ID)
	body := get(c.h, fmt.Sprintf("/articles/%d?ask=%s", a.ID, url.QueryEscape("Who is quoted?"))).Body.String()
	mustContain(t, "answer", body, "Marit Holm · Sentence 5 of the article")
}
