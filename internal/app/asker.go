package app

import (
	"context"

	"herald/internal/enrich"
	"herald/internal/pipeline"
	"herald/internal/store"
	"herald/internal/web"
)

// asker answers questions about an article for the site's ask box, with
// the article's own sentences (or the LLM's answer grounded in them).
type asker struct {
	store store.Store
	llm   enrich.LLM
}

func (a asker) Ask(ctx context.Context, articleID int64, question string) ([]web.Citation, error) {
	doc, err := pipeline.Document(ctx, a.store, articleID)
	if err != nil {
		return nil, err
	}
	ans := enrich.Ask(ctx, doc, question, 3, enrich.Options{LLM: a.llm})
	out := make([]web.Citation, 0, len(ans.Citations))
	for _, c := range ans.Citations {
		out = append(out, web.Citation{SentenceIndex: c.Sentence, Text: c.Text, Speaker: c.Speaker})
	}
	return out, nil
}
