package web_test

import (
	"context"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// A search narrowed to a source Herald does not follow says so, on the
// page and in the API, rather than finding nothing.
func TestSearchUnknownSource(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	rec := get(c.h, "/search?q=bridge&source=999")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "no source has that number") {
		t.Errorf("page: %d", rec.Code)
	}
	rec = get(c.h, "/api/v1/search?q=bridge&source=999")
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "no source has that number") {
		t.Errorf("API: %d %s", rec.Code, rec.Body.String())
	}
	if rec := get(c.h, "/api/v1/search?q=bridge&source=1"); rec.Code != 200 {
		t.Errorf("a followed source: %d", rec.Code)
	}
}

// A page of search hits shows each wire text once, its other printings
// named under it.
func TestSearchFoldsReprints(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	ctx := context.Background()
	wire := c.wireCopy(t)
	orig := c.article(t, wire.WireOf)
	copyArt := c.article(t, wire.ID)
	word := "bridge"
	if !strings.Contains(strings.ToLower(orig.Title+copyArt.Title), word) {
		t.Skipf("the corpus's wire copy is not about the bridge: %q", orig.Title)
	}
	body := get(c.h, "/search?q="+word).Body.String()
	mustContain(t, "search page", body, "Also printed by")
	seen := map[int64]bool{}
	for _, m := range regexp.MustCompile(`<h3 class="row-title" dir="auto"><a href="/articles/(\d+)/`).FindAllStringSubmatch(body, -1) {
		id, _ := strconv.ParseInt(m[1], 10, 64)
		fam := id
		if p, err := c.st.Placement(ctx, id); err == nil && p.DuplicateOf != 0 {
			fam = p.DuplicateOf
		}
		if seen[fam] {
			t.Errorf("two rows print wire text %d", fam)
		}
		seen[fam] = true
	}
	if len(seen) == 0 {
		t.Fatal("no hits")
	}
}

// A search page past the last result is a 404 that links the first page,
// not an empty page of "No results".
func TestSearchPagePastTheEnd(t *testing.T) {
	c := newCorpusSite(t, webOptions())
	rec := get(c.h, "/search?q=bridge&page=30")
	body := rec.Body.String()
	if rec.Code != 404 || !strings.Contains(body, "fewer results than page 30") || !strings.Contains(body, `<a href="/search?q=bridge">See the first page</a>`) {
		t.Errorf("page 30: %d", rec.Code)
	}
	if strings.Contains(body, "No results") {
		t.Error("past the end also says No results")
	}
}
