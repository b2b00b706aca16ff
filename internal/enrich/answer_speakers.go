package enrich

import (
	"strings"
	"unicode"
)

// Speaker weights for "What did Haddad say about February?": a sentence
// quoting someone else ("I would not put money on February," said an
// analyst) is the wrong answer however well its words match, and one
// quoting the person asked about is the right kind.
const (
	askedSpeakerWeight = 1.3
	otherSpeakerWeight = 0.5
)

// speakerWeights returns a weight per sentence when the question names a
// person of the article: higher for sentences quoting that person, lower
// for sentences quoting another named person; nil when the question names
// no one the article quotes.
func speakerWeights(entities func() *analysis, sents []string, question string) []float64 {
	if !strings.ContainsFunc(strings.TrimLeftFunc(question, unicode.IsUpper), unicode.IsUpper) {
		return nil // no capital after the first letter: no name to find
	}
	a := entities()
	asked := map[string]bool{}
	for _, c := range a.clusters {
		if c.dropped || c.typ != Person {
			continue
		}
		key := EntityKey(Person, c.name)
		for _, form := range personForms(c.name) {
			if strings.Contains(question, form) && containsWords(question, form) {
				asked[key] = true
			}
		}
	}
	if len(asked) == 0 || len(a.quotes) == 0 {
		return nil
	}
	weights := make([]float64, len(sents))
	for i, s := range sents {
		weights[i] = 1
		core := quoteCore(s)
		for _, q := range a.quotes {
			qc := quoteCore(q.Text)
			if len(core) < 12 || len(qc) < 12 || !strings.Contains(qc, core) && !strings.Contains(core, qc) {
				continue
			}
			switch {
			case asked[q.SpeakerKey]:
				weights[i] = askedSpeakerWeight
			case q.SpeakerKey != "":
				weights[i] = otherSpeakerWeight
			}
			break
		}
	}
	return weights
}

// personForms are the forms a question may name a person by: the full
// name and the surname ("Samir Haddad", "Haddad").
func personForms(name string) []string {
	forms := []string{name}
	if words := strings.Fields(name); len(words) > 1 {
		if last := words[len(words)-1]; len([]rune(last)) >= 3 {
			forms = append(forms, last)
		}
	}
	return forms
}

// quoteCore is s without quotation marks, punctuation at its ends and
// surrounding space, for comparing a sentence with a quotation's text.
func quoteCore(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) || strings.ContainsRune("“”«»„\"'‘’", r)
	})
}
