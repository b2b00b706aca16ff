package llm

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// fakeEndpoint speaks the chat completions protocol and replies with
// whatever reply returns for the request.
type fakeEndpoint struct {
	calls atomic.Int32
	reply func(w http.ResponseWriter, r *http.Request, req chatRequest)
}

func (f *fakeEndpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	f.calls.Add(1)
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		http.Error(w, "not found", http.StatusNotFound)
		return
	}
	var req chatRequest
	if err := json.NewDecoder(r.Body).Decode(&req); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	f.reply(w, r, req)
}

func content(s string) func(http.ResponseWriter, *http.Request, chatRequest) {
	return contentUsing(s, 100)
}

func contentUsing(s string, tokens int) func(http.ResponseWriter, *http.Request, chatRequest) {
	return func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
		resp := map[string]any{
			"choices": []any{map[string]any{"message": map[string]any{"role": "assistant", "content": s}}},
			"usage":   map[string]any{"total_tokens": tokens},
		}
		_ = json.NewEncoder(w).Encode(resp)
	}
}

func newFake(t *testing.T, cfg Config, reply func(http.ResponseWriter, *http.Request, chatRequest)) (*Client, *fakeEndpoint) {
	t.Helper()
	f := &fakeEndpoint{reply: reply}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	cfg.BaseURL = srv.URL + "/v1"
	if cfg.Model == "" {
		cfg.Model = "test-model"
	}
	c, err := New(cfg, srv.Client(), nil)
	if err != nil {
		t.Fatal(err)
	}
	return c, f
}

var sentences = []string{
	"The ferry union walked out on Thursday.",
	"Talks with the harbour authority collapsed over pay.",
	"The minister urged both sides to return to talks.",
}

func TestAnswerSuccessSendsProtocol(t *testing.T) {
	var got chatRequest
	var auth string
	c, _ := newFake(t, Config{APIKey: "secret", MaxTokens: 77}, func(w http.ResponseWriter, r *http.Request, req chatRequest) {
		got, auth = req, r.Header.Get("Authorization")
		content("```json\n{\"answer\": \"Over pay.\", \"sentences\": [1, 1]}\n```")(w, r, req)
	})
	ans, cites, err := c.Answer(context.Background(), "Why did talks collapse?", sentences)
	if err != nil {
		t.Fatal(err)
	}
	if ans != "Over pay." || len(cites) != 1 || cites[0] != 1 {
		t.Fatalf("got %q %v", ans, cites)
	}
	if auth != "Bearer secret" || got.Model != "test-model" || got.MaxTokens != 77 || len(got.Messages) != 2 ||
		got.Messages[0].Role != "system" || !strings.Contains(got.Messages[1].Content, "[2] The minister urged") {
		t.Fatalf("request not as expected: auth=%q %+v", auth, got)
	}
}

func TestSummarizeKeepsOnlyCitedPoints(t *testing.T) {
	c, _ := newFake(t, Config{}, content(`{"points": [
		{"text": "Ferry workers struck after pay talks failed.", "sentences": [0, 1]},
		{"text": "An invented point.", "sentences": [7]},
		{"text": "Uncited point.", "sentences": []},
		{"text": "The minister called for talks.", "sentences": [2]}]}`))
	pts, err := c.Summarize(context.Background(), "Ferry strike", sentences, 3)
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 2 || pts[0] != "Ferry workers struck after pay talks failed." || pts[1] != "The minister called for talks." {
		t.Fatalf("points = %q", pts)
	}
}

