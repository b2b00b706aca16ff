package evaluation

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
)

// TestTagsAndEntitiesOnOtherStories scores the hashtags and first
// entities of real stories other than the Zyte pages against readers'
// verdicts, judged in session 21 after that session's entity changes:
//
//   - development: 40 SummEval and KPCrowd stories that rules may be
//     tuned on (testdata/dev_*_verdicts.tsv);
//   - held-out: 40 others (testdata/heldout_*_verdicts.tsv), judged
//     once. No rule is written from them: they check what the Zyte pages'
//     and the development stories' verdicts taught. Keep it so.
//
// A story's verdicts are keyed "summeval:<id>" or "kpcrowd:<id>". The
// floors sit a little under the measured shares (BENCHMARKS.md).
func TestTagsAndEntitiesOnOtherStories(t *testing.T) {
	for _, set := range []struct {
		name, file            string
		tagFloor, entityFloor float64
	}{
		{"development", "dev", 0.62, 0.74},
		{"held-out", "heldout", 0.54, 0.73},
	} {
		t.Run(set.name, func(t *testing.T) {
			tags, err := LoadVerdicts(filepath.Join("testdata", set.file+"_tag_verdicts.tsv"), 2)
			if err != nil {
				t.Fatal(err)
			}
			entities, err := LoadVerdicts(filepath.Join("testdata", set.file+"_entity_verdicts.tsv"), 3)
			if err != nil {
				t.Fatal(err)
			}
			pages := otherStories(t, tags)
			r, err := EvaluateRealPages(context.Background(), pages, tags, entities)
			if err != nil {
				t.Fatal(err)
			}
			printTable(realPagesTable(r, set.name+" SummEval and KPCrowd stories"))
			checkJudged(t, r, set.tagFloor, set.entityFloor)
		})
	}
}

// otherStories loads the SummEval and KPCrowd stories the verdicts name.
func otherStories(t *testing.T, verdicts Verdicts) []RealPage {
	t.Helper()
	want := map[string]bool{}
	for k := range verdicts {
		id, _, _ := strings.Cut(k, "\t")
		want[id] = true
	}
	var pages []RealPage
	for _, d := range loadSummEval(t) {
		if id := "summeval:" + d.ID; want[id] {
			pages = append(pages, RealPage{ID: id, Body: d.Source})
		}
	}
	for _, d := range loadKPCrowd(t) {
		if id := "kpcrowd:" + d.ID; want[id] {
			pages = append(pages, RealPage{ID: id, Title: d.Title, Body: d.Text})
		}
	}
	if len(pages) != len(want) {
		t.Fatalf("found %d of the %d judged stories", len(pages), len(want))
	}
	return pages
}
