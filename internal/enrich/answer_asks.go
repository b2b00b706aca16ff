package enrich

import (
	"regexp"
	"strings"

	"herald/internal/text"
)

// What a question's wording asks of its answer beyond its words: "What do
// the nurses want?" wants a demand, whose verb ("is demanding") the
// question does not use; "Which products are recalled?" wants what the
// recall covers; "What is the new rate?" wants the value something was
// changed to, not the one it was kept at; "What caused the blackout?" is
// not answered by "the cause was being investigated".

// Terms credited to sentences as one more question word, like priceTerm.
const (
	demandTerm = "\x00demand"
	scopeTerm  = "\x00scope"
)

// creditWhere counts term as one more question word in each sentence
// that has, rarer the fewer sentences do.
func (m *questionMatch) creditWhere(term string, sents []string, has func(string) bool) {
	for i, s := range sents {
		if has(s) {
			m.tfs[i][term] = 2
			m.df[term]++
		}
	}
}

// asksDemand reports a question about what someone wants: "What do the
// nurses want?", "Que réclament les syndicats ?", "ماذا يريد الممرضون؟".
func asksDemand(q string) bool {
	q = normalizeQuestion(q)
	if !strings.HasPrefix(q, " what ") && !strings.HasPrefix(q, " que ") && !strings.HasPrefix(q, " qu'") &&
		!strings.HasPrefix(q, " ماذا ") && !strings.HasPrefix(q, " ما ") {
		return false
	}
	for _, w := range strings.Fields(q) {
		if demandWords[w] || w == "want" || w == "wants" || w == "veut" || w == "veulent" || w == "يريد" || w == "يريدون" {
			return true
		}
	}
	return false
}

// demandWords are the verbs and nouns news copy states a demand with.
var demandWords = wordSet(`demand demands demanding demanded seek seeks seeking sought want wants wanted
réclame réclament réclamer exige exigent exiger revendique revendiquent revendication revendications
demande demandent يطالب يطالبون تطالب للمطالبة المطالبة بالمطالبة مطالب`)

// hasDemand reports a sentence stating a demand, or a call for something:
// "is demanding a 9 percent pay rise", "calls for", "asking for".
func hasDemand(s string) bool {
	prev := ""
	for _, t := range text.Tokens(s) {
		w := strings.ToLower(t.Text)
		if demandWords[w] || w == "for" && (strings.HasPrefix(prev, "call") || strings.HasPrefix(prev, "ask")) {
			return true
		}
		prev = w
	}
	return false
}

// asksScope reports a question about what something covers: "Which jars
// are affected?", "Which products are recalled?", "Quels produits sont
// concernés ?": "which" or "what", a noun, then a passive.
func asksScope(q string) bool {
	words := strings.Fields(normalizeQuestion(q))
	if len(words) < 4 {
		return false
	}
	switch words[0] {
	case "which", "what", "quel", "quelle", "quels", "quelles":
	default:
		return false
	}
	for i := 2; i+1 < len(words); i++ {
		switch words[i] {
		case "are", "is", "were", "was", "sont", "est":
			next := words[i+1] // a participle: "affected", "concernés"
			return strings.HasSuffix(next, "ed") || strings.HasSuffix(next, "é") || strings.HasSuffix(next, "és") ||
				strings.HasSuffix(next, "ée") || strings.HasSuffix(next, "ées")
		}
	}
	return false
}

// scopeWords are the verbs that say what something covers: "The recall
// covers Brightwell Smooth and Brightwell Crunchy".
var scopeWords = wordSet(`cover covers covered covering include includes included including apply applies
affects concerne concernent comprend comprennent inclut incluent vise visent touche touchent`)

func hasScope(s string) bool {
	for _, t := range text.Tokens(s) {
		if scopeWords[strings.ToLower(t.Text)] {
			return true
		}
	}
	return false
}

// asksNewValue reports a question about a value as it now stands: "What
// is the new interest rate?", "Quel est le nouveau taux ?".
func asksNewValue(q string) bool {
	q = normalizeQuestion(q)
	for _, w := range []string{" new ", " now ", " current ", " nouveau ", " nouvelle ", " nouveaux ", " désormais ", " الجديد ", " الجديدة "} {
		if strings.Contains(q, w) {
			return true
		}
	}
	return false
}

// changedValue finds a value something was changed to: "cut its rate by
// 25 basis points to 3.50 percent", "ramené à 2,9 %", "إلى 3.50"; not
// "voted to keep the rate at 3.75 percent".
var changedValue = regexp.MustCompile(`(?i)(?:\bto|\bà|إلى) (?:about |around |roughly |environ )?[$€£]?\d`)

// newValueWeight lifts a sentence giving the value something was changed
// to, for a question about the new value.
const newValueWeight = 1.5

// unknownCause finds a sentence saying the cause is not known yet, which
// does not answer "What caused the blackout?" however well it matches.
var unknownCause = regexp.MustCompile(`(?i)\b(?:cause|causes|reason)\b[^.]*\b(?:being investigated|under investigation|not (?:yet )?(?:known|clear|been (?:established|determined))|unknown|unclear)|\bcauses?\b[^.]*\b(?:inconnues?|indéterminées?|pas encore (?:connues?|établies?)|fait l'objet d'une enquête)`)

// asksCause reports "What caused …?", "What led to …?", "Qu'est-ce qui a
// provoqué … ?", "ما سبب …؟".
func asksCause(q string) bool {
	q = normalizeQuestion(q)
	for _, p := range []string{" what caused ", " what causes ", " what led to ", " what triggered ", " what is the cause ",
		" what was the cause ", " qu'est-ce qui a provoqué ", " qu'est-ce qui a causé ", " quelle est la cause ", " ما سبب ", " ما هو سبب "} {
		if strings.Contains(q, p) {
			return true
		}
	}
	return false
}

// unknownCauseWeight is what a sentence saying the cause is unknown keeps
// of its score for a question about the cause.
const unknownCauseWeight = 0.35
