package enrich

import "strings"

// Pronouns: who "he", "she" and "they" stand for, read from the sentences
// before them. A subject outranks an owner, an owner a name in a clause
// set before the main one, and any of them a name after a preposition.

// resolvePronoun takes the pronoun (or pronoun-bearing verb) at token k
// to be the last person named outside quotations before it, looking back
// at most two paragraphs, of the pronoun's sex when both are known: in
// "Mayor Owen Castellane met Prime Minister Helena Marsk. "…," he told
// the crowd", he is Castellane.
func (a *analysis) resolvePronoun(pi, k int) (string, string) {
	c := a.resolvePersonBefore(pi, k, pronounGender(a.paras[pi].toks[k].text))
	if c == nil {
		return a.describedSubjectBefore(pi, k), ""
	}
	return c.name, EntityKey(c.typ, c.name)
}

// resolvePersonBefore is the last person named outside quotations before
// token k of paragraph pi, within two paragraphs back, of sex want when
// both are known. A person named as a subject is preferred to one named
// after a preposition or as an owner, whom a pronoun seldom stands for: in
// "Zoghlin, Carlineo's attorney, said her client meant no harm to Omar.
// "…," she said", she is Zoghlin; in "Carlineo made a call to Omar's
// office, in which he said", he is Carlineo.
func (a *analysis) resolvePersonBefore(pi, k int, want gender) *cluster {
	// Within the nearest sentence that names someone fitting, the
	// candidates rank: a subject (the sentence's first name in its main
	// clause; later ones sit in its clauses: in "Figgins declined to
	// address whether Thomas slept on the night Epstein died. “…,” he
	// said", he is Figgins), then the owner opening the sentence (see
	// openingOwner), then a name in a clause set before the main one
	// ("Hours after Governor Jay Pritzker criticised the plan, Mayor
	// Brandon Johnson defended his budget"). An oblique name anywhere is
	// the last resort.
	const (
		rankSubject = iota
		rankOwner
		rankFronted
		rankNone
	)
	var oblique, best *cluster
	bestRank, bestSent := rankNone, -1
	for p := pi; p >= 0 && p >= pi-2; p-- {
		ms := a.byPara[p]
		for j := len(ms) - 1; j >= 0; j-- {
			m := &a.mentions[ms[j]]
			if p == pi && m.tok0 >= k || m.quoted || m.cluster < 0 {
				continue
			}
			c := a.clusters[m.cluster]
			if c.typ != Person || !a.fitsPronoun(c, want) {
				continue
			}
			sent := a.paras[p].toks[m.tok0].sent
			if best != nil && sent != bestSent {
				return best
			}
			rank := rankNone
			switch {
			case a.openingOwner(m):
				rank = rankOwner
			case a.obliqueMention(m):
			case a.inFrontedClause(m) || inRelativeClause(a.paras[p].toks, m.tok0):
				rank = rankFronted
			default:
				rank = rankSubject
			}
			if rank == rankNone {
				if oblique == nil {
					oblique = c
				}
				continue
			}
			// Walking backwards, an equal rank earlier in the sentence wins.
			if rank <= bestRank {
				best, bestRank, bestSent = c, rank, sent
			}
		}
		if best != nil {
			return best
		}
	}
	return oblique
}

// inFrontedClause reports a name in a clause or phrase set before its
// sentence's main clause: the sentence opens with a subordinator or a
// preposition ("Hours after", "Like", "When", "Despite") and the name
// stands before the comma that ends it.
func (a *analysis) inFrontedClause(m *mention) bool {
	toks := a.paras[m.para].toks
	s0 := m.tok0
	for s0 > 0 && s0 > m.tok0-30 && toks[s0-1].sent == toks[m.tok0].sent {
		s0--
	}
	if s0 > 0 && toks[s0-1].sent == toks[m.tok0].sent {
		return false // deep in a long sentence: no clause set before it
	}
	opener := false
	for k := s0; k < m.tok0 && k < s0+3; k++ {
		if w := lower(toks[k].text); frontedOpeners[w] || frontedComparisons[w] {
			opener = true
			break
		}
	}
	if !opener {
		return false
	}
	for k := m.tok1; k < len(toks) && k < m.tok1+30 && toks[k].sent == toks[m.tok0].sent; k++ {
		if toks[k].text == "," {
			return true
		}
		if speechVerbAt(toks, k) {
			return false
		}
	}
	return false
}

