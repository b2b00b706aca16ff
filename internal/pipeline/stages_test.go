package pipeline_test

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

const bridgeText = `Engineers closed the Harbour Bridge in Port Calder early on Tuesday after finding cracks in a support pier, the city said.

"We will not reopen it until we know it is safe," said Mayor Owen Castellane, who visited the site at dawn with the chief engineer of the city.

Traffic was diverted through the eastern tunnel, where queues stretched for several kilometres during the morning rush hour across Port Calder.

The bridge carries about 52,000 vehicles a day and was last inspected in the spring, when no defects were reported by the contractor, Castellane said.

Transport Minister Rune Aldersen said the national roads agency would send its own inspectors to Port Calder on Wednesday.`

const budgetText = `Finance Minister Ilse Brandvold presented the 2027 budget to the Assembly in Velmont on Tuesday, promising a smaller deficit and higher pay for nurses.

"This is a budget for the people who keep the country running," Brandvold told reporters after the speech.

Opposition leader Tomas Reyvik called the plan timid and said the Labour Alliance would vote against it on December 10.

The budget forecasts growth of 1.8 percent next year and a deficit of 2.9 percent of output, down from 3.4 percent.`

var t0 = time.Date(2026, 11, 24, 7, 0, 0, 0, time.UTC)

// articleWithText stores an article (from its own source) and its
// extracted text, as the extraction stage would have left it.
func articleWithText(t *testing.T, st *sqlite.Store, guid, title, text string, at time.Time) int64 {
	t.Helper()
	ctx := context.Background()
	src := &model.Source{FeedURL: "https://" + guid + ".example/feed", Title: "Publisher " + guid, Enabled: true}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ids, err := st.SaveEntries(ctx, src.ID, []model.Article{{GUID: guid, URL: "https://" + guid + ".example/a",
		Title: title, PublishedAt: at}})
	if err != nil {
		t.Fatal(err)
	}
	if err := st.SaveContent(ctx, &model.Content{ArticleID: ids[0], Title: title, Text: text}); err != nil {
		t.Fatal(err)
	}
	return ids[0]
}

func TestEnricherStoresUnderstanding(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	id := articleWithText(t, st, "a", "Harbour bridge closed after cracks found", bridgeText, t0)
	if err := e.Run(ctx, id); err != nil {
		t.Fatal(err)
	}
	got, err := st.Enrichment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Tags) == 0 || len(got.Summary) == 0 || len(got.Keyphrases) == 0 {
		t.Fatalf("enrichment = %+v", got)
	}
	var mayor bool
	for _, en := range got.Entities {
		mayor = mayor || (en.Name == "Owen Castellane" && en.Type == "person" && en.Key != "")
	}
	if !mayor {
		t.Fatalf("entities lack the mayor: %+v", got.Entities)
	}
	if len(got.Quotes) == 0 || got.Quotes[0].Speaker != "Owen Castellane" {
		t.Fatalf("quotes = %+v", got.Quotes)
	}
	for _, s := range got.Summary {
		if !strings.Contains(bridgeText, s) {
			t.Fatalf("summary sentence not from the article: %q", s)
		}
	}
	// The article now counts in the corpus statistics.
	if _, n, _ := st.DocumentFrequencies(ctx, nil); n != 1 {
		t.Fatalf("corpus has %d documents, want 1", n)
	}
	// A headline-only entry still completes the stage.
	empty := articleWithText(t, st, "b", "Headline only", "", t0)
	if err := e.Run(ctx, empty); err != nil {
		t.Fatalf("empty article: %v", err)
	}
	if _, err := st.Enrichment(ctx, empty); err != nil {
		t.Fatalf("empty article not recorded: %v", err)
	}
}

