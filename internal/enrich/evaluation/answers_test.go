package evaluation

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	zyte "herald/internal/extract/evaluation"
)

// TestAnswersOnRealPages asks the reader questions of
// testdata/zyte_questions.tsv, zyte_questions_2.tsv and
// zyte_questions_dev.tsv (each written for this test by a reader who had
// not seen the answering code's output; their headers say which were
// tuned on) of the Zyte benchmark's real article bodies, and reports how
// often the answering sentence is the first citation, or among the first
// three, beside the article's lead.
func TestAnswersOnRealPages(t *testing.T) {
	truth, err := zyte.LoadZyteTruth(zyteDirOrSkip(t))
	if err != nil {
		t.Fatal(err)
	}
	bodies := make(map[string]string, len(truth))
	for id, tr := range truth {
		bodies[id] = tr.ArticleBody
	}
	for _, set := range []struct{ file, name string }{
		{"zyte_questions.tsv", "first set, session 19"},
		{"zyte_questions_2.tsv", "second set, session 20, held out"},
		{"zyte_questions_dev.tsv", "development set, session 20, tuned on"},
	} {
		qs, err := LoadAnswerQuestions(filepath.Join("testdata", set.file))
		if err != nil {
			t.Fatal(err)
		}
		r := EvaluateAnswers(bodies, qs)
		if r.Questions != len(qs) {
			t.Errorf("%s: %d of %d questions found their article", set.file, r.Questions, len(qs))
		}
		printTable(answersTable(r, set.name))
		for _, q := range r.Missed {
			t.Logf("missed: %s %q (want %q)", q.ID[:10], q.Question, q.Answer)
		}
		// Floors below the measured figures (BENCHMARKS.md), so that a
		// change that loses answers fails.
		if r.Questions > 0 && float64(r.Top3) < 0.7*float64(r.Questions) {
			t.Errorf("%s: answer among the first three citations for %d of %d questions; floor 70%%", set.file, r.Top3, r.Questions)
		}
	}
}

func answersTable(r AnswerResult, set string) string {
	var b strings.Builder
	pct := func(n int) string { return fmt.Sprintf("%d (%.0f%%)", n, 100*float64(n)/float64(max(1, r.Questions))) }
	fmt.Fprintf(&b, "### Answers on real pages (%d reader questions, %s, Zyte article bodies)\n\n", r.Questions, set)
	b.WriteString("| method | answer in the first sentence given | in the first three |\n|---|---|---|\n")
	fmt.Fprintf(&b, "| Herald, offline (enrich.Answer) | %s | %s |\n", pct(r.Top1), pct(r.Top3))
	fmt.Fprintf(&b, "| the article's lead (first sentence; first three) | %s | %s |\n\n", pct(r.Lead1), pct(r.Lead3))
	b.WriteString(machineLine() + "\n")
	return b.String()
}
