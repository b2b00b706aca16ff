package enrich

import (
	"strings"
)

// npStops end a speaker phrase read after a speech verb: "said an American
// official who described ...".
var npStops = unionSets(wordSet(`who whom whose which that as in on at after before when while during following
according to with for from by and but because since emphasizing emphasising adding saying noting
referring speaking told said says adding where if than in dans lors après avant selon qui que
devant auprès à au aux pour sur en de du avec dont où`), arabicBoundaryWords, arabicClauseWords)

// auxWords are dropped from the end of a speaker phrase read before a
// speech verb: "Brandvold also said", "the minister has said", "He
// instead told".
var auxWords = wordSet(`also later then again has had have will would once previously recently earlier
later further had has just then also simply only a ensuite aussi instead finally subsequently repeatedly
publicly privately reportedly immediately`)

var passiveWords = wordSet(`was were is are been being be`)

// directSpeaker reads the attribution in the quote's own sentence: after
// the quote ("..., said X" / "..., X said"), or before it ("X said: ...",
// "According to X, ...").
func (a *analysis) directSpeaker(pi int, s quoteSpan, q rawQuote) (speaker, key string, adjacent bool) {
	p := &a.paras[pi]
	toks := p.toks
	// After the quote, up to the end of the sentence or the next quote.
	var after []int
	for k := q.tokEnd; k < len(toks) && len(after) < 40; k++ {
		t := toks[k]
		if !t.word && (isSentenceEnd(t.text) || inSpans(t.start, p.quotes)) {
			break
		}
		after = append(after, k)
	}
	// A quotation ending in a full stop ends its sentence ("had "acted
	// within policy." Mayor Karen Bass said ..."): the words after it
	// are the next sentence's, not its attribution.
	inner := strings.TrimSpace(p.text[s.innerStart:s.innerEnd])
	closed := (a.lang == "en" || a.lang == "") && strings.HasSuffix(inner, ".") && !strings.HasSuffix(inner, "..")
	if sp, ky, ok := a.speakerAfter(pi, after, q.words); ok && !closed {
		return sp, ky, true
	}
	if sp, ky, ok := a.signature(pi, after); ok {
		return sp, ky, true
	}
	if sp, ky, ok := a.signatureBelow(pi, q, after); ok {
		return sp, ky, true
	}
	// Before the quote, from the sentence start or the previous quote.
	openTok := q.tokStart - 1
	if openTok < 0 || openTok >= len(toks) {
		return "", "", false
	}
	var before []int
	for k := openTok - 1; k >= 0; k-- {
		t := toks[k]
		if t.quoted && a.lang == "ar" && shortSpanAt(p, t.start) {
			continue // a name in guillemets: "كريم بنعيسى لـ«المنارة»: «...»"
		}
		if t.quoted || (!t.word && isSentenceEnd(t.text) && toks[k+1].sent != t.sent) {
			break // not the stop of "Sen. Ben Sasse, R-Neb., called"
		}
		before = append(before, k)
		if t.sentStart {
			break
		}
	}
	for i, j := 0, len(before)-1; i < j; i, j = i+1, j-1 {
		before[i], before[j] = before[j], before[i]
	}
	return a.speakerBefore(pi, before, q.words)
}

// prepositionObject reports a phrase after a preposition that names
// something through a common noun: "in the journal Nature Medicine", "for
// the newspaper Le Monde". It is the preposition's object, so the verb's
// subject is further back.
func prepositionObject(toks []token, before token, np []int) bool {
	if !reportedClauseStops[lower(before.text)] || len(np) < 3 || !determiners[lower(toks[np[0]].text)] || toks[np[1]].upper {
		return false
	}
	for _, k := range np[2:] {
		if toks[k].upper {
			return true
		}
	}
	return false
}

// shortSpanAt reports a quotation span around byte i of one or two words,
// which Arabic copy uses for names ("«المنارة»", "«نوردغريد»").
func shortSpanAt(p *para, i int) bool {
	for _, s := range p.quotes {
		if i >= s.open && i < s.close {
			return len(strings.Fields(p.text[s.innerStart:s.innerEnd])) <= 2
		}
	}
	return false
}

