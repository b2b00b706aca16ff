package main

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"herald/internal/model"
	"herald/internal/pipeline"
)

// reenrich understands stored articles again without extracting them
// again: the stored text stays, and the enrichment is new.
func TestReenrichUnderstandsAgainWithoutExtracting(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	st := openStore(t, db)
	ids := seedProcessed(t, st, 1)
	text := "Finance minister Ilse Marsk presented the budget in Velmora on Monday. Ilse Marsk said the fuel duty would stay."
	if err := st.SaveContent(ctx, &model.Content{ArticleID: ids[0], Title: "Budget", Text: text}); err != nil {
		t.Fatal(err)
	}
	if _, err := st.Enrichment(ctx, ids[0]); err == nil {
		t.Fatal("the seeded article is enriched already; this test needs it not to be")
	}
	st.Close()
	out, err := runCmd(t, "reenrich", "-db", db, "-all")
	if err != nil || !strings.Contains(out, "reprocessed 1 articles") || !strings.Contains(out, ", 0 failed") {
		t.Fatalf("reenrich -all: %q, %v", out, err)
	}
	st = openStore(t, db)
	c, err := st.Content(ctx, ids[0])
	if err != nil || c.Text != text {
		t.Fatalf("content after reenrich = %+v, %v; want the stored text, not extracted again", c, err)
	}
	e, err := st.Enrichment(ctx, ids[0])
	if err != nil || !slices.ContainsFunc(e.Entities, func(en model.Entity) bool { return en.Key == "person:ilse-marsk" }) {
		t.Fatalf("enrichment after reenrich = %+v, %v; want Ilse Marsk", e, err)
	}
	if a, err := st.Article(ctx, ids[0]); err != nil || a.Stage != pipeline.StageStories {
		t.Fatalf("article after reenrich: %+v, %v; want through the pipeline", a, err)
	}
}

// An article not yet extracted is not sent past extraction.
func TestReenrichLeavesUnextractedArticlesToExtraction(t *testing.T) {
	ctx := context.Background()
	db := filepath.Join(t.TempDir(), "h.db")
	st := openStore(t, db)
	ids := seedProcessed(t, st, 1)
	if err := st.SetArticleStage(ctx, ids[0], model.StageFeed); err != nil {
		t.Fatal(err)
	}
	st.Close()
	if out, err := runCmd(t, "reenrich", "-db", db, "1"); err != nil || !strings.Contains(out, "reprocessed 0 articles (1 not yet extracted, left to extraction)") {
		t.Fatalf("reenrich 1: %q, %v", out, err)
	}
	st = openStore(t, db)
	if _, err := st.Content(ctx, ids[0]); err != nil {
		t.Fatalf("the article was not extracted before it was understood: %v", err)
	}
}

// reenrich fetches nothing: neither the article's page nor a feed that is
// due.
func TestReenrichFetchesNothing(t *testing.T) {
	ctx := context.Background()
	var requests atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		http.Error(w, "no", http.StatusNotFound)
	}))
	defer srv.Close()
	db := filepath.Join(t.TempDir(), "h.db")
	st := openStore(t, db)
	src := &model.Source{FeedURL: srv.URL + "/feed", Enabled: true}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ids, err := st.SaveEntries(ctx, src.ID, []model.Article{{GUID: "a", URL: srv.URL + "/a", Title: "Budget",
		ContentHTML: "<p>The council met.</p>"}})
	if err != nil {
		t.Fatal(err)
	}
	text := "Finance minister Ilse Marsk presented the budget in Velmora on Monday."
	if err := st.SaveContent(ctx, &model.Content{ArticleID: ids[0], Title: "Budget", Text: text}); err != nil {
		t.Fatal(err)
	}
	if err := st.SetArticleStage(ctx, ids[0], pipeline.StageStories); err != nil {
		t.Fatal(err)
	}
	st.Close()
	out, err := runCmd(t, "reenrich", "-db", db, "-allow-private", "-all")
	if err != nil || !strings.Contains(out, "reprocessed 1 articles") {
		t.Fatalf("reenrich -all: %q, %v", out, err)
	}
	if n := requests.Load(); n != 0 {
		t.Fatalf("reenrich made %d requests; want none", n)
	}
	st = openStore(t, db)
	if c, err := st.Content(ctx, ids[0]); err != nil || c.Text != text {
		t.Fatalf("content after reenrich = %+v, %v; want the stored text", c, err)
	}
}
