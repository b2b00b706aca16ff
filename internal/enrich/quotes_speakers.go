package enrich

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// resolveNP names the speaker in toks[np]: a person entity inside the
// phrase, an organisation that is the whole phrase, a pronoun resolved to
// the last named person, "the minister" matched to the one person with that
// title; otherwise the phrase as written.
func (a *analysis) resolveNP(pi int, np []int) (string, string) {
	p := &a.paras[pi]
	toks := p.toks
	k0, k1 := np[0], np[len(np)-1]+1
	if len(np) == 1 {
		switch lower(toks[k0].text) {
		case "he", "she", "il", "elle":
			return a.resolvePronoun(pi, k0)
		case "they":
			if c := a.organisationSubjectBefore(pi, k0); c != nil {
				return c.name, EntityKey(c.typ, c.name)
			}
			return "", ""
		case "we", "i", "it", "you", "ils", "elles", "on", "nous", "je", "this", "that", "who":
			return "", ""
		}
	}
	if isLawClause(toks, np) {
		return "", "" // "Section 58 declares": a text, not a speaker
	}
	if c := a.documentAuthor(pi, np); c != nil {
		return c.name, EntityKey(c.typ, c.name) // "the statement read": whoever issued it
	}
	for _, i := range a.byPara[pi] {
		// The phrase stopped at a name's "for" or "of" ("... by the Centre
		// for Economic Policy Research concluded"): the whole name speaks.
		if m := &a.mentions[i]; m.tok0 < k0 && m.tok1 > k0 && m.tok1 <= k1 && m.cluster >= 0 {
			k0 = m.tok0
		}
	}
	var org *cluster
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 < k0 || m.tok1 > k1 || m.cluster < 0 {
			continue
		}
		c := a.clusters[m.cluster]
		if c.typ == Person {
			if proxy, ok := a.proxySpeaker(pi, np, m.tok0, m.tok1); ok {
				return proxy, ""
			}
			if describedThrough(toks, np, m.tok0) {
				continue
			}
			return c.name, EntityKey(c.typ, c.name)
		}
		if c.typ == Organization {
			org = c
		}
	}
	words := make([]string, 0, len(np))
	for _, k := range np {
		words = append(words, lower(toks[k].text))
	}
	if org != nil {
		// Only when the organisation is the whole phrase: "the ministry" is
		// a speaker, "a ministry official" is not the ministry.
		bare := words
		if bare[0] == "the" {
			bare = bare[1:]
		}
		if len(bare) > 0 && strings.EqualFold(strings.Join(bare, " "), org.name) || a.isFormOf(org, bare) {
			return org.name, EntityKey(org.typ, org.name)
		}
	}
	if len(words) == 2 && (words[0] == "the" || words[0] == "le" || words[0] == "la") {
		if c := a.uniqueTitled(words[1]); c != nil {
			return c.name, EntityKey(c.typ, c.name)
		}
	}
	if role := describedRole(words); role != "" {
		gender := ""
		if words[0] == "le" || words[0] == "la" {
			gender = words[0] // "la ministre" is not "le ministre"
		}
		if c := a.describedPerson(role, gender, pi, toks[k0].sent); c != nil {
			return c.name, EntityKey(c.typ, c.name)
		}
		if c := a.rolePerson(role); c != nil {
			return c.name, EntityKey(c.typ, c.name)
		}
		if c := a.roleAnaphor(words[0], role, pi, k0); c != nil {
			return c.name, EntityKey(c.typ, c.name)
		}
	}
	if c := a.describedRelative(pi, k0, words); c != nil && !slices.ContainsFunc(np, func(k int) bool { return toks[k].poss }) {
		// "the grandmother of five" is the woman just named; "the
		// victim's mother" is someone else's.
		return c.name, EntityKey(c.typ, c.name)
	}
	if a.lang == "ar" && !arabicDescriptive(words[0]) {
		return "", "" // "لـ«المنارة»", "لكنها": a particle, not a speaker
	}
	if c := a.arabicRoleAnaphor(pi, k0, words); c != nil {
		return c.name, EntityKey(c.typ, c.name)
	}
	return p.text[toks[k0].start:toks[k1-1].end], ""
}