// frenchInvertedSpeech reports a speech verb with its subject pronoun
// after it: "dit-il", "sourit-elle", "répond-il".
func frenchInvertedSpeech(w string) bool {
	for _, p := range []string{"-il", "-elle"} {
		if base, ok := strings.CutSuffix(w, p); ok {
			return speechVerbs[base] || quoteVerbs[base]
		}
	}
	return false
}

// speakerBefore matches "X said:", "X told reporters:", "According to X,"
// and "X was blunt:" in the tokens before a quotation of words words.
func (a *analysis) speakerBefore(pi int, ks []int, words int) (string, string, bool) {
	toks := a.paras[pi].toks
	if len(ks) == 0 {
		return "", "", false
	}
	if np := accordingTo(toks, ks); len(np) > 0 {
		sp, ky := a.resolveNP(pi, np)
		return sp, ky, true
	}
	if c := a.sayingSpeaker(pi, ks); c != nil {
		return c.name, EntityKey(c.typ, c.name), true
	}
	for v := len(ks) - 1; v >= 0 && len(ks)-v <= 5; v-- {
		if !speechVerbAt(toks, ks[v]) {
			continue
		}
		if both := a.coordinatedSpeakers(pi, ks[v]); both != "" {
			return both, "", true // "Ilse Brandvold and Samir Haddad said"
		}
		start := v
		for start > 0 {
			t := toks[ks[start-1]]
			if !t.word || npStops[lower(t.text)] && !t.upper {
				break
			}
			start--
		}
		np := trimNP(toks, ks[start:v])
		if len(np) == 0 && start > 0 && toks[ks[start-1]].text == "," {
			// "Falk, asked whether ..., said", "Its secretary, Piet
			// Lindqvist, wrote:": the subject sits before the clause.
			if c := a.firstPersonIn(pi, clauseStart(toks, ks, v), ks[v]); c != nil {
				return c.name, EntityKey(c.typ, c.name), true
			}
		}
		if len(np) == 0 && start > 0 && (lower(toks[ks[start-1]].text) == "and" || lower(toks[ks[start-1]].text) == "but") {
			// "Volker said he never used the term “three amigos” and
			// added, “...”": the verb shares its sentence's subject, which
			// may stand before an earlier quotation.
			if c := a.firstPersonIn(pi, sentenceStart(toks, ks[v]), ks[v]); c != nil {
				return c.name, EntityKey(c.typ, c.name), true
			}
		}
		if len(np) == 0 && arabicSpeechVerbs[toks[ks[v]].text] {
			if v+1 < len(ks) {
				np = npAfter(toks, ks[v+1:]) // Arabic puts the subject after the verb: "وقال ريفيك أمام النواب:"
			}
			if len(np) == 0 {
				// "وأضاف:": the verb carries its subject, the person last named.
				sp, ky := a.resolvePronoun(pi, ks[v])
				return sp, ky, sp != ""
			}
		}
		if len(np) == 0 {
			break
		}
		if len(np) > 8 || notASpeakerPhrase(toks, np) {
			return "", "", false
		}
		if start > 0 && prepositionObject(toks, toks[ks[start-1]], np) {
			break // "The authors of a study in the journal Nature Medicine argued": the journal is no subject
		}
		if whole := a.roleBeforePlace(pi, ks[:start], np); whole != nil {
			np = whole
		}
		sp, ky := a.resolveNP(pi, np)
		return sp, ky, sp != ""
	}
	if t := reportedThat(toks, ks); t > 0 {
		// Reported speech running into a quotation: "X said the outfall
		// had been moved, but that "the monitoring is still a promise"",
		// "Aldersen said in a statement that the government would "make
		// whatever money is needed available"".
		for v := 0; v < t; v++ {
			if !speechVerbAt(toks, ks[v]) && !thatVerbs[lower(toks[ks[v]].text)] {
				continue
			}
			end := ks[v]
			if arabicSpeechVerbs[toks[ks[v]].text] {
				end = ks[t] // "قالت ... ماريت هولم إن ...، مؤكدة أن "..."": the subject follows the verb
			} else if v == 0 {
				break
			}
			if both := a.coordinatedSpeakers(pi, ks[v]); both != "" {
				return both, "", true // "Ford and Fry replied that ..."
			}
			if c := a.firstPersonIn(pi, clauseStart(toks, ks, v), end); c != nil {
				return c.name, EntityKey(c.typ, c.name), true
			}
			if c := a.bodySubject(pi, clauseStart(toks, ks, v), ks[v]); c != nil {
				// "Lumio Inc said on Tuesday that it would “...”", "Britain
				// said that ...": a company or a country speaks too.
				return c.name, EntityKey(c.typ, c.name), true
			}
			if np := a.describedSubject(pi, clauseStart(toks, ks, v), ks[v]); np != nil {
				sp, ky := a.resolveNP(pi, np) // "Prosecutors alleged that “...”"
				return sp, ky, sp != ""
			}
			if w := lower(toks[max(ks[v]-1, 0)].text); ks[v] > 0 && (w == "and" || w == "but") {
				// "China's ambassador to Britain accused the UK ... and
				// warned that": the sentence's subject, posted somewhere.
				if np := postedSubject(toks, sentenceStart(toks, ks[v]), ks[v]); np != nil {
					if sp, ky := a.resolveNP(pi, np); sp != "" {
						return sp, ky, true
					}
				}
			}
			if np := appositiveSubject(toks, clauseStart(toks, ks, v), ks[v]); np != nil {
				// "The statement, which was obtained by Variety, claimed
				// that ...", "a study by the Centre for ..., a London-based
				// think tank, concluded that ...": the subject before the
				// aside.
				if sp, ky := a.resolveNP(pi, np); sp != "" {
					return sp, ky, true
				}
			}
			if k0 := clauseStart(toks, ks, v); ks[v]-k0 >= 2 && ks[v]-k0 <= 3 && lower(toks[k0].text) == "the" && allWords(toks, k0, ks[v]) {
				// "The label claimed that Swift had failed to “...”": the
				// body the description stands for, as "the label said".
				np := make([]int, 0, 3)
				for k := k0; k < ks[v]; k++ {
					np = append(np, k)
				}
				if sp, ky := a.resolveNP(pi, np); sp != "" {
					return sp, ky, true
				}
			}
			if p := ks[v] - 1; p >= 0 && p == clauseStart(toks, ks, v) && (lower(toks[p].text) == "he" || lower(toks[p].text) == "she") {
				// "..., he says, boasting that Google's servers can
				// “deliver ...”": the pronoun's, not the clause's
				// company's.
				if sp, ky := a.resolvePronoun(pi, p); sp != "" {
					return sp, ky, true
				}
			}
			break
		}
	}
	if v := reportedClauseVerb(toks, ks); v > 0 && words >= minQuoteWords && !prepositionalName(toks, ks[0], ks[v]) {
		// Reported speech without "that" running into a quotation (not
		// a scare quote: "would scrap its "golden visa" scheme"): "Marsk
		// said no Ardenian farmer would be "asked to pay ..."". A verb
		// after "and" or "but" shares the clause's subject: "Rausch
		// conceded ... but said the contest had been "...""; after
		// anything else ("farmers in Velmont, who said"), it has its own.
		if c := a.subjectOf(pi, ks[0], ks[v]); c != nil {
			return c.name, EntityKey(c.typ, c.name), true
		}
		if w := lower(toks[ks[v]-1].text); w == "and" || w == "but" {
			if c := a.clauseSubject(toks, ks[0], ks[v], a.subjectsIn(pi, ks[0], ks[v])); c != nil {
				return c.name, EntityKey(c.typ, c.name), true
			}
		}
		if np := a.describedSubject(pi, clauseStart(toks, ks, v), ks[v]); np != nil {
			sp, ky := a.resolveNP(pi, np)
			return sp, ky, sp != ""
		}
	}
	if v := namingVerbAt(toks, ks); v > 0 {
		// "Mayor Owen Castellane called it "the biggest day ..."",
		// "Reyvik has attacked the package as "a budget for the
		// spreadsheet"": the words are the subject's.
		if c := a.subjectOf(pi, ks[0], ks[v]); c != nil {
			return c.name, EntityKey(c.typ, c.name), true
		}
		if np := a.describedSubject(pi, clauseStart(toks, ks, v), ks[v]); np != nil {
			sp, ky := a.resolveNP(pi, np) // "The victim's mother testified, describing her daughter as “...”"
			return sp, ky, sp != ""
		}
		if p := ks[v] - 1; p >= 0 && (lower(toks[p].text) == "he" || lower(toks[p].text) == "she") {
			if sp, ky := a.resolvePronoun(pi, p); sp != "" {
				return sp, ky, true // "He begged lawmakers “not to lose sight of”"
			}
		}
	}
	if arabicSpeechVerbs[toks[ks[0]].text] {
		// "وقال أستاذ العلوم السياسية في الجامعة لـ«المنارة»: «...»":
		// the verb opens the sentence and its subject follows, a person
		// named before the clause that says when or about what ("وقالت
		// وزارة الصحة في بيان بعد لقاء الوزير خالد ...": the ministry),
		// or else the description.
		end := len(ks)
		for i, k := range ks {
			if arabicAdjunctWords[toks[k].text] {
				end = i
				break
			}
		}
		if c := a.firstPersonIn(pi, ks[0], ks[end-1]); c != nil {
			return c.name, EntityKey(c.typ, c.name), true
		}
		if np := npAfter(toks, ks[1:end]); len(np) > 0 {
			sp, ky := a.resolveNP(pi, np)
			return sp, ky, sp != ""
		}
		return "", "", false
	}
	if c := a.possessiveReplySpeaker(pi, ks); c != nil {
		return c.name, EntityKey(c.typ, c.name), true // "Marsk’s answer: “...”"
	}
	if toks[ks[len(ks)-1]].text == ":" {
		if c := a.firstPersonIn(pi, ks[0], ks[len(ks)-1]); c != nil && !wonderBeforeColon(toks, ks) {
			return c.name, EntityKey(c.typ, c.name), true
		}
		// "Union boss: "We're not angels"": a role alone before the
		// colon names the speaker; "Dear Minister:" and "Ask the
		// doctor:" address someone.
		if np := ks[:len(ks)-1]; len(np) > 0 && len(np) <= 3 && toks[np[0]].sentStart && isRoleWord(lower(toks[np[len(np)-1]].text)) &&
			!addressWords[lower(toks[np[0]].text)] && allNameOrRole(toks, np) {
			sp, ky := a.resolveNP(pi, np)
			return sp, ky, sp != ""
		}
	}
	return "", "", false
}

