package storetest

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store"
)

func stageTests() []namedTest {
	return []namedTest{
		{"ContentRoundTrip", testContentRoundTrip},
		{"EnrichmentTagsEntities", testEnrichmentTagsEntities},
		{"TagNameIndependentOfOrder", testTagNameIndependentOfOrder},
		{"SetTagsChangesOnlyTags", testSetTagsChangesOnlyTags},
		{"TagNeighbours", testTagNeighbours},
		{"SourceArticles", testSourceArticles},
		{"DocumentFrequencies", testDocumentFrequencies},
		{"EntityTypeVotes", testEntityTypeVotes},
		{"EntityGuessArticles", testEntityGuessArticles},
		{"LongerNames", testLongerNames},
		{"DetectedLanguages", testDetectedLanguages},
		{"PlacementAndStory", testPlacementAndStory},
		{"MergeStories", testMergeStories},
		{"MergedInto", testMergedInto},
		{"LastStoryID", testLastStoryID},
		{"PlacementEmptyingAStory", testPlacementEmptyingAStory},
		{"AlsoCovers", testAlsoCovers},
		{"StoryTagsAndEntities", testStoryTagsAndEntities},
		{"TopAndRelatedStories", testTopAndRelatedStories},
		{"Search", testSearch},
		{"SearchFilters", testSearchFilters},
		{"SearchHostileInput", testSearchHostileInput},
	}
}

type namedTest struct {
	name string
	fn   func(t *testing.T, open Opener)
}

// seed stores n articles from one new source, published an hour apart
// from t0, and returns the source and the article IDs in order.
func seed(t *testing.T, s store.Store, feedURL string, titles ...string) (*model.Source, []int64) {
	t.Helper()
	src := mustAddSource(t, s, feedURL)
	var entries []model.Article
	for i, title := range titles {
		e := entry(fmt.Sprintf("%s-%d", feedURL, i), fmt.Sprintf("%s/%d", feedURL, i), t0.Add(time.Duration(i)*time.Hour))
		e.Title, e.Summary = title, "<p>Summary of "+title+"</p>"
		entries = append(entries, e)
	}
	ids, err := s.SaveEntries(context.Background(), src.ID, entries)
	if err != nil || len(ids) != len(titles) {
		t.Fatalf("SaveEntries = %v, %v", ids, err)
	}
	return src, ids
}

func testContentRoundTrip(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "Bridge closed")
	if _, err := s.Content(ctx, ids[0]); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Content before extraction = %v", err)
	}
	c := &model.Content{ArticleID: ids[0], Title: "Harbour bridge closed", Authors: []string{"Mara Lind"},
		PublishedAt: t0, Language: "en", SiteName: "Gazette", HTML: "<p>Engineers found cracks.</p>",
		Text: "Engineers found cracks in pier six.", Images: []model.Image{{URL: "https://a.example/p.jpg",
			Caption: "The pier", Credit: "Jo Feld/Gazette"}}}
	if err := s.SaveContent(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, err := s.Content(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if got.Text != c.Text || got.HTML != c.HTML || len(got.Images) != 1 || got.Images[0].Credit != "Jo Feld/Gazette" ||
		got.Images[0].Caption != "The pier" || !got.PublishedAt.Equal(t0) || got.Authors[0] != "Mara Lind" || got.ExtractedAt.IsZero() {
		t.Fatalf("Content = %+v", got)
	}
	// The search index now holds the extracted text.
	hits, err := s.Search(ctx, store.SearchQuery{Text: "pier six"})
	if err != nil || len(hits) != 1 || hits[0].Article.ID != ids[0] {
		t.Fatalf("search after extraction = %v, %v", hits, err)
	}
	c.Error, c.Text = "page returned 404", ""
	if err := s.SaveContent(ctx, c); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.Content(ctx, ids[0]); got.Error != "page returned 404" {
		t.Fatalf("replaced content = %+v", got)
	}
	if err := s.SaveContent(ctx, &model.Content{ArticleID: 999}); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SaveContent(999) = %v", err)
	}
}

