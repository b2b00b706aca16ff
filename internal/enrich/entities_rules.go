package enrich

import (
	"strings"

	"herald/internal/text"
	"unicode"
	"unicode/utf8"
)

// findMentions walks one paragraph for runs of capitalised words and turns
// each into zero or more mentions with typed evidence.
func (a *analysis) findMentions(pi int) {
	toks := a.paras[pi].toks
	normaliseHyphenPrefixes(toks)
	if d := a.paras[pi].dateline; d != nil {
		a.addDatelineMentions(pi, d)
	}
	for k := 0; k < len(toks); {
		if !isNameWord(toks[k]) || toks[k].skip {
			k++
			continue
		}
		j := k + 1
		for j < len(toks) && !toks[j-1].poss && !toks[j].skip {
			t := toks[j]
			if isNameWord(t) && !isTimeWord(t.text) {
				j++
				continue
			}
			connector := t.word && nameConnectors[t.text] || t.text == "&" ||
				t.text == "and" && runHasOf(toks[k:j])
			if j+1 < len(toks) && connector && !toks[j+1].skip &&
				isNameWord(toks[j+1]) && !isTimeWord(toks[j+1].text) && toks[j+1].sent == t.sent {
				j += 2
				continue
			}
			// "Museum of the Sea", "Palace of the Nations": an institution
			// or place head keeps "of the" and its name.
			if t.text == "of" && j+2 < len(toks) && toks[j+1].text == "the" && isNameWord(toks[j+2]) &&
				!toks[j+2].skip && toks[j+2].sent == t.sent && ofTheHead(toks[j-1].text) && !awardTails[lower(toks[j+2].text)] {
				j += 3
				continue
			}
			break
		}
		a.classifyRun(pi, k, j)
		k = j
	}
}

// isInitial reports one capital letter and a full stop: "K.", "F.".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return len(w) == size+1 && w[size] == '.' && unicode.IsUpper(r)
}

// nameHeadWord reports a word that opens or ends names of institutions,
// places, events and texts: "Bank of", "Kingdom of", "Charter of".
func nameHeadWord(w string) bool {
	return orgHeads[w] || orgSuffixes[w] || placeHeads[w] || placeSuffixes[w] || placeNouns[w] ||
		institutionHeads[w] || eventHeads[w] || textHeads[w] || textTails[w]
}

func ofTheHead(w string) bool {
	w = lower(w)
	return w != "state" && (orgHeads[w] || placeHeads[w] || institutionHeads[w]) // "State of the Union" is a speech
}

// ambiguousStreetNouns also mean a role, a market or a way: "la place de
// la France en Europe", "sur le chemin de la Russie".
var ambiguousStreetNouns = wordSet(`place marché chemin`)

// awardTails end a prize's name, not a body's: "Museum of the Year".
var awardTails = wordSet(`year month week day decade century season`)

// normaliseHyphenPrefixes makes "then-Congressman" a title and
// "al-Shaibani" a name part.
func normaliseHyphenPrefixes(toks []token) {
	for k := range toks {
		t := &toks[k]
		if !t.word || t.upper {
			continue
		}
		pre, rest, ok := strings.Cut(t.text, "-")
		if !ok || rest == "" || !unicode.IsUpper(runeAt(rest, 0)) {
			continue
		}
		switch pre {
		case "then", "ex", "former":
			t.text, t.start, t.upper = rest, t.start+len(pre)+1, true
		case "al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "abu", "bin", "ibn":
			t.upper = true
		}
	}
}

func isNameWord(t token) bool {
	return t.word && t.upper && !strings.ContainsAny(t.text, "0123456789") && !spelledOut(t.text)
}