// thatVerbs report speech only with the clause they open: "Prosecutors
// alleged that", not "the alleged victim".
var thatVerbs = wordSet(`alleged alleges contended contends`)

// reportedThat returns the position in ks of the "that" opening the
// reported clause a quotation ends ("said in a statement that the
// government would "..."), or -1. The clause must be short and hold no
// other speech.
func reportedThat(toks []token, ks []int) int {
	for t := len(ks) - 1; t > 0 && len(ks)-1-t <= 12; t-- {
		w := lower(toks[ks[t]].text)
		if w == "that" || arabicClauseWords[w] {
			return t
		}
		if speechVerbAt(toks, ks[t]) || !toks[ks[t]].word && toks[ks[t]].text != "," {
			return -1
		}
	}
	return -1
}

// addressWords open a phrase that addresses or asks someone.
var addressWords = wordSet(`dear to ask for from attn attention re`)

// allNameOrRole reports whether every token of np is a capitalised word or
// a role.
func allNameOrRole(toks []token, np []int) bool {
	for _, k := range np {
		if !toks[k].upper && !isRoleWord(lower(toks[k].text)) {
			return false
		}
	}
	return true
}

// reportedClauseVerb returns the position in ks of the speech verb whose
// reported clause, without "that", runs into the quotation ("said no
// farmer would be "..."), or -1. The clause must be short, hold no other
// speech and no punctuation but commas, and not open with a preposition
// ("said in a statement", "asked about").
func reportedClauseVerb(toks []token, ks []int) int {
	for v := len(ks) - 2; v > 0 && len(ks)-1-v <= 12; v-- {
		t := toks[ks[v]]
		w := lower(t.text)
		if !t.word && t.text != "," || namingVerbs[w] || w == "that" {
			return -1
		}
		if !speechVerbAt(toks, ks[v]) || arabicSpeechVerbs[t.text] {
			continue
		}
		if reportedClauseStops[lower(toks[ks[v+1]].text)] || passiveWords[lower(toks[ks[v-1]].text)] {
			return -1
		}
		return v
	}
	return -1
}

