package pipeline

import (
	"context"
	"fmt"
	"slices"
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

// Article and Content: the articles have no text of their own here.
func (s *enrichmentCounter) Article(context.Context, int64) (*model.Article, error) {
	return nil, model.ErrNotFound
}

// standfirstStore serves articles whose text opens with their feed's
// description, a standfirst.
type standfirstStore struct{ enrichmentCounter }

const standfirstText = "Port Calder Mariners came from behind to beat ten-man Velmont Athletic 2-1 in the Ardenian Cup semi-final."

func (s *standfirstStore) Article(_ context.Context, id int64) (*model.Article, error) {
	return &model.Article{ID: id, Title: "Almqvist heads Mariners into the final", Language: "en", Summary: "<p>" + standfirstText + "</p>"}, nil
}

func (s *standfirstStore) Content(_ context.Context, id int64) (*model.Content, error) {
	return &model.Content{ArticleID: id, Text: standfirstText + "\n\nTwenty-eight years of waiting ended with a header. " +
		"Tiago Almqvist rose above two defenders in the 89th minute. It was the goal the harbour end had wanted. " +
		"Callum Reyes swung in a corner from the right. The 21-year-old ran to the corner flag."}, nil
}

// A report offers its standfirst, which its key points leave out, as a
// lede: the story page shows no standfirst, and it is often the best one.
func TestReportOffersItsStandfirst(t *testing.T) {
	var c reportCache
	r, err := c.get(context.Background(), &standfirstStore{}, cluster.Member{ID: "7", Source: "s"})
	if err != nil || r == nil {
		t.Fatalf("get = %+v, %v", r, err)
	}
	if !slices.Equal(r.Standfirst, []string{standfirstText}) || !slices.Equal(r.KeyPoints, []string{"Point 7 was made on Monday."}) {
		t.Errorf("standfirst %q, key points %q", r.Standfirst, r.KeyPoints)
	}
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
