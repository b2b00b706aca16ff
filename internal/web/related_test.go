package web_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/web"
	"herald/internal/web/webtest"
)

// TestRelatedArticles checks where "Related articles" come from: before
// clustering, articles sharing at least two hashtags (one shared city
// name is no relation); once the article has a story, only the story's
// related stories, and nothing rather than a hashtag's newest articles.
func TestRelatedArticles(t *testing.T) {
	h, st := newSite(t, 5)
	ctx := context.Background()
	arts, err := st.LatestArticles(ctx, 5, 0)
	if err != nil {
		t.Fatal(err)
	}
	byTitle := map[string]int64{}
	for _, a := range arts {
		byTitle[a.Title] = a.ID
	}
	tags := func(slugs ...string) []model.Tag {
		var out []model.Tag
		for _, s := range slugs {
			out = append(out, model.Tag{Slug: s, Name: "#" + s})
		}
		return out
	}
	for title, ts := range map[string][]model.Tag{
		"Story 0": tags("velmont", "harbour-bridge", "ferries"),
		"Story 1": tags("velmont", "harbour-bridge"),              // shares two
		"Story 2": tags("velmont"),                                // shares only the city
		"Story 3": tags("ferries", "harbour-bridge", "velmont"),   // shares three
		"Story 4": tags("budget", "velmont", "income-tax", "vat"), // shares only the city
	} {
		if err := st.SaveEnrichment(ctx, &model.Enrichment{ArticleID: byTitle[title], Language: "en", Tags: ts}); err != nil {
			t.Fatal(err)
		}
	}
	related := func() []string {
		var d struct {
			Related []apiArticle `json:"related"`
		}
		decode(t, get(h, fmt.Sprintf("/api/v1/articles/%d", byTitle["Story 0"])), &d)
		var out []string
		for _, a := range d.Related {
			out = append(out, a.Title)
		}
		return out
	}
	if got, want := related(), []string{"Story 3", "Story 1"}; !slices.Equal(got, want) {
		t.Errorf("before clustering: related %q, want %q", got, want)
	}
	for i, title := range []string{"Story 0", "Story 1", "Story 2", "Story 3", "Story 4"} {
		if err := st.SavePlacement(ctx, model.Placement{ArticleID: byTitle[title], StoryID: int64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	if got := related(); len(got) != 0 {
		t.Errorf("in a story with no related stories: related %q, want none", got)
	}
	if err := st.SetRelatedStories(ctx, 1, []int64{3}); err != nil {
		t.Fatal(err)
	}
	if got, want := related(), []string{"Story 2"}; !slices.Equal(got, want) {
		t.Errorf("with related story 3: related %q, want %q", got, want)
	}
}

// TestArticleLanguageFallsBack checks that an article whose feed states no
// language takes the one the understanding stage detected: in the API,
// in the page's lang attribute and in the question box's example.
func TestArticleLanguageFallsBack(t *testing.T) {
	_, st := newSite(t, 1)
	ctx := context.Background()
	arts, err := st.LatestArticles(ctx, 1, 0)
	if err != nil {
		t.Fatal(err)
	}
	a := arts[0]
	if a.Language != "" {
		t.Fatalf("fixture article states language %q", a.Language)
	}
	if err := st.SaveEnrichment(ctx, &model.Enrichment{ArticleID: a.ID, Language: "fr"}); err != nil {
		t.Fatal(err)
	}
	s, err := web.New(st, func() time.Time { return now }, nil, web.Options{Asker: webtest.Asker{Store: st}})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	var d struct {
		Article struct {
			Language string `json:"language"`
		} `json:"article"`
	}
	decode(t, get(h, fmt.Sprintf("/api/v1/articles/%d", a.ID)), &d)
	if d.Article.Language != "fr" {
		t.Errorf("API article language %q, want fr", d.Article.Language)
	}
	body := getFollow(t, h, fmt.Sprintf("/articles/%d", a.ID)).Body.String()
	mustContain(t, "French article page", body, ` lang="fr"`)
	if !strings.Contains(body, "Qui est cité") {
		t.Errorf("the question box's example is not French")
	}
}

// TestAPIListsGiveDetectedLanguage checks that lists and an article's
// related entries give the language its detail gives when the feed states
// none: extraction's, else the understanding stage's.
func TestAPIListsGiveDetectedLanguage(t *testing.T) {
	h, st := newSite(t, 3)
	ctx := context.Background()
	arts, err := st.LatestArticles(ctx, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]string{}
	for i, a := range arts {
		e := &model.Enrichment{ArticleID: a.ID, Language: "fr", Tags: []model.Tag{{Slug: "velmont", Name: "#Velmont"}}}
		if err := st.SaveEnrichment(ctx, e); err != nil {
			t.Fatal(err)
		}
		want[a.ID] = "fr"
		if err := st.SavePlacement(ctx, model.Placement{ArticleID: a.ID, StoryID: int64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	if err := st.SaveContent(ctx, &model.Content{ArticleID: arts[1].ID, Language: "de"}); err != nil {
		t.Fatal(err)
	}
	want[arts[1].ID] = "de"
	if err := st.SetRelatedStories(ctx, 1, []int64{2, 3}); err != nil {
		t.Fatal(err)
	}
	type withLang struct {
		ID       int64  `json:"id"`
		Language string `json:"language"`
	}
	check := func(what string, list []withLang) {
		t.Helper()
		if len(list) == 0 {
			t.Errorf("%s: empty", what)
		}
		for _, a := range list {
			var d struct {
				Article withLang `json:"article"`
			}
			decode(t, get(h, fmt.Sprintf("/api/v1/articles/%d", a.ID)), &d)
			if a.Language != want[a.ID] || d.Article.Language != want[a.ID] {
				t.Errorf("%s: article %d in %q, its detail %q; want %q", what, a.ID, a.Language, d.Article.Language, want[a.ID])
			}
		}
	}
	var list struct {
		Articles []withLang `json:"articles"`
	}
	decode(t, get(h, "/api/v1/articles?limit=200"), &list)
	check("latest articles", list.Articles)
	decode(t, get(h, "/api/v1/tags/velmont"), &list)
	check("tag articles", list.Articles)
	var d struct {
		Related []withLang `json:"related"`
	}
	decode(t, get(h, fmt.Sprintf("/api/v1/articles/%d", arts[0].ID)), &d)
	check("related", d.Related)
	decode(t, get(h, fmt.Sprintf("/api/v1/articles/%d/related", arts[0].ID)), &list)
	check("related endpoint", list.Articles)
}

// TestRelatedStoriesSpreadPublishers checks, on every corpus article, that
// a related story is represented by an article in the reader's language
// when it has one, among those by another publisher's article when it has
// one, by a publisher the list does not show yet when it can be, and that
// the related stories keep their order.
func TestRelatedStoriesSpreadPublishers(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	storyOf := func(id int64) int64 {
		p, err := c.st.Placement(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		return p.StoryID
	}
	links, own := 0, 0
	for _, id := range c.site.Articles {
		var d struct {
			Article struct {
				SourceID int64  `json:"source_id"`
				Language string `json:"language"`
			} `json:"article"`
			Story *struct {
				ID int64 `json:"id"`
			} `json:"story"`
			Related []struct {
				ID       int64  `json:"id"`
				SourceID int64  `json:"source_id"`
				Language string `json:"language"`
			} `json:"related"`
		}
		decode(t, get(c.h, fmt.Sprintf("/api/v1/articles/%d", id)), &d)
		if d.Story == nil {
			continue
		}
		ranked, err := c.st.RelatedStories(ctx, d.Story.ID, 6)
		if err != nil {
			t.Fatal(err)
		}
		var order []int64
		for _, st := range ranked {
			order = append(order, st.ID)
		}
		shown := map[int64]bool{}
		last := -1
		for _, rel := range d.Related {
			links++
			sid := storyOf(rel.ID)
			i := slices.Index(order, sid)
			if i <= last {
				t.Errorf("article %d: related story %d out of order %v", id, sid, order)
			}
			last = i
			arts, err := c.st.StoryArticles(ctx, sid)
			if err != nil {
				t.Fatal(err)
			}
			// The reader's language first: publishers are spread among the
			// story's articles in it, when it has any.
			if slices.ContainsFunc(arts, func(a model.Article) bool { return a.Language == d.Article.Language }) {
				if rel.Language != d.Article.Language {
					t.Errorf("article %d (%s): related story %d shown in %s though it has a report in %s",
						id, d.Article.Language, sid, rel.Language, d.Article.Language)
				}
				arts = slices.DeleteFunc(arts, func(a model.Article) bool { return a.Language != d.Article.Language })
			}
			other, unshown := false, false
			for _, a := range arts {
				other = other || a.SourceID != d.Article.SourceID
				unshown = unshown || (a.SourceID != d.Article.SourceID && !shown[a.SourceID])
			}
			if rel.SourceID == d.Article.SourceID {
				own++
				if other {
					t.Errorf("article %d: related story %d shown by its own publisher's article %d", id, sid, rel.ID)
				}
			} else if shown[rel.SourceID] && unshown {
				t.Errorf("article %d: related story %d repeats publisher %d though another is there", id, sid, rel.SourceID)
			}
			shown[rel.SourceID] = true
		}
	}
	if links == 0 {
		t.Fatal("fixture: no related articles in the corpus")
	}
	t.Logf("%d related links, %d to the reader's own publisher", links, own)
}