var reportedClauseStops = wordSet(`in at to of for with by as about from into after before during`)

// prepositionalName reports whether the words right before the verb at
// toks[verb] are a name or title after a preposition: in "A spokesman
// for Prime Minister Helena Marsk said" Marsk is not the subject.
func prepositionalName(toks []token, k0, verb int) bool {
	k := verb - 1
	for k >= k0 && (toks[k].upper || isRoleWord(lower(toks[k].text))) {
		k--
	}
	return k >= k0 && k < verb-1 && reportedClauseStops[lower(toks[k].text)]
}

// namingVerbAt returns the position in ks of a verb that puts the
// subject's words on something just before a quotation, or -1: "called
// it", "calling the treaty", "attacked the package as", "described as".
func namingVerbAt(toks []token, ks []int) int {
	last := func(i int) string { // the i-th token from the end of ks
		if i < len(ks) {
			return lower(toks[ks[len(ks)-1-i]].text)
		}
		return ""
	}
	as := last(0) == "as" || determiners[last(0)] && last(1) == "as" // "described as the"
	reach := 7
	for v := len(ks) - 1; v > 0 && len(ks)-1-v <= reach; v-- {
		t := toks[ks[v]]
		if !t.word {
			if t.text == "," && v+1 < len(ks) && lower(toks[ks[v+1]].text) == "but" {
				reach = 10 // "called it not a car crash, but"
				continue
			}
			return -1
		}
		w := lower(t.text)
		if namingVerbs[w] || as && namingAsVerbs[w] {
			return v
		}
	}
	return -1
}