func testEnrichmentTagsEntities(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
	taliban := model.Tag{Slug: "taliban", Name: "#Taliban"}
	kabul := model.Tag{Slug: "kabul", Name: "#Kabul"}
	person := model.Entity{Key: "person:zalmay-khalilzad", Name: "Zalmay Khalilzad", Type: "person",
		Aliases: []string{"Khalilzad"}, Mentions: 3}
	e := &model.Enrichment{ArticleID: ids[0], Language: "en", Keyphrases: []string{"taliban talks"},
		Tags: []model.Tag{taliban, kabul}, Entities: []model.Entity{person},
		Quotes: []model.Quote{{Text: "There is a path.", Speaker: "an official"}}, Summary: []string{"First.", "Second."},
		SummarySource: "llm", SummaryOf: "3f2a"}
	if err := s.SaveEnrichment(ctx, e); err != nil {
		t.Fatal(err)
	}
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[1], Tags: []model.Tag{taliban}})
	got, err := s.Enrichment(ctx, ids[0])
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Tags) != 2 || got.Tags[0] != taliban || got.Entities[0].Aliases[0] != "Khalilzad" ||
		got.Quotes[0].Speaker != "an official" || len(got.Summary) != 2 || got.Keyphrases[0] != "taliban talks" ||
		got.SummarySource != "llm" || got.SummaryOf != "3f2a" {
		t.Fatalf("Enrichment = %+v", got)
	}
	tag, err := s.Tag(ctx, "taliban")
	if err != nil || tag.Count != 2 || tag.Name != "#Taliban" {
		t.Fatalf("Tag = %+v, %v", tag, err)
	}
	top, _ := s.TopTags(ctx, t0.Add(-time.Hour), 10)
	if len(top) != 2 || top[0].Slug != "taliban" || top[0].Count != 2 {
		t.Fatalf("TopTags = %+v", top)
	}
	arts, _ := s.TagArticles(ctx, "taliban", 10, 0)
	if len(arts) != 2 || arts[0].ID != ids[1] {
		t.Fatalf("TagArticles = %v", arts)
	}
	// Re-enriching replaces the links.
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[0], Tags: []model.Tag{kabul}})
	if tag, _ := s.Tag(ctx, "taliban"); tag.Count != 1 {
		t.Fatalf("after re-enrichment taliban has %d articles", tag.Count)
	}
	if _, err := s.Tag(ctx, "nope"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Tag(nope) = %v", err)
	}
	if _, err := s.Enrichment(ctx, ids[2]); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Enrichment before enrichment = %v", err)
	}
	if err := s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: 999}); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SaveEnrichment(999) = %v", err)
	}
}

func testSourceArticles(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a, ids := seed(t, s, "https://a.example/feed", "A1", "A2", "A3")
	seed(t, s, "https://b.example/feed", "B1")
	page, _ := s.SourceArticles(ctx, a.ID, 2, 0)
	if len(page) != 2 || page[0].ID != ids[2] {
		t.Fatalf("SourceArticles page 1 = %v", page)
	}
	rest, _ := s.SourceArticles(ctx, a.ID, 2, page[1].ID)
	if len(rest) != 1 || rest[0].ID != ids[0] {
		t.Fatalf("SourceArticles page 2 = %v", rest)
	}
}

func testDocumentFrequencies(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[0], TermKeys: []string{"bridg", "harbour bridg", "bridg"}})
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[1], TermKeys: []string{"bridg", "budget"}})
	// Enriching an article again does not count it twice.
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[1], TermKeys: []string{"bridg", "budget"}})
	df, total, err := s.DocumentFrequencies(ctx, []string{"bridg", "budget", "harbour bridg", "absent"})
	if err != nil {
		t.Fatal(err)
	}
	if total != 2 || df["bridg"] != 2 || df["budget"] != 1 || df["harbour bridg"] != 1 || df["absent"] != 0 {
		t.Fatalf("DocumentFrequencies = %v, %d", df, total)
	}
	// A long list (an article's every candidate term) is looked up in
	// batches; terms in the middle and at the end are found too.
	long := make([]string, 450)
	for i := range long {
		long[i] = fmt.Sprintf("absent %d", i)
	}
	long[0], long[250], long[449] = "bridg", "budget", "harbour bridg"
	df, _, err = s.DocumentFrequencies(ctx, long)
	if err != nil {
		t.Fatal(err)
	}
	if len(df) != 3 || df["bridg"] != 2 || df["budget"] != 1 || df["harbour bridg"] != 1 {
		t.Fatalf("DocumentFrequencies of 450 terms = %v", df)
	}
}

