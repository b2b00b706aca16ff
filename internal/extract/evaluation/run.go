package evaluation

import (
	"context"
	"fmt"
)

// ZyteRun is one extractor's run over the Zyte pages.
type ZyteRun struct {
	Extractor   string
	Score       ZyteScore
	Pages       []PageResult
	Predictions map[string]string // body text by page id, "" where it failed
	Errors      map[string]error  // by page id
}

// RunZyte extracts every page with e and scores it. A failed page is an empty
// prediction, which lowers recall only, as in evaluate.py.
func RunZyte(ctx context.Context, e Extractor, pages []ZytePage) (*ZyteRun, error) {
	run := &ZyteRun{
		Extractor:   e.Name,
		Predictions: make(map[string]string, len(pages)),
		Errors:      make(map[string]error),
	}
	for _, p := range pages {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("zyte run %s: %w", e.Name, err)
		}
		text, err := e.Run(p.HTML, p.URL)
		if err != nil {
			run.Errors[p.ID] = err
			text = ""
		}
		run.Predictions[p.ID] = text
		run.Pages = append(run.Pages, ScorePage(p.ID, p.Truth, text))
	}
	run.Score = Summarize(run.Pages)
	return run, nil
}

// TrafRun is one extractor's run over trafilatura's evaluation set.
type TrafRun struct {
	Extractor string
	Counts    Confusion
	Outputs   map[string]*string // text by evaldata key, nil where it failed
	Errors    map[string]error   // by evaldata key
}

// RunTrafEval extracts every document with e and counts its snippets. Pages
// are given without their URL, as trafilatura's evaluate.py does; a failure
// counts as finding nothing.
func RunTrafEval(ctx context.Context, e Extractor, docs []TrafDoc) (*TrafRun, error) {
	run := &TrafRun{
		Extractor: e.Name,
		Outputs:   make(map[string]*string, len(docs)),
		Errors:    make(map[string]error),
	}
	for _, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, fmt.Errorf("trafilatura-eval run %s: %w", e.Name, err)
		}
		text, err := e.Run(d.HTML, "")
		if err != nil {
			run.Errors[d.Key] = err
			run.Outputs[d.Key] = nil
			run.Counts.Add(CountSnippets(d, "", false))
			continue
		}
		run.Outputs[d.Key] = &text
		run.Counts.Add(CountSnippets(d, text, true))
	}
	return run, nil
}
