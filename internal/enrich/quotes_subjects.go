package enrich

import (
	"slices"
	"strings"
)

// subjectOf returns the person or organisation that is the subject of the
// verb at token verb, named between k0 and it: right before the verb, but
// for auxiliaries and one clause set off by commas ("The Ardenian Fiscal
// Council, which vets the forecasts, called them"). A name further back
// ("Brandvold would travel to Velmont, where officials have called the
// talks") is not the subject.
func (a *analysis) subjectOf(pi, k0, verb int) *cluster {
	toks := a.paras[pi].toks
	subjects := a.subjectsIn(pi, k0, verb)
	if len(subjects) == 0 {
		return nil
	}
	if verb > 0 && toks[verb-1].text == "," && strings.HasSuffix(lower(toks[verb].text), "ing") {
		// "Haddad declined to criticise the budget, calling it ...": a
		// participle after a comma shares the main clause's subject,
		// which opens it ("After meeting Joe Biden, Benjamin Netanyahu
		// issued a statement, calling": Netanyahu; "In a letter to
		// Satya Nadella, the union criticised the deal, calling": no one
		// named).
		return a.clauseSubject(toks, k0, verb, subjects)
	}
	// The nearest name whose gap to the verb is auxiliaries, or one
	// clause set off by commas: in "Jonas Erikstad, director of the
	// National Gallery, called" the gallery sits inside the clause.
	for i := len(subjects) - 1; i >= 0; i-- {
		m := subjects[i]
		if m.tok0 > k0 && toks[m.tok0-1].text == "," && m.tok1 < verb && toks[m.tok1].text == "," && gapIsSubjectGap(toks, m.tok1+1, verb) {
			// "A spokesman for Benjamin Netanyahu, Omer Dostri, called":
			// the name set off right before the verb is the subject.
			return a.clusters[m.cluster]
		}
		if commaBetween(toks, m.tok1, verb) && !opensClause(toks, k0, m.tok0) {
			continue // "Biden, who met Isaac Herzog, a longtime friend, called": Herzog sits in the clause
		}
		if gapIsSubjectGap(toks, m.tok1, verb) {
			if describedThrough(toks, tokenSpan(k0, verb), m.tok0) {
				return nil // "The authors of the study in the journal Nature Medicine argued"
			}
			return a.clusters[m.cluster]
		}
	}
	return nil
}

// tokenSpan lists the token indices k0..k1-1.
func tokenSpan(k0, k1 int) []int {
	s := make([]int, 0, max(0, k1-k0))
	for k := k0; k < k1; k++ {
		s = append(s, k)
	}
	return s
}

// subjectsIn lists the mentions of people and organisations between
// tokens k0 and verb, outside quotations.
func (a *analysis) subjectsIn(pi, k0, verb int) []*mention {
	var subjects []*mention
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 >= k0 && m.tok1 <= verb && !m.quoted && m.cluster >= 0 && !a.paras[pi].toks[m.tok1-1].poss { // "Swift's claims": an owner
			if c := a.clusters[m.cluster]; c.typ == Person || c.typ == Organization {
				subjects = append(subjects, m)
			}
		}
	}
	return subjects
}

func commaBetween(toks []token, k, end int) bool {
	for ; k < end; k++ {
		if toks[k].text == "," {
			return true
		}
	}
	return false
}

// opensClause reports whether the name at k opens a clause: only
// capitalised words, roles and articles stand between it and the
// sentence's start or a word that opens a clause ("that Professor Hélène
// Varin", "which the Ardenian Fiscal Council"), not a verb or preposition
// ("who met Israeli President Isaac Herzog", "a spokesman for Benjamin
// Netanyahu").
func opensClause(toks []token, k0, k int) bool {
	for k--; k >= k0; k-- {
		t := toks[k]
		w := lower(t.text)
		switch {
		case t.upper || isRoleWord(w) || w == "the" || w == "a" || w == "an":
		case clauseOpeners[w]:
			return true
		default:
			return false
		}
	}
	return true
}

var clauseOpeners = wordSet(`that which who whom and but while whereas as because where when`)

// clauseSubject returns the name that opens the main clause of the
// sentence starting at k0, after a fronted phrase ("After ..., ") if any,
// or nil when the clause opens with anything else.
func (a *analysis) clauseSubject(toks []token, k0, verb int, subjects []*mention) *cluster {
	start := k0
	if frontedOpeners[lower(toks[k0].text)] {
		for start < verb && toks[start].text != "," {
			start++
		}
		start++
	}
	for _, m := range subjects {
		if m.tok0 < start {
			continue
		}
		if !opensClause(toks, start, m.tok0) {
			return nil // "the union criticised": the subject is no name
		}
		return a.clusters[m.cluster]
	}
	return nil
}

// frontedOpeners begin a phrase set before the main clause: "After
// meeting Joe Biden, ...", "In a letter to ..., ...".
var frontedOpeners = wordSet(`after before in on at during following despite with without as since when while
amid under according by for from upon once`)