// roleAnaphor resolves a French role noun after "la" or "le" that no one
// was introduced by, when the headline is about someone of that role
// ("Batterie au sodium : une chercheuse de Saint-Aubert derrière une
// avancée", then "explique la chercheuse"): news copy uses the noun as a
// pronoun for the article's subject, the person last named, so it is that
// person when the article tells their sex and it is the article's. Without
// the headline a role noun may be anyone ("Le patron salue Bernard Lavoie.
// … a expliqué le directeur").
func (a *analysis) roleAnaphor(det, role string, pi, k0 int) *cluster {
	want := map[string]gender{"la": feminine, "le": masculine}[det]
	if a.lang != "fr" || want == genderUnknown || !containsWords(lower(a.title), role) {
		return nil
	}
	if c := a.resolvePersonBefore(pi, k0, want); c != nil && a.genderOf(c) == want {
		return c
	}
	return nil
}

// describedRelative resolves a description by family or age that news
// copy uses for the person just named ("One of them belonged to Doreen
// Pike. … “It's the second time,” the grandmother of five told the
// Lantern.", "the 71-year-old said"): the last person named before it, of
// its sex when the word tells it, as a pronoun would be.
func (a *analysis) describedRelative(pi, k0 int, words []string) *cluster {
	if len(words) < 2 || words[0] != "the" {
		return nil
	}
	want, ok := genderUnknown, false
	for _, w := range words[1:] {
		if g, kin := genderedWords[w]; kin && familyWords[w] {
			want, ok = g, true
		}
		if strings.HasSuffix(w, "-year-old") {
			ok = true
		}
	}
	if !ok {
		return nil
	}
	return a.resolvePersonBefore(pi, k0, want)
}

// familyWords describe someone by family: "the grandmother of five".
var familyWords = wordSet(`mother father grandmother grandfather son daughter widow widower wife husband
sister brother aunt uncle`)

// arabicDescriptive reports a word that can open a speaker's description:
// a role or a word for people or bodies ("المزارع", "مسؤول كبير",
// "الوزارة"); not "وأعلنت استئناف المفاوضات" (it announced the talks'
// resumption), nor a particle ("لـ") or a function word with a pronoun
// ("لكنها").
func arabicDescriptive(w string) bool {
	w = arabicStripConj(w)
	bare := strings.TrimPrefix(w, "ال")
	return arabicRoles[w] || arabicRoles[bare] || arabicSpeakerNouns[bare] || arabicOrgHeads[w]
}

func (a *analysis) isFormOf(c *cluster, words []string) bool {
	s := strings.Join(words, " ")
	for f := range c.forms {
		if strings.EqualFold(f, s) {
			return true
		}
	}
	return false
}

// uniqueTitled is the one person given this title in the document, if
// exactly one was.
func (a *analysis) uniqueTitled(title string) *cluster {
	return a.titled[title]
}

// describedThrough reports a name inside a phrase whose head is a common
// noun, after a preposition: "the authors of the study published in the
// journal Nature Medicine", "supporters of Tomas Reyvik". The phrase's
// head speaks, not the name.
func describedThrough(toks []token, np []int, k int) bool {
	first, head := toks[np[0]], lower(toks[np[0]].text)
	// a common noun or determiner heads it, capitalised at most by its
	// place: "Supporters of Tomas Reyvik", not "Minister of Finance Ilse Brandvold"
	common := determiners[head] || !first.upper || first.sentStart && len(np) > 1 && !toks[np[1]].upper
	if !common || isRoleWord(head) || k == np[0] {
		return false
	}
	j, nouns := k-1, 0
	for j > np[0] && toks[j].word && !reportedClauseStops[lower(toks[j].text)] {
		w := lower(toks[j].text)
		if !toks[j].upper && !isRoleWord(w) && !determiners[w] {
			if nouns++; nouns > 2 {
				return false
			}
		}
		j-- // "in the journal Nature Medicine", "for Prime Minister Marsk"
	}
	if j <= np[0] || !reportedClauseStops[lower(toks[j].text)] {
		return false
	}
	return !isRoleWord(lower(toks[j-1].text)) // "the Minister of Finance Ilse Brandvold" is a title
}

