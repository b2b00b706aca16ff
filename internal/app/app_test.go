package app_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"herald/internal/app"
	"herald/internal/config"
	"herald/internal/demo"
	"herald/internal/enrich"
	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/web"
)

// TestDemoEndToEnd follows every demo publisher by its home page, runs one
// ingestion pass through the job queue, and reads the result back through
// the JSON API: the whole path a new user's first minute takes.
func TestDemoEndToEnd(t *testing.T) {
	ctx := context.Background()
	loaded, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	// As `herald demo` serves it: dated to now, and the days the text names
	// moved with the dates.
	corpus := demo.Shift(loaded, time.Now())
	site, err := demo.Start(ctx, corpus, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer site.Close()

	cfg := config.Default()
	cfg.DB = filepath.Join(t.TempDir(), "herald.db")
	cfg.AllowPrivate = true
	cfg.HostDelay = 0
	// One worker makes the order articles reach clustering repeatable, so
	// the story checks below measure the algorithm, not the scheduler.
	cfg.Workers = 1
	m := app.New(cfg, slog.New(slog.DiscardHandler))
	if err := m.Open(ctx); err != nil {
		t.Fatal(err)
	}
	defer m.Close()
	for _, p := range site.Publishers() {
		src, err := m.Sources.Add(ctx, p.HomeURL)
		if err != nil {
			t.Fatalf("follow %s by its home page: %v", p.Name, err)
		}
		if src.FeedURL != p.FeedURL {
			t.Errorf("%s: discovered %s, want %s", p.Name, src.FeedURL, p.FeedURL)
		}
	}
	st, err := m.IngestOnce(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	if st.Polls != len(site.Publishers()) || st.Failed != 0 {
		t.Fatalf("ingest stats %+v", st)
	}
	srcs, _ := m.Store.Sources(ctx)
	for _, s := range srcs {
		if s.ErrorCount != 0 || s.LastCheckedAt.IsZero() {
			t.Errorf("source %s after ingest: errors %d (%s), last check %v", s.FeedURL, s.ErrorCount, s.LastError, s.LastCheckedAt)
		}
	}

	// Every page was fetched and extracted, with its captions and credits.
	arts, _ := m.Store.LatestArticles(ctx, 1000, 0)
	var pages, withCredits, images int
	for _, a := range arts {
		c, err := m.Store.Content(ctx, a.ID)
		if err != nil {
			t.Fatalf("article %d (%s) has no content: %v", a.ID, a.URL, err)
		}
		if c.Error == "" && c.Text != "" {
			pages++
		} else {
			t.Errorf("article %s kept feed content: %s", a.URL, c.Error)
		}
		for _, im := range c.Images {
			images++
			if im.Credit != "" && im.Caption != "" {
				withCredits++
			}
		}
	}
	if pages != len(arts) || images == 0 {
		t.Fatalf("%d of %d pages extracted, %d images", pages, len(arts), images)
	}
	t.Logf("%d pages extracted; %d of %d images with caption and credit", pages, withCredits, images)

	checkUnderstandingAndStories(t, m, corpus, arts)

	srv, err := web.New(m.Store, time.Now, nil)
	if err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/api/v1/articles?limit=200", nil))
	var page struct {
		Articles []struct {
			ID          int64      `json:"id"`
			Title       string     `json:"title"`
			URL         string     `json:"url"`
			SourceName  string     `json:"source_name"`
			PublishedAt *time.Time `json:"published_at"`
		} `json:"articles"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &page); err != nil {
		t.Fatalf("decode %s: %v", rec.Body.String(), err)
	}
	if got, want := len(page.Articles), len(corpus.Articles); got != want {
		t.Fatalf("API lists %d articles, corpus has %d", got, want)
	}
	names := map[string]bool{}
	for _, a := range page.Articles {
		if a.Title == "" || a.URL == "" || a.SourceName == "" || a.PublishedAt == nil {
			t.Fatalf("incomplete article in API: %+v", a)
		}
		names[a.SourceName] = true
	}
	if len(names) != len(corpus.Publishers) {
		t.Fatalf("articles from %d publishers, want %d", len(names), len(corpus.Publishers))
	}
}

// checkUnderstandingAndStories checks the later stages on the demo: every
// article enriched and placed, every wire reprint a copy of its original,
// and the corpus's multi-publisher stories gathered.
func checkUnderstandingAndStories(t *testing.T, m *app.Main, corpus *demo.Corpus, arts []model.Article) {
	t.Helper()
	ctx := context.Background()
	byTitle := map[string]model.Article{}
	for _, a := range arts {
		byTitle[a.Title] = a
		if a.Stage != pipeline.StageStories {
			t.Errorf("article %d stopped at stage %q", a.ID, a.Stage)
		}
		if _, err := m.Store.Enrichment(ctx, a.ID); err != nil {
			t.Errorf("article %d not enriched: %v", a.ID, err)
		}
	}
	stored := func(id string) model.Article {
		ca, _ := corpus.Article(id)
		a, ok := byTitle[ca.Title]
		if !ok {
			t.Fatalf("corpus article %s (%q) not stored", id, ca.Title)
		}
		return a
	}
	for orig, reprints := range corpus.Reprints() {
		o := stored(orig)
		for _, r := range reprints {
			p, err := m.Store.Placement(ctx, stored(r).ID)
			if err != nil || p.DuplicateOf != o.ID {
				t.Errorf("reprint %s: placement %+v, %v; want a copy of article %d", r, p, err, o.ID)
			}
		}
	}
	var whole, reachable, multi int
	for key, members := range corpus.Stories() {
		pubs := map[string]bool{}
		for _, a := range members {
			pubs[a.Publisher] = true
		}
		if key == "" || len(pubs) < 2 {
			continue
		}
		multi++
		ids := map[int64]bool{}
		var where []string
		for _, a := range members {
			if p, err := m.Store.Placement(ctx, stored(a.ID).ID); err == nil {
				ids[p.StoryID] = true
				where = append(where, fmt.Sprintf("%s(%s)=%d", a.ID, a.Lang, p.StoryID))
			}
		}
		if len(ids) == 1 {
			whole++
			reachable++
		} else {
			t.Logf("story %s split over %d stories: %s", key, len(ids), strings.Join(where, " "))
			if storyReachable(t, m, members, stored) {
				reachable++
			}
		}
	}
	// And no story mixes two events: count the stories holding articles
	// of more than one gold story.
	goldOf := map[int64]map[string]bool{}
	for _, ca := range corpus.Articles {
		if ca.Story == "" {
			continue
		}
		if p, err := m.Store.Placement(ctx, stored(ca.ID).ID); err == nil {
			if goldOf[p.StoryID] == nil {
				goldOf[p.StoryID] = map[string]bool{}
			}
			goldOf[p.StoryID][ca.Story] = true
		}
	}
	checkStorySummaries(t, m, goldOf)
	mixed := 0
	for id, golds := range goldOf {
		if len(golds) > 1 {
			mixed++
			t.Logf("story %d mixes %v", id, golds)
		}
	}
	t.Logf("%d of %d multi-publisher stories gathered whole; %d stories mix events", whole, multi, mixed)
	// Every story whole and none mixing events, at any hour the demo is
	// dated to (checked shifted by 0 to 150 hours): the backlog of the
	// first pass reaches story placement in publication order
	// (jobs.Ordered), so the budget's fund for the bridge repairs, which
	// the bridge's local paper files before the budget's first reports are
	// polled, is placed after them and joins the budget. The cores of
	// related events that share people and places (bridge and budget,
	// treaty and confidence vote, election and shipyard order) stay apart:
	// their reports name other days (cluster.Config.DayPenalty).
	if whole != multi {
		t.Errorf("only %d of %d multi-publisher demo stories gathered whole", whole, multi)
	}
	// A reader of every story still finds all its coverage: the article
	// filed with the other story is listed on this one's page as also
	// covering it (cluster.Config.AlsoRatio).
	t.Logf("%d of %d stories have all their articles on one story page, as members or further coverage", reachable, multi)
	if reachable != multi {
		t.Errorf("%d of %d multi-publisher demo stories list all their coverage on one page", reachable, multi)
	}
	if mixed > 0 {
		t.Errorf("%d stories mix events, want none", mixed)
	}
	// Unrelated pieces stay on their own. Measured: 13 of 14; the
	// post-storm weather outlook joins the storm (issue 4: want 14).
	joined := 0
	for _, ca := range corpus.Articles {
		if ca.Story != "" {
			continue
		}
		p, err := m.Store.Placement(ctx, stored(ca.ID).ID)
		if err != nil {
			t.Fatalf("standalone %s not placed: %v", ca.ID, err)
		}
		if st, _ := m.Store.Story(ctx, p.StoryID); st.ArticleCount != 1 {
			joined++
			t.Logf("standalone %s shares story %d with %d other articles", ca.ID, p.StoryID, st.ArticleCount-1)
		}
	}
	if joined > 1 {
		t.Errorf("%d standalone articles joined stories, want at most 1", joined)
	}
}

// checkStorySummaries checks that every story of the demo is summed up
// from its own articles: at least three key points, each a key point or
// the standfirst of an article placed in the story, and none from a wire
// copy.
func checkStorySummaries(t *testing.T, m *app.Main, stories map[int64]map[string]bool) {
	t.Helper()
	ctx := context.Background()
	for id := range stories {
		st, err := m.Store.Story(ctx, id)
		if err != nil {
			t.Fatalf("story %d: %v", id, err)
		}
		if len(st.Summary) < 3 {
			t.Errorf("story %d (%q) has %d key points: %+v", id, st.Headline, len(st.Summary), st.Summary)
		}
		for _, kp := range st.Summary {
			p, err := m.Store.Placement(ctx, kp.ArticleID)
			if err != nil || p.StoryID != id || p.DuplicateOf != 0 {
				t.Errorf("story %d: key point %q credited to article %d, placed %+v (%v)", id, kp.Text, kp.ArticleID, p, err)
				continue
			}
			e, err := m.Store.Enrichment(ctx, kp.ArticleID)
			if err != nil {
				t.Fatalf("story %d: article %d: %v", id, kp.ArticleID, err)
			}
			doc, err := pipeline.Document(ctx, m.Store, kp.ArticleID)
			if err != nil {
				t.Fatalf("story %d: article %d: %v", id, kp.ArticleID, err)
			}
			if !slices.Contains(e.Summary, kp.Text) && !slices.Contains(enrich.Standfirst(doc), kp.Text) {
				t.Errorf("story %d: %q is neither a key point nor the standfirst of article %d", id, kp.Text, kp.ArticleID)
			}
		}
	}
}

// storyReachable tells whether every member of a split gold story is on the
// page of the story holding most of them, as a member or as an article that
// also covers it.
func storyReachable(t *testing.T, m *app.Main, members []demo.Article, stored func(string) model.Article) bool {
	t.Helper()
	ctx := context.Background()
	count := map[int64]int{}
	placed := map[int64]int64{}
	for _, a := range members {
		id := stored(a.ID).ID
		p, err := m.Store.Placement(ctx, id)
		if err != nil {
			return false
		}
		count[p.StoryID]++
		placed[id] = p.StoryID
	}
	var main int64
	for id, n := range count {
		if n > count[main] || (n == count[main] && id < main) {
			main = id
		}
	}
	also, err := m.Store.AlsoCovering(ctx, main, 50)
	if err != nil {
		t.Fatal(err)
	}
	listed := map[int64]bool{}
	for _, a := range also {
		listed[a.ID] = true
	}
	for id, story := range placed {
		if story != main && !listed[id] {
			return false
		}
	}
	return true
}
