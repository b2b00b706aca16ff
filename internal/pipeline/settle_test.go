package pipeline_test

import (
	"context"
	"errors"
	"log/slog"
	"slices"
	"strings"
	"testing"
	"time"

	"herald/internal/demo"
	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

// failingMerges is a store whose next MergeStories fails.
type failingMerges struct {
	*sqlite.Store
	fail bool
}

func (f *failingMerges) MergeStories(ctx context.Context, into, from int64) error {
	if f.fail {
		f.fail = false
		return errors.New("database is locked")
	}
	return f.Store.MergeStories(ctx, into, from)
}

// The farmers' side piece on the new rail line arrives before the line's
// first reports and starts a story of its own (and, in this order, so does
// the piece on the line's technology). When the queue has a moment
// (a Settle after a whole interval without placements), it joins the rail
// story in the store: the rail story keeps its id and headline and counts
// the article, and the lone story is gone. A failed write is written by the
// next Settle.
func TestStoryPlacerSettleMovesALoneArticleIntoItsStory(t *testing.T) {
	const farmers = "valley-courier/tessford-parkway-high-speed-trains-farmers"
	corpus, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	var rail []demo.Article
	for _, a := range corpus.Articles {
		if a.Story == "s12-highspeed-rail" {
			rail = append(rail, a)
		}
	}
	slices.SortFunc(rail, func(a, b demo.Article) int { return a.Published.Compare(b.Published) })
	i := slices.IndexFunc(rail, func(a demo.Article) bool { return a.ID == farmers })
	if i < 0 || len(rail) < 3 {
		t.Fatalf("demo corpus: rail story has %d articles, farmers piece at %d", len(rail), i)
	}
	f := rail[i]
	rail = slices.Insert(slices.Delete(rail, i, i+1), 0, f)

	_, st, _ := newExtractor(t)
	ctx := context.Background()
	fs := &failingMerges{Store: st}
	logger := slog.New(slog.DiscardHandler)
	e := &pipeline.Enricher{Store: st, Logger: logger}
	sp, err := pipeline.NewStoryPlacer(ctx, fs, rail[1].Published, 7*24*time.Hour, logger)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(rail))
	for k, a := range rail {
		ids[k] = articleWithText(t, st, strings.ReplaceAll(a.ID, "/", "-"), a.Title, demoText(a), a.Published)
		if err := e.Run(ctx, ids[k]); err != nil {
			t.Fatal(err)
		}
		if err := sp.Run(ctx, ids[k]); err != nil {
			t.Fatal(err)
		}
	}
	lone, _ := st.Placement(ctx, ids[0])
	first, _ := st.Placement(ctx, ids[1])
	if lone.StoryID == first.StoryID {
		t.Fatal("the farmers piece joined the rail story on arrival; the test needs it alone")
	}
	before, err := st.Story(ctx, first.StoryID)
	if err != nil {
		t.Fatal(err)
	}

	// The queue's first tick comes while articles are still arriving.
	if err := sp.Settle(ctx, false); err != nil {
		t.Fatal(err)
	}
	if p, _ := st.Placement(ctx, ids[0]); p.StoryID != lone.StoryID {
		t.Fatalf("settled at a tick right after a placement: the article is in story %d", p.StoryID)
	}
	// The next comes after a quiet interval.
	fs.fail = true
	if err := sp.Settle(ctx, false); err == nil {
		t.Fatal("the failed merge was not reported")
	}
	if p, _ := st.Placement(ctx, ids[0]); p.StoryID != lone.StoryID {
		t.Fatalf("after the failed write the article is in story %d", p.StoryID)
	}
	if err := sp.Settle(ctx, false); err != nil {
		t.Fatal(err)
	}
	if p, _ := st.Placement(ctx, ids[0]); p.StoryID != first.StoryID {
		t.Fatalf("after settling the farmers piece is in story %d, want the rail story %d", p.StoryID, first.StoryID)
	}
	after, err := st.Story(ctx, first.StoryID)
	if err != nil {
		t.Fatal(err)
	}
	placed := 0
	for _, id := range ids {
		if p, _ := st.Placement(ctx, id); p.StoryID == first.StoryID {
			placed++
		}
	}
	if after.ArticleCount != placed || after.ArticleCount <= before.ArticleCount || after.Headline != before.Headline {
		t.Fatalf("rail story after settling: %d articles, headline %q; before: %d, %q",
			after.ArticleCount, after.Headline, before.ArticleCount, before.Headline)
	}
	if _, err := st.Story(ctx, lone.StoryID); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("the lone story is still there: %v", err)
	}
	// Nothing is left to settle, and settling again changes nothing.
	if err := sp.Settle(ctx, true); err != nil {
		t.Fatal(err)
	}
	if s, _ := st.Story(ctx, first.StoryID); s.ArticleCount != after.ArticleCount {
		t.Fatalf("a second Settle changed the story: %+v", s)
	}
}

