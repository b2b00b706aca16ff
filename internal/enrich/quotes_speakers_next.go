package enrich

import "strings"

// thatWasSpeaker reads a sentence after a quotation that names its speaker
// without a speech verb: "“If a task can be done on your machine, it is
// done on your machine.” That was Maud Terheide, Lumio's chief product
// officer." It returns the person named right after "That was" (or "That
// is", "Those were the words of"), else nil.
func (a *analysis) thatWasSpeaker(pi, k0, k1 int) *cluster {
	toks := a.paras[pi].toks
	var lead []string
	for k := k0; k <= k1 && k < len(toks) && len(lead) < 5; k++ {
		lead = append(lead, lower(toks[k].text))
		if len(lead) < 2 {
			continue
		}
		switch strings.Join(lead, " ") {
		case "that was", "that is", "that's", "this was", "those were the words of", "so said":
			return a.personStartingAt(pi, k+1)
		}
	}
	return nil
}

// personStartingAt returns the person whose mention starts at token k.
func (a *analysis) personStartingAt(pi, k int) *cluster {
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 == k && m.cluster >= 0 && a.clusters[m.cluster].typ == Person {
			return a.clusters[m.cluster]
		}
	}
	return nil
}

// describedSubjectBefore is the unnamed person a pronoun at token k stands
// for when the sentence before it, in its paragraph, opens with one
// described by role and names no one: "The manager of one Osterland-owned
// distribution centre was blunt. “We will offer courses ...,” he said."
// It returns the description as written, or "".
func (a *analysis) describedSubjectBefore(pi, k int) string {
	p := &a.paras[pi]
	toks := p.toks
	if a.lang != "" && a.lang != "en" || k >= len(toks) {
		return ""
	}
	// The sentence before the quotation the pronoun follows.
	j := k - 1
	for j >= 0 && (toks[j].quoted || !toks[j].word) {
		j--
	}
	if j < 0 {
		return ""
	}
	k0, k1 := p.sentenceBounds(toks[j].sent)
	if k0 < 0 || anyQuoted(toks, k0, k1) || a.firstPersonIn(pi, k0, k1) != nil {
		return ""
	}
	switch lower(toks[k0].text) {
	case "the", "a", "an", "one":
	default:
		return ""
	}
	role := false
	for j := k0 + 1; j <= k1 && j-k0 <= 12; j++ {
		w := lower(toks[j].text)
		if describedSubjectEnds[w] || !toks[j].word && w != "-" && w != "‑" {
			if !role {
				return ""
			}
			return p.text[toks[k0].start:toks[j-1].end]
		}
		role = role || lowerRoles[w] || len(w) > 1 && lowerRoles[strings.TrimSuffix(w, "s")]
	}
	return ""
}

// describedSubjectEnds are the words that end a sentence's subject.
var describedSubjectEnds = wordSet(`was is were are had has said says told who which would will could`)

// arabicRoleAnaphor resolves a definite role noun standing alone as the
// speaker ("يقول المزارع", "وقال السفير") to the person last named before
// it in its paragraph, of the noun's sex: Arabic news copy uses the role
// as a pronoun for the person it has just introduced ("يقف سالم الدباغ
// ... «...»، يقول المزارع"). A person introduced with another role is not
// taken for it.
func (a *analysis) arabicRoleAnaphor(pi, k0 int, words []string) *cluster {
	if a.lang != "" && a.lang != "ar" || len(words) != 1 {
		return nil
	}
	w := arabicStripConj(words[0])
	bare, ok := strings.CutPrefix(w, "ال")
	if !ok || !arabicRoles[w] {
		return nil
	}
	want := masculine
	if strings.HasSuffix(bare, "ة") {
		want = feminine
	}
	ms := a.byPara[pi]
	for j := len(ms) - 1; j >= 0; j-- {
		m := &a.mentions[ms[j]]
		if m.tok0 >= k0 || m.quoted || m.cluster < 0 {
			continue
		}
		c := a.clusters[m.cluster]
		if c.typ != Person {
			continue
		}
		if !a.fitsPronoun(c, want) || c.title != "" && c.title != bare && c.title != w {
			return nil
		}
		return c
	}
	return nil
}
