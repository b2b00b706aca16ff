package enrich

import "unicode"

// documentNouns name a text that speaks for whoever issued it: "“…,” the
// statement read", "the letter says".
var documentNouns = wordSet(`statement letter note memo email e-mail message notice release filing ruling
judgment judgement report post tweet`)

// documentReadingVerbs attribute a quotation only with a document noun as
// their subject: "the statement read", not "she read".
var documentReadingVerbs = wordSet(`read reads`)

// readByDocument reports "read" or "reads" at token k after a document
// noun ("the statement read").
func readByDocument(toks []token, k int) bool {
	return documentReadingVerbs[lower(toks[k].text)] && k > 0 && documentNouns[lower(toks[k-1].text)]
}

// documentAuthor returns who issued the document that np names ("the
// statement", "a letter"): the person or organisation the statement came
// from in the sentence that last mentioned that kind of document, in this
// paragraph before the phrase or in the two before it ("Lumio said in a
// statement …", "a letter from Hanna Berg", "the ministry's statement").
// It is nil when the phrase is not a bare document noun or the issuer is
// not named.
func (a *analysis) documentAuthor(pi int, np []int) *cluster {
	toks := a.paras[pi].toks
	words := np
	if len(words) == 2 && determiners[lower(toks[words[0]].text)] {
		words = words[1:]
	}
	if len(words) != 1 || !documentNouns[lower(toks[words[0]].text)] {
		return nil
	}
	noun := lower(toks[words[0]].text)
	for pj := pi; pj >= 0 && pj >= pi-2; pj-- {
		pt := a.paras[pj].toks
		end := len(pt)
		if pj == pi {
			end = np[0]
		}
		for k := end - 1; k >= 0; k-- {
			if lower(pt[k].text) != noun || pt[k].quoted {
				continue
			}
			return a.issuerAt(pj, k)
		}
	}
	return nil
}

// issuerAt names the issuer of the document noun at token k of paragraph
// pi: the name after "from" or "by" ("a statement from Lumio"), an owner
// before it ("Lumio's statement"), or the first person or organisation of
// its sentence before it when a verb of saying or issuing comes between
// ("Lumio said in a statement", "the ministry issued a statement", not
// "Reyvik criticised the report").
func (a *analysis) issuerAt(pi, k int) *cluster {
	toks := a.paras[pi].toks
	sent := toks[k].sent
	var subject, owner, from *cluster
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.cluster < 0 || m.quoted || toks[m.tok0].sent != sent {
			continue
		}
		c := a.clusters[m.cluster]
		if c.typ != Person && c.typ != Organization {
			continue
		}
		switch {
		case m.tok1 == k && toks[m.tok1-1].poss:
			owner = c
		case m.tok0 == k+2 && issuerPrepositions[lower(toks[k+1].text)] ||
			m.tok0 == k+3 && issuerPrepositions[lower(toks[k+1].text)] && lower(toks[k+2].text) == "the",
			m.tok0 == k+3 && issuingVerbs[lower(toks[k+1].text)] && lower(toks[k+2].text) == "by": // "a letter signed by Hanna Berg"
			from = c
		case m.tok1 <= k && subject == nil && issuedBetween(toks, m.tok1, k):
			subject = c
		}
	}
	switch {
	case from != nil:
		return from
	case owner != nil:
		return owner
	}
	return subject
}

// issuerPrepositions name a document's issuer after it: "a letter from
// Hanna Berg", "a report by the Fraser Institute".
var issuerPrepositions = wordSet(`from by`)

// issuingVerbs put out a document: "issued a statement".
var issuingVerbs = wordSet(`issued issues released releases published publishes sent sends put posted posts
wrote writes signed signs`)

// issuedBetween reports a verb of saying or issuing among tokens k0..k1-1.
func issuedBetween(toks []token, k0, k1 int) bool {
	for k := k0; k < k1; k++ {
		if speechVerbAt(toks, k) || issuingVerbs[lower(toks[k].text)] {
			return true
		}
	}
	return false
}

// documentIssuer widens a speaker phrase read after a speech verb that is
// a document ("said a report", "says the letter signed") to the issuer the
// text names next: "a report from Kotak Institutional Equities", "the
// letter signed by seven physicians". rest are the tokens after the
// phrase. It returns nil when the phrase is no document or names no one
// after it.
func documentIssuer(toks []token, np, rest []int) []int {
	last := lower(toks[np[len(np)-1]].text)
	if issuingVerbs[last] && len(np) >= 2 {
		last = lower(toks[np[len(np)-2]].text)
	}
	if !documentNouns[last] || len(rest) < 2 || !issuerPrepositions[lower(toks[rest[0]].text)] {
		return nil
	}
	next := toks[rest[1]]
	if !next.upper && !unicode.IsDigit(runeAt(next.text, 0)) && !numberWordsEn[lower(next.text)] && !(determiners[lower(next.text)] && len(rest) > 2 && toks[rest[2]].upper) {
		return nil // "a report from last year": when, not whose
	}
	whole := append(append([]int(nil), np...), rest[0])
	for _, k := range rest[1:] {
		if !toks[k].word || len(whole) >= len(np)+6 || npStops[lower(toks[k].text)] && !toks[k].upper {
			break
		}
		whole = append(whole, k)
	}
	if len(whole) == len(np)+1 {
		return nil
	}
	return whole
}

// numberWordsEn count the people a document is signed by: "seven
// physicians".
var numberWordsEn = wordSet(`two three four five six seven eight nine ten eleven twelve dozens hundreds thousands several`)
