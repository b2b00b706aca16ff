// Package storetest is the conformance suite every store backend must pass.
// A backend's test calls Run with a function that opens an empty store.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store"
)

// Opener returns a new, empty store whose clock reads now().
type Opener func(t *testing.T, now func() time.Time) store.Store

// Run runs every store behaviour test against the backend.
func Run(t *testing.T, open Opener) {
	tests := []namedTest{
		{"AddSourceAndRead", testAddSourceAndRead},
		{"AddSourceConflict", testAddSourceConflict},
		{"AddSourceInvalid", testAddSourceInvalid},
		{"SourceNotFound", testSourceNotFound},
		{"EnableDisable", testEnableDisable},
		{"DueSources", testDueSources},
		{"ClaimDueSources", testClaimDueSources},
		{"ClaimDueSourcesConcurrently", testClaimDueSourcesConcurrently},
		{"RecordFetch", testRecordFetch},
		{"SaveEntriesNewAndRepeat", testSaveEntriesNewAndRepeat},
		{"SameArticleInTwoFeeds", testSameArticleInTwoFeeds},
		{"GUIDScopedToSource", testGUIDScopedToSource},
		{"UpdatedEntryRefreshes", testUpdatedEntryRefreshes},
		{"SharedArticleKeptFromOtherFeeds", testSharedArticleKeptFromOtherFeeds},
		{"SaveEntriesUnknownSource", testSaveEntriesUnknownSource},
		{"SaveEntriesAllOrNothing", testSaveEntriesAllOrNothing},
		{"LatestArticlesPaging", testLatestArticlesPaging},
		{"Stages", testStages},
		{"DeleteSourceKeepsShared", testDeleteSourceKeepsShared},
		{"DeleteSourceRefreshesStories", testDeleteSourceRefreshesStories},
		{"EntryTimes", testEntryTimes},
	}
	for _, tt := range slices.Concat(tests, stageTests(), searchTests(), leaseTests()) {
		t.Run(tt.name, func(t *testing.T) { tt.fn(t, open) })
	}
}

var t0 = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

func fixedClock() func() time.Time { return func() time.Time { return t0 } }

func mustAddSource(t *testing.T, s store.Store, feedURL string) *model.Source {
	t.Helper()
	src := &model.Source{FeedURL: feedURL, Enabled: true}
	if err := s.AddSource(context.Background(), src); err != nil {
		t.Fatalf("AddSource(%s): %v", feedURL, err)
	}
	return src
}

func entry(guid, url string, published time.Time) model.Article {
	return model.Article{GUID: guid, URL: url, Title: "Title " + guid, Summary: "Summary " + guid,
		Authors: []string{"A. Writer"}, PublishedAt: published,
		Enclosures: []model.Enclosure{{URL: url + ".jpg", Type: "image/jpeg", Length: 10}}}
}

func testAddSourceAndRead(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := &model.Source{FeedURL: "https://a.example/feed", SiteURL: "https://a.example/", Title: "A", Enabled: true}
	if err := s.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	if src.ID == 0 || !src.CreatedAt.Equal(t0) {
		t.Fatalf("AddSource set ID=%d CreatedAt=%v, want nonzero and %v", src.ID, src.CreatedAt, t0)
	}
	got, err := s.Source(ctx, src.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.FeedURL != src.FeedURL || got.SiteURL != src.SiteURL || got.Title != "A" || !got.Enabled {
		t.Fatalf("Source = %+v", got)
	}
	if !got.LastCheckedAt.IsZero() {
		t.Fatalf("new source has LastCheckedAt %v", got.LastCheckedAt)
	}
	byURL, err := s.SourceByFeedURL(ctx, src.FeedURL)
	if err != nil || byURL.ID != src.ID {
		t.Fatalf("SourceByFeedURL = %v, %v", byURL, err)
	}
	mustAddSource(t, s, "https://b.example/feed")
	all, err := s.Sources(ctx)
	if err != nil || len(all) != 2 || all[0].ID != src.ID {
		t.Fatalf("Sources = %v, %v", all, err)
	}
}

func testAddSourceConflict(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	mustAddSource(t, s, "https://a.example/feed")
	err := s.AddSource(context.Background(), &model.Source{FeedURL: "https://a.example/feed"})
	if !errors.Is(err, model.ErrConflict) {
		t.Fatalf("second AddSource error = %v, want ErrConflict", err)
	}
}

func testAddSourceInvalid(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	if err := s.AddSource(context.Background(), &model.Source{FeedURL: "  "}); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("AddSource(blank) = %v, want ErrInvalid", err)
	}
}