var determiners = wordSet(`the a an`)

// firstPersonIn is the first person named outside quotations between
// tokens k0 and k1 of paragraph pi, but for names that only describe
// the phrase's head ("the authors of a study in the journal Nature
// Medicine"; see describedThrough).
func (a *analysis) firstPersonIn(pi, k0, k1 int) *cluster {
	toks := a.paras[pi].toks
	var span []int
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 < k0 || m.tok0 > k1 || m.quoted || m.cluster < 0 {
			continue
		}
		if c := a.clusters[m.cluster]; c.typ == Person {
			if span == nil {
				span = tokenSpan(k0, k1+1)
			}
			if !describedThrough(toks, span, m.tok0) && !speaksThroughAgent(toks, m.tok1) {
				return c
			}
		}
	}
	return nil
}

// contextSpeaker attributes a quotation with no speaker in its own
// sentence: to the person the previous sentence is about ("Reyvik was
// scathing. "This budget ...""), or to the speaker of the quotation just
// before it, which news copy does not repeat.
func (a *analysis) contextSpeaker(pi int, q rawQuote, lastSpoken *rawQuote, prevPara []rawQuote) (string, string) {
	if a.lang != "de" && allCapitalised(q.text) {
		return "", "" // a sign, a title or a slogan: "« Bélanger & Fils – Hardware – Quincaillerie »"
	}
	p := &a.paras[pi]
	toks := p.toks
	// An unresolved "she said" still rules out the men nearby.
	want := a.pronounAfter(pi, q)
	fits := func(c *cluster) bool { return c != nil && a.fitsPronoun(c, want) }
	fitsKey := func(key string) bool {
		if want == genderUnknown {
			return true
		}
		c := a.clusterByKey(key)
		return c == nil || a.fitsPronoun(c, want)
	}
	if q.tokStart < len(toks) {
		sent := toks[q.tokStart].sent
		if q.startsSent && sent > 0 {
			k0, k1 := p.sentenceBounds(sent - 1)
			if !anyQuoted(toks, k0, k1) {
				if c := a.firstPersonIn(pi, k0, k1); fits(c) {
					return c.name, EntityKey(c.typ, c.name)
				}
				// "Sometimes employees don't follow the rules, he said.
				// “But does that mean ...”": the reported sentence's
				// speaker goes on in the quotation.
				if pr := saidByPronoun(toks, k0, k1); pr >= 0 {
					if sp, ky := a.resolvePronoun(pi, pr); sp != "" && fitsKey(ky) {
						return sp, ky
					}
				}
			}
		}
		if sent == 0 && q.startsSent && pi > 0 {
			pt := a.paras[pi-1].toks
			if n := len(pt); n > 0 && pt[n-1].text == ":" {
				k0, _ := a.paras[pi-1].sentenceBounds(pt[n-1].sent)
				if c := a.firstPersonIn(pi-1, k0, n-1); fits(c) {
					return c.name, EntityKey(c.typ, c.name)
				}
			}
		}
	}
	if c := a.nextSentenceSpeaker(pi, q); fits(c) {
		return c.name, EntityKey(c.typ, c.name)
	}
	if lastSpoken != nil && !a.otherSubjectBefore(pi, q, lastSpoken.key) && fitsKey(lastSpoken.key) {
		return lastSpoken.speaker, lastSpoken.key
	}
	if c := a.standaloneQuoteSpeaker(pi, q); fits(c) {
		return c.name, EntityKey(c.typ, c.name)
	}
	// A paragraph that opens with a quotation, or with a phrase and a
	// colon that name no one ("Then came the killer line:"), continues
	// the previous paragraph's speaker when that paragraph ended on a
	// quotation.
	if (q.tokStart <= 1 || a.leadIn(pi, q)) && len(prevPara) > 0 && pi > 0 {
		last := prevPara[len(prevPara)-1]
		// Words after the quotation's own sentence, which may be a long
		// attribution ("said Philip Luther, Research and Advocacy
		// Director for the Middle East and North Africa at Amnesty").
		pt := a.paras[pi-1].toks
		end := min(last.tokEnd, len(pt))
		endSent := -1
		if end > 0 {
			endSent = pt[end-1].sent
		}
		rest := 0
		for _, t := range pt[end:] {
			if t.word && t.sent != endSent {
				rest++
			}
		}
		if last.speaker != "" && rest <= 12 && fitsKey(last.key) {
			return last.speaker, last.key
		}
	}
	// A pronoun that finds no one named within reach ("raconte-t-elle",
	// three paragraphs after the name) is the person of its sex quoted
	// last in the paragraph before: the quoted person carries the thread.
	if want != genderUnknown {
		for i := len(prevPara) - 1; i >= 0; i-- {
			if last := prevPara[i]; last.speaker != "" {
				if c := a.clusterByKey(last.key); c != nil && a.genderOf(c) == want {
					return last.speaker, last.key
				}
				break
			}
		}
	}
	return "", ""
}