// spelledOut reports a word spelled letter by letter ("B-A-N", "N-O"):
// emphasis or a typed search, not an acronym.
func spelledOut(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func isTimeWord(s string) bool {
	switch strings.ToLower(s) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "christmas", "easter", "ramadan", "eid":
		return true
	}
	return false
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isAcronym is an all-capitals word of two or more letters ("ANC", "U.S.",
// "ISIS-K", "M23").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r), r == '.', r == '-', r == '&':
		default:
			return false
		}
	}
	return letters >= 2 || (letters == 1 && utf8.RuneCountInString(s) >= 2 && strings.ContainsAny(s, "0123456789"))
}

func lower(s string) string { return strings.ToLower(s) }

// classifyRun decides what the capitalised run toks[k:j] names.
func (a *analysis) classifyRun(pi, k, j int) {
	toks := a.paras[pi].toks
	// Drop function words and sentence-initial common words at the front
	// ("In Kabul", "The Taliban", "After Glezmann"), and the "of" or "&"
	// that joined such a word to the name ("One of Tolvern Road's"). A
	// particle that opens the run stays: "bin Salman", "al Qaeda".
	start := k
trim:
	for ; k < j; k++ {
		w := lower(toks[k].text)
		switch {
		case notNames[w] || isTimeWord(toks[k].text) ||
			toks[k].sentStart && a.vocab[w] && !givenNames[w] && !personTitles[w] && !(k+1 < j && isRoleWord(lower(toks[k+1].text))):
		case k == start && toks[k].sentStart && k+2 < j && toks[k+1].text == "of" && !nameHeadWord(w) && !givenNames[w] && !isRoleWord(w):
			// "Bottle of Belrive white, two coffees": a common word that
			// only its place in the sentence capitalised, before "of".
		case k+1 < j && isInitial(toks[k].text) && notNames[lower(toks[k+1].text)]:
			// "du rang K. Le Théâtre des Remparts": a letter ending a
			// sentence, not an initial of the name after it.
		case k > start && (toks[k].text == "of" || toks[k].text == "&"):
		default:
			break trim
		}
	}
	if a.lang == "fr" {
		// "boulevard de la Mer", "rue du Liban": the street, not "Mer";
		// but "la place de la France en Europe" is France's role (see
		// ambiguousStreetNouns).
		if s := frenchStreetStart(toks, k); s >= 0 && !(ambiguousStreetNouns[lower(toks[s].text)] && isPlaceName(joinName(tokWords(toks[k:j])))) {
			k = s
		}
	}
	// "Taliban Officials", "US Special Envoy": a trailing role word is not
	// part of a name.
	for j > k && isRoleWord(lower(toks[j-1].text)) && (j-2 < k || !nameConnectors[toks[j-2].text] && toks[j-2].text != "the") &&
		!(strings.HasSuffix(toks[j-1].text, "s") && runHasOf(toks[k:j-1])) {
		j-- // but "Office of the President" keeps its president, "Union of Technical and Office Workers" its members
	}
	for j > k && (nameConnectors[toks[j-1].text] || toks[j-1].text == "&" || toks[j-1].text == "the") {
		j--
	}
	if j-k >= 2 && toks[k].sentStart && !givenNames[lower(toks[k].text)] {
		if _, ok := placeIndex[placeKey(joinName(tokWords(toks[k+1:j])))]; ok {
			k++ // "Hold Americans: ..."
		}
	}
	if j-k == 1 && isAcronym(toks[k].text) && a.isDateline(pi, k) {
		return // "VELMONT (Northwind) -"
	}
	if j-k == 1 && isAcronym(toks[k].text) && (nonEntityAcronyms[strings.ReplaceAll(toks[k].text, ".", "")] ||
		strings.HasPrefix(strings.ToLower(toks[k].text), "covid")) {
		return
	}
	if j-k == 1 && isAcronym(toks[k].text) && !isPlaceName(toks[k].text) && (a.vocab[lower(toks[k].text)] || text.IsStopWord("en", lower(toks[k].text))) {
		return // shouted words: "VERY big bounties"
	}
	for j > k && notNames[lower(toks[j-1].text)] {
		j-- // "Now I"
	}
	if k < j && strings.Contains(toks[k].text, "-of-") {
		k++ // "Mother-of-two Danielle Carrow"
	}
	if j-k == 1 && lawWords[lower(toks[k].text)] && j < len(toks) && toks[j].sent == toks[k].sent &&
		strings.ContainsAny(toks[j].text[:1], "0123456789") {
		return // "Bill 12", "Article 5": a text, not a person
	}
	if j-k == 1 && isUnknownDemonym(toks, k) {
		return // "Ardenian nurses"
	}
	if k >= j || eventHeads[lower(toks[k].text)] || eventTails[lower(toks[j-1].text)] {
		return // "Storm Elin" is an event, not a person
	}
	if j-k > 2 && textHeads[lower(toks[k].text)] && (toks[k+1].text == "of" || toks[k+1].text == "on") ||
		j-k > 1 && textTails[lower(toks[j-1].text)] ||
		j-k == 1 && (textHeads[lower(toks[k].text)] || textTails[lower(toks[k].text)]) && k > 0 && lower(toks[k-1].text) == "the" {
		// "Charter of Rights", "Common Language Act", and for short "the
		// Charter": a text; "Constitution Avenue" is a street, and
		// "Charter said" the company.
		return
	}
	if j-k == 1 && strings.Contains(toks[k].text, "-") {
		if a.splitPlaceCompound(pi, k) {
			return
		}
	}
	if a.splitTitle(pi, k, j) {
		return
	}
	// "American Faye Hall", "Afghan Foreign Ministry": a leading demonym or
	// country is its own mention unless the whole run is one name.
	if j-k >= 2 && !orgSuffixes[lower(toks[j-1].text)] && !placeSuffixes[lower(toks[j-1].text)] {
		words := make([]string, 0, 4)
		split := 0
		for m := k; m < j && m < k+4; m++ {
			words = append(words, toks[m].text)
			if _, ok := placeIndex[placeKey(joinName(words))]; ok && !toks[m].poss {
				split = m + 1
			}
		}
		if split > k && split < j && !containsOfHead(tokWords(toks[k:j])) {
			a.addMention(pi, k, split, "", "")
			a.addMention(pi, split, j, "", "")
			if pl := placeIndex[placeKey(joinName(tokWords(toks[k:split])))]; pl.demonym && j-split >= 2 {
				// "American Faye Hall": a nationality before a bare full
				// name describes a person.
				a.mentions[len(a.mentions)-1].votes[votePerson] += 2
			}
			return
		}
	}
	a.addMention(pi, k, j, "", "")
}