// inRelativeClause reports a name after a relative pronoun of its
// sentence: "Big Machine, which was bought by a company owned by Scooter
// Braun" names Braun in the label's clause, not as the sentence's subject.
func inRelativeClause(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-30 && toks[j].sent == toks[k].sent; j-- {
		switch lower(toks[j].text) {
		case "which", "who", "whom", "whose":
			return true
		}
	}
	return false
}

// frontedComparisons also open a phrase or clause set before the main
// clause (see frontedOpeners): "Like Harry Kane before him, ...".
var frontedComparisons = wordSet(`like unlike although though until if because hours days weeks months years`)

// openingOwner reports an owner that opens its sentence: the subject's
// owner, whom the next sentence's pronoun is about ("Taylor Swift's first
// six albums were released through Big Machine, which was bought by
// Scooter Braun. She described this as ...": she is Swift).
func (a *analysis) openingOwner(m *mention) bool {
	toks := a.paras[m.para].toks
	return m.tok1 > m.tok0 && toks[m.tok1-1].poss && (m.tok0 == 0 || toks[m.tok0-1].sent != toks[m.tok0].sent)
}

// obliquePrepositions put the name after them out of subject position.
var obliquePrepositions = map[string]map[string]bool{
	"en": wordSet(`to of for with against from at about toward towards than by`),
	"fr": wordSet(`à de d' d’ pour avec contre chez par envers`),
}

// obliqueMention reports a mention that is no subject: an owner ("Omar's
// office") or the object of a preposition ("harm to Omar"), the title
// before the name aside ("to Rep. Ilhan Omar").
func (a *analysis) obliqueMention(m *mention) bool {
	toks := a.paras[m.para].toks
	if m.tok1 > m.tok0 && toks[m.tok1-1].poss {
		return true
	}
	lang := a.lang
	if lang == "" {
		lang = "en" // as the speech verbs read an undetected language
	}
	preps := obliquePrepositions[lang]
	if preps == nil {
		return false
	}
	k := m.tok0 - 1
	for k >= 0 && toks[k].word && (toks[k].upper || isRoleWord(lower(toks[k].text))) && toks[k].sent == toks[m.tok0].sent {
		k-- // a title or role: "to Rep. Ilhan Omar", "told analyst Tom Ruud"
	}
	if k < 0 || toks[k].sent != toks[m.tok0].sent {
		return false
	}
	if toks[k].text == "," && (m.tok1 >= len(toks) || !toks[m.tok1].word || toks[m.tok1].sent != toks[m.tok0].sent) {
		// A name set off after a description, closing it, stands where the
		// description does: "She gave me an address for Ford's sister,
		// Martha Fry." ("Back at the terminal, Voss had given up" is a
		// subject.)
		j := k - 1
		for j >= 0 && j > k-5 && toks[j].word && toks[j].sent == toks[m.tok0].sent && !preps[lower(toks[j].text)] &&
			!(lang == "en" && objectVerb(lower(toks[j].text))) && (toks[j].poss || !toks[j].upper || determiners[lower(toks[j].text)]) {
			j--
		}
		k = j
		if k < 0 || k == m.tok0-2 || !toks[k].word || toks[k].sent != toks[m.tok0].sent {
			return false
		}
	}
	w := lower(toks[k].text)
	return preps[w] || lang == "en" && objectVerb(w)
}

// objectVerb reports an English verb whose object the name after it would
// be: "Cook told Benioff", "he emailed Gaiman". Past forms in -ed count,
// but not those that describe the person who follows ("retired General
// Milley", "newly elected Mayor Okafor"), nor speech verbs, whose name
// after them is the speaker ("…," said Tom).
func objectVerb(w string) bool {
	if objectVerbs[w] {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed") && !describingParticiples[w] && !speechVerbs[w] && !quoteVerbs[w] && !isRoleWord(w)
}

var objectVerbs = wordSet(`told tell tells telling met meet meets meeting asked ask asks asking called call calls
thanked thank urged urge warned warn sent gave give gives beat beats hired fired replaced sued visited
joined invited interviewed phoned texted emailed messaged contacted accused blamed praised criticised
criticized defeated endorsed named appointed succeeded`)

var describingParticiples = wordSet(`retired renowned celebrated acclaimed respected esteemed beloved embattled
disgraced elected newly reelected re-elected talented unnamed detained jailed imprisoned indicted convicted
alleged suspected wanted injured wounded killed deceased departed married engaged
divorced widowed qualified certified licensed registered trained seasoned experienced`)