func TestFailuresAreErrors(t *testing.T) {
	tests := []struct {
		name  string
		reply func(http.ResponseWriter, *http.Request, chatRequest)
		want  error
	}{
		{"http 500", func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
			http.Error(w, "boom", http.StatusInternalServerError)
		}, nil},
		{"garbage body", func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
			_, _ = w.Write([]byte("<html>gateway</html>"))
		}, ErrBadResponse},
		{"garbage content", content("I think the answer is pay."), ErrBadResponse},
		{"broken json content", content(`{"answer": "pay", "sentences": [1`), ErrBadResponse},
		{"no choices", func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
			_, _ = w.Write([]byte(`{"choices": []}`))
		}, ErrBadResponse},
		{"missing citations", content(`{"answer": "Over pay."}`), ErrNoCitations},
		{"citation out of range", content(`{"answer": "Over pay.", "sentences": [1, 9]}`), ErrNoCitations},
		{"empty answer", content(`{"answer": "", "sentences": []}`), ErrBadResponse},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, _ := newFake(t, Config{}, tt.reply)
			_, _, err := c.Answer(context.Background(), "Why?", sentences)
			if err == nil {
				t.Fatal("want an error")
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Fatalf("err = %v, want %v", err, tt.want)
			}
		})
	}
}

func TestTimeout(t *testing.T) {
	c, _ := newFake(t, Config{Timeout: 50 * time.Millisecond}, func(w http.ResponseWriter, r *http.Request, req chatRequest) {
		select {
		case <-r.Context().Done():
		case <-time.After(2 * time.Second):
		}
		content(`{"answer": "late", "sentences": [0]}`)(w, r, req)
	})
	start := time.Now()
	_, _, err := c.Answer(context.Background(), "Why?", sentences)
	if err == nil || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want deadline exceeded", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Fatalf("timeout took %v", d)
	}
}

func TestCacheHitAndGarbageNotCached(t *testing.T) {
	good := true
	c, f := newFake(t, Config{}, func(w http.ResponseWriter, r *http.Request, req chatRequest) {
		if good {
			content(`{"answer": "Over pay.", "sentences": [1]}`)(w, r, req)
		} else {
			content("nonsense")(w, r, req)
		}
	})
	ctx := context.Background()
	for i := 0; i < 3; i++ {
		if _, _, err := c.Answer(ctx, "Why?", sentences); err != nil {
			t.Fatal(err)
		}
	}
	if n := f.calls.Load(); n != 1 {
		t.Fatalf("endpoint called %d times, want 1 (cache)", n)
	}
	good = false
	for i := 0; i < 2; i++ {
		if _, _, err := c.Answer(ctx, "Who?", sentences); err == nil {
			t.Fatal("garbage accepted")
		}
	}
	if n := f.calls.Load(); n != 3 {
		t.Fatalf("endpoint called %d times, want 3: a rejected reply must not be cached", n)
	}
	// A different model is a different cache key.
	c.cfg.Model = "other"
	good = true
	if _, _, err := c.Answer(ctx, "Why?", sentences); err != nil || f.calls.Load() != 4 {
		t.Fatalf("err=%v calls=%d", err, f.calls.Load())
	}
}

func TestBudgetExhaustedThenRefilled(t *testing.T) {
	now := time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)
	f := &fakeEndpoint{reply: content(`{"answer": "Over pay.", "sentences": [1]}`)}
	srv := httptest.NewServer(f)
	defer srv.Close()
	c, err := New(Config{BaseURL: srv.URL + "/v1", Model: "m", MaxCallsPerHour: 2}, srv.Client(), func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	for _, q := range []string{"a?", "b?"} {
		if _, _, err := c.Answer(ctx, q, sentences); err != nil {
			t.Fatal(err)
		}
	}
	if _, _, err := c.Answer(ctx, "c?", sentences); !errors.Is(err, ErrBudget) {
		t.Fatalf("third call: err = %v, want ErrBudget", err)
	}
	if f.calls.Load() != 2 {
		t.Fatalf("endpoint called %d times; a refused call must not reach it", f.calls.Load())
	}
	now = now.Add(61 * time.Minute)
	if _, _, err := c.Answer(ctx, "c?", sentences); err != nil {
		t.Fatalf("after an hour: %v", err)
	}
}