// otherSubjectBefore reports a person or organisation other than the one
// keyed speaker named earlier in the quotation's sentence: "The Finance
// Ministry's reply, that the forecasts sit "..."" is not the previous
// speaker's.
func (a *analysis) otherSubjectBefore(pi int, q rawQuote, speaker string) bool {
	toks := a.paras[pi].toks
	if q.tokStart <= 0 || q.tokStart >= len(toks) {
		return false
	}
	k0, _ := a.paras[pi].sentenceBounds(toks[q.tokStart].sent)
	if k0 >= 0 && k0+1 < q.tokStart && toks[k0].word && toks[k0].upper && toks[k0+1].word && toks[k0+1].upper &&
		!frontedOpeners[lower(toks[k0].text)] && !isTimeWord(toks[k0+1].text) && !isRoleWord(lower(toks[k0+1].text)) &&
		!strings.Contains(speaker, slug(toks[k0+1].text)) {
		// "Dagny Rausch a reconnu sa défaite, tout en dénonçant « ... »":
		// a sentence opening on a name, even one not recognised.
		return true
	}
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 < k0 || m.tok0 >= q.tokStart || m.quoted || m.cluster < 0 {
			continue
		}
		if c := a.clusters[m.cluster]; (c.typ == Person || c.typ == Organization) && EntityKey(c.typ, c.name) != speaker {
			return true
		}
	}
	return false
}

// sentenceBounds is the first and last token of sentence sent, or -1s.
func (p *para) sentenceBounds(sent int) (int, int) {
	if sent < 0 || sent >= len(p.sents) {
		return -1, -1
	}
	return p.sents[sent][0], p.sents[sent][1]
}

func anyQuoted(toks []token, k0, k1 int) bool {
	if k0 < 0 {
		return false
	}
	for k := k0; k <= k1; k++ {
		if toks[k].quoted {
			return true
		}
	}
	return false
}

// nextSentenceSpeaker handles a quotation standing as a sentence of its
// own followed by its speaker: "“...” Elif Sandoval, president of the
// chamber, said shops had lost half their trade."
func (a *analysis) nextSentenceSpeaker(pi int, q rawQuote) *cluster {
	toks := a.paras[pi].toks
	if !q.startsSent || q.tokEnd >= len(toks) || !toks[q.tokEnd].sentStart {
		return nil
	}
	k0, k1 := a.paras[pi].sentenceBounds(toks[q.tokEnd].sent)
	if k0 < 0 || anyQuoted(toks, k0, k1) {
		return nil
	}
	if c := a.thatWasSpeaker(pi, k0, k1); c != nil {
		return c
	}
	words := 0
	for k := k0; k <= k1 && words < 15; k++ {
		if !toks[k].word {
			continue
		}
		words++
		if speechVerbAt(toks, k) {
			c := a.firstPersonIn(pi, k0, k)
			if c != nil && a.mentionStartsAt(pi, k0) {
				return c
			}
			return nil
		}
	}
	return nil
}