// occupationFirst reports a run that opens a sentence with an occupation,
// capitalised only by its place, before a person's name: "Auctioneer Glyn
// Pardoe said", "Chef Anouk Brenning", but not "Driver Safety Agency".
func (a *analysis) occupationFirst(toks []token, k, j int) bool {
	n := j - k - 1
	if !toks[k].sentStart || !lowerRoles[lower(toks[k].text)] || n < 2 || n > 3 {
		return false
	}
	last := lower(toks[j-1].text)
	return !orgSuffixes[last] && !placeSuffixes[last] && !placeNouns[last] && !nameConnectors[toks[k+1].text]
}

// splitTitle handles a run holding a person title: everything after the
// last title is the person's name; a place or organisation before the title
// is a mention of its own ("US Army Master Sgt. Alexander Burnett").
func (a *analysis) splitTitle(pi, k, j int) bool {
	toks := a.paras[pi].toks
	if orgSuffixes[lower(toks[j-1].text)] {
		return false // "General Motors", "Deputy Ministry"
	}
	t := -1
	for m := j - 2; m >= k; m-- {
		if personTitles[lower(toks[m].text)] {
			t = m
			break
		}
	}
	if t < 0 && a.occupationFirst(toks, k, j) {
		t = k
	}
	if t < 0 {
		return false
	}
	name := t + 1
	// "Secretary of State Marco Rubio": skip the office's domain.
	if toks[name].text == "of" {
		name++
		for name < j-1 && (titleQualifiers[lower(toks[name].text)] || lower(toks[name].text) == "affairs") {
			name++
		}
		if name < j-1 && !titleQualifiers[lower(toks[name-1].text)] {
			name++
		}
	}
	if name >= j {
		return false
	}
	ts := t
	for ts > k && (titleQualifiers[lower(toks[ts-1].text)] || personTitles[lower(toks[ts-1].text)]) {
		ts--
	}
	if ts > k {
		a.addMention(pi, k, ts, "", "")
	}
	title := strings.TrimSuffix(lower(toks[t].text), ".")
	form := a.paras[pi].text[toks[ts].start:toks[j-1].end]
	if toks[j-1].poss {
		form = a.paras[pi].text[toks[ts].start:toks[j-1].start] + toks[j-1].text
	}
	a.addMention(pi, name, j, title, form)
	return true
}

