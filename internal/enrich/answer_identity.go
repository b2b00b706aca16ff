package enrich

import (
	"slices"
	"strings"
)

// "Qui est la chercheuse ?" asks who a role noun stands for. When the
// article names the person beside the noun ("Brightwell chief executive
// Martina Quist") the words match by themselves; when it uses the noun
// alone ("explique la chercheuse") it means the person the article is
// about, and the answer is the sentence that introduces them.

// identityRole returns the role noun a question asks to put a name to:
// "researcher" in "Who is the researcher?", "chercheuse" in "Qui est la
// chercheuse ?" and "Comment s'appelle la chercheuse ?"; empty otherwise.
func identityRole(q string) string {
	words := strings.Fields(normalizeQuestion(q))
	for _, lead := range identityLeads {
		n := len(lead)
		if len(words) == n+1 && slices.Equal(words[:n], lead) {
			return strings.TrimPrefix(words[n], "l'")
		}
	}
	return ""
}

// identityLeads open a question that ends with the role noun asked about.
var identityLeads = [][]string{
	{"who", "is", "the"}, {"who", "was", "the"}, {"who's", "the"}, {"what", "is", "the", "name", "of", "the"},
	{"qui", "est", "le"}, {"qui", "est", "la"}, {"qui", "est"}, {"qui", "était", "le"}, {"qui", "était", "la"},
	{"comment", "s'appelle", "le"}, {"comment", "s'appelle", "la"}, {"comment", "s'appelle"},
	{"quel", "est", "le", "nom", "du"}, {"quel", "est", "le", "nom", "de", "la"},
}

// namingWords ask for a name and match nothing in the answer: the
// "appelle" of "Comment s'appelle la chercheuse ?" is not the "appelé" of
// "J'ai appelé l'entreprise".
var namingWords = wordSet(`name named called s'appelle appelle nom`)

// creditIntroduction counts the role noun asked about (stem role) in the
// sentence that first names the article's most mentioned person, when no
// sentence holding the noun names anyone: the noun alone stands for them.
func (m *questionMatch) creditIntroduction(sents []string, role string, a *analysis, people []string) {
	for i, s := range sents {
		if m.tfs[i][role] > 0 && containsAny(s, people) {
			return // "chief executive Martina Quist": the words answer
		}
	}
	for _, e := range a.entityList() {
		if e.Type != Person {
			continue
		}
		for i, s := range sents {
			if strings.Contains(s, e.Name) {
				if m.tfs[i][role] == 0 {
					m.tfs[i][role] = 2
					m.df[role]++
				}
				return
			}
		}
		return // the most mentioned person only
	}
}
