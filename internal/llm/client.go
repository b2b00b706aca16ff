// Package llm is Herald's optional language-model backend: a small client
// for any OpenAI-compatible chat completions endpoint (Ollama, llama.cpp
// server, vLLM or a hosted API), with a per-call timeout, an in-memory
// cache, an hourly cost cap and output validation, so callers can fall
// back to offline methods on any error.
package llm

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Config says which endpoint to use and how much it may cost.
type Config struct {
	BaseURL string // e.g. http://localhost:11434/v1; "/chat/completions" is appended
	Model   string
	APIKey  string // sent as a Bearer token when set

	Timeout          time.Duration // per call; default 30s
	MaxTokens        int           // completion tokens per call; default 512
	MaxCallsPerHour  int           // default 120
	MaxTokensPerHour int           // prompt plus completion tokens; default 200,000
	CacheSize        int           // entries; default 256
	MaxPromptChars   int           // article text sent per call; default 16,000

	// Logger hears of failed calls at warn level, at most once per
	// WarnEvery: callers fall back quietly, so without it a wrong key or
	// URL would go unnoticed. Nil: no logging.
	Logger    *slog.Logger
	WarnEvery time.Duration // default 10 minutes
}

// Enabled reports whether an endpoint is configured at all.
func (c Config) Enabled() bool { return c.BaseURL != "" && c.Model != "" }

func (c Config) withDefaults() Config {
	if c.Timeout <= 0 {
		c.Timeout = 30 * time.Second
	}
	if c.MaxTokens <= 0 {
		c.MaxTokens = 512
	}
	if c.MaxCallsPerHour <= 0 {
		c.MaxCallsPerHour = 120
	}
	if c.MaxTokensPerHour <= 0 {
		c.MaxTokensPerHour = 200_000
	}
	if c.CacheSize <= 0 {
		c.CacheSize = 256
	}
	if c.MaxPromptChars <= 0 {
		c.MaxPromptChars = 16_000
	}
	if c.WarnEvery <= 0 {
		c.WarnEvery = 10 * time.Minute
	}
	return c
}

// Errors a caller may want to tell apart; all of them mean "fall back".
var (
	ErrNotConfigured = errors.New("llm: no endpoint configured")
	ErrBudget        = errors.New("llm: hourly budget exhausted")
	ErrBadResponse   = errors.New("llm: unusable response")
	ErrNoCitations   = errors.New("llm: answer without valid citations")
)

// Client talks to one endpoint. It is safe for concurrent use.
type Client struct {
	cfg  Config
	http *http.Client
	now  func() time.Time

	mu       sync.Mutex
	cache    *lru
	budget   budget
	warnedAt time.Time // the last failure warning
	failures int       // failed calls since then
}

// New returns a client for cfg. httpClient may be nil (a default client
// is used; the per-call timeout comes from cfg either way); now may be nil
// (time.Now).
func New(cfg Config, httpClient *http.Client, now func() time.Time) (*Client, error) {
	if !cfg.Enabled() {
		return nil, ErrNotConfigured
	}
	cfg = cfg.withDefaults()
	if httpClient == nil {
		httpClient = &http.Client{}
	}
	if now == nil {
		now = time.Now
	}
	return &Client{cfg: cfg, http: httpClient, now: now, cache: newLRU(cfg.CacheSize)}, nil
}

// Model is the configured model name.
func (c *Client) Model() string { return c.cfg.Model }

type chatRequest struct {
	Model       string        `json:"model"`
	Messages    []chatMessage `json:"messages"`
	MaxTokens   int           `json:"max_tokens"`
	Temperature float64       `json:"temperature"`
}

type chatMessage struct {
	Role    string `json:"role"`
	Content string `json:"content"`
}

type chatResponse struct {
	Choices []struct {
		Message chatMessage `json:"message"`
	} `json:"choices"`
	Usage struct {
		TotalTokens int `json:"total_tokens"`
	} `json:"usage"`
}

// maxResponseBytes bounds what is read from the endpoint.
const maxResponseBytes = 1 << 20