// addMention records toks[k:j] as a mention with the evidence around it.
// A non-empty title makes it a person.
func (a *analysis) addMention(pi, k, j int, title, form string) {
	p := a.paras[pi]
	toks := p.toks
	words := make([]string, 0, j-k)
	for m := k; m < j; m++ {
		words = append(words, toks[m].text)
	}
	surface := joinName(words)
	if surface == "" {
		return
	}
	m := mention{para: pi, tok0: k, tok1: j, start: toks[k].start, surface: surface, form: form,
		title: title, quoted: toks[k].quoted, sentStart: toks[k].sentStart, cluster: -1}
	if m.form == "" {
		m.form = surface
	}
	if title != "" {
		m.votes[votePerson] += 4
	}
	last := lower(words[len(words)-1])
	first := lower(words[0])
	if pl, ok := placeIndex[placeKey(surface)]; ok && title == "" {
		if pl.demonym && a.namesLanguage(toks, k, j) {
			return // "work in French", "French classes": the language, not France
		}
		m.place, m.demonym = pl.name, pl.demonym
		m.votes[votePlace] += 5
	}
	switch {
	case title != "":
	case orgSuffixes[last] && len(words) > 1, orgSuffixes[last] && isAcronym(words[0]):
		m.votes[voteOrg] += 3
	case strings.Contains(surface, " & "):
		m.votes[voteOrg] += 3 // "Hollis & Berg"
	case len(words) > 2 && orgHeads[first] && lower(words[1]) == "of":
		m.votes[voteOrg] += 3
	case len(words) > 2 && placeHeads[first] && lower(words[1]) == "of":
		m.votes[votePlace] += 3
	case institutionHeads[first]:
		m.votes[voteOrg] += 3 // "Majlis al-Shura", and "Majlis" for short
	case a.lang == "fr" && frenchOrgHeads[first] && len(words) > 1:
		m.votes[voteOrg] += 3 // "Mouvement Belrive", "Finances de Belrive"
	case a.lang == "fr" && frenchPlaceHeads[first] && len(words) > 1:
		m.votes[votePlace] += 3 // "Rue des Tanneurs"
	case len(words) > 3 && innerOrgHead(words):
		m.votes[voteOrg] += 3 // "Port Calder Institute of Technology": the institute, not the port
	case len(words) > 1 && (placeSuffixes[last] || placeHeads[first]):
		m.votes[votePlace] += 2
	case containsOfHead(words):
		m.votes[voteOrg] += 2
	case len(words) == 1 && isAcronym(words[0]) && m.place == "":
		m.votes[voteOrg] += 2
	case len(words) > 1 && m.place == "" && givenNames[first]:
		m.votes[votePerson] += 3
	case len(words) > 1 && m.place == "" && !a.allCommonWords(words):
		m.weakPerson = true // a bare multi-word name is most often a person's
	case len(words) == 1 && placeCompound(words[0]):
		m.votes[votePlace] += 2 // "Saint-Aubert", "Port-Lanval"
	case len(words) == 1 && isCamelCase(words[0]):
		m.votes[voteOrg] += 2 // "NordGrid", "TechSignal"
	case len(words) == 1 && givenNames[first]:
		m.votes[votePerson]++
	}
	a.contextVotes(&m, toks, k, j)
	a.mentions = append(a.mentions, m)
}