func testSourceNotFound(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	if _, err := s.Source(ctx, 42); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Source(42) = %v", err)
	}
	if _, err := s.SourceByFeedURL(ctx, "https://none/"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SourceByFeedURL = %v", err)
	}
	if err := s.DeleteSource(ctx, 42); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("DeleteSource(42) = %v", err)
	}
	if err := s.SetSourceEnabled(ctx, 42, false); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SetSourceEnabled(42) = %v", err)
	}
	if _, err := s.Article(ctx, 42); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Article(42) = %v", err)
	}
}

func testEnableDisable(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	if err := s.SetSourceEnabled(ctx, src.ID, false); err != nil {
		t.Fatal(err)
	}
	due, err := s.DueSources(ctx, t0.Add(time.Hour), 10)
	if err != nil || len(due) != 0 {
		t.Fatalf("disabled source due: %v, %v", due, err)
	}
	if err := s.SetSourceEnabled(ctx, src.ID, true); err != nil {
		t.Fatal(err)
	}
	if due, _ := s.DueSources(ctx, t0.Add(time.Hour), 10); len(due) != 1 {
		t.Fatalf("enabled source not due: %v", due)
	}
}

func testDueSources(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	for i, next := range []time.Duration{time.Hour, -time.Hour, 0, 2 * time.Hour} {
		src := &model.Source{FeedURL: fmt.Sprintf("https://%d.example/", i), Enabled: true, NextCheckAt: t0.Add(next)}
		if err := s.AddSource(ctx, src); err != nil {
			t.Fatal(err)
		}
	}
	due, err := s.DueSources(ctx, t0, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(due) != 2 || due[0].FeedURL != "https://1.example/" || due[1].FeedURL != "https://2.example/" {
		t.Fatalf("DueSources(t0) = %v, want sources 1 then 2", due)
	}
	if due, _ := s.DueSources(ctx, t0.Add(3*time.Hour), 3); len(due) != 3 {
		t.Fatalf("limit not applied: %d sources", len(due))
	}
}

func testRecordFetch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	ok := model.FetchResult{CheckedAt: t0, NextCheckAt: t0.Add(time.Hour), ETag: `"v1"`,
		LastModified: "Fri, 20 Nov 2026 11:00:00 GMT", Title: "Feed A", SiteURL: "https://a.example/"}
	if err := s.RecordFetch(ctx, src.ID, ok); err != nil {
		t.Fatal(err)
	}
	fail := model.FetchResult{CheckedAt: t0.Add(time.Hour), NextCheckAt: t0.Add(3 * time.Hour), Err: errors.New("boom")}
	for range 2 {
		if err := s.RecordFetch(ctx, src.ID, fail); err != nil {
			t.Fatal(err)
		}
	}
	got, _ := s.Source(ctx, src.ID)
	if got.ErrorCount != 2 || got.LastError != "boom" || got.ETag != `"v1"` || got.Title != "Feed A" ||
		!got.NextCheckAt.Equal(t0.Add(3*time.Hour)) || !got.LastCheckedAt.Equal(t0.Add(time.Hour)) {
		t.Fatalf("after failures: %+v", got)
	}
	// A 304 brings no validators: the stored ones must survive it.
	notModified := model.FetchResult{CheckedAt: t0.Add(4 * time.Hour), NextCheckAt: t0.Add(5 * time.Hour)}
	if err := s.RecordFetch(ctx, src.ID, notModified); err != nil {
		t.Fatal(err)
	}
	got, _ = s.Source(ctx, src.ID)
	if got.ErrorCount != 0 || got.LastError != "" || got.ETag != `"v1"` || got.LastModified == "" {
		t.Fatalf("after success: %+v", got)
	}
	if err := s.RecordFetch(ctx, 999, ok); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("RecordFetch(999) = %v", err)
	}
}