// gapIsSubjectGap reports whether toks[k:verb] may stand between a subject
// and its verb: auxiliaries and adverbs ("has repeatedly"), a time ("on
// Tuesday"), brackets ("(D-Calif.)") and clauses set off by commas (",
// 61, the opposition leader,"); a name inside an unclosed clause is not
// the subject.
func gapIsSubjectGap(toks []token, k, verb int) bool {
	for k < verb {
		t := toks[k]
		w := lower(t.text)
		switch {
		case t.text == ",":
			last := k // clauses set off by commas end at the last comma before the verb
			for j := k + 1; j < verb; j++ {
				if toks[j].text == "," {
					last = j
				}
			}
			if last == k {
				return false // no closing comma: the name sits inside the clause
			}
			k = last
		case t.text == "(":
			for k < verb && toks[k].text != ")" {
				k++
			}
			if k == verb {
				return false
			}
		case auxWords[w] || t.word && !t.upper && strings.HasSuffix(w, "ly") || isTimeWord(t.text):
		case (w == "on" || w == "this" || w == "last" || w == "late" || w == "early") && k+1 < verb && isTimeWord(toks[k+1].text):
			k++
		default:
			return false
		}
		k++
	}
	return true
}

// organisationSubjectBefore resolves "they" for a body spoken of in the
// plural, as British copy does: the organisation that opens the sentence
// before the one holding token k ("Big Machine have twice denied doing
// anything wrong. “...,” they said in a statement").
func (a *analysis) organisationSubjectBefore(pi, k int) *cluster {
	toks := a.paras[pi].toks
	pj, sent := pi, toks[k].sent-1
	for sent >= 0 {
		// Skip the sentences of the quotation "they" closes: "“... team.
		// We have no further comment,” they said."
		k0, _ := a.paras[pi].sentenceBounds(sent)
		if k0 < 0 || !toks[k0].quoted && !(k0+1 < len(toks) && toks[k0+1].quoted && !toks[k0].word) {
			break
		}
		sent--
	}
	if sent < 0 {
		if pi == 0 || len(a.paras[pi-1].toks) == 0 {
			return nil
		}
		pj = pi - 1
		pt := a.paras[pj].toks
		sent = pt[len(pt)-1].sent
	}
	k0, _ := a.paras[pj].sentenceBounds(sent)
	if k0 < 0 {
		return nil
	}
	pt := a.paras[pj].toks
	if lower(pt[k0].text) == "the" {
		k0++
	}
	named := -1 // "The company that runs the AMAs, Dick Clark Productions, denies": the name after the description
	for c := k0; c < len(pt) && c < k0+12 && pt[c].sent == pt[k0].sent; c++ {
		if pt[c].text == "," {
			named = c + 1
			break
		}
	}
	for _, i := range a.byPara[pj] {
		m := &a.mentions[i]
		if m.cluster < 0 || a.clusters[m.cluster].typ != Organization {
			continue
		}
		if m.tok0 == k0 || m.tok0 == named && m.tok1 < len(pt) && pt[m.tok1].text == "," {
			return a.clusters[m.cluster]
		}
	}
	return nil
}

// bodySubject is the organisation or place that is the whole subject of
// the verb at token verb, opening the clause at k0 ("Lumio Inc said",
// "The European Union said", "Britain said"): a body or a country speaks
// through its people. Anything else before the verb ("After talks in
// Geneva, Britain said") leaves it to the other rules.
func (a *analysis) bodySubject(pi, k0, verb int) *cluster {
	toks := a.paras[pi].toks
	if k0 < verb && lower(toks[k0].text) == "the" {
		k0++
	}
	end := verb
	for end > k0 && auxWords[lower(toks[end-1].text)] {
		end--
	}
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 != k0 || m.tok1 != end || m.quoted || m.cluster < 0 {
			continue
		}
		if c := a.clusters[m.cluster]; c.typ == Organization || c.typ == Place {
			return c
		}
	}
	return nil
}

// coordinatedSpeakers names two people joined by "and" right before the
// speech verb at token verb ("Ilse Brandvold and Samir Haddad said",
// "Ford and Fry replied"): both speak, so the speaker is both names, and
// no one entity; "" when the subject is not such a pair.
func (a *analysis) coordinatedSpeakers(pi, verb int) string {
	toks := a.paras[pi].toks
	end := verb
	for end > 0 && auxWords[lower(toks[end-1].text)] {
		end--
	}
	var second, first *mention
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.quoted || m.cluster < 0 || a.clusters[m.cluster].typ != Person {
			continue
		}
		if m.tok1 == end {
			second = m
		}
	}
	if second == nil || second.tok0 < 2 || lower(toks[second.tok0-1].text) != "and" {
		return ""
	}
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok1 == second.tok0-1 && !m.quoted && m.cluster >= 0 && a.clusters[m.cluster].typ == Person {
			first = m
		}
	}
	if first == nil || first.cluster == second.cluster {
		return ""
	}
	// "Macron, Scholz and Giorgia Meloni said": the list goes back over
	// commas, each item a person.
	names := []string{a.clusters[second.cluster].name, a.clusters[first.cluster].name}
	for first.tok0 >= 2 && toks[first.tok0-1].text == "," {
		var prev *mention
		for _, i := range a.byPara[pi] {
			m := &a.mentions[i]
			if m.tok1 == first.tok0-1 && !m.quoted && m.cluster >= 0 && a.clusters[m.cluster].typ == Person {
				prev = m
			}
		}
		if prev == nil {
			return "" // "In Paris, Macron and Scholz said" is read by the other rules
		}
		first = prev
		names = append(names, a.clusters[first.cluster].name)
	}
	if k := first.tok0 - 1; k >= 0 && toks[k].sent == toks[first.tok0].sent && toks[k].word && !determiners[lower(toks[k].text)] {
		return "" // "met with Ford and Fry said": the pair is no subject
	}
	slices.Reverse(names)
	if len(names) == 2 {
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