// cacheKey identifies a call by model and prompt.
func (c *Client) cacheKey(system, user string) string {
	h := sha256.New()
	h.Write([]byte(c.cfg.Model))
	h.Write([]byte{0})
	h.Write([]byte(system))
	h.Write([]byte{0})
	h.Write([]byte(user))
	return hex.EncodeToString(h.Sum(nil))
}

// cached returns a validated earlier reply to the same prompt.
func (c *Client) cached(key string) (string, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.cache.get(key)
}

// remember stores a reply once the caller has validated it, so a garbage
// reply is never served again from the cache.
func (c *Client) remember(key, content string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.cache.put(key, content)
}

// chat sends one system+user exchange and returns the reply text.
func (c *Client) chat(ctx context.Context, system, user string) (string, error) {
	estimate := (len(system)+len(user))/4 + c.cfg.MaxTokens
	c.mu.Lock()
	err := c.budget.reserve(c.now(), estimate, c.cfg.MaxCallsPerHour, c.cfg.MaxTokensPerHour)
	c.mu.Unlock()
	if err != nil {
		c.warn(ctx, err)
		return "", err
	}
	content, used, err := c.post(ctx, system, user)
	if used <= 0 {
		used = estimate
	}
	c.mu.Lock()
	c.budget.settle(estimate, used)
	c.mu.Unlock()
	if err != nil {
		c.warn(ctx, err)
	}
	return content, err
}

// warn logs a failed call, the first and then one per WarnEvery, with the
// number of failures since the last warning. A call cut short by its
// caller (shutdown, a reader leaving) is no failure of the endpoint.
func (c *Client) warn(ctx context.Context, err error) {
	if c.cfg.Logger == nil || ctx.Err() != nil {
		return
	}
	c.mu.Lock()
	c.failures++
	now := c.now()
	due := c.warnedAt.IsZero() || now.Sub(c.warnedAt) >= c.cfg.WarnEvery
	n := c.failures
	if due {
		c.warnedAt, c.failures = now, 0
	}
	c.mu.Unlock()
	if due {
		c.cfg.Logger.WarnContext(ctx, "llm call failed; using the offline methods", "model", c.cfg.Model,
			"failures", n, "error", err)
	}
}

func (c *Client) post(ctx context.Context, system, user string) (string, int, error) {
	ctx, cancel := context.WithTimeout(ctx, c.cfg.Timeout)
	defer cancel()
	body, err := json.Marshal(chatRequest{
		Model:     c.cfg.Model,
		MaxTokens: c.cfg.MaxTokens,
		Messages:  []chatMessage{{Role: "system", Content: system}, {Role: "user", Content: user}},
	})
	if err != nil {
		return "", 0, fmt.Errorf("llm: encode request: %w", err)
	}
	url := strings.TrimRight(c.cfg.BaseURL, "/") + "/chat/completions"
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return "", 0, fmt.Errorf("llm: new request: %w", err)
	}
	// Errors name the endpoint without a password in its URL: they are logged.
	shown := req.URL.Redacted()
	req.Header.Set("Content-Type", "application/json")
	if c.cfg.APIKey != "" {
		req.Header.Set("Authorization", "Bearer "+c.cfg.APIKey)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return "", 0, fmt.Errorf("llm: post %s: %w", shown, err)
	}
	defer resp.Body.Close()
	raw, err := io.ReadAll(io.LimitReader(resp.Body, maxResponseBytes))
	if err != nil {
		return "", 0, fmt.Errorf("llm: read response: %w", err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", 0, fmt.Errorf("llm: %s: HTTP %d: %.200s", shown, resp.StatusCode, raw)
	}
	var cr chatResponse
	if err := json.Unmarshal(raw, &cr); err != nil {
		return "", 0, fmt.Errorf("%w: decode: %v", ErrBadResponse, err)
	}
	if len(cr.Choices) == 0 || strings.TrimSpace(cr.Choices[0].Message.Content) == "" {
		return "", cr.Usage.TotalTokens, fmt.Errorf("%w: empty reply", ErrBadResponse)
	}
	return cr.Choices[0].Message.Content, cr.Usage.TotalTokens, nil
}
