package pipeline

import (
	"context"
	"fmt"
	"strconv"
	"testing"

	"herald/internal/cluster"
	"herald/internal/model"
	"herald/internal/store"
)

// missing is an article with no key points.
const missing = 1 << 40

// enrichmentCounter serves key points for any article but missing, and counts
// the reads.
type enrichmentCounter struct {
	store.Store
	reads int
}

func (s *enrichmentCounter) Enrichment(_ context.Context, id int64) (*model.Enrichment, error) {
	s.reads++
	if id == missing {
		return nil, model.ErrNotFound
	}
	return &model.Enrichment{ArticleID: id, Language: "en", Summary: []string{fmt.Sprintf("Point %d was made on Monday.", id)}}, nil
}

func TestReportCacheReadsEachArticleOnce(t *testing.T) {
	ctx := context.Background()
	st := &enrichmentCounter{}
	var c reportCache
	member := func(id int64) cluster.Member { return cluster.Member{ID: strconv.FormatInt(id, 10), Source: "s"} }
	get := func(id int64) {
		t.Helper()
		r, err := c.get(ctx, st, member(id))
		if err != nil || r == nil || r.ID != id || len(r.KeyPoints) != 1 {
			t.Fatalf("get(%d) = %+v, %v", id, r, err)
		}
	}
	for id := int64(1); id <= reportCacheSize; id++ {
		get(id)
	}
	get(1)
	get(reportCacheSize)
	if st.reads != reportCacheSize {
		t.Fatalf("%d reads for %d articles, each asked for once or twice", st.reads, reportCacheSize)
	}
	get(reportCacheSize + 1) // the oldest, 1, makes room
	get(2)
	if st.reads != reportCacheSize+1 {
		t.Fatalf("%d reads, want %d", st.reads, reportCacheSize+1)
	}
	get(1)
	if st.reads != reportCacheSize+2 {
		t.Fatalf("evicted article not read again: %d reads", st.reads)
	}
	c.forget(2)
	get(2)
	if st.reads != reportCacheSize+3 {
		t.Fatalf("forgotten article not read again: %d reads", st.reads)
	}
	if r, err := c.get(ctx, st, member(missing)); r != nil || err != nil {
		t.Errorf("article without key points: %+v, %v", r, err)
	}
	if len(c.byID) > reportCacheSize {
		t.Errorf("cache holds %d reports, bound %d", len(c.byID), reportCacheSize)
	}
}
