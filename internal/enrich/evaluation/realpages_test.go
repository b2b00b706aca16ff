package evaluation

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"herald/internal/extract"
	zyte "herald/internal/extract/evaluation"
)

// TestTagsAndEntitiesOnRealPages enriches the Zyte benchmark's real
// article bodies, with the headline Herald's extractor reads from each
// page, and scores the hashtags and the first entities against readers'
// verdicts (testdata/zyte_tag_verdicts.tsv, zyte_entity_verdicts.tsv). It
// fails when the share judged good falls below a floor under the measured
// figure (BENCHMARKS.md), or when more than a tenth of the output is not
// judged yet: then judge the listed ones and add them to the files.
func TestTagsAndEntitiesOnRealPages(t *testing.T) {
	pages, err := zyte.LoadZytePages(zyteDirOrSkip(t))
	if err != nil {
		t.Fatal(err)
	}
	tags, err := LoadVerdicts(filepath.Join("testdata", "zyte_tag_verdicts.tsv"), 2)
	if err != nil {
		t.Fatal(err)
	}
	entities, err := LoadVerdicts(filepath.Join("testdata", "zyte_entity_verdicts.tsv"), 3)
	if err != nil {
		t.Fatal(err)
	}
	withTitles := make([]RealPage, 0, len(pages))
	for _, p := range pages {
		title := ""
		if art, err := extract.Extract(p.HTML, "", extract.Options{}); err == nil {
			title = art.Title
		}
		withTitles = append(withTitles, RealPage{ID: p.ID, Title: title, Body: p.Truth})
	}
	r, err := EvaluateRealPages(context.Background(), withTitles, tags, entities)
	if err != nil {
		t.Fatal(err)
	}
	printTable(realPagesTable(r, "Zyte article bodies with their headlines"))
	checkJudged(t, r, 0.68, 0.84)
}

// checkJudged fails when the share of hashtags or entities judged good
// falls below its floor, or when more than a tenth of the output is not
// judged yet; it lists the unjudged items, to be judged and added.
func checkJudged(t *testing.T, r RealPagesResult, tagFloor, entityFloor float64) {
	t.Helper()
	for _, j := range []struct {
		what  string
		got   Judged
		floor float64
	}{{"hashtags", r.Tags, tagFloor}, {"entities", r.Entities, entityFloor}} {
		n := j.got.Good + j.got.Bad + len(j.got.Unjudged)
		for _, k := range j.got.Unjudged {
			t.Logf("%s not judged yet: %s", j.what, strings.ReplaceAll(k, "\t", " | "))
		}
		if j.got.Share() < j.floor {
			t.Errorf("%s judged good: %.3f, floor %.2f", j.what, j.got.Share(), j.floor)
		}
		if len(j.got.Unjudged)*10 > n {
			t.Errorf("%d of %d %s not judged yet", len(j.got.Unjudged), n, j.what)
		}
	}
}

func realPagesTable(r RealPagesResult, pages string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "### Hashtags and entities on real pages (%d %s)\n\n", r.Pages, pages)
	b.WriteString("| output | judged good | judged bad | share good | not judged yet |\n|---|---:|---:|---:|---:|\n")
	for _, row := range []struct {
		what string
		j    Judged
	}{{"hashtags (up to 8 per page)", r.Tags}, {fmt.Sprintf("entities (first %d per English page)", RealPageEntities), r.Entities}} {
		fmt.Fprintf(&b, "| %s | %d | %d | %.3f | %d |\n", row.what, row.j.Good, row.j.Bad, row.j.Share(), len(row.j.Unjudged))
	}
	b.WriteString("\n" + machineLine() + "\n")
	return b.String()
}

func TestLoadVerdicts(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.tsv")
	os.WriteFile(good, []byte("# comment\nid1\t#Tag\tgood\t-\tnote\nid1\t#Other\tbad\tgeneric\n\n"), 0o644)
	v, err := LoadVerdicts(good, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(v) != 2 || !v["id1\t#Tag"] || v["id1\t#Other"] {
		t.Errorf("verdicts = %v", v)
	}
	bad := filepath.Join(dir, "bad.tsv")
	os.WriteFile(bad, []byte("id1\t#Tag\tmaybe\n"), 0o644)
	if _, err := LoadVerdicts(bad, 2); err == nil || !strings.Contains(err.Error(), "line 1") {
		t.Errorf("a verdict neither good nor bad: err = %v", err)
	}
}

// zyteDirOrSkip returns the Zyte benchmark's folder in the shared data,
// skipping the test when it is not there.
func zyteDirOrSkip(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(SharedDataDir(), zyte.ZyteDir)
	if _, err := os.Stat(filepath.Join(dir, "ground-truth.json")); errors.Is(err, os.ErrNotExist) {
		t.Skipf("Zyte benchmark not found at %s (set HERALD_SHARED_DATA): %v", dir, err)
	}
	return dir
}