// mentionStartsAt reports whether a person is named at token k: the
// sentence's subject, not someone named later in it.
func (a *analysis) mentionStartsAt(pi, k int) bool {
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 == k && m.cluster >= 0 && a.clusters[m.cluster].typ == Person {
			return true
		}
	}
	return false
}

// standaloneQuoteSpeaker attributes a paragraph that is nothing but a
// quotation to the one person the previous, quote-free paragraph is about.
func (a *analysis) standaloneQuoteSpeaker(pi int, q rawQuote) *cluster {
	toks := a.paras[pi].toks
	if pi == 0 || q.tokStart > 1 {
		return nil
	}
	for _, t := range toks[min(q.tokEnd, len(toks)):] {
		if t.word {
			return nil
		}
	}
	if len(a.paras[pi-1].quotes) > 0 {
		return nil
	}
	var only *cluster
	for _, i := range a.byPara[pi-1] {
		m := &a.mentions[i]
		if m.cluster < 0 || a.clusters[m.cluster].typ != Person {
			continue
		}
		c := a.clusters[m.cluster]
		if only != nil && only != c {
			return nil
		}
		only = c
	}
	return only
}

// allCapitalised reports a text whose every word starts with a capital
// followed by small letters, as names and titles are written; not a
// shouted sentence ("WE WILL NOT BACK DOWN").
func allCapitalised(s string) bool {
	words := 0
	for _, w := range strings.Fields(s) {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsLetter(r) {
			continue
		}
		if !unicode.IsUpper(r) || strings.ToUpper(w[size:]) == w[size:] && len(w) > size+1 {
			return false
		}
		words++
	}
	return words > 1
}

// describedRole returns the noun of a speaker described by a determiner
// and one noun: "the spokeswoman", "sa présidente", "l'enseignante";
// otherwise "".
func describedRole(words []string) string {
	switch {
	case len(words) == 2 && roleDeterminers[words[0]]:
		return words[1]
	case len(words) == 1:
		for _, el := range []string{"l'", "l’"} {
			if rest, ok := strings.CutPrefix(words[0], el); ok && rest != "" {
				return rest
			}
		}
	}
	return ""
}

var roleDeterminers = wordSet(`the its his her their le la les sa son leur`)

// describedPerson is the one person the article introduces with role and
// the name set off by commas ("leur enseignante, Nadia Berthier,"; "La
// ministre nationale des Finances, Ilse Brandvold,"), after the French
// article det when det is set, outside sentence sent of paragraph pi (the
// quotation's own), or nil when none or several are.
func (a *analysis) describedPerson(role, det string, pi, sent int) *cluster {
	if a.described == nil {
		a.indexDescribed()
	}
	var found, other *cluster
	for _, d := range a.described[role] {
		if det != "" && d.det != det || d.para == pi && d.sent == sent {
			continue
		}
		if d.loose {
			other = d.person
			continue
		}
		if found != nil && found != d.person {
			return nil
		}
		found = d.person
	}
	if other != nil && other != found {
		return nil // "The other firm's spokeswoman, Lena Holm": a second one
	}
	return found
}

// description is one "role, Name," introduction found by indexDescribed.
type description struct {
	det        string
	person     *cluster
	para, sent int
	// loose marks a role and name not set off as an introduction ("the
	// other firm's spokeswoman, Lena Holm"): not enough to name the
	// speaker, enough to make the role ambiguous.
	loose bool
}

