package pipeline_test

import (
	"context"
	"errors"
	"testing"

	"herald/internal/model"
)

// countingLLM writes one fixed key point and counts its calls.
type countingLLM struct{ calls *int }

func (l countingLLM) Summarize(context.Context, string, []string, int) ([]string, error) {
	*l.calls++
	return []string{"Written by the model."}, nil
}

func (l countingLLM) Answer(context.Context, string, []string) (string, []int, error) {
	return "", nil, errors.New("not used")
}

// An article sent back because of another's reading keeps the key points
// the LLM wrote for it, and costs no call.
func TestEnricherSendsBackWithoutTheLLM(t *testing.T) {
	r := newRunner(t)
	calls := 0
	r.e.LLM = countingLLM{&calls}
	early := r.run("s", "Marsk defends the budget", marskShort)
	r.runN(3, "f", "Marsk presents the budget", marskIlse)
	if key := entityKeyNamed(t, r.st, early, "Ilse Marsk"); key != "person:ilse-marsk" {
		t.Fatalf("the short report was not sent back: it reads %q", key)
	}
	if calls != 4 {
		t.Fatalf("%d LLM calls for four new articles, want 4: sending one back called it again", calls)
	}
	got, err := r.st.Enrichment(context.Background(), early)
	if err != nil || len(got.Summary) != 1 || got.Summary[0] != "Written by the model." {
		t.Fatalf("the short report's key points after it was sent back = %v, %v; want the model's", got.Summary, err)
	}
}

// failingLLM fails every call, as a model that is down or over its cap.
type failingLLM struct{}

func (failingLLM) Summarize(context.Context, string, []string, int) ([]string, error) {
	return nil, errors.New("cost cap reached")
}

func (failingLLM) Answer(context.Context, string, []string) (string, []int, error) {
	return "", nil, errors.New("cost cap reached")
}

// Understood again while the model fails, an article keeps the key points
// the model wrote; with no model configured, it takes the offline ones.
func TestEnricherKeepsTheModelsKeyPointsWhenItFails(t *testing.T) {
	r := newRunner(t)
	calls := 0
	r.e.LLM = countingLLM{&calls}
	id := r.run("a", "Marsk presents the budget", marskIlse)
	summary := func() *model.Enrichment {
		t.Helper()
		e, err := r.st.Enrichment(context.Background(), id)
		if err != nil {
			t.Fatal(err)
		}
		return e
	}
	if e := summary(); e.SummarySource != "llm" || e.Summary[0] != "Written by the model." {
		t.Fatalf("first reading: %q from %q", e.Summary, e.SummarySource)
	}
	r.e.LLM = failingLLM{}
	if err := r.e.Run(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if e := summary(); e.SummarySource != "llm" || e.Summary[0] != "Written by the model." {
		t.Fatalf("read again while the model fails: %q from %q; want the model's kept", e.Summary, e.SummarySource)
	}
	// A new text (a re-extraction) makes the model's key points stale.
	if err := r.st.SaveContent(context.Background(), &model.Content{ArticleID: id, Title: "Marsk presents the budget",
		Text: marskIlse + " The vote is on Friday."}); err != nil {
		t.Fatal(err)
	}
	if err := r.e.Run(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if e := summary(); e.SummarySource != "extractive" {
		t.Fatalf("read again on a new text while the model fails: %q from %q; want offline key points", e.Summary, e.SummarySource)
	}
	r.e.LLM = countingLLM{&calls}
	if err := r.e.Run(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	r.e.LLM = nil
	if err := r.e.Run(context.Background(), id); err != nil {
		t.Fatal(err)
	}
	if e := summary(); e.SummarySource != "extractive" || e.Summary[0] == "Written by the model." {
		t.Fatalf("read again with no model: %q from %q; want the offline key points", e.Summary, e.SummarySource)
	}
}