// newPlacer is a story placer on an empty store, rebuilt at t0.
func newPlacer(t *testing.T) (*pipeline.StoryPlacer, *sqlite.Store) {
	t.Helper()
	_, st, _ := newExtractor(t)
	sp, err := pipeline.NewStoryPlacer(context.Background(), st, t0, 7*24*time.Hour, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	return sp, st
}

func TestStoryPlacerGroupsCopiesAndStories(t *testing.T) {
	sp, st := newPlacer(t)
	ctx := context.Background()
	logger := slog.New(slog.DiscardHandler)
	original := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	reprint := articleWithText(t, st, "gazette", "Harbour bridge shut over cracks (Northwind)",
		strings.Replace(bridgeText, "early on Tuesday", "on Tuesday morning", 1), t0.Add(time.Hour))
	budget := articleWithText(t, st, "ledger", "Brandvold presents the 2027 budget", budgetText, t0.Add(2*time.Hour))
	for _, id := range []int64{original, reprint, budget} {
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	po, _ := st.Placement(ctx, original)
	pr, _ := st.Placement(ctx, reprint)
	pb, _ := st.Placement(ctx, budget)
	if pr.StoryID != po.StoryID || pr.DuplicateOf != original || po.DuplicateOf != 0 {
		t.Fatalf("reprint placement %+v, original %+v; want one story, reprint a copy of the original", pr, po)
	}
	if pb.StoryID == po.StoryID {
		t.Fatal("the budget joined the bridge story")
	}
	story, _ := st.Story(ctx, po.StoryID)
	if story.ArticleCount != 2 || story.SourceCount != 2 || story.FirstArticleID != original || story.Headline == "" {
		t.Fatalf("story = %+v", story)
	}
	// Running a stage twice (a retried job) changes nothing.
	if err := sp.Run(ctx, reprint); err != nil {
		t.Fatal(err)
	}
	if s, _ := st.Story(ctx, po.StoryID); s.ArticleCount != 2 {
		t.Fatalf("rerun changed the story: %+v", s)
	}

	// A restarted process rebuilds its state from the store: another copy
	// still finds the original and its story.
	sp2, err := pipeline.NewStoryPlacer(ctx, st, t0.Add(3*time.Hour), 7*24*time.Hour, logger)
	if err != nil {
		t.Fatal(err)
	}
	third := articleWithText(t, st, "courier", "Bridge closed in Port Calder", strings.Replace(bridgeText, "Tuesday", "Tuesday,", 1), t0.Add(4*time.Hour))
	if err := sp2.Run(ctx, third); err != nil {
		t.Fatal(err)
	}
	if p, _ := st.Placement(ctx, third); p.StoryID != po.StoryID || p.DuplicateOf != original {
		t.Fatalf("after restart: %+v, want story %d as a copy of %d", p, po.StoryID, original)
	}
	if copies, _ := st.Copies(ctx, original); len(copies) != 2 {
		t.Fatalf("copies of the original: %d, want 2", len(copies))
	}
}

// Feeds are polled in any order: a reprint may be placed before the wire
// original it copies. The earliest published article stays the original.
func TestStoryPlacerOriginalArrivingLate(t *testing.T) {
	sp, st := newPlacer(t)
	ctx := context.Background()
	reprint1 := articleWithText(t, st, "r1", "Bridge shut (Northwind)", strings.Replace(bridgeText, "the city said", "officials said", 1), t0.Add(time.Hour))
	reprint2 := articleWithText(t, st, "r2", "Bridge closed (Northwind)", strings.Replace(bridgeText, "dawn", "sunrise", 1), t0.Add(2*time.Hour))
	original := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	for _, id := range []int64{reprint1, reprint2, original} {
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	if p, _ := st.Placement(ctx, original); p.DuplicateOf != 0 {
		t.Fatalf("original recorded as a copy of %d", p.DuplicateOf)
	}
	for _, id := range []int64{reprint1, reprint2} {
		if p, _ := st.Placement(ctx, id); p.DuplicateOf != original {
			t.Fatalf("reprint %d: copy of %d, want %d", id, p.DuplicateOf, original)
		}
	}
	later := articleWithText(t, st, "r3", "Bridge closed in Port Calder", strings.Replace(bridgeText, "Tuesday", "Tuesday,", 1), t0.Add(3*time.Hour))
	sp.Run(ctx, later)
	if p, _ := st.Placement(ctx, later); p.DuplicateOf != original {
		t.Fatalf("a later copy points at %d, want the original %d", p.DuplicateOf, original)
	}
}

// failingStore is a store whose next SavePlacement fails, as a write can
// when the disk is full or the database busy.
type failingStore struct {
	*sqlite.Store
	fail bool
}

func (f *failingStore) SavePlacement(ctx context.Context, p model.Placement) error {
	if f.fail {
		f.fail = false
		return errors.New("disk full")
	}
	return f.Store.SavePlacement(ctx, p)
}

// When recording a placement fails, the clusterer has already placed the
// article; the job's retry finds it placed and must still write it, or the
// article never reaches a story in the store.
func TestStoryPlacerRetryRecordsWhatFailed(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	fs := &failingStore{Store: st}
	sp, err := pipeline.NewStoryPlacer(ctx, fs, t0, 7*24*time.Hour, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	first := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	second := articleWithText(t, st, "ledger", "Brandvold presents the 2027 budget", budgetText, t0.Add(time.Hour))
	if err := sp.Run(ctx, first); err != nil {
		t.Fatal(err)
	}
	fs.fail = true
	if err := sp.Run(ctx, second); err == nil {
		t.Fatal("the failed write was not reported")
	}
	if _, err := st.Placement(ctx, second); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("placement after the failed write: %v, want none yet", err)
	}
	if err := sp.Run(ctx, second); err != nil { // the job's retry
		t.Fatal(err)
	}
	p, err := st.Placement(ctx, second)
	if err != nil {
		t.Fatalf("after the retry the article has no story: %v", err)
	}
	if story, err := st.Story(ctx, p.StoryID); err != nil || story.ArticleCount != 1 {
		t.Fatalf("story after the retry = %+v, %v", story, err)
	}
	// A third run (the job ran twice more) changes nothing.
	if err := sp.Run(ctx, second); err != nil {
		t.Fatal(err)
	}
}

// After a restart the clustering state holds only the last week, but the
// store holds older stories (and stories merged away): a new story must not
// take one of their IDs, or its articles would land in an old story's row.
func TestStoryPlacerNeverReusesAStoryID(t *testing.T) {
	sp, st := newPlacer(t)
	ctx := context.Background()
	logger := slog.New(slog.DiscardHandler)
	bridge := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	budget := articleWithText(t, st, "ledger", "Brandvold presents the 2027 budget", budgetText, t0.Add(time.Hour))
	for _, id := range []int64{bridge, budget} {
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	old, _ := st.Placement(ctx, budget)

	later := t0.Add(30 * 24 * time.Hour) // nothing left in the window
	sp2, err := pipeline.NewStoryPlacer(ctx, st, later, 7*24*time.Hour, logger)
	if err != nil {
		t.Fatal(err)
	}
	fresh := articleWithText(t, st, "courier", "Brandvold presents the 2027 budget", budgetText, later)
	if err := sp2.Run(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	p, err := st.Placement(ctx, fresh)
	if err != nil {
		t.Fatal(err)
	}
	if p.StoryID <= old.StoryID {
		t.Fatalf("new story %d after a restart; stories up to %d exist", p.StoryID, old.StoryID)
	}
	if s, _ := st.Story(ctx, old.StoryID); s.ArticleCount != 1 {
		t.Fatalf("the old story took the new article: %+v", s)
	}
}

// A wire copy wears its original's hashtags, whatever it was tagged with
// against the corpus of its own hour; an original without tags gives none.
func TestStoryPlacerCopiesShareTags(t *testing.T) {
	sp, st := newPlacer(t)
	ctx := context.Background()
	original := articleWithText(t, st, "wire", "Harbour bridge closed after cracks found", bridgeText, t0)
	reprint := articleWithText(t, st, "gazette", "Harbour bridge shut over cracks (Northwind)",
		strings.Replace(bridgeText, "early on Tuesday", "on Tuesday morning", 1), t0.Add(time.Hour))
	tag := func(id int64, tags ...string) {
		e := &model.Enrichment{ArticleID: id, Language: "en", Summary: []string{"A sentence."}}
		for _, name := range tags {
			e.Tags = append(e.Tags, model.Tag{Slug: strings.ToLower(name), Name: "#" + name})
		}
		if err := st.SaveEnrichment(ctx, e); err != nil {
			t.Fatal(err)
		}
	}
	early := articleWithText(t, st, "courier", "Bridge closed (Northwind)", strings.Replace(bridgeText, "dawn", "sunrise", 1), t0.Add(-time.Hour))
	tag(original, "Bridge", "PortCalder")
	tag(reprint, "HarbourBridge", "PortCalder")
	tag(early, "Cracks")
	for _, id := range []int64{original, reprint} {
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	wantTags := func(id int64, want ...string) {
		t.Helper()
		got, err := st.Enrichment(ctx, id)
		if err != nil {
			t.Fatal(err)
		}
		var slugs []string
		for _, tg := range got.Tags {
			slugs = append(slugs, tg.Slug)
		}
		if strings.Join(slugs, " ") != strings.Join(want, " ") || len(got.Summary) != 1 {
			t.Errorf("article %d: tags %q, want %q (enrichment %+v)", id, slugs, want, got)
		}
	}
	wantTags(reprint, "bridge", "portcalder")
	if tg, err := st.Tag(ctx, "harbourbridge"); err == nil && tg.Count != 0 {
		t.Errorf("#HarbourBridge still lists the copy: %+v", tg)
	}
	// An earlier printing placed last becomes the original: the family
	// takes its tags.
	if err := sp.Run(ctx, early); err != nil {
		t.Fatal(err)
	}
	if p, _ := st.Placement(ctx, original); p.DuplicateOf != early {
		t.Fatalf("the family was not re-rooted: %+v", p)
	}
	wantTags(original, "cracks")
	wantTags(reprint, "cracks")

	// Enriched again (a re-extraction), the copy keeps its original's tags.
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	if err := e.Run(ctx, reprint); err != nil {
		t.Fatal(err)
	}
	got, _ := st.Enrichment(ctx, reprint)
	if len(got.Tags) != 1 || got.Tags[0].Slug != "cracks" || len(got.Summary) < 2 {
		t.Errorf("re-enriched copy: tags %+v, summary %d sentences", got.Tags, len(got.Summary))
	}
}

// A feed's description that the page's text opens with is the publisher's
// standfirst: the stored key points leave it out (the page shows it first).
func TestEnricherKeyPointsLeaveOutTheStandfirst(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	standfirst := "Engineers shut Port Calder's Harbour Bridge on Tuesday after finding cracks in a support pier, leaving about 52,000 drivers a day to find another way."
	src := &model.Source{FeedURL: "https://sf.example/feed", Title: "Gazette", Enabled: true}
	if err := st.AddSource(ctx, src); err != nil {
		t.Fatal(err)
	}
	ids, err := st.SaveEntries(ctx, src.ID, []model.Article{{GUID: "sf", URL: "https://sf.example/a",
		Title: "Harbour bridge closed after cracks found", Summary: "<p>" + standfirst + "</p>", PublishedAt: t0}})
	if err != nil {
		t.Fatal(err)
	}
	text := standfirst + "\n\n" + bridgeText
	if err := st.SaveContent(ctx, &model.Content{ArticleID: ids[0], Title: "Harbour bridge closed after cracks found", Text: text}); err != nil {
		t.Fatal(err)
	}
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	if err := e.Run(ctx, ids[0]); err != nil {
		t.Fatal(err)
	}
	got, err := st.Enrichment(ctx, ids[0])
	if err != nil || len(got.Summary) == 0 {
		t.Fatalf("enrichment = %+v, %v", got, err)
	}
	for _, s := range got.Summary {
		if s == standfirst {
			t.Errorf("key points %q repeat the standfirst", got.Summary)
		}
	}
}