// namingVerbs put a name on something in the speaker's words: "called it
// "the biggest day"", or urge someone in them: "begged lawmakers "not to
// lose sight of"". namingAsVerbs do with "as": "described as".
var namingVerbs = wordSet(`called calls calling dubbed dubbing branded branding labelled labeled termed
begged begs begging urged urges urging implored implores pleaded pleads`)

var namingAsVerbs = wordSet(`described describes describing attacked attacking hailed hailing praised praising
condemned condemning dismissed dismissing criticised criticized criticising criticizing denounced denouncing
welcomed welcoming slammed slamming derided deriding introduced introducing introduces views viewed sees regards
regarded`)

// npAfter reads the speaker phrase following a speech verb.
func npAfter(toks []token, ks []int) []int {
	var np []int
	for _, k := range ks {
		t := toks[k]
		if !t.word || len(np) >= 8 || npStops[lower(t.text)] && !t.upper {
			break
		}
		if len(np) > 0 && (arabicAudience[t.text] || arabicOutlets[strings.TrimPrefix(t.text, "ل")]) {
			break // "مسؤول كبير لرويترز", "للصحفيين": whom it was said to; "المفوض العام للأونروا" stays whole
		}
		if len(np) > 0 && (strings.HasSuffix(t.text, "اً") || strings.HasSuffix(t.text, "ًا")) {
			break // "يقول الدباغ مبتسماً": how he says it, not who
		}
		np = append(np, k)
	}
	return np
}