func testPlacementAndStory(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, aIDs := seed(t, s, "https://a.example/feed", "Bridge closed after cracks", "Budget")
	_, bIDs := seed(t, s, "https://b.example/feed", "Bridge shut (wire copy)")
	if _, err := s.Placement(ctx, aIDs[0]); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("Placement before clustering = %v", err)
	}
	for _, p := range []model.Placement{{ArticleID: bIDs[0], StoryID: 7, DuplicateOf: aIDs[0]}, {ArticleID: aIDs[0], StoryID: 7}} {
		if err := s.SavePlacement(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	st, err := s.Story(ctx, 7)
	if err != nil {
		t.Fatal(err)
	}
	if st.ArticleCount != 2 || st.SourceCount != 2 || st.FirstArticleID != aIDs[0] || !st.FirstSeenAt.Equal(t0) ||
		st.Headline != "Bridge closed after cracks" {
		t.Fatalf("Story = %+v", st)
	}
	arts, _ := s.StoryArticles(ctx, 7)
	if len(arts) != 2 || arts[0].ID != aIDs[0] {
		t.Fatalf("StoryArticles = %v", arts)
	}
	if a, err := s.StoryArticleTitled(ctx, 7, arts[1].Title); err != nil || a.ID != arts[1].ID {
		t.Fatalf("StoryArticleTitled(%q) = %v, %v; want article %d", arts[1].Title, a, err, arts[1].ID)
	}
	if _, err := s.StoryArticleTitled(ctx, 7, "No such headline"); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("StoryArticleTitled of a title no article has: %v", err)
	}
	copies, _ := s.Copies(ctx, aIDs[0])
	if len(copies) != 1 || copies[0].ID != bIDs[0] {
		t.Fatalf("Copies = %v", copies)
	}
	if p, _ := s.Placement(ctx, bIDs[0]); p.StoryID != 7 || p.DuplicateOf != aIDs[0] {
		t.Fatalf("Placement = %+v", p)
	}
	s.SetStoryHeadline(ctx, 7, "Harbour bridge closed")
	s.SetStorySummary(ctx, 7, []model.KeyPoint{{Text: "Cracks were found.", ArticleID: aIDs[0]}, {Text: "Uncredited."}})
	if st, _ := s.Story(ctx, 7); st.Headline != "Harbour bridge closed" || len(st.Summary) != 2 ||
		st.Summary[0] != (model.KeyPoint{Text: "Cracks were found.", ArticleID: aIDs[0]}) || st.Summary[1].Text != "Uncredited." {
		t.Fatalf("Story after edits = %+v", st)
	}
	// Moving the last article out of a story removes the story.
	s.SavePlacement(ctx, model.Placement{ArticleID: aIDs[1], StoryID: 8})
	s.SavePlacement(ctx, model.Placement{ArticleID: aIDs[1], StoryID: 7})
	if _, err := s.Story(ctx, 8); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("empty story 8 survives: %v", err)
	}
	if st, _ := s.Story(ctx, 7); st.ArticleCount != 3 {
		t.Fatalf("story 7 has %d articles, want 3", st.ArticleCount)
	}
	places, _ := s.Placements(ctx, t0.Add(-time.Hour))
	if len(places) != 3 {
		t.Fatalf("Placements = %v", places)
	}
	mine, err := s.StoryPlacements(ctx, 7)
	if err != nil || len(mine) != 3 {
		t.Fatalf("StoryPlacements(7) = %v, %v", mine, err)
	}
	copyOf := map[int64]int64{}
	for _, p := range mine {
		if p.StoryID != 7 {
			t.Errorf("StoryPlacements(7) lists %+v", p)
		}
		copyOf[p.ArticleID] = p.DuplicateOf
	}
	if copyOf[bIDs[0]] != aIDs[0] || copyOf[aIDs[0]] != 0 {
		t.Errorf("StoryPlacements copy marks = %v", copyOf)
	}
	if none, err := s.StoryPlacements(ctx, 8); err != nil || len(none) != 0 {
		t.Errorf("StoryPlacements of a removed story = %v, %v", none, err)
	}
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: 999, StoryID: 7}); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SavePlacement(999) = %v", err)
	}
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: aIDs[0]}); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("SavePlacement(no story) = %v", err)
	}
}