// demoText is a demo article's body as plain paragraphs.
func demoText(a demo.Article) string {
	var parts []string
	for _, b := range a.Body {
		for _, s := range append([]string{b.P, b.H, b.Quote}, b.List...) {
			if s != "" {
				parts = append(parts, s)
			}
		}
	}
	return strings.Join(parts, "\n\n")
}

// A story that runs across the rebuild window comes back with only its
// recent articles: one of them may look lone to the clusterer and settle
// into another story. Only that article moves; the story keeps the
// articles the clusterer never saw, and its address does not redirect.
func TestStoryPlacerSettleMovesOnlyTheArticleOfAPartlyRestoredStory(t *testing.T) {
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	old := articleWithText(t, st, "old", "Harbour bridge inspection contract awarded", bridgeText, t0.Add(-10*24*time.Hour))
	recent := articleWithText(t, st, "recent", "Harbour bridge closed after cracks found", bridgeText, t0.Add(-2*time.Hour))
	other := articleWithText(t, st, "other", "Port Calder shuts Harbour Bridge over cracked pier",
		strings.Replace(bridgeText, "early on Tuesday", "on Tuesday morning", 1), t0.Add(-time.Hour))
	for _, p := range []model.Placement{{ArticleID: old, StoryID: 1}, {ArticleID: recent, StoryID: 1}, {ArticleID: other, StoryID: 2}} {
		if err := st.SavePlacement(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	sp, err := pipeline.NewStoryPlacer(ctx, st, t0, 7*24*time.Hour, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	if err := sp.Settle(ctx, true); err != nil {
		t.Fatal(err)
	}
	// Story 1 comes back with one article, so its recent report is
	// the lone one offered to story 2.
	pr, _ := st.Placement(ctx, recent)
	po, _ := st.Placement(ctx, other)
	if pr.StoryID != 2 || po.StoryID != 2 {
		t.Fatalf("the recent reports are in stories %d and %d, want both in 2", pr.StoryID, po.StoryID)
	}
	if p, _ := st.Placement(ctx, old); p.StoryID != 1 {
		t.Fatalf("the article from before the window moved to story %d", p.StoryID)
	}
	if s, err := st.Story(ctx, 1); err != nil || s.ArticleCount != 1 {
		t.Fatalf("story 1 after settling: %+v, %v; want it kept with its older article", s, err)
	}
	if s, _ := st.Story(ctx, 2); s.ArticleCount != 2 {
		t.Fatalf("story 2 after settling has %d articles, want 2", s.ArticleCount)
	}
	if _, err := st.MergedInto(ctx, 1); !errors.Is(err, model.ErrNotFound) {
		t.Fatalf("story 1 still holds an article but redirects: %v", err)
	}
}

// Placing settles as it goes (every cluster.Config.SettleEvery
// placements), and the store follows without any pause: the farmers'
// piece, placed first of the whole demo corpus, is in the rail story once
// the rest has been placed.
func TestStoryPlacerRecordsMergesSettledWhilePlacing(t *testing.T) {
	const farmers = "valley-courier/tessford-parkway-high-speed-trains-farmers"
	const opener = "meridian-times/velmont-port-calder-high-speed-line-opens"
	corpus, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	arts := slices.Clone(corpus.Articles)
	slices.SortStableFunc(arts, func(a, b demo.Article) int { return a.Published.Compare(b.Published) })
	i := slices.IndexFunc(arts, func(a demo.Article) bool { return a.ID == farmers })
	f := arts[i]
	arts = slices.Insert(slices.Delete(arts, i, i+1), 0, f)

	sp, st := newPlacer(t)
	ctx := context.Background()
	e := &pipeline.Enricher{Store: st, Logger: slog.New(slog.DiscardHandler)}
	ids := map[string]int64{}
	for _, a := range arts {
		id := articleWithText(t, st, strings.ReplaceAll(a.ID, "/", "-"), a.Title, demoText(a), a.Published)
		ids[a.ID] = id
		if err := e.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
		if err := sp.Run(ctx, id); err != nil {
			t.Fatal(err)
		}
	}
	pf, _ := st.Placement(ctx, ids[farmers])
	po, _ := st.Placement(ctx, ids[opener])
	if pf.StoryID != po.StoryID {
		t.Fatalf("after placing the corpus the farmers piece is in story %d, the rail opener in %d", pf.StoryID, po.StoryID)
	}
}
