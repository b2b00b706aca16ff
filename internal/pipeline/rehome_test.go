package pipeline_test

import (
	"context"
	"log/slog"
	"strings"
	"testing"
	"time"

	"herald/internal/demo"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

// rehomeOrder is an arrival order in which the French report on the
// sodium battery (index 3) comes after three reports on Belrive's
// language law and joins them (the only French coverage so far, the same
// province); the English battery reports (4, 5) then form their own story.
var rehomeOrder = []string{
	"civic-ledger/belrive-bill-12-constitutional-test",
	"meridian-times/belrive-language-bill-business-concern",
	"petit-observateur/projet-de-loi-12-langue-commune-debat",
	"petit-observateur/batterie-sodium-chercheuse-saint-aubert",
	"meridian-times/sodium-battery-breakthrough-solvik-brinestone",
	"techsignal/velmont-university-sodium-battery-5000-cycles",
}

// placeRehomeOrder enriches and places rehomeOrder's demo articles and
// returns the placer, the store and the articles' ids, checking that the
// French report joined the language law and the English reports formed
// their own story.
//
// The French report names Mikael Oduya, who leads the English reports'
// research; with that paragraph the English reports follow it into the
// law story (see TestStoryPlacerSplitsAStoryThatDrewInAnotherEvent).
// Without it they start their own story, the case of re-homing one article.
func placeRehomeOrder(t *testing.T) (*pipeline.StoryPlacer, *sqlite.Store, []int64) {
	t.Helper()
	sp, st, ids := placeOrder(t, rehomeOrder, func(k int, text string) string {
		if k == 3 {
			return withoutParagraphsNaming(text, "Oduya")
		}
		return text
	})
	law, french, battery := storyOf(t, st, ids[0]), storyOf(t, st, ids[3]), storyOf(t, st, ids[4])
	if french != law || battery == law || storyOf(t, st, ids[5]) != battery {
		t.Fatalf("before settling: law %d, French battery report %d, battery %d; the test needs the report with the law", law, french, battery)
	}
	return sp, st, ids
}

// placeOrder enriches and places the demo articles of order, their texts
// passed through edit, and returns the placer, the store and the ids.
func placeOrder(t *testing.T, order []string, edit func(k int, text string) string) (*pipeline.StoryPlacer, *sqlite.Store, []int64) {
	t.Helper()
	corpus, err := demo.LoadCorpus()
	if err != nil {
		t.Fatal(err)
	}
	byID := make(map[string]demo.Article)
	for _, a := range corpus.Articles {
		byID[a.ID] = a
	}
	_, st, _ := newExtractor(t)
	ctx := context.Background()
	logger := slog.New(slog.DiscardHandler)
	e := &pipeline.Enricher{Store: st, Logger: logger}
	sp, err := pipeline.NewStoryPlacer(ctx, st, byID[order[0]].Published, 7*24*time.Hour, logger)
	if err != nil {
		t.Fatal(err)
	}
	ids := make([]int64, len(order))
	for k, id := range order {
		a, ok := byID[id]
		if !ok {
			t.Fatalf("demo corpus has no %s", id)
		}
		ids[k] = articleWithText(t, st, strings.ReplaceAll(a.ID, "/", "-"), a.Title, edit(k, demoText(a)), a.Published)
		if err := e.Run(ctx, ids[k]); err != nil {
			t.Fatal(err)
		}
		if err := sp.Run(ctx, ids[k]); err != nil {
			t.Fatal(err)
		}
	}
	return sp, st, ids
}

// The French battery report joins the language law, as above, and names
// the English reports' researcher: the English reports follow it into the
// law story. When the queue settles, the three battery reports leave
// together for a story of their own, and the law keeps its story and its
// three articles.
func TestStoryPlacerSplitsAStoryThatDrewInAnotherEvent(t *testing.T) {
	sp, st, ids := placeOrder(t, rehomeOrder, func(_ int, text string) string { return text })
	ctx := context.Background()
	law := storyOf(t, st, ids[0])
	for k := 1; k < len(ids); k++ {
		if got := storyOf(t, st, ids[k]); got != law {
			t.Fatalf("before settling article %d is in story %d; the test needs all six in the law story %d", k, got, law)
		}
	}
	if err := sp.Settle(ctx, true); err != nil {
		t.Fatal(err)
	}
	battery := storyOf(t, st, ids[3])
	if battery == law {
		t.Fatalf("after settling the French battery report is still in the law story %d", law)
	}
	for k := range ids {
		want := law
		if k >= 3 {
			want = battery
		}
		if got := storyOf(t, st, ids[k]); got != want {
			t.Errorf("article %d is in story %d, want %d", k, got, want)
		}
	}
	wantArticleCounts(t, st, map[int64]int{law: 3, battery: 3})
}

// wantArticleCounts checks the stored stories' article counts.
func wantArticleCounts(t *testing.T, st *sqlite.Store, want map[int64]int) {
	t.Helper()
	for id, n := range want {
		s, err := st.Story(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		if s.ArticleCount != n {
			t.Errorf("story %d counts %d articles, want %d", id, s.ArticleCount, n)
		}
	}
}

// withoutParagraphsNaming drops the paragraphs of text that contain name.
func withoutParagraphsNaming(text, name string) string {
	var kept []string
	for _, p := range strings.Split(text, "\n\n") {
		if !strings.Contains(p, name) {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "\n\n")
}

func storyOf(t *testing.T, st *sqlite.Store, article int64) int64 {
	t.Helper()
	p, err := st.Placement(context.Background(), article)
	if err != nil {
		t.Fatal(err)
	}
	return p.StoryID
}

// When the queue settles, the French report moves to the battery story in
// the store, both stories count their articles again, and the language
// law keeps its own.
func TestStoryPlacerRecordsARehomedArticle(t *testing.T) {
	sp, st, ids := placeRehomeOrder(t)
	ctx := context.Background()
	law, battery := storyOf(t, st, ids[0]), storyOf(t, st, ids[4])
	if err := sp.Settle(ctx, true); err != nil {
		t.Fatal(err)
	}
	if got := storyOf(t, st, ids[3]); got != battery {
		t.Fatalf("after settling the French battery report is in story %d, want the battery story %d", got, battery)
	}
	for k := range 3 {
		if got := storyOf(t, st, ids[k]); got != law {
			t.Errorf("language law article %d moved to story %d", k, got)
		}
	}
	wantArticleCounts(t, st, map[int64]int{law: 3, battery: 3})
}

// The language law's other articles leave the store (their sources
// unfollowed) before the French report is re-homed: the stored law story
// holds only that report, so the move empties it, while the clusterer
// still has the law story. Settling goes on working (it kept failing on
// the emptied story's headline, and every later Settle with it).
func TestStoryPlacerRehomesOutOfAStoryGoneFromTheStore(t *testing.T) {
	sp, st, ids := placeRehomeOrder(t)
	ctx := context.Background()
	srcs, err := st.Sources(ctx)
	if err != nil {
		t.Fatal(err)
	}
	deleted := 0
	for _, s := range srcs {
		for k := range 3 {
			if strings.Contains(s.FeedURL, strings.ReplaceAll(rehomeOrder[k], "/", "-")) {
				if err := st.DeleteSource(ctx, s.ID); err != nil {
					t.Fatal(err)
				}
				deleted++
			}
		}
	}
	if deleted != 3 {
		t.Fatalf("unfollowed %d sources, want the language law's 3", deleted)
	}
	for i := range 2 {
		if err := sp.Settle(ctx, true); err != nil {
			t.Fatalf("settle %d: %v", i, err)
		}
	}
	if got, want := storyOf(t, st, ids[3]), storyOf(t, st, ids[4]); got != want {
		t.Errorf("the French report is in story %d, the battery story is %d", got, want)
	}
}