// indexDescribed finds, once per article, every introduction of a person
// by a description and an apposition: a determiner ("the", "its", "leur",
// "l'") at the start of a clause, the role noun, at most one adjective and
// an "of"/"de" complement ("des Finances de Belrive"), a comma, and a name
// closed by a comma or a full stop. After "according to the ministry," or
// "Police said the suspect," the name is someone else.
func (a *analysis) indexDescribed() {
	a.described = map[string][]description{}
	for pi := range a.paras {
		toks := a.paras[pi].toks
		for k := range toks {
			role, det, ok := describedAt(toks, k)
			loose := false
			if !ok {
				if !toks[k].word || toks[k].upper || toks[k].quoted || toks[k].poss {
					continue
				}
				role, det, loose = lower(toks[k].text), "", true
			}
			c := k + 1
			if c < len(toks) && toks[c].word && !toks[c].upper && !complementWords[lower(toks[c].text)] {
				c++ // "nationale"
			}
			if c < len(toks) && complementWords[lower(toks[c].text)] {
				for c < len(toks) && c <= k+6 && toks[c].word && (toks[c].upper || complementWords[lower(toks[c].text)]) {
					c++
				}
			}
			if c >= len(toks) || toks[c].text != "," || toks[c].sent != toks[k].sent {
				continue
			}
			if p := a.nameAfterComma(pi, c); p != nil {
				a.described[role] = append(a.described[role], description{det, p, pi, toks[k].sent, loose})
			}
		}
	}
}

// describedAt reads a description's head at token k: its role noun (an
// elided "l'" taken off) and its French article, when the determiner
// before it opens a clause.
func describedAt(toks []token, k int) (role, det string, ok bool) {
	t := toks[k]
	if !t.word || t.quoted || t.poss || t.upper && !t.sentStart {
		return "", "", false // "The minister's aide, Karl Berg" is the aide
	}
	w := lower(t.text)
	d := k - 1
	for _, el := range []string{"l'", "l’"} {
		if rest, cut := strings.CutPrefix(w, el); cut && rest != "" {
			w, d = rest, k
		}
	}
	if d == k-1 {
		if d < 0 || !roleDeterminers[lower(toks[d].text)] {
			return "", "", false
		}
		det = lower(toks[d].text)
		if det != "le" && det != "la" {
			det = ""
		}
	}
	if d > 0 && toks[d-1].sent == t.sent && !toks[d].sentStart && !clauseOpenersBefore[lower(toks[d-1].text)] {
		return "", "", false
	}
	return w, det, true
}

// clauseOpenersBefore may stand before a description's determiner: a
// comma or colon, or "of"/"de" ("une idée de leur enseignante, ...").
var clauseOpenersBefore = wordSet(`, : — of de d' d’ du`)

// complementWords join a role to its domain: "des Finances de Belrive".
var complementWords = wordSet(`of de des du d' d’ la le for pour the`)

// saidByPronoun returns the pronoun of a sentence toks[k0..k1] that ends
// in its attribution, "..., he said." or "..., said she.", or -1.
func saidByPronoun(toks []token, k0, k1 int) int {
	var words []int
	for k := k1; k >= k0 && len(words) < 2; k-- {
		if toks[k].word {
			words = append(words, k)
		} else if len(words) > 0 || !isSentenceEnd(toks[k].text) && !isClosingMark(toks[k].text) {
			return -1
		}
	}
	if len(words) < 2 || words[1] == k0 || toks[words[1]-1].text != "," {
		return -1
	}
	for _, pair := range [][2]int{{words[1], words[0]}, {words[0], words[1]}} {
		switch lower(toks[pair[0]].text) {
		case "he", "she":
			if speechVerbAt(toks, pair[1]) {
				return pair[0]
			}
		}
	}
	return -1
}

// speaksThroughAgent reports a possessive name followed by someone who
// speaks for its owner: "Swift's rep told Fox News ...", "Marsk's
// spokesman said": the words are the agent's, not the owner's.
func speaksThroughAgent(toks []token, end int) bool {
	return end > 0 && toks[end-1].poss && end < len(toks) && agentNouns[lower(toks[end].text)]
}

// agentNouns speak for someone else.
var agentNouns = wordSet(`rep reps representative representatives spokesman spokeswoman spokesperson spokespeople
publicist agent lawyer lawyers attorney attorneys aide aides camp team office`)