func testSaveEntriesNewAndRepeat(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	entries := []model.Article{entry("g1", "https://a.example/1", t0), entry("g2", "https://a.example/2", t0.Add(time.Minute))}
	ids, err := s.SaveEntries(ctx, src.ID, entries)
	if err != nil || len(ids) != 2 {
		t.Fatalf("SaveEntries = %v, %v", ids, err)
	}
	again, err := s.SaveEntries(ctx, src.ID, entries)
	if err != nil || len(again) != 0 {
		t.Fatalf("repeat SaveEntries = %v, %v; want no new", again, err)
	}
	a, err := s.Article(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if a.GUID != "g1" || a.URL != "https://a.example/1" || a.Title != "Title g1" || !a.PublishedAt.Equal(t0) ||
		len(a.Authors) != 1 || len(a.Enclosures) != 1 || a.Enclosures[0].Length != 10 || a.SourceID != src.ID {
		t.Fatalf("Article = %+v", a)
	}
}

func testSameArticleInTwoFeeds(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a := mustAddSource(t, s, "https://a.example/feed")
	b := mustAddSource(t, s, "https://b.example/feed")
	ids, _ := s.SaveEntries(ctx, a.ID, []model.Article{entry("a-1", "https://news.example/story", t0)})
	// Same canonical URL under another GUID in another feed: stored once.
	more, err := s.SaveEntries(ctx, b.ID, []model.Article{entry("b-77", "https://news.example/story", t0)})
	if err != nil || len(more) != 0 {
		t.Fatalf("second feed added %v, %v", more, err)
	}
	srcs, err := s.ArticleSourceIDs(ctx, ids[0])
	if err != nil || len(srcs) != 2 || srcs[0] != a.ID || srcs[1] != b.ID {
		t.Fatalf("ArticleSourceIDs = %v, %v", srcs, err)
	}
	latest, _ := s.LatestArticles(ctx, 10, 0)
	if len(latest) != 1 {
		t.Fatalf("LatestArticles has %d articles, want 1", len(latest))
	}
}

func testGUIDScopedToSource(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a := mustAddSource(t, s, "https://a.example/feed")
	b := mustAddSource(t, s, "https://b.example/feed")
	// Two feeds may both number their entries "1": different articles.
	s.SaveEntries(ctx, a.ID, []model.Article{entry("1", "https://a.example/x", t0)})
	ids, err := s.SaveEntries(ctx, b.ID, []model.Article{entry("1", "https://b.example/y", t0)})
	if err != nil || len(ids) != 1 {
		t.Fatalf("GUID collision across sources merged articles: %v, %v", ids, err)
	}
}

func testUpdatedEntryRefreshes(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	e := entry("g", "https://a.example/g", t0)
	ids, _ := s.SaveEntries(ctx, src.ID, []model.Article{e})
	e.Title, e.UpdatedAt = "Corrected title", t0.Add(time.Hour)
	s.SaveEntries(ctx, src.ID, []model.Article{e})
	got, _ := s.Article(ctx, ids[0])
	if got.Title != "Corrected title" || !got.UpdatedAt.Equal(t0.Add(time.Hour)) {
		t.Fatalf("updated entry not refreshed: %+v", got)
	}
	// An older copy must not overwrite the newer one.
	e.Title, e.UpdatedAt = "Stale", t0.Add(time.Minute)
	s.SaveEntries(ctx, src.ID, []model.Article{e})
	if got, _ := s.Article(ctx, ids[0]); got.Title != "Corrected title" {
		t.Fatalf("stale entry overwrote: %q", got.Title)
	}
}

func testSaveEntriesUnknownSource(t *testing.T, open Opener) {
	s := open(t, fixedClock())
	_, err := s.SaveEntries(context.Background(), 7, []model.Article{entry("g", "https://x/", t0)})
	if !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SaveEntries(unknown source) = %v", err)
	}
}

func testSaveEntriesAllOrNothing(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	bad := []model.Article{entry("ok", "https://a.example/ok", t0), {Title: "no id at all"}}
	if _, err := s.SaveEntries(ctx, src.ID, bad); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("SaveEntries(bad batch) = %v, want ErrInvalid", err)
	}
	if latest, _ := s.LatestArticles(ctx, 10, 0); len(latest) != 0 {
		t.Fatalf("failed batch left %d articles", len(latest))
	}
}

