package enrich

// The clause around a quotation: where a speaker phrase starts and ends
// when descriptions, titles, auxiliaries and participles sit between the
// name and the speech verb, and which phrases are clauses rather than
// someone ("That's why I always tell my clients:").

// infinitiveVerbs report no speech before "to": "continued to sign up",
// "promised to cut" ("said to reporters" still does).
var infinitiveVerbs = wordSet(`continued continues promised promises vowed vows pledged pledges claimed claims
declared threatened urged`)

// howPutIt reads "was how Ford described it" after a quotation and
// returns the speaker phrase, or nil.
func howPutIt(toks []token, ks []int) []int {
	if len(ks) < 4 || !passiveWords[lower(toks[ks[0]].text)] || lower(toks[ks[1]].text) != "how" {
		return nil
	}
	for v := 3; v < len(ks) && v <= 8; v++ {
		if w := lower(toks[ks[v]].text); speechVerbAt(toks, ks[v]) || w == "described" || w == "put" {
			return trimNP(toks, ks[2:v])
		}
	}
	return nil
}

// notASpeakerPhrase reports words before or after a speech verb that are a
// clause, not someone: "That's why I always tell my clients:", "the
// software as the company continued".
func notASpeakerPhrase(toks []token, np []int) bool {
	for _, k := range np {
		if clauseWords[lower(toks[k].text)] && !toks[k].upper || lower(toks[k].text) == "i" {
			return true
		}
	}
	return false
}

// clauseWords do not occur in a phrase naming someone.
var clauseWords = wordSet(`we you why how what that's it's there's here's that’s it’s there’s here’s as which
because since if than when`)

// speechCommaAt returns the position in ks of the first comma from i that
// a speech verb follows, the end of a description set off by commas, which
// may hold commas of its own ("Dylan Nelson, a fellow at the institute in
// Munich, Germany, and co-author of the study, said"); or -1.
func speechCommaAt(toks []token, ks []int, i int) int {
	for ; i+1 < len(ks) && i < 32; i++ {
		if toks[ks[i]].text != "," {
			continue
		}
		j := i + 1
		for j+1 < len(ks) && j < i+3 && auxWords[lower(toks[ks[j]].text)] {
			j++ // ", has written", ", also said"
		}
		if speechVerbAt(toks, ks[j]) {
			return i
		}
	}
	return -1
}

// speakerAfterLastComma reads the person named between the last comma and
// the speech verb of the words after a quotation, when the quotation sits
// inside a reported sentence ("... is “growing at an alarming rate” and
// affects every community, Noem said") or titles are listed before the
// name ("chairman, CEO and president Craig Menear said"). A phrase that
// names no one is not taken.
func (a *analysis) speakerAfterLastComma(pi int, ks []int, from int) *cluster {
	toks := a.paras[pi].toks
	comma := -1
	for v := from; v < len(ks); v++ {
		switch {
		case toks[ks[v]].text == ",":
			comma = v
		case speechVerbAt(toks, ks[v]) && comma >= 0 && v > comma+1:
			np := trimNP(toks, ks[comma+1:v])
			if len(np) == 0 || len(np) != v-comma-1 {
				return nil // "..., then said": no subject of its own
			}
			if w := lower(toks[np[0]].text); len(np) == 1 && (w == "he" || w == "she") {
				return a.resolvePersonBefore(pi, np[0], pronounGender(w)) // "..., he warned"
			}
			return a.firstPersonIn(pi, np[0], np[len(np)-1])
		}
	}
	return nil
}

// invertedSpeechVerbs attribute a quotation only right after it, before
// their subject ("“…,” comments Johnston"): elsewhere they are nouns.
var invertedSpeechVerbs = wordSet(`comments`)

// clauseStart is the first token of the clause holding ks[v]: after the
// last semicolon or ", but" before it, else the sentence's start. "... a
// fight with Premier Geneviève Lacombe; the Labour Alliance, whose leader,
// Tomas Reyvik, has said only that he is "studying it"", "Trump has been
// eager to withdraw, but General Mark Milley told US media that ...": the
// speaker is named in the verb's own clause.
func clauseStart(toks []token, ks []int, v int) int {
	start := ks[0]
	for i := 0; i < v; i++ {
		switch {
		case toks[ks[i]].text == ";" && i+1 < len(ks):
			start = ks[i+1]
		case i > 0 && i+1 < len(ks) && toks[ks[i-1]].text == "," && clauseConjunctions[lower(toks[ks[i]].text)]:
			start = ks[i+1]
		}
	}
	return start
}

// clauseConjunctions open a clause with a subject of its own after a comma.
var clauseConjunctions = wordSet(`but while whereas`)

// speechParticiples continue a clause into its subject's quotation.
var speechParticiples = wordSet(`saying adding warning noting insisting explaining stressing arguing declaring
telling writing concluding`)

// sentenceStart returns the first token of the sentence holding token k.
func sentenceStart(toks []token, k int) int {
	for k > 0 && toks[k-1].sent == toks[k].sent {
		k--
	}
	return k
}

// sayingSpeaker reads ", saying," or ", warning:" right before a
// quotation: the words are those of the clause's subject ("Hawk Sawyer
// issued a statement about the charges, saying, “...”"), the first person
// it names.
func (a *analysis) sayingSpeaker(pi int, ks []int) *cluster {
	toks := a.paras[pi].toks
	v := len(ks) - 1
	for v >= 0 && !toks[ks[v]].word {
		v--
	}
	if v < 2 || toks[ks[v-1]].text != "," {
		return nil
	}
	if !speechParticiples[lower(toks[ks[v]].text)] {
		return nil
	}
	return a.clauseSubjectIn(pi, clauseStart(toks, ks, v), ks[v-1])
}

