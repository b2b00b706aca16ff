package web_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/web"
	"herald/internal/web/webtest"
)

// Key points the LLM wrote are said to be so, on the page and in the API:
// the brief's "from the article's own sentences" would be untrue of them.
func TestKeyPointsSayWhoWroteThem(t *testing.T) {
	_, st := newSite(t, 3)
	ctx := context.Background()
	arts, err := st.LatestArticles(ctx, 3, 0)
	if err != nil {
		t.Fatal(err)
	}
	sources := []string{"llm", "extractive", ""} // "": stored before the source was kept
	for i, source := range sources {
		if err := st.SaveEnrichment(ctx, &model.Enrichment{ArticleID: arts[i].ID, Language: "en",
			Summary: []string{"A key point."}, SummarySource: source}); err != nil {
			t.Fatal(err)
		}
	}
	s, err := web.New(st, func() time.Time { return now }, nil, web.Options{Asker: webtest.Asker{Store: st}})
	if err != nil {
		t.Fatal(err)
	}
	h := s.Handler()
	for i, source := range sources {
		var d struct {
			Enrichment struct {
				Source string `json:"key_points_source"`
			} `json:"enrichment"`
		}
		decode(t, get(h, fmt.Sprintf("/api/v1/articles/%d", arts[i].ID)), &d)
		if d.Enrichment.Source != source {
			t.Errorf("API key_points_source %q, want %q", d.Enrichment.Source, source)
		}
		body := getFollow(t, h, fmt.Sprintf("/articles/%d", arts[i].ID)).Body.String()
		byModel := strings.Contains(body, "written by a language model")
		ownSentences := strings.Contains(body, "from the article&#39;s own sentences") || strings.Contains(body, "from the article's own sentences")
		if byModel != (source == "llm") || ownSentences != (source == "extractive") {
			t.Errorf("%s key points: page says by a model %v, own sentences %v", source, byModel, ownSentences)
		}
	}
}