func testMergeStories(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[0], StoryID: 1})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[1], StoryID: 2})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[2], StoryID: 2})
	if err := s.MergeStories(ctx, 1, 2); err != nil {
		t.Fatal(err)
	}
	if st, _ := s.Story(ctx, 1); st.ArticleCount != 3 {
		t.Fatalf("merged story has %d articles", st.ArticleCount)
	}
	if _, err := s.Story(ctx, 2); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("merged-away story survives: %v", err)
	}
	if err := s.MergeStories(ctx, 1, 2); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("merging a missing story = %v", err)
	}
	if err := s.MergeStories(ctx, 1, 1); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("merging a story into itself = %v", err)
	}
}

// The last story ID counts stories merged away, so that IDs are never
// handed out twice.
func testLastStoryID(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	if last, err := s.LastStoryID(ctx); err != nil || last != 0 {
		t.Fatalf("empty store: LastStoryID = %d, %v; want 0", last, err)
	}
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two")
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[0], StoryID: 3})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[1], StoryID: 7})
	if last, err := s.LastStoryID(ctx); err != nil || last != 7 {
		t.Fatalf("LastStoryID = %d, %v; want 7", last, err)
	}
	if err := s.MergeStories(ctx, 3, 7); err != nil {
		t.Fatal(err)
	}
	if last, err := s.LastStoryID(ctx); err != nil || last != 7 {
		t.Fatalf("after merging 7 into 3: LastStoryID = %d, %v; want 7", last, err)
	}
}

// A story whose last article is placed elsewhere is merged into that
// story: gone, its address resolving there, its number still taken.
func testPlacementEmptyingAStory(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three")
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[0], StoryID: 1})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[1], StoryID: 1})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[2], StoryID: 9})
	// Moving one of two articles leaves the story in place.
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: ids[1], StoryID: 9}); err != nil {
		t.Fatal(err)
	}
	if st, err := s.Story(ctx, 1); err != nil || st.ArticleCount != 1 {
		t.Fatalf("story 1 after one of its two articles left: %+v, %v", st, err)
	}
	if _, err := s.MergedInto(ctx, 1); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("story 1 still holds an article but redirects: %v", err)
	}
	// Moving its last article empties it.
	if err := s.SavePlacement(ctx, model.Placement{ArticleID: ids[0], StoryID: 9}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.Story(ctx, 1); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("emptied story 1 survives: %v", err)
	}
	if into, err := s.MergedInto(ctx, 1); err != nil || into != 9 {
		t.Fatalf("MergedInto(1) = %d, %v; want 9", into, err)
	}
	if st, _ := s.Story(ctx, 9); st.ArticleCount != 3 {
		t.Fatalf("story 9 has %d articles, want 3", st.ArticleCount)
	}
}

