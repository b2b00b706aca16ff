package webtest

import (
	"context"
	"strings"

	"herald/internal/store"
	"herald/internal/web"
)

// Asker answers from an article's stored text by word overlap: a stand-in
// for the enrichment stage's answerer that is simple enough to predict.
type Asker struct {
	Store store.Store
}

// Ask cites up to two sentences sharing the most words (4+ letters) with
// the question.
func (a Asker) Ask(ctx context.Context, articleID int64, question string) ([]web.Citation, error) {
	c, err := a.Store.Content(ctx, articleID)
	if err != nil {
		return nil, err
	}
	words := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(question)) {
		if w = strings.Trim(w, "?.,!\"'"); len(w) >= 4 {
			words[w] = true
		}
	}
	sentences := Sentences(c.Text, 1000)
	best, second := -1, -1
	score := func(i int) int {
		n := 0
		for _, w := range strings.Fields(strings.ToLower(sentences[i])) {
			if words[strings.Trim(w, "?.,!\"'")] {
				n++
			}
		}
		return n
	}
	for i := range sentences {
		if score(i) == 0 {
			continue
		}
		switch {
		case best < 0 || score(i) > score(best):
			best, second = i, best
		case second < 0 || score(i) > score(second):
			second = i
		}
	}
	var out []web.Citation
	for _, i := range []int{best, second} {
		if i >= 0 {
			out = append(out, web.Citation{SentenceIndex: i, Text: sentences[i]})
		}
	}
	return out, nil
}