// innerOrgHead reports an institution's head and "of" after the first
// word: a place's name opening an institution's ("Port Calder Institute
// of Technology", "Velmont University of the Arts").
func innerOrgHead(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if orgHeads[lower(words[i])] && words[i+1] == "of" {
			return true
		}
	}
	return false
}

func containsOfHead(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if (orgHeads[lower(words[i])] || orgSuffixes[lower(words[i])]) && words[i+1] == "of" {
			return true
		}
	}
	return false
}

// joinName joins name words with spaces, keeping "&" tight enough to read.
func joinName(words []string) string {
	return strings.TrimSpace(strings.Join(words, " "))
}

func tokWords(toks []token) []string {
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.text
	}
	return w
}

func isRoleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return personTitles[w] || personTitles[w+"."] || lowerRoles[w] ||
		strings.HasSuffix(w, "s") && (lowerRoles[w[:len(w)-1]] || personTitles[w[:len(w)-1]])
}

// allCommonWords reports whether every word also occurs in lower case in
// the document ("Special Envoy", "Public Affairs").
func (a *analysis) allCommonWords(words []string) bool {
	for _, w := range words {
		if !a.vocab[lower(w)] {
			return false
		}
	}
	return true
}

// splitPlaceCompound counts "US-Afghan" as mentions of both places.
func (a *analysis) splitPlaceCompound(pi, k int) bool {
	t := a.paras[pi].toks[k]
	parts := strings.Split(t.text, "-")
	var places []place
	for _, p := range parts {
		pl, ok := placeIndex[placeKey(p)]
		if !ok {
			return false
		}
		places = append(places, pl)
	}
	for _, pl := range places {
		a.mentions = append(a.mentions, mention{para: pi, tok0: k, tok1: k + 1, start: t.start,
			surface: pl.name, form: pl.name, place: pl.name, demonym: true, quoted: t.quoted, cluster: -1,
			votes: [3]int{0, 0, 5}})
	}
	return true
}

func isPlaceName(s string) bool {
	_, ok := placeIndex[placeKey(s)]
	return ok
}

// eventHeads start names of events, which Herald does not keep as entities.
var eventHeads = wordSet(`storm hurricane typhoon cyclone tropical operation`)

// eventTails end names of competitions and events.
var eventTails = wordSet(`cup championship championships games festival olympics tournament trophy
prize award awards summit conference`)

// placeCompound is a hyphenated name whose first part is how place names
// start: "Saint-Aubert", "Port-Lanval", "Sainte-Foy".
func placeCompound(w string) bool {
	head, rest, ok := strings.Cut(lower(w), "-")
	return ok && rest != "" && (placeHeads[head] || compoundPlaceHeads[head])
}

// compoundPlaceHeads begin hyphenated place names.
var compoundPlaceHeads = wordSet(`saint sainte st ste san santa são fort pont mont bourg villa ville`)