func testLatestArticlesPaging(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	var entries []model.Article
	for i := range 5 {
		entries = append(entries, entry(fmt.Sprint(i), fmt.Sprintf("https://a.example/%d", i), t0.Add(time.Duration(i)*time.Hour)))
	}
	entries = append(entries, entry("undated", "https://a.example/u", time.Time{}))
	s.SaveEntries(ctx, src.ID, entries)
	page1, err := s.LatestArticles(ctx, 3, 0)
	if err != nil || len(page1) != 3 {
		t.Fatalf("page 1 = %v, %v", page1, err)
	}
	// The undated entry sorts by first-seen time (t0), i.e. with entry "0".
	if page1[0].GUID != "4" || page1[1].GUID != "3" || page1[2].GUID != "2" {
		t.Fatalf("page 1 order: %s %s %s", page1[0].GUID, page1[1].GUID, page1[2].GUID)
	}
	page2, _ := s.LatestArticles(ctx, 3, page1[2].ID)
	if len(page2) != 3 || page2[0].GUID != "1" {
		t.Fatalf("page 2 = %v", page2)
	}
	page3, _ := s.LatestArticles(ctx, 3, page2[2].ID)
	if len(page3) != 0 {
		t.Fatalf("page 3 has %d", len(page3))
	}
}

func testStages(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	ids, _ := s.SaveEntries(ctx, src.ID, []model.Article{entry("1", "https://a.example/1", t0), entry("2", "https://a.example/2", t0)})
	if err := s.SetArticleStage(ctx, ids[0], "done"); err != nil {
		t.Fatal(err)
	}
	left, err := s.ArticlesBeforeStage(ctx, "done", 0, 10)
	if err != nil || len(left) != 1 || left[0] != ids[1] {
		t.Fatalf("ArticlesBeforeStage = %v, %v", left, err)
	}
	if left, _ := s.ArticlesBeforeStage(ctx, "done", ids[1], 10); len(left) != 0 {
		t.Fatalf("ArticlesBeforeStage after the last = %v", left)
	}
	// Waiting at a stage: earliest published first, whatever the order
	// the entries were stored in.
	more, _ := s.SaveEntries(ctx, src.ID, []model.Article{entry("3", "https://a.example/3", t0.Add(time.Hour)),
		entry("4", "https://a.example/4", t0.Add(-time.Hour))})
	for _, id := range append(more, ids[1]) {
		if err := s.SetArticleStage(ctx, id, "enrich"); err != nil {
			t.Fatal(err)
		}
	}
	at, err := s.ArticlesAtStage(ctx, "enrich", 10)
	if err != nil || !slices.Equal(at, []int64{more[1], ids[1], more[0]}) {
		t.Fatalf("ArticlesAtStage = %v, %v; want %v", at, err, []int64{more[1], ids[1], more[0]})
	}
	if at, _ := s.ArticlesAtStage(ctx, "enrich", 1); len(at) != 1 || at[0] != more[1] {
		t.Fatalf("ArticlesAtStage limit 1 = %v", at)
	}
	if a, _ := s.Article(ctx, ids[0]); a.Stage != "done" {
		t.Fatalf("stage = %q", a.Stage)
	}
	if err := s.SetArticleStage(ctx, 999, "done"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SetArticleStage(999) = %v", err)
	}
	// Rewinding leaves an article at the stage it must not skip.
	if err := s.SetArticleStage(ctx, ids[1], "feed"); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		id   int64
		want bool
		now  string
	}{{ids[0], true, "extract"}, {ids[1], false, "feed"}} {
		ok, err := s.RewindArticleStage(ctx, tc.id, "extract", "feed")
		a, _ := s.Article(ctx, tc.id)
		if err != nil || ok != tc.want || a.Stage != tc.now {
			t.Fatalf("RewindArticleStage(%d) = %v, %v; stage %q, want %v and %q", tc.id, ok, err, a.Stage, tc.want, tc.now)
		}
	}
	if _, err := s.RewindArticleStage(ctx, 999, "extract", "feed"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("RewindArticleStage(999) = %v", err)
	}
}

