package enrich

import (
	"strings"

	"herald/internal/text"
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
		for j < len(toks) && (!toks[j-1].poss || possessiveInName(toks, j)) && !toks[j].skip {
			t := toks[j]
			if isNameWord(t) && !isTimeWord(t.text) {
				j++
				continue
			}
			connector := t.word && nameConnectors[t.text] && !(t.text == "of" && personBeforeOf(toks[k:j])) || t.text == "&" ||
				t.text == "and" && (runHasOf(toks[k:j]) || andNamesOneBody(toks, j)) &&
					!(j+1 < len(toks) && isGivenName(lower(toks[j+1].text))) // "Homeland Security and Alex Azar": two names
			if j+1 < len(toks) && connector && !toks[j+1].skip &&
				isNameWord(toks[j+1]) && !isTimeWord(toks[j+1].text) && toks[j+1].sent == t.sent {
				j += 2
				continue
			}
			// "Institute for Astrophysics", "Institute on Drug Abuse",
			// "Office for the Western District": a body's head keeps the
			// domain after "for" or "on".
			if (t.text == "for" || t.text == "on") && bodyDomainHeads[lower(toks[j-1].text)] {
				m := j + 1
				if m < len(toks) && toks[m].text == "the" {
					m++
				}
				if m < len(toks) && isNameWord(toks[m]) && !toks[m].skip && toks[m].sent == t.sent && !isTimeWord(toks[m].text) {
					j = m + 1
					continue
				}
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
		if j < len(toks) && isWeekday(toks[j].text) && namedDayHeads[lower(toks[j-1].text)] {
			// "Black Friday", "the Cyber Monday sale": a day, not "Black"
			if j-1 > k {
				a.classifyRun(pi, k, j-1)
			}
			k = j + 1
			continue
		}
		a.classifyRun(pi, k, j)
		k = j
	}
}

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
		case notNames[w] && !a.newInName(toks, k, j) && !a.theInName(toks, k, j) && !knownAcronym(toks, k) || isTimeWord(toks[k].text) ||
			toks[k].sentStart && a.vocab[w] && !isGivenName(w) && !isPersonTitle(w) && !(k+1 < j && isRoleWord(lower(toks[k+1].text))) &&
				!(k+1 < j && a.opensName(toks[k].text, toks[k+1].text)):
		case k == start && toks[k].sentStart && k+2 < j && toks[k+1].text == "of" && !nameHeadWord(w) && !isGivenName(w) &&
			!isRoleWord(w) && !nobleTitles[w]:
			// "Bottle of Belrive white, two coffees": a common word that
			// only its place in the sentence capitalised, before "of".
		case k+1 < j && isInitial(toks[k].text) && notNames[lower(toks[k+1].text)]:
			// "du rang K. Le Théâtre des Remparts": a letter ending a
			// sentence, not an initial of the name after it.
		case k > start && (toks[k].text == "of" || toks[k].text == "&"):
		case k+1 < j && nameAsAdjective(w):
			// "Sacramento-based McClatchy": where the company sits
		case k+1 < j && (positionCodes[toks[k].text] || strings.HasSuffix(w, "s") && strings.Contains(w, "-") && allRoleWords(strings.Split(w, "-"))):
			// "DL Myles Garrett" in a stats table, "Singer-guitarists
			// Tom Johnston": a player's position, a trade
		default:
			break trim
		}
	}
	if k >= j {
		return // nothing but function words: "Il a vu Le", "Il est venu. I'm"
	}
	if j-k == 1 && nameAsAdjective(lower(toks[k].text)) {
		return // "GiveWell-directed grants": the name is named as a kind
	}
	if a.lang == "fr" {
		// "boulevard de la Mer", "rue du Liban": the street, not "Mer";
		// but "la place de la France en Europe" is France's role (see
		// ambiguousStreetNouns).
		if s := frenchStreetStart(toks, k); s >= 0 && !(ambiguousStreetNouns[lower(toks[s].text)] && isPlaceName(joinName(tokWords(toks[k:j])))) {
			k = s
		}
		j = frenchNameAdjective(toks, k, j)
		if d := frenchMinistryDomain(toks, k, j); d >= 0 {
			// "le ministre des Finances de Belrive": the domain is part
			// of the title, and what follows it is the country or
			// region the minister serves.
			if d+1 < j {
				n := len(a.mentions)
				a.classifyRun(pi, d+1, j)
				if len(a.mentions) == n+1 && a.mentions[n].votes[voteOrg] == 0 {
					a.mentions[n].votes[votePlace] += 2
				}
			}
			return
		}
	}
	// "Taliban Officials", "US Special Envoy": a trailing role word is not
	// part of a name, unless the name is known whole ("Hollywood Reporter").
	roleEnd := j
	for j > k && !knownTail(toks[k:j]) && isRoleWord(lower(toks[j-1].text)) && !familyNameTails[lower(toks[j-1].text)] && (j-2 < k || !nameConnectors[toks[j-2].text] && toks[j-2].text != "the") &&
		!(strings.HasSuffix(toks[j-1].text, "s") && runHasOf(toks[k:j-1])) && !(j-k == 2 && isGivenName(lower(toks[k].text))) {
		// but "Office of the President" keeps its president, "Union of
		// Technical and Office Workers" its members, and "Tom Baker" his
		// surname
		j--
	}
	if j < roleEnd && j > k && isPersonTitle(lower(toks[k].text)) && !isGivenName(lower(toks[j-1].text)) {
		return // "Chief Strategy Officer": a post, with no one's name in it
	}
	for j > k && (nameConnectors[toks[j-1].text] || toks[j-1].text == "&" || toks[j-1].text == "the") {
		j--
	}
	if j-k >= 2 && toks[k].sentStart && !isGivenName(lower(toks[k].text)) {
		if _, ok := placeIndex[placeKey(joinName(tokWords(toks[k+1:j])))]; ok {
			k++ // "Hold Americans: ..."
		}
	}
	if j-k == 1 && stateAfterPlace(toks, k) != "" {
		a.addMention(pi, k, j, "", "") // "Tampa, FL": Florida
		return
	}
	if j-k == 1 && a.commonAcronyms[toks[k].text] {
		return // "binge eating disorder (BED)": a common noun's acronym
	}
	if j-k == 1 && k > 0 && toks[k-1].sent == toks[k].sent && unitAfter(toks[k-1].text, toks[k].text) {
		return // "151 PS", "150 kW DC": a unit
	}
	if j-k == 1 && isAcronym(toks[k].text) && a.isDateline(pi, k) {
		return // "VELMONT (Northwind) -"
	}
	if allNonEntityAcronyms(toks[k:j]) {
		return // "GDP", "USB-C PD"
	}
	if j-k == 1 && isAcronym(toks[k].text) && !isPlaceName(toks[k].text) && (a.vocab[lower(toks[k].text)] || text.IsStopWord("en", lower(toks[k].text))) &&
		!knownAcronym(toks, k) {
		return // shouted words: "VERY big bounties"
	}
	for j > k && notNames[lower(toks[j-1].text)] && !knownAcronym(toks, j-1) {
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
	// "the European Union Gordon Sondland", "Police Ibrahim Idris": a body's
	// name ends at its head word when a full name follows it.
	for m := k + 1; m+2 < j+1 && m+1 < j; m++ {
		if orgSuffixes[lower(toks[m].text)] && isGivenName(lower(toks[m+1].text)) && j-(m+1) >= 2 && !toks[m].poss {
			a.classifyRun(pi, k, m+1)
			a.classifyRun(pi, m+1, j)
			return
		}
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
		if split > k && split < j && a.cityTeam(toks, k, split, j) {
			n := len(a.mentions)
			a.addMention(pi, k, j, "", "")
			if len(a.mentions) > n {
				a.mentions[n].votes[voteOrg] += 5
			}
			return
		}
		if split > k && split < j && !containsOfHead(tokWords(toks[k:j])) && !(split == k+1 && isGivenName(lower(toks[k].text)) && !partyMembers[lower(toks[j-1].text)]) {
			a.addMention(pi, k, split, "", "")
			if j-split == 1 && isNonEntityAcronym(toks[split].text) {
				return // "the European WLTP cycle"
			}
			a.addMention(pi, split, j, "", "")
			if pl := placeIndex[placeKey(joinName(tokWords(toks[k:split])))]; pl.demonym && j-split >= 2 && !a.vocab[lower(toks[split].text)] {
				// "American Faye Hall": a nationality before a bare full
				// name describes a person; not "Asian Chicken Zoodles",
				// where the text writes "chicken" in lower case.
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
	if !toks[k].sentStart || !isOccupation(lower(toks[k].text)) || n < 2 || n > 3 {
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
	if last := lower(toks[j-1].text); strings.HasSuffix(last, "s") && isRoleWord(last) && runHasOf(toks[k:j]) {
		return false // "the Association of Chief Executives": a body named for its members
	}
	t := -1
	for m := j - 2; m >= k; m-- {
		if isPersonTitle(lower(toks[m].text)) && !toks[m].poss { // not "Attorney's Office"
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
	// "Chief Executive Officer Tim Cook": the post runs to its last role
	// word before the person's given name, and leaves two words at least
	// ("Defense Minister Gen Nakatani": Gen is his name).
	for m := t + 1; m < j-2 && !isGivenName(lower(toks[m].text)); m++ {
		if isRoleWord(lower(toks[m].text)) && toks[m].upper {
			name = m + 1
		}
	}
	// "Secretary of State Marco Rubio": skip the office's domain.
	if toks[name].text == "of" {
		name++
		domain := name
		for name < j-1 && (titleQualifiers[lower(toks[name].text)] || lower(toks[name].text) == "affairs") {
			name++
		}
		if name < j-1 && !titleQualifiers[lower(toks[name-1].text)] {
			name++
		}
		if name == domain && !nobleTitles[lower(toks[t].text)] {
			// "CEO of Nordplay", "Mayor of Velmont": only the body or the
			// place the office belongs to, no person's name after it.
			a.addMention(pi, domain, j, "", "")
			return true
		}
	}
	if name >= j {
		return false
	}
	if t == k && royalTitles[lower(toks[t].text)] && (j-name == 1 || j-name == 2 && isRomanNumeral(toks[j-1].text)) {
		name = t // "Prince Andrew", "Pope Francis", "Queen Elizabeth II": the title is part of the name
	}
	// "President Xi Jinping of China": the country he leads is a place
	// of its own, not the end of his name.
	placeAfter, end := j, j
	for m := name + 1; m+1 < j; m++ {
		if toks[m].text == "of" && isPlaceName(joinName(tokWords(toks[m+1:j]))) {
			placeAfter, j = m+1, m
			break
		}
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
	if placeAfter < end {
		a.addMention(pi, placeAfter, end, "", "")
	}
	return true
}

// addMention records toks[k:j] as a mention with the evidence around it.
// A non-empty title makes it a person.
func (a *analysis) addMention(pi, k, j int, title, form string) {
	p := a.paras[pi]
	toks := p.toks
	words := make([]string, 0, j-k)
	for m := k; m < j; m++ {
		if toks[m].poss && m < j-1 {
			words = append(words, p.text[toks[m].start:toks[m].end]) // "People's Liberation Army"
			continue
		}
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
	m.thing = title == "" && a.inColonTitle(toks, k, j, surface)
	m.credit = a.creditMention(pi, k)
	if title != "" {
		m.votes[votePerson] += 4
	}
	last := lower(words[len(words)-1])
	first := lower(words[0])
	if state := stateAfterPlace(toks, k); state != "" && j == k+1 {
		m.place = state
		m.votes[votePlace] += 5
	} else if pl, ok := placeIndex[placeKey(surface)]; ok && title == "" {
		if pl.demonym && a.namesLanguage(toks, k, j) {
			return // "work in French", "French classes": the language, not France
		}
		if pl.demonym && j < len(toks) && strings.HasPrefix(toks[j].text, "American") {
			return // "African Americans", "Asian American voters": Americans, not Africa
		}
		m.place, m.demonym = pl.name, pl.demonym
		m.votes[votePlace] += 5
	}
	if (knownOrganizations[strings.ToLower(surface)] || knownTail(toks[k:j])) && title == "" {
		m.votes[voteOrg] += 5 // "Apple", "the Sioux Falls Argus Leader"
	}
	switch {
	case title != "":
	case orgSuffixes[last] && len(words) > 1, orgSuffixes[last] && isAcronym(words[0]), clubPrefixes[first] && len(words) > 1,
		partyMembers[last], last == "administration" && len(words) > 2:
		// An agency's administration has a name of two words or more
		// ("Federal Aviation Administration", "Food and Drug
		// Administration"); a president's has one ("the Trump
		// Administration"), which stays the president's.
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
		m.votes[voteOrg] += 3 // "Mouvement Belrive", "Banque de Corvalle"
	case a.lang == "fr" && frenchPlaceHeads[first] && len(words) > 1:
		m.votes[votePlace] += 3 // "Rue des Tanneurs"
	case len(words) == 2 && lower(words[1]) == "hall" && civicHallHeads[first]:
		m.votes[voteOrg] += 3 // "City Hall", as "Velmont Central Hospital": the council in its building
	case len(words) > 1 && clubTails[last] && !isPlaceName(surface) && a.reportsSport():
		m.votes[voteOrg] += 3 // "Lindhaven Town", "Brenmoor Rovers" in a match report
	case len(words) > 3 && innerOrgHead(words):
		m.votes[voteOrg] += 3 // "Port Calder Institute of Technology": the institute, not the port
	case len(words) > 1 && (placeSuffixes[last] || placeHeads[first]):
		m.votes[votePlace] += 2
	case containsOfHead(words):
		m.votes[voteOrg] += 2
	case len(words) == 1 && mastheads[first]:
		m.votes[voteOrg] += 5 // "Tribune, the former owner of The Times": a paper, as a known one
	case len(words) == 1 && isAcronym(words[0]) && m.place == "":
		m.votes[voteOrg] += 2
	case len(words) == 2 && words[0] == "The" && m.place == "":
		m.votes[voteOrg] += 2 // "The Hill", "The Wrap": a title, never a person
	case len(words) > 1 && m.place == "" && isGivenName(first):
		m.votes[votePerson] += 3
	case len(words) > 1 && m.place == "" && !a.allCommonWords(words):
		m.weakPerson = true // a bare multi-word name is most often a person's
	case len(words) == 1 && placeCompound(words[0]):
		m.votes[votePlace] += 2 // "Saint-Aubert", "Port-Lanval"
	case len(words) == 1 && isCamelCase(words[0]):
		m.votes[voteOrg] += 2 // "NordGrid", "TechSignal"
	case len(words) == 1 && isGivenName(first):
		m.votes[votePerson]++
	}
	a.contextVotes(&m, toks, k, j)
	a.mentions = append(a.mentions, m)
}

// frenchMinistryDomain reports a run toks[k:j] that opens on a minister's
// domain ("le ministre des Finances", "la ministre déléguée chargée des
// Transports", "le ministre de la Santé"): it returns the index of the
// connector that ends the domain ("Finances de Belrive"), j when the whole
// run is the domain, or -1 when no minister's title stands before it. A
// place after "du" or "de la" is the minister's country ("le ministre du
// Canada"), not a domain.
func frenchMinistryDomain(toks []token, k, j int) int {
	i := k - 1
	switch {
	case i >= 0 && frenchDomainArticles[lower(toks[i].text)]:
	case i >= 1 && lower(toks[i].text) == "la" && lower(toks[i-1].text) == "de":
		i--
	default:
		return -1
	}
	if isPlaceName(toks[k].text) {
		return -1
	}
	i--
	for n := 0; i >= 0 && n < 2 && frenchMinisterQualifiers[lower(toks[i].text)]; n++ {
		i--
	}
	if i < 0 || !frenchMinisterTitles[lower(toks[i].text)] || toks[i].sent != toks[k].sent {
		return -1
	}
	for d := k + 1; d+1 < j; d++ {
		if nameConnectors[lower(toks[d].text)] && !toks[d].upper {
			return d
		}
	}
	return j
}

// frenchDomainArticles come between a minister and the domain:
// "ministre des Finances", "du Travail", "aux Sports".
var frenchDomainArticles = wordSet(`des du aux au`)

// frenchMinisterTitles hold a domain after them; frenchMinisterQualifiers
// may come between the title and the domain ("ministre déléguée chargée
// des Transports", "secrétaire d'État aux Sports").
var frenchMinisterTitles = wordSet(`ministre ministres sous-ministre vice-ministre d'état d’état`)

var frenchMinisterQualifiers = wordSet(`délégué déléguée délégués chargé chargée chargés national nationale
fédéral fédérale régional régionale adjoint adjointe`)
