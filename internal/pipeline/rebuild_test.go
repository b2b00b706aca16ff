package pipeline_test

import (
	"context"
	"fmt"
	"log/slog"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/pipeline"
	"herald/internal/store/sqlite"
)

// seedPlaced stores n articles of about 800 words from one publisher, a
// minute apart from t0, enriched (with three key points) and placed five
// to a story, as the pipeline would have left them; it returns their ids.
func seedPlaced(tb testing.TB, n int) (*sqlite.Store, []int64) {
	tb.Helper()
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(tb.TempDir(), "h.db"), nil)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	src := &model.Source{FeedURL: "https://wire.example/feed", Title: "Wire", Enabled: true}
	if err := st.AddSource(ctx, src); err != nil {
		tb.Fatal(err)
	}
	// 800 words drawn from the fixtures' vocabulary in a different order for
	// each article: real words to tokenise, and no two texts copies.
	words := strings.Fields(bridgeText + " " + budgetText)
	x := uint64(1)
	ids := make([]int64, n)
	for i := range n {
		saved, err := st.SaveEntries(ctx, src.ID, []model.Article{{GUID: fmt.Sprint(i), URL: fmt.Sprintf("https://wire.example/%d", i),
			Title: fmt.Sprintf("Report %d on the harbour bridge", i), PublishedAt: t0.Add(time.Duration(i) * time.Minute)}})
		if err != nil {
			tb.Fatal(err)
		}
		ids[i] = saved[0]
		var text strings.Builder
		for j := range 800 {
			x = x*6364136223846793005 + 1442695040888963407
			text.WriteString(words[(x>>33)%uint64(len(words))])
			if j%20 == 19 {
				text.WriteString(".\n\n")
			} else {
				text.WriteByte(' ')
			}
		}
		if err := st.SaveContent(ctx, &model.Content{ArticleID: ids[i], Title: "Report", Text: text.String()}); err != nil {
			tb.Fatal(err)
		}
		sentences := strings.SplitAfter(text.String(), ".\n\n")
		if err := st.SaveEnrichment(ctx, &model.Enrichment{ArticleID: ids[i], Language: "en", Summary: sentences[:3], Entities: []model.Entity{
			{Name: "Port Calder", Type: "place", Key: "place:port-calder"}, {Name: "Owen Castellane", Type: "person", Key: "person:owen-castellane"}}}); err != nil {
			tb.Fatal(err)
		}
		if err := st.SavePlacement(ctx, model.Placement{ArticleID: ids[i], StoryID: int64(i/5 + 1)}); err != nil {
			tb.Fatal(err)
		}
	}
	return st, ids
}

// The start-up rebuild reads articles back in chunks on several cores; an
// article of the last chunk comes out as before it: a reprint of it is
// recognised as its copy and joins its story.
func TestStoryPlacerRebuildsEveryChunk(t *testing.T) {
	const n = 600 // more than two chunks
	st, ids := seedPlaced(t, n)
	ctx := context.Background()
	sp, err := pipeline.NewStoryPlacer(ctx, st, t0.Add(n*time.Minute), 7*24*time.Hour, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	last := ids[n-1]
	orig, err := st.Content(ctx, last)
	if err != nil {
		t.Fatal(err)
	}
	reprint := articleWithText(t, st, "gazette", "Report on the harbour bridge (Wire)", orig.Text, t0.Add((n+1)*time.Minute))
	if err := sp.Run(ctx, reprint); err != nil {
		t.Fatal(err)
	}
	p, err := st.Placement(ctx, reprint)
	if err != nil {
		t.Fatal(err)
	}
	if want := int64((n-1)/5 + 1); p.DuplicateOf != last || p.StoryID != want {
		t.Fatalf("reprint placed %+v, want a copy of %d in story %d", p, last, want)
	}
}

// BenchmarkStoryPlacerRebuild measures the start-up rebuild of the
// clustering state: per article of the window, reading it back from the
// store, signing its text for the copy index and restoring it.
func BenchmarkStoryPlacerRebuild(b *testing.B) {
	const n = 2000
	st, _ := seedPlaced(b, n)
	ctx := context.Background()
	logger := slog.New(slog.DiscardHandler)
	b.ResetTimer()
	for b.Loop() {
		if _, err := pipeline.NewStoryPlacer(ctx, st, t0.Add(n*time.Minute), 7*24*time.Hour, logger); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N*n), "us/article")
}

// BenchmarkStorySummary measures summing up a story of five articles, as
// each placement in a story of up to 16 articles does: reading the new
// member's key points back from the store (the others' are cached),
// choosing the story's and writing them.
func BenchmarkStorySummary(b *testing.B) {
	const n = 500
	st, _ := seedPlaced(b, n)
	ctx := context.Background()
	sp, err := pipeline.NewStoryPlacer(ctx, st, t0.Add(n*time.Minute), 7*24*time.Hour, slog.New(slog.DiscardHandler))
	if err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if err := sp.Summarize(ctx, 1); err != nil {
			b.Fatal(err)
		}
	}
}