// A merged-away story ID resolves to the story holding its articles now,
// through merges of merges, until that story is gone or the ID is used again.
func testMergedInto(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Three", "Four", "Five")
	for i, id := range ids {
		if err := s.SavePlacement(ctx, model.Placement{ArticleID: id, StoryID: int64(i + 1)}); err != nil {
			t.Fatal(err)
		}
	}
	wantInto := func(id, want int64) {
		t.Helper()
		got, err := s.MergedInto(ctx, id)
		if want == 0 && !errors.Is(err, model.ErrNotFound) {
			t.Errorf("MergedInto(%d) = %d, %v; want ErrNotFound", id, got, err)
		}
		if want != 0 && (err != nil || got != want) {
			t.Errorf("MergedInto(%d) = %d, %v; want %d", id, got, err, want)
		}
	}
	merge := func(into, from int64) {
		t.Helper()
		if err := s.MergeStories(ctx, into, from); err != nil {
			t.Fatalf("MergeStories(%d, %d) = %v", into, from, err)
		}
	}
	merge(2, 3)
	wantInto(3, 2)
	merge(1, 2)
	wantInto(3, 1) // a chain resolves in one step
	wantInto(2, 1)
	wantInto(1, 0)  // live, the target of merges
	wantInto(4, 0)  // live, never merged
	wantInto(99, 0) // never existed
	if err := s.MergeStories(ctx, 1, 3); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("merging a merged-away story again = %v", err)
	}
	wantInto(3, 1)

	// Story 4 absorbs 5, then its articles are placed in story 1: 4 is
	// emptied into 1, and 5 follows.
	merge(4, 5)
	wantInto(5, 4)
	for _, id := range ids[3:] {
		s.SavePlacement(ctx, model.Placement{ArticleID: id, StoryID: 1})
	}
	if _, err := s.Story(ctx, 4); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("emptied story survives: %v", err)
	}
	wantInto(4, 1)
	wantInto(5, 1)

	// A story ID used again (by a store written before the clustering
	// stage reserved IDs) is not forwarded while it is live.
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[3], StoryID: 4})
	wantInto(4, 0)
	wantInto(5, 1)
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[4], StoryID: 2})
	wantInto(2, 0)
	wantInto(3, 1)
	merge(2, 1)
	wantInto(1, 2)
	wantInto(3, 2)
	wantInto(2, 0)
}

func testTopAndRelatedStories(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, a := seed(t, s, "https://a.example/feed", "Old big 1", "New small", "Old big 2")
	_, b := seed(t, s, "https://b.example/feed", "Old big 3")
	_, c := seed(t, s, "https://c.example/feed", "Old big 4")
	for _, id := range []int64{a[0], a[2], b[0], c[0]} {
		s.SavePlacement(ctx, model.Placement{ArticleID: id, StoryID: 1})
	}
	s.SavePlacement(ctx, model.Placement{ArticleID: a[1], StoryID: 2})
	top, err := s.TopStories(ctx, t0.Add(-time.Hour), t0.Add(3*time.Hour), 10)
	if err != nil || len(top) != 2 || top[0].ID != 1 {
		t.Fatalf("TopStories = %+v, %v; want the three-publisher story first", top, err)
	}
	// Days later the wide story has faded below a fresh one-source story.
	later := t0.Add(72 * time.Hour)
	s.SaveEntries(ctx, 1, []model.Article{entry("fresh", "https://a.example/fresh", later)})
	fresh, _ := s.LatestArticles(ctx, 1, 0)
	s.SavePlacement(ctx, model.Placement{ArticleID: fresh[0].ID, StoryID: 3})
	if top, _ := s.TopStories(ctx, t0.Add(-time.Hour), later, 10); top[0].ID != 3 {
		t.Fatalf("TopStories days later = %+v; want the fresh story first", top)
	}
	if err := s.SetRelatedStories(ctx, 1, []int64{3, 2}); err != nil {
		t.Fatal(err)
	}
	rel, _ := s.RelatedStories(ctx, 1, 10)
	if len(rel) != 2 || rel[0].ID != 3 || rel[1].ID != 2 {
		t.Fatalf("RelatedStories = %+v", rel)
	}
	if err := s.SetRelatedStories(ctx, 1, []int64{99}); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("SetRelatedStories to a missing story = %v", err)
	}
}

func testSearch(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "Harbour bridge closed after cracks", "Budget day in Velmont", "Bridge repair fund in the budget")
	hits, err := s.Search(ctx, store.SearchQuery{Text: "bridge"})
	if err != nil || len(hits) != 2 {
		t.Fatalf("Search(bridge) = %v, %v", hits, err)
	}
	if !strings.Contains(hits[0].Snippet, "\x02") || !strings.Contains(hits[0].Snippet, "\x03") {
		t.Fatalf("snippet without marks: %q", hits[0].Snippet)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "bridge budget"}); len(hits) != 1 || hits[0].Article.ID != ids[2] {
		t.Fatalf("Search(bridge budget) = %v; want only the article with both words", hits)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: `"budget day"`}); len(hits) != 1 || hits[0].Article.ID != ids[1] {
		t.Fatalf("phrase search = %v", hits)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "bridge", Limit: 1, Offset: 1}); len(hits) != 1 {
		t.Fatalf("second page = %v", hits)
	}
	if _, err := s.Search(ctx, store.SearchQuery{Text: "  ?! "}); !errors.Is(err, model.ErrInvalid) {
		t.Fatalf("Search(no words) = %v", err)
	}
}