func TestTokenBudget(t *testing.T) {
	c, f := newFake(t, Config{MaxTokens: 500, MaxTokensPerHour: 1300}, contentUsing(`{"answer": "x", "sentences": [0]}`, 600))
	ctx := context.Background()
	if _, _, err := c.Answer(ctx, "a?", sentences); err != nil {
		t.Fatal(err)
	}
	// Each call reserves about 650 tokens (prompt estimate plus
	// MaxTokens) and is settled to the 600 the fake reports: the second
	// call fits (600+650), the third does not (1200+650 > 1300).
	if _, _, err := c.Answer(ctx, "b?", sentences); err != nil {
		t.Fatal(err)
	}
	if _, _, err := c.Answer(ctx, "c?", sentences); !errors.Is(err, ErrBudget) {
		t.Fatalf("err = %v, want ErrBudget (calls made: %d)", err, f.calls.Load())
	}
}

func TestNotConfigured(t *testing.T) {
	if _, err := New(Config{}, nil, nil); !errors.Is(err, ErrNotConfigured) {
		t.Fatalf("err = %v", err)
	}
}

func TestLRUEvicts(t *testing.T) {
	l := newLRU(2)
	l.put("a", "1")
	l.put("b", "2")
	l.get("a")
	l.put("c", "3")
	if _, ok := l.get("b"); ok {
		t.Fatal("b should have been evicted")
	}
	if v, ok := l.get("a"); !ok || v != "1" {
		t.Fatal("a lost")
	}
}

// Errors end up in logs: an endpoint URL with a password in it
// (https://user:pass@host/v1) must not carry the password there.
func TestErrorsDoNotCarryTheURLsPassword(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		http.Error(w, "no such model", http.StatusNotFound)
	}))
	t.Cleanup(srv.Close)
	for _, base := range []string{
		strings.Replace(srv.URL, "http://", "http://herald:hunter2@", 1) + "/v1", // HTTP error
		"http://herald:hunter2@127.0.0.1:1/v1",                                   // connection refused
	} {
		c, err := New(Config{BaseURL: base, Model: "m", Timeout: 2 * time.Second}, srv.Client(), nil)
		if err != nil {
			t.Fatal(err)
		}
		_, err = c.Summarize(context.Background(), "Title", sentences, 1)
		if err == nil {
			t.Fatalf("%s: no error", base)
		}
		if strings.Contains(err.Error(), "hunter2") {
			t.Errorf("error shows the password: %v", err)
		}
	}
}

// A misconfigured endpoint (a wrong key, a wrong URL) falls back to the
// offline methods; the operator must hear of it at the default log level,
// once rather than per article.
func TestFailuresAreWarnedOnceInAWhile(t *testing.T) {
	var logs strings.Builder
	logger := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelInfo}))
	now := time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)
	f := &fakeEndpoint{reply: func(w http.ResponseWriter, _ *http.Request, _ chatRequest) {
		http.Error(w, `{"error":{"message":"Incorrect API key provided"}}`, http.StatusUnauthorized)
	}}
	srv := httptest.NewServer(f)
	t.Cleanup(srv.Close)
	c, err := New(Config{BaseURL: srv.URL + "/v1", Model: "m", APIKey: "sk-secret", Logger: logger}, srv.Client(),
		func() time.Time { return now })
	if err != nil {
		t.Fatal(err)
	}
	for range 3 {
		if _, err := c.Summarize(context.Background(), "Title", sentences, 1); err == nil {
			t.Fatal("a 401 gave no error")
		}
	}
	if n := strings.Count(logs.String(), "level=WARN"); n != 1 {
		t.Fatalf("3 failures in a minute logged %d warnings, want 1:\n%s", n, logs.String())
	}
	if !strings.Contains(logs.String(), "HTTP 401") || strings.Contains(logs.String(), "sk-secret") {
		t.Fatalf("warning should give the status and never the key:\n%s", logs.String())
	}
	now = now.Add(time.Hour)
	c.Summarize(context.Background(), "Title", sentences, 1)
	if n := strings.Count(logs.String(), "level=WARN"); n != 2 || !strings.Contains(logs.String(), "failures=3") {
		t.Fatalf("an hour on, want a second warning counting the 3 failures since the first:\n%s", logs.String())
	}
}
