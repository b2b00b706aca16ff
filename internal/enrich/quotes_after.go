package enrich

import "strings"

// The speaker after a quotation: "…," said X; "…," X said; "…,"
// according to X; and a signature after a dash, on the quotation's line
// or the next.

// speakerAfter matches "said X", "X said" and "according to X" in the
// tokens following a quotation of words words.
func (a *analysis) speakerAfter(pi int, ks []int, words int) (string, string, bool) {
	toks := a.paras[pi].toks
	for len(ks) > 0 && !toks[ks[0]].word {
		ks = ks[1:]
	}
	if len(ks) == 0 {
		return "", "", false
	}
	w0 := lower(toks[ks[0]].text)
	// French inversion: "a-t-il ajouté", "explique-t-elle", "dit-il",
	// "sourit-elle"; then "a déclaré X".
	if strings.HasSuffix(w0, "-t-il") || strings.HasSuffix(w0, "-t-elle") || frenchInvertedSpeech(w0) {
		sp, ky := a.resolvePronoun(pi, ks[0])
		return sp, ky, sp != ""
	}
	if w0 == "a" && len(ks) > 1 && speechVerbAt(toks, ks[1]) {
		ks, w0 = ks[1:], lower(toks[ks[1]].text)
	}
	if np := howPutIt(toks, ks); len(np) > 0 {
		sp, ky := a.resolveNP(pi, np)
		return sp, ky, sp != ""
	}
	if speechVerbAt(toks, ks[0]) || invertedSpeechVerbs[w0] {
		np := npAfter(toks, ks[1:])
		if len(np) > 0 {
			if c := a.nameAfterComma(pi, np[len(np)-1]+1); c != nil {
				return c.name, EntityKey(c.typ, c.name), true // "said its president, Margaret Doyle-Aubin,"
			}
			if whole := documentIssuer(toks, np, ks[1+len(np):]); whole != nil {
				noun := np[len(np)-1]
				if !documentNouns[lower(toks[noun].text)] {
					noun = np[len(np)-2] // "the letter signed"
				}
				if c := a.issuerAt(pi, noun); c != nil {
					return c.name, EntityKey(c.typ, c.name), true // "said a report from Kotak Institutional Equities"
				}
				np = whole // "says the letter signed by seven physicians"
			}
			sp, ky := a.resolveNP(pi, np)
			return sp, ky, true
		}
	}
	// The speaker phrase may be set off from its verb by one clause
	// between commas: "Aas, 58, said", "Anna Kowalski, a spokeswoman for
	// the ministry, said", "the defendant, Scott Peterson, told".
	end := -1
	var clause []int
	for v := 0; v < len(ks); v++ {
		t := toks[ks[v]]
		if !t.word {
			if t.text == "," && v > 0 {
				if w := speechCommaAt(toks, ks, v+1); end < 0 && w > 0 {
					end, clause = v, ks[v+1:w]
					v = w
					continue
				}
				if c := a.speakerAfterLastComma(pi, ks, v); c != nil && words >= minQuoteWords {
					return c.name, EntityKey(c.typ, c.name), true
				}
				break
			}
			continue
		}
		if !speechVerbAt(toks, ks[v]) || v == 0 || v+1 < len(ks) && infinitiveVerbs[lower(toks[ks[v]].text)] && lower(toks[ks[v+1]].text) == "to" {
			continue // not "the company continued to sign up subscribers"
		}
		if end < 0 {
			end = v
		}
		np := trimNP(toks, ks[:end])
		if len(np) == 0 || passiveWords[lower(toks[np[len(np)-1]].text)] || notASpeakerPhrase(toks, np) {
			break
		}
		if both := a.coordinatedSpeakers(pi, ks[v]); both != "" && end == v {
			return both, "", true // "“...,” Ilse Brandvold and Samir Haddad said"
		}
		sp, ky := a.resolveNP(pi, np)
		if ky == "" && len(clause) > 0 {
			if c := a.firstPersonIn(pi, clause[0], clause[len(clause)-1]); c != nil {
				return c.name, EntityKey(c.typ, c.name), true // the name in the clause, not "the defendant"
			}
		}
		return sp, ky, true
	}
	// Only near the quotation: further on, "according to" sources a
	// clause of its own ("..., a phrase that, according to two officials,
	// was agreed").
	if np := accordingTo(toks, ks[:min(len(ks), 16)]); len(np) > 0 {
		sp, ky := a.resolveNP(pi, np)
		return sp, ky, true
	}
	return "", "", false
}