func trimNP(toks []token, np []int) []int {
	for len(np) > 0 && (auxWords[lower(toks[np[len(np)-1]].text)] || !toks[np[len(np)-1]].word) {
		np = np[:len(np)-1]
	}
	for len(np) > 0 && (!toks[np[0]].word || lower(toks[np[0]].text) == "and" || lower(toks[np[0]].text) == "but" ||
		lower(toks[np[0]].text) == "as") {
		np = np[1:]
	}
	if len(np) > 7 {
		return nil
	}
	return np
}

// accordingTo finds "according to X" / "selon X" and returns X.
func accordingTo(toks []token, ks []int) []int {
	for i := 0; i < len(ks); i++ {
		w := lower(toks[ks[i]].text)
		var rest []int
		switch {
		case w == "according" && i+1 < len(ks) && lower(toks[ks[i+1]].text) == "to":
			rest = ks[i+2:]
		case w == "selon":
			rest = ks[i+1:]
		case w == "words" && i >= 2 && i+1 < len(ks) && lower(toks[ks[i-1]].text) == "the" &&
			lower(toks[ks[i-2]].text) == "in" && lower(toks[ks[i+1]].text) == "of":
			rest = ks[i+2:] // "in the words of union leader Hanna Berg"
		default:
			continue
		}
		np := npAfter(toks, rest)
		if n := len(np); n > 0 && n+1 < len(rest) && lower(toks[rest[n]].text) == "by" && toks[rest[n+1]].upper {
			return npAfter(toks, rest[n+1:]) // "according to a 2018 survey by Penelope Muse Abernathy": its author
		}
		return np
	}
	return nil
}

// allWords reports toks[k0:k1] all words, no punctuation between.
func allWords(toks []token, k0, k1 int) bool {
	for k := k0; k < k1; k++ {
		if !toks[k].word {
			return false
		}
	}
	return true
}

// appositiveSubject returns the subject of the verb at token verb when an
// aside between commas stands between them ("The statement, which was
// obtained by Variety, claimed"; "a study by the Centre for Economic
// Policy Research, a London-based think tank, concluded"): the phrase
// before the aside, from the clause start at k0 or the comma before it.
// Else nil.
func appositiveSubject(toks []token, k0, verb int) []int {
	if verb < 1 || toks[verb-1].text != "," {
		return nil
	}
	aside := verb - 2 // the aside's last token; find its opening comma
	for aside >= k0 && toks[aside].text != "," {
		aside--
	}
	if aside < k0+1 || verb-1-aside < 2 || verb-1-aside > 12 {
		return nil
	}
	if w := lower(toks[aside+1].text); w != "which" && w != "who" && !determiners[w] {
		return nil
	}
	start := aside - 1
	for start > k0 && toks[start-1].text != "," {
		start--
	}
	if aside-start < 1 || aside-start > 12 {
		return nil
	}
	np := make([]int, 0, aside-start)
	for k := start; k < aside; k++ {
		if !toks[k].word && toks[k].text != "'" && toks[k].text != "’" {
			return nil
		}
		np = append(np, k)
	}
	if w := lower(toks[np[0]].text); !determiners[w] && !toks[np[0]].upper {
		return nil // "using standard economic methods": no subject
	}
	return np
}

// wonderBeforeColon reports a colon after a verb of thought ("will be left
// to wonder:", "asked themselves:"): the words after it are imagined, not
// said by the person the sentence names.
func wonderBeforeColon(toks []token, ks []int) bool {
	if len(ks) < 2 {
		return false
	}
	return thoughtVerbs[lower(toks[ks[len(ks)-2]].text)]
}

var thoughtVerbs = wordSet(`wonder wonders wondering wondered think thinks thinking thought imagine imagining
ask themselves himself herself`)
