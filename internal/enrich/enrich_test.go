package enrich

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"herald/internal/llm"
)

func ferryDoc(t testing.TB) Document {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "enrich_ferry_article.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return Document{Title: "Ferry workers walk out as talks collapse", Text: string(b)}
}

func TestEnrichOffline(t *testing.T) {
	r, err := Enrich(context.Background(), ferryDoc(t), Options{SummarySentences: 4})
	if err != nil {
		t.Fatal(err)
	}
	if r.Language != "en" || len(r.Summary) != 4 || r.SummarySource != "extractive" {
		t.Fatalf("language %q, %d summary sentences from %q", r.Language, len(r.Summary), r.SummarySource)
	}
	body := ferryDoc(t).Text
	for _, s := range r.Summary {
		if !strings.Contains(body, s) {
			t.Errorf("extractive summary sentence not in the article: %q", s)
		}
	}
	if len(r.Keyphrases) == 0 || len(r.Hashtags) == 0 || len(r.Entities) == 0 || len(r.Quotes) == 0 {
		t.Fatalf("missing parts: %+v", r)
	}
	// The most named people lead the hashtags.
	if !strings.Contains(strings.Join(r.Hashtags, " "), "#MartaQuist") {
		t.Errorf("hashtags %v lack #MartaQuist", r.Hashtags)
	}
	b, err := json.Marshal(r)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{`"language"`, `"keyphrases"`, `"hashtags"`, `"entities"`, `"quotes"`, `"summary"`, `"aliases"`, `"mentions"`, `"speaker"`} {
		if !strings.Contains(string(b), k) {
			t.Errorf("JSON lacks %s", k)
		}
	}
}

func TestEnrichRejectsEmptyAndCancelled(t *testing.T) {
	if _, err := Enrich(context.Background(), Document{Text: " \n\t "}, Options{}); !errors.Is(err, ErrEmptyDocument) {
		t.Errorf("empty: err = %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Enrich(ctx, ferryDoc(t), Options{}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled: err = %v", err)
	}
	if _, err := Enrich(context.Background(), Document{Text: "\xff\xfe Caf\xe9 \"a\" said Bob."}, Options{}); err != nil {
		t.Errorf("invalid UTF-8 should be cleaned, got %v", err)
	}
}

// fakeChat is an OpenAI-compatible endpoint replying with content, or
// failing as told.
func fakeChat(t *testing.T, mode string, content string) *llm.Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch mode {
		case "500":
			http.Error(w, "overloaded", http.StatusInternalServerError)
			return
		case "slow":
			select {
			case <-r.Context().Done():
				return
			case <-time.After(time.Second):
			}
		}
		_ = json.NewEncoder(w).Encode(map[string]any{
			"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": content}}},
		})
	}))
	t.Cleanup(srv.Close)
	timeout := 10 * time.Second // generous: the machine is shared and slow under load
	if mode == "slow" {
		timeout = 100 * time.Millisecond
	}
	c, err := llm.New(llm.Config{BaseURL: srv.URL, Model: "fake", Timeout: timeout}, srv.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestEnrichLLMSummaryAndFallback(t *testing.T) {
	good := `{"points": [{"text": "Ferry crews struck after pay talks collapsed.", "sentences": [0]},
		{"text": "The minister urged talks.", "sentences": [9]}]}`
	tests := []struct {
		name, mode, content string
		source              string
	}{
		{"valid reply", "ok", good, "llm"},
		{"http 500", "500", good, "extractive"},
		{"timeout", "slow", good, "extractive"},
		{"garbage", "ok", "Sure! Here is a summary: crews struck.", "extractive"},
		{"no citations", "ok", `{"points": [{"text": "Invented.", "sentences": []}]}`, "extractive"},
		{"citation out of range", "ok", `{"points": [{"text": "Invented.", "sentences": [999]}]}`, "extractive"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Enrich(context.Background(), ferryDoc(t), Options{LLM: fakeChat(t, tt.mode, tt.content)})
			if err != nil {
				t.Fatal(err)
			}
			if r.SummarySource != tt.source || len(r.Summary) == 0 {
				t.Fatalf("summary from %q (%d points), want %q", r.SummarySource, len(r.Summary), tt.source)
			}
			if tt.source == "llm" && r.Summary[0] != "Ferry crews struck after pay talks collapsed." {
				t.Fatalf("summary = %q", r.Summary)
			}
		})
	}
}

func TestAskLLMAndFallback(t *testing.T) {
	doc := ferryDoc(t)
	a := Ask(context.Background(), doc, "Who leads the union?", 2,
		Options{LLM: fakeChat(t, "ok", `{"answer": "Marta Quist.", "sentences": [2]}`)})
	if a.Source != "llm" || a.Answer != "Marta Quist." || len(a.Citations) != 1 || !strings.Contains(a.Citations[0].Text, "Marta Quist") {
		t.Fatalf("llm answer: %+v", a)
	}
	a = Ask(context.Background(), doc, "Who leads the union?", 2,
		Options{LLM: fakeChat(t, "ok", `{"answer": "Marta Quist."}`)})
	if a.Source != "extractive" || a.Answer != "" || len(a.Citations) == 0 {
		t.Fatalf("fallback answer: %+v", a)
	}
}

func TestAnswerQuestionTypes(t *testing.T) {
	doc := ferryDoc(t)
	tests := []struct {
		question string
		want     string // the best citation contains this
	}{
		{"Who leads the union?", "Union leader Marta Quist"},
		{"How many members does the AMWU have?", "2,300 members"},
		{"When did the last ferry strike happen?", "in 2015"},
		{"Where are the union headquarters?", "headquarters in Velmont"},
		{"What did the Bank of Ardenia warn?", "Bank of Ardenia warned"},
		{"Why did the talks break down?", "broke down over pay"},
	}
	sents := ArticleSentences(doc)
	for _, tt := range tests {
		t.Run(tt.question, func(t *testing.T) {
			cs := Answer(doc, tt.question, 3)
			if len(cs) == 0 {
				t.Fatal("no answer")
			}
			if !strings.Contains(cs[0].Text, tt.want) {
				t.Errorf("best citation %q lacks %q (others: %+v)", cs[0].Text, tt.want, cs[1:])
			}
			for _, c := range cs {
				if c.Sentence < 0 || c.Sentence >= len(sents) || sents[c.Sentence] != c.Text {
					t.Errorf("citation %+v is not sentence %d of the article", c, c.Sentence)
				}
			}
		})
	}
	if cs := Answer(doc, "the of and?", 3); len(cs) != 0 {
		t.Errorf("stop-word question answered: %+v", cs)
	}
}