func testSearchFilters(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	a, aIDs := seed(t, s, "https://a.example/feed", "Storm hits coast", "Storm clean-up")
	_, bIDs := seed(t, s, "https://b.example/feed", "Storm warning")
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: bIDs[0], Tags: []model.Tag{{Slug: "weather", Name: "#Weather"}}})
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "storm", SourceID: a.ID}); len(hits) != 2 {
		t.Fatalf("source filter: %d hits", len(hits))
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "storm", Tag: "weather"}); len(hits) != 1 || hits[0].Article.ID != bIDs[0] {
		t.Fatalf("tag filter: %v", hits)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "storm", Since: t0.Add(30 * time.Minute)}); len(hits) != 1 || hits[0].Article.ID != aIDs[1] {
		t.Fatalf("date filter: %v", hits)
	}
	if hits, _ := s.Search(ctx, store.SearchQuery{Text: "storm", Until: t0.Add(30 * time.Minute)}); len(hits) != 2 {
		t.Fatalf("until filter: %v", hits)
	}
}

func testSearchHostileInput(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	seed(t, s, "https://a.example/feed", "Bridge closed")
	for _, q := range []string{`bridge" OR "x`, `bridge) OR (1=1`, `NEAR(bridge closed)`, `title:bridge`, `bridge*`,
		`'; DROP TABLE articles; --`, `"unterminated`, `bridge AND NOT closed`, strings.Repeat("bridge ", 500), "\u0301", "bridge \u0301 ً"} {
		if _, err := s.Search(ctx, store.SearchQuery{Text: q}); err != nil && !errors.Is(err, model.ErrInvalid) {
			t.Errorf("Search(%q) = %v; want results or ErrInvalid, never a syntax error", q, err)
		}
	}
	if latest, _ := s.LatestArticles(ctx, 10, 0); len(latest) != 1 {
		t.Fatal("articles lost")
	}
}

func testStoryTagsAndEntities(t *testing.T, open Opener) {
	ctx := context.Background()
	s := open(t, fixedClock())
	_, ids := seed(t, s, "https://a.example/feed", "One", "Two", "Other story")
	bridge, budget := model.Tag{Slug: "harbour-bridge", Name: "#HarbourBridge"}, model.Tag{Slug: "budget", Name: "#Budget"}
	mayor := model.Entity{Key: "person:owen-castellane", Name: "Owen Castellane", Type: "person", Mentions: 2}
	city := model.Entity{Key: "place:port-calder", Name: "Port Calder", Type: "place", Mentions: 1}
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[0], Tags: []model.Tag{budget, bridge}, Entities: []model.Entity{mayor, city}})
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[1], Tags: []model.Tag{bridge}, Entities: []model.Entity{city}})
	s.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[2], Tags: []model.Tag{budget, budget}, Entities: []model.Entity{mayor}})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[0], StoryID: 1})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[1], StoryID: 1})
	s.SavePlacement(ctx, model.Placement{ArticleID: ids[2], StoryID: 2})
	tags, err := s.StoryTags(ctx, 1, 10)
	if err != nil || len(tags) != 2 || tags[0].Slug != "harbour-bridge" || tags[0].Count != 2 || tags[1].Count != 1 {
		t.Fatalf("StoryTags = %+v, %v; want the bridge (2 articles) before the budget (1)", tags, err)
	}
	ents, err := s.StoryEntities(ctx, 1, 10)
	if err != nil || len(ents) != 2 || ents[0].Key != "place:port-calder" || ents[0].Mentions != 2 || ents[1].Name != "Owen Castellane" {
		t.Fatalf("StoryEntities = %+v, %v", ents, err)
	}
	if tags, _ := s.StoryTags(ctx, 1, 1); len(tags) != 1 {
		t.Fatalf("limit ignored: %v", tags)
	}
	if none, err := s.StoryTags(ctx, 99, 10); err != nil || len(none) != 0 {
		t.Fatalf("StoryTags(99) = %v, %v", none, err)
	}
}
