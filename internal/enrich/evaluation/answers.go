package evaluation

import (
	"bufio"
	"fmt"
	"os"
	"strings"

	"herald/internal/enrich"
)

// AnswerQuestion is a reader's question about one real article, with
// words that the sentence answering it holds verbatim.
type AnswerQuestion struct {
	ID       string // the article's id in the Zyte benchmark
	Question string
	Answer   string
}

// LoadAnswerQuestions reads a tab-separated file of id, question, answer.
func LoadAnswerQuestions(path string) ([]AnswerQuestion, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open questions: %w", err)
	}
	defer f.Close()
	var qs []AnswerQuestion
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "\t")
		if len(parts) != 3 {
			return nil, fmt.Errorf("questions line %d: want id, question and answer separated by tabs", n)
		}
		qs = append(qs, AnswerQuestion{ID: parts[0], Question: parts[1], Answer: parts[2]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read questions: %w", err)
	}
	return qs, nil
}

// AnswerResult counts the questions whose answer the offline method's
// first citation holds, and any of its first three, beside a lead
// baseline: the article's first sentence, and its first three.
type AnswerResult struct {
	Questions, Top1, Top3, Lead1, Lead3 int
	Missed                              []AnswerQuestion // not in the first three citations
}

// EvaluateAnswers asks each question of its article's body (bodies by id)
// with enrich.Answer. Questions whose article is missing are skipped.
func EvaluateAnswers(bodies map[string]string, qs []AnswerQuestion) AnswerResult {
	var r AnswerResult
	for _, q := range qs {
		body, ok := bodies[q.ID]
		if !ok {
			continue
		}
		r.Questions++
		doc := enrich.Document{Text: body, Language: "en"}
		found := false
		for i, c := range enrich.Answer(doc, q.Question, 3) {
			if strings.Contains(c.Text, q.Answer) {
				if i == 0 {
					r.Top1++
				}
				r.Top3++
				found = true
				break
			}
		}
		if !found {
			r.Missed = append(r.Missed, q)
		}
		sents := enrich.ArticleSentences(doc)
		for i := 0; i < 3 && i < len(sents); i++ {
			if strings.Contains(sents[i], q.Answer) {
				if i == 0 {
					r.Lead1++
				}
				r.Lead3++
				break
			}
		}
	}
	return r
}