// nameAfterComma returns the person named right after a comma at token k
// of paragraph pi: the name a description gives ("its president,
// Margaret Doyle-Aubin"), or nil.
func (a *analysis) nameAfterComma(pi, k int) *cluster {
	toks := a.paras[pi].toks
	if k+1 >= len(toks) || toks[k].text != "," {
		return nil
	}
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 != k+1 || m.cluster < 0 || a.clusters[m.cluster].typ != Person {
			continue
		}
		// The name must close the apposition: not "the minister, Karl
		// Berg's rival," nor "l'entraîneur, Karl Berg étant blessé".
		if toks[m.tok1-1].poss || m.tok1 < len(toks) && !appositionEnds[toks[m.tok1].text] {
			return nil
		}
		return a.clusters[m.cluster]
	}
	return nil
}

var appositionEnds = wordSet(`, . ; : ) —`)

// signature reads a pull quote signed after a dash: "“...”—Helena Marsk".
func (a *analysis) signature(pi int, ks []int) (string, string, bool) {
	toks := a.paras[pi].toks
	if len(ks) < 2 || !isDash(toks[ks[0]].text) || !toks[ks[1]].upper {
		return "", "", false
	}
	np := npAfter(toks, ks[1:])
	if len(np) == 0 {
		return "", "", false
	}
	sp, ky := a.resolveNP(pi, np)
	if !strings.HasPrefix(ky, string(Person)+":") && !strings.HasPrefix(ky, string(Organization)+":") {
		return "", "", false // "—The Long Corridor": a book cites itself
	}
	return sp, ky, true
}

// signatureBelow reads a quotation that is a paragraph of its own, signed
// on the next line after a dash, as reviews and testimonials are: "“The
// show was really great.”" then "– Man**". The signature is a person's
// name or a masked one of one to four words; "— The Long Corridor" is a
// work, "- Reuters" a credit and "— Dhaka, Bangladesh" a place.
func (a *analysis) signatureBelow(pi int, q rawQuote, after []int) (string, string, bool) {
	toks := a.paras[pi].toks
	for _, k := range after {
		if toks[k].word {
			return "", "", false // words follow the quotation in its own paragraph
		}
	}
	if q.tokStart != 1 || pi+1 >= len(a.paras) {
		return "", "", false
	}
	next := &a.paras[pi+1]
	nt := next.toks
	if len(nt) < 2 || !isDash(nt[0].text) {
		return "", "", false
	}
	words := 0
	for _, t := range nt[1:] {
		if !t.word {
			if t.text == "*" || t.text == "," || t.text == "." {
				continue
			}
			return "", "", false
		}
		if words++; words > 4 || !t.upper || words == 1 && determiners[lower(t.text)] {
			return "", "", false
		}
	}
	if words == 0 {
		return "", "", false
	}
	sig := strings.TrimSpace(next.text[nt[1].start:])
	np := make([]int, 0, words)
	for k := 1; k < len(nt); k++ {
		if nt[k].word {
			np = append(np, k)
		}
	}
	if sp, ky := a.resolveNP(pi+1, np); strings.HasPrefix(ky, string(Person)+":") {
		return sp, ky, true
	}
	if strings.Contains(sig, "*") {
		return strings.TrimRight(sig, ",. "), "", true // a reviewer's masked name: "Man**"
	}
	return "", "", false // "- Reuters", "— Dhaka, Bangladesh": a credit or a place
}

func isDash(s string) bool { return s == "—" || s == "–" || s == "―" || s == "-" || s == "--" }