// clauseSubjectIn returns the first person or organisation named in
// paragraph pi between tokens k0 and k1 that is no one's owner there:
// "Big Machine has denied Swift's claims, saying" is Big Machine's
// saying, and no one's when only Swift is named. A person is looked for
// as firstPersonIn does when no body comes first.
func (a *analysis) clauseSubjectIn(pi, k0, k1 int) *cluster {
	toks := a.paras[pi].toks
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 < k0 || m.tok0 > k1 || m.quoted || m.cluster < 0 || toks[m.tok1-1].poss {
			continue
		}
		if c := a.clusters[m.cluster]; c.typ == Organization {
			return c
		} else if c.typ == Person {
			return a.firstPersonIn(pi, m.tok0, k1)
		}
	}
	return nil
}

// describedSubject returns the subject of the verb at token verb when it
// is a description of people rather than a name ("The victim's mother
// testified, describing her daughter as “...”", "Aviation analysts called
// it “...”"): a short phrase opening the clause at k0 whose head is a role
// or kin word, with no name the stage knows inside. Else nil. The caller
// resolves it as any speaker phrase ("the minister" may be the one
// minister named).
func (a *analysis) describedSubject(pi, k0, verb int) []int {
	toks := a.paras[pi].toks
	if a.lang != "" && a.lang != "en" || k0 >= verb {
		return nil
	}
	end := k0 // the phrase is toks[k0:end]
	for end < verb && toks[end].word && !speechVerbAt(toks, end) && !auxWords[lower(toks[end].text)] &&
		!passiveWords[lower(toks[end].text)] && end-k0 < 7 {
		end++
	}
	if end == k0 || end-k0 >= 7 || !toks[end].word {
		return nil
	}
	if w := lower(toks[k0].text); !toks[k0].upper && !determiners[w] {
		return nil // "and warned that", "who said"
	}
	head := lower(toks[end-1].text)
	for k := k0 + 1; k < end-1; k++ {
		if lower(toks[k].text) == "of" {
			head = lower(toks[k-1].text) // "the authors of the study"
			break
		}
	}
	posted := postedTo(toks, k0, end)
	if !isRoleWord(head) && !familyWords[head] && !peopleNouns[head] && posted < 0 {
		return nil
	}
	for _, i := range a.byPara[pi] {
		if m := &a.mentions[i]; m.tok0 >= k0 && m.tok0 < end && m.cluster >= 0 && (posted < 0 || m.tok0 < posted) {
			return nil // a name: the stage's own rules read it
		}
	}
	return tokenSpan(k0, end)
}

// postedTo returns where the place begins in a phrase toks[k0:end] that
// ends in a role, a preposition and a capitalised place ("China's
// ambassador to Britain", "officials in Texas"), or -1.
func postedTo(toks []token, k0, end int) int {
	for r := k0; r+2 < end; r++ {
		w := lower(toks[r].text)
		if (isRoleWord(w) || peopleNouns[w]) && placePrepositions[lower(toks[r+1].text)] {
			for k := r + 2; k < end; k++ {
				if !toks[k].upper && !determiners[lower(toks[k].text)] {
					return -1
				}
			}
			return r + 2
		}
	}
	return -1
}

// peopleNouns head a description of the people who speak, besides role
// and kin words: "Prosecutors alleged", "aviation analysts called it".
var peopleNouns = wordSet(`prosecutors investigators police aides critics experts witnesses parents families
residents protesters doctors analysts`)

// roleBeforePlace widens a speaker phrase that the speaker-phrase stops cut
// at a preposition, when what follows it names no person or organisation
// and a role or a word for people stands before it: in "China's ambassador
// to Britain warned" or "Officials in Texas said" the place does not speak;
// the whole phrase does. before are the phrase's tokens up to np. It
// returns nil when np stands as it is ("After the vote Britain said").
func (a *analysis) roleBeforePlace(pi int, before, np []int) []int {
	toks := a.paras[pi].toks
	if a.lang != "" && a.lang != "en" || len(before) < 2 || !placePrepositions[lower(toks[before[len(before)-1]].text)] {
		return nil
	}
	if len(a.subjectsIn(pi, np[0], np[len(np)-1]+1)) > 0 {
		return nil // "a spokesman for the ministry": the ministry speaks through him
	}
	head := lower(toks[before[len(before)-2]].text)
	if !isRoleWord(head) && !peopleNouns[head] {
		return nil
	}
	start := len(before) - 2
	for start > 0 {
		t := toks[before[start-1]]
		if !t.word || npStops[lower(t.text)] && !t.upper {
			break
		}
		start--
	}
	whole := trimNP(toks, append(append([]int(nil), before[start:]...), np...))
	if len(whole) == 0 || len(whole) > 8 {
		return nil
	}
	return whole
}

// placePrepositions tie a role to a place: "ambassador to", "officials in".
var placePrepositions = wordSet(`to in at from`)

// postedSubject reads a sentence's subject that names someone by a post
// and the place it is in or to ("China's ambassador to Britain",
// "Officials in Texas"), opening the sentence at s0 before verb, or nil.
func postedSubject(toks []token, s0, verb int) []int {
	end := s0
	for end < verb && end-s0 < 8 && toks[end].word {
		w := lower(toks[end].text)
		if !toks[end].upper && !determiners[w] && !placePrepositions[w] && !isRoleWord(w) && !peopleNouns[w] {
			break
		}
		end++
	}
	if end == s0 || end >= verb || postedTo(toks, s0, end) < 0 {
		return nil
	}
	return tokenSpan(s0, end)
}