// isCamelCase is a word with a capital right after a lower-case letter:
// "NordGrid", "TechSignal", "iPhone" aside. A capital after a hyphen or an
// apostrophe starts a part of a compound name ("Saint-Aubert",
// "Osei-Lund", "O'Brien"), which places and people have as often.
func isCamelCase(w string) bool {
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

func runHasOf(toks []token) bool {
	for _, t := range toks {
		if t.text == "of" {
			return true
		}
	}
	return false
}

// isDateline reports an all-capitals word opening a paragraph before
// punctuation ("COMMUTER: ..."); real datelines ("VELMONT (Northwind) —")
// are read by parseDateline before names are looked for.
func (a *analysis) isDateline(pi, k int) bool {
	toks := a.paras[pi].toks
	if k != 0 || len(toks) < 2 {
		return false
	}
	switch toks[1].text {
	case "—", "–", "-", "(", ",", ":":
		return true
	}
	return false
}

// namesLanguage reports whether the demonym toks[k:j] names a language
// rather than a nationality. It must be one ("French", "German"); then:
//   - before a capitalised word it names the country ("French President
//     Emmanuel Macron");
//   - after "the", or after a copula in a sentence not about language, it
//     is the people ("the French have voted", "the winner is French");
//   - before a noun, possibly across a list of nationalities, it is an
//     adjective ("French officials", "French, British and American
//     warplanes"), unless the noun is about language ("French classes");
//   - standing alone it is the language ("speak French", "make French the
//     language of work", "in French and English").
func (a *analysis) namesLanguage(toks []token, k, j int) bool {
	if j-k != 1 || !languageDemonyms[lower(toks[k].text)] {
		return false
	}
	sent := toks[k].sent
	n := j // past "British and American" in "French, British and American warplanes"
	for n+1 < len(toks) && toks[n+1].sent == sent && (toks[n].text == "," || lower(toks[n].text) == "and" ||
		lower(toks[n].text) == "or") && toks[n+1].upper && isNationality(toks[n+1].text) {
		n += 2
	}
	next := ""
	if n < len(toks) && toks[n].sent == sent && toks[n].word {
		if toks[n].upper {
			return false // "French President Emmanuel Macron", "German Chancellor"
		}
		next = lower(toks[n].text)
	}
	switch {
	case languageNouns[next]:
		return true // "the French language", "French classes"
	case k > 0 && toks[k-1].sent == sent && lower(toks[k-1].text) == "the":
		return false // "the French have voted"
	case k > 0 && toks[k-1].sent == sent && copulas[lower(toks[k-1].text)]:
		// "the winner is French", but "her second language is Italian".
		for m := k - 2; m >= 0 && toks[m].sent == sent; m-- {
			if languageNouns[lower(toks[m].text)] {
				return true
			}
		}
		return false
	case next != "" && !text.IsStopWord(a.lang, next):
		return false
	}
	return true
}

// isNationality reports a demonym, known or shaped like one ("British",
// "Ardenian").
func isNationality(w string) bool {
	pl, ok := placeIndex[placeKey(w)]
	return ok && pl.demonym || languageDemonyms[lower(w)] || demonymShaped(lower(w))
}

// copulas before a nationality make it a predicate: "she is French".
var copulas = wordSet(`is are was were be been being become became remains`)

// languageDemonyms are demonyms that also name a language.
var languageDemonyms = wordSet(`english french german spanish italian portuguese russian chinese japanese
dutch greek turkish polish swedish danish norwegian finnish hungarian czech korean hebrew persian
vietnamese thai ukrainian romanian bulgarian serbian croatian`)

// languageNouns after a language name keep it a language ("French
// classes"); "French teachers" may teach in France, so roles are not here.
var languageNouns = wordSet(`language languages speaker speakers speaking class classes lesson lessons
course courses tongue translation translations subtitles spelling grammar`)

// isUnknownDemonym is a lone adjective of nationality the gazetteer does
// not know, used before a noun: "Ardenian nurses".
func isUnknownDemonym(toks []token, k int) bool {
	w := lower(toks[k].text)
	if isPlaceName(w) || !demonymShaped(w) {
		return false
	}
	if k+1 < len(toks) && toks[k+1].word && !toks[k+1].upper {
		return true
	}
	// "It works in Ardenian, English and French": a language among
	// languages.
	for _, n := range []int{k - 2, k - 1, k + 1, k + 2} {
		if n >= 0 && n < len(toks) && n != k && toks[n].sent == toks[k].sent && languageDemonyms[lower(toks[n].text)] {
			return true
		}
	}
	return false
}

func demonymShaped(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}
