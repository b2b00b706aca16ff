package enrich

import (
	"strings"
	"testing"
)

// answerQuestions are reader questions about two demo articles (headings,
// captions and lists included, as extraction gives them), each with a
// phrase the best citation must hold.
var answerQuestions = []struct {
	title, question, want string
}{
	{"Lumio Atlas hands-on", "How many jobs are going?", "600 jobs"},
	{"Lumio Atlas hands-on", "How much does Atlas cost?", "9 crowns a month"},
	{"Lumio Atlas hands-on", "When will consumers pay for Atlas?", "December 1"},
	{"Lumio Atlas hands-on", "Who introduced Atlas?", "Katrin Vossberg introduced Atlas"},
	{"Lumio Atlas hands-on", "Which languages does Atlas work in?", "Ardenian, English, French and Arabic"},
	{"Lumio Atlas hands-on", "What do departing staff get?", "six months"},
	{"Lumio Atlas hands-on", "Where is Lumio's data centre?", "data centre in Velmont"},
	{"Lumio Atlas hands-on", "Who is Lumio's chief product officer?", "Maud Terheide"},
	{"Kestrel Tern 2 review", "How much do the Tern 2 earbuds cost?", "1,290 crowns"},
	{"Kestrel Tern 2 review", "How long does the battery last?", "six and a half hours"},
	{"Kestrel Tern 2 review", "Who is Kestrel's product lead?", "Ida Marwick"},
	{"Kestrel Tern 2 review", "Why is the case a problem?", "snugly"},
	{"Kestrel Tern 2 review", "How many microphones does each bud have?", "three"},
	{"Kestrel Tern 2 review", "Where is Kestrel Audio based?", "Port Calder company"},
}

func TestAnswersOnDemoArticles(t *testing.T) {
	docs, _ := demoDocumentsWithCredits(t)
	byTitle := func(prefix string) (Document, bool) {
		for _, d := range docs {
			if strings.HasPrefix(d.Title, prefix) {
				return d, true
			}
		}
		return Document{}, false
	}
	right := 0
	for _, q := range answerQuestions {
		doc, ok := byTitle(q.title)
		if !ok {
			t.Fatalf("no demo article %q", q.title)
		}
		cs := Answer(doc, q.question, 3)
		if len(cs) > 0 && strings.Contains(cs[0].Text, q.want) {
			right++
			continue
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.Text)
		}
		t.Logf("%q: best citations %q lack %q", q.question, got, q.want)
	}
	t.Logf("%d of %d questions answered by the first citation", right, len(answerQuestions))
	// 12 before headings were left out and the question's own numbers
	// ("Tern 2") stopped counting as answers; "Why is the case a
	// problem?" needs the sentence after "And then there is the case.",
	// which shares no word with the question.
	if right < 13 {
		t.Errorf("%d of %d questions answered by the first citation, want at least 13", right, len(answerQuestions))
	}
}
