package llm

import (
	"context"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
)

const summarySystem = `You summarise news articles faithfully. Use only facts stated in the numbered sentences you are given; never add facts, names or numbers. Reply with one JSON object and nothing else, in this form:
{"points": [{"text": "one short sentence stating a key point", "sentences": [indices of the numbered sentences that support it]}]}`

const answerSystem = `You answer questions about one news article using only its numbered sentences. Never use outside knowledge. Reply with one JSON object and nothing else, in this form:
{"answer": "a short answer", "sentences": [indices of the numbered sentences that support the answer]}
If the sentences do not answer the question, reply {"answer": "", "sentences": []}.`

// numbered lists sentences as "[i] text" lines, stopping at the prompt
// size cap; it returns how many sentences were included.
func (c *Client) numbered(sentences []string) (string, int) {
	var b strings.Builder
	n := 0
	for i, s := range sentences {
		line := "[" + strconv.Itoa(i) + "] " + strings.Join(strings.Fields(s), " ") + "\n"
		if b.Len()+len(line) > c.cfg.MaxPromptChars && n > 0 {
			break
		}
		b.WriteString(line)
		n++
	}
	return b.String(), n
}

// Summarize asks for n key points of the article, each grounded in the
// sentences it cites. Points citing no valid sentence are dropped; if none
// is left the call fails, and the caller should use its offline summary.
func (c *Client) Summarize(ctx context.Context, title string, sentences []string, n int) ([]string, error) {
	if len(sentences) == 0 {
		return nil, fmt.Errorf("%w: no sentences", ErrBadResponse)
	}
	text, sent := c.numbered(sentences)
	user := fmt.Sprintf("Write exactly %d points.\nTitle: %s\nSentences:\n%s", n, strings.TrimSpace(title), text)
	content, key, err := c.ask(ctx, summarySystem, user)
	if err != nil {
		return nil, err
	}
	var reply struct {
		Points []struct {
			Text      string `json:"text"`
			Sentences []int  `json:"sentences"`
		} `json:"points"`
	}
	if err := decodeJSONObject(content, &reply); err != nil {
		return nil, err
	}
	var out []string
	for _, p := range reply.Points {
		t := strings.TrimSpace(p.Text)
		if t == "" || len(t) > 600 || !validCitations(p.Sentences, sent) {
			continue
		}
		out = append(out, t)
		if len(out) == n {
			break
		}
	}
	if len(out) == 0 {
		return nil, ErrNoCitations
	}
	c.remember(key, content)
	return out, nil
}

// Answer asks the question about the numbered sentences and returns the
// answer with the indices of the sentences it rests on. An empty answer,
// or one citing no sentence or a sentence that was not sent, is an error.
func (c *Client) Answer(ctx context.Context, question string, sentences []string) (string, []int, error) {
	if len(sentences) == 0 || strings.TrimSpace(question) == "" {
		return "", nil, fmt.Errorf("%w: nothing to ask", ErrBadResponse)
	}
	text, sent := c.numbered(sentences)
	user := fmt.Sprintf("Question: %s\nSentences:\n%s", strings.TrimSpace(question), text)
	content, key, err := c.ask(ctx, answerSystem, user)
	if err != nil {
		return "", nil, err
	}
	var reply struct {
		Answer    string `json:"answer"`
		Sentences []int  `json:"sentences"`
	}
	if err := decodeJSONObject(content, &reply); err != nil {
		return "", nil, err
	}
	answer := strings.TrimSpace(reply.Answer)
	if answer == "" {
		return "", nil, fmt.Errorf("%w: empty answer", ErrBadResponse)
	}
	if !validCitations(reply.Sentences, sent) {
		return "", nil, ErrNoCitations
	}
	c.remember(key, content)
	return answer, dedupe(reply.Sentences), nil
}

// ask returns a cached reply or calls the endpoint.
func (c *Client) ask(ctx context.Context, system, user string) (content, key string, err error) {
	key = c.cacheKey(system, user)
	if content, ok := c.cached(key); ok {
		return content, key, nil
	}
	content, err = c.chat(ctx, system, user)
	return content, key, err
}

// validCitations requires at least one index, all of them among the n
// sentences that were sent.
func validCitations(idx []int, n int) bool {
	if len(idx) == 0 {
		return false
	}
	for _, i := range idx {
		if i < 0 || i >= n {
			return false
		}
	}
	return true
}

func dedupe(idx []int) []int {
	seen := map[int]bool{}
	out := idx[:0:0]
	for _, i := range idx {
		if !seen[i] {
			seen[i] = true
			out = append(out, i)
		}
	}
	return out
}

// decodeJSONObject reads the first JSON object in a reply, tolerating the
// code fences and preambles models like to add.
func decodeJSONObject(content string, v any) error {
	start := strings.IndexByte(content, '{')
	end := strings.LastIndexByte(content, '}')
	if start < 0 || end < start {
		return fmt.Errorf("%w: no JSON object in reply", ErrBadResponse)
	}
	if err := json.Unmarshal([]byte(content[start:end+1]), v); err != nil {
		return fmt.Errorf("%w: %v", ErrBadResponse, err)
	}
	return nil
}