func testDeleteSourceKeepsShared(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a := mustAddSource(t, s, "https://a.example/feed")
	b := mustAddSource(t, s, "https://b.example/feed")
	own, _ := s.SaveEntries(ctx, a.ID, []model.Article{entry("own", "https://a.example/own", t0), entry("shared", "https://x.example/s", t0)})
	s.SaveEntries(ctx, b.ID, []model.Article{entry("s", "https://x.example/s", t0)})
	if err := s.DeleteSource(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Article(ctx, own[0]); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("article only in deleted source survives: %v", err)
	}
	shared, err := s.Article(ctx, own[1])
	if err != nil || shared.SourceID != b.ID {
		t.Fatalf("shared article = %+v, %v", shared, err)
	}
	if _, err := s.Source(ctx, a.ID); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("deleted source still readable: %v", err)
	}
}

// Unfollowing a source leaves its stories' counts right: a story loses the
// articles only that source carried (and is removed when none is left),
// and the publisher.
func testDeleteSourceRefreshesStories(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a := mustAddSource(t, s, "https://a.example/feed")
	b := mustAddSource(t, s, "https://b.example/feed")
	ownA, _ := s.SaveEntries(ctx, a.ID, []model.Article{entry("a1", "https://a.example/1", t0), entry("a2", "https://a.example/2", t0.Add(time.Hour))})
	ownB, _ := s.SaveEntries(ctx, b.ID, []model.Article{entry("b1", "https://b.example/1", t0.Add(2*time.Hour))})
	for _, p := range []model.Placement{{ArticleID: ownA[0], StoryID: 1}, {ArticleID: ownB[0], StoryID: 1}, {ArticleID: ownA[1], StoryID: 2}} {
		if err := s.SavePlacement(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.DeleteSource(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	st, err := s.Story(ctx, 1)
	if err != nil || st.ArticleCount != 1 || st.SourceCount != 1 || st.FirstArticleID != ownB[0] {
		t.Fatalf("story 1 after unfollowing a: %+v, %v; want 1 article from 1 source, first %d", st, err, ownB[0])
	}
	if _, err := s.Story(ctx, 2); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("story 2 lost its only article but survives: %v", err)
	}
}

func testEntryTimes(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	src := mustAddSource(t, s, "https://a.example/feed")
	s.SaveEntries(ctx, src.ID, []model.Article{entry("1", "https://a.example/1", t0), entry("2", "https://a.example/2", t0.Add(time.Hour))})
	times, err := s.EntryTimes(ctx, src.ID, 10)
	if err != nil || len(times) != 2 || !times[0].Equal(t0.Add(time.Hour)) {
		t.Fatalf("EntryTimes = %v, %v", times, err)
	}
}

func testClaimDueSources(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	for i := range 3 {
		mustAddSource(t, s, fmt.Sprintf("https://%d.example/", i))
	}
	lease := t0.Add(10 * time.Minute)
	got, err := s.ClaimDueSources(ctx, t0, lease, 2)
	if err != nil || len(got) != 2 {
		t.Fatalf("first claim = %v, %v", got, err)
	}
	rest, _ := s.ClaimDueSources(ctx, t0, lease, 10)
	if len(rest) != 1 || rest[0].ID == got[0].ID || rest[0].ID == got[1].ID {
		t.Fatalf("second claim = %v, want the one unclaimed source", rest)
	}
	if none, _ := s.ClaimDueSources(ctx, t0.Add(time.Minute), lease, 10); len(none) != 0 {
		t.Fatalf("claimed sources were claimed again inside the lease: %v", none)
	}
	if again, _ := s.ClaimDueSources(ctx, lease, lease.Add(time.Minute), 10); len(again) != 3 {
		t.Fatalf("after the lease ran out %d sources were due, want 3", len(again))
	}
}

func testClaimDueSourcesConcurrently(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	for i := range 20 {
		mustAddSource(t, s, fmt.Sprintf("https://%d.example/", i))
	}
	results := make(chan []model.Source, 4)
	for range 4 {
		go func() {
			got, err := s.ClaimDueSources(ctx, t0, t0.Add(time.Hour), 20)
			if err != nil {
				t.Error(err)
			}
			results <- got
		}()
	}
	seen := map[int64]bool{}
	for range 4 {
		for _, src := range <-results {
			if seen[src.ID] {
				t.Fatalf("source %d claimed twice", src.ID)
			}
			seen[src.ID] = true
		}
	}
	if len(seen) != 20 {
		t.Fatalf("%d sources claimed, want 20", len(seen))
	}
}
