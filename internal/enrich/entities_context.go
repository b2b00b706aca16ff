package enrich

import "strings"

// contextVotes reads the words around a mention: speech verbs, "who",
// appositive roles, "in X", "X's capital".
func (a *analysis) contextVotes(m *mention, toks []token, k, j int) {
	prev := func(n int) string {
		if k-n >= 0 && toks[k-n].sent == toks[k].sent {
			return lower(toks[k-n].text)
		}
		return ""
	}
	next := func(n int) string {
		if j-1+n < len(toks) && toks[j-1+n].sent == toks[j-1].sent {
			return lower(toks[j-1+n].text)
		}
		return ""
	}
	n1, n2, n3 := next(1), next(2), next(3)
	p1, p2 := prev(1), prev(2)
	if toks[j-1].poss {
		n1, n2, n3 = "'s", n1, n2
	}
	det := p1 == "the" || p1 == "la" || p1 == "le" || p1 == "les" || p1 == "l"
	m.teamCue = m.place != "" && a.teamCue(p1, p2, n1)
	// "the Trump administration" uses the name as a modifier: no evidence.
	attributive := n1 != "" && n1 != "'s" && j < len(toks) && toks[j].word && !toks[j].upper &&
		!speechVerbs[n1] && !auxVerbs[n1]
	// "the Dar al-Diyafa palace", "the Sahl al-Hamra plain": a place noun
	// after the name says what it is.
	if (placeNouns[n1] || placeNounsAfter(n1)) && !toks[j-1].poss && j < len(toks) && toks[j].word && !toks[j].upper {
		m.votes[votePlace] += 3
	}
	// "the Tess, Ash and Orne valleys", "the Kharkiv and Sumy provinces":
	// the noun after a list names what each of its names is.
	if h := listHead(toks, j); h >= 0 {
		m.kindAfter = singularNoun(lower(toks[h].text))
		if placeNounsAfter(lower(toks[h].text)) {
			m.votes[votePlace] += 3
		}
	} else if n1 != "" && n1 != "'s" && j < len(toks) && toks[j].word && !toks[j].upper {
		m.kindAfter = singularNoun(n1)
	}
	// "the trawler Marta Lise", "their trawler, the Marta Lise", "The
	// Marta Lise, a 22-metre trawler", "le chalutier Marta Lise": a ship.
	if vesselNouns[p1] && !toks[k-1].upper || det && k >= 3 && toks[k-2].text == "," && vesselNouns[lower(toks[k-3].text)] ||
		n1 == "," && appositiveVessel(toks, j) {
		m.thing = true
	}
	// "MacBook Pro", "Chromecast Ultra", "Apple AirPods", "Google Stadia":
	// a product, by its model word or its maker's name before it.
	if a.lang == "en" && productName(toks, k, j) {
		m.thing = true
	}
	m.model = a.lang == "en" && modelNumbered(toks, k, j)
	// "a mission called Europa Clipper", "an offering called INWEGO": a
	// thing named, not a person or a company.
	if a.lang == "en" && (p1 == "called" || p1 == "named" || p1 == "dubbed") && calledThings[singularNoun(p2)] {
		m.thing = true
	}
	// "The Long Corridor by Margit Thorvald", "Review: The Long Corridor,
	// by Margit Thorvald": a work and its author, when the work opens the
	// sentence or follows its owner or a work noun; "the takeover of
	// Twitter by Elon Musk" names a company.
	if by := j; workPosition(toks, k) && by < len(toks) && toks[by].sent == toks[j-1].sent {
		if toks[by].text == "," {
			by++
		}
		if by+2 < len(toks) && toks[by].text == "by" && isNameWord(toks[by+1]) && isNameWord(toks[by+2]) &&
			toks[by+2].sent == toks[j-1].sent && !orgSuffixes[lower(toks[by+2].text)] {
			m.thing = true
		}
	}
	// "place de la Fondation", "rue des Tanneurs": a French street or
	// square named after something.
	if a.lang == "fr" && frenchPlaceNounBefore(toks, k) {
		m.votes[votePlace] += 4
	}
	// "Halvorsen Marine chief executive Ingrid Lykke": a name before a role
	// and a person's name is the person's employer.
	if role := roleBeforeName(toks, j); !toks[j-1].poss && role >= 0 {
		if localRoles[toks[role].text] {
			m.votes[votePlace]++ // "Lindhaven mayor Kjell Marstrand", "Dunmore councillor Ray Bellamy"
			m.guessVotes[votePlace]++
		} else {
			m.votes[voteOrg]++
			m.guessVotes[voteOrg]++
		}
	}
	// "software company Lumio", "ferry operator Osterlinjen": what kind of
	// body it is, said just before the name; it outweighs any number of
	// speech verbs that follow ("Lumio said"), which companies use as
	// often as people.
	if orgNounsBefore[p1] && !toks[k-1].upper || p1 == "," && orgAppositionBefore(toks, k-1) {
		m.votes[voteOrg] += 10
	}
	if det && !attributive && m.votes[votePlace] == 0 {
		m.votes[voteOrg] += 2 // people rarely take an article: "the Taliban said"
		m.guessVotes[voteOrg] += 2
	}
	switch {
	case det, attributive && !speechVerbs[n1]:
	case speechVerbs[n1] && n1 != "say" && n1 != "tell":
		m.votes[votePerson] += 2
		m.guessVotes[votePerson] += 2
		m.spoke = true
	case n1 == "," && n2 == "who" && !placePreps[p1] && !(j-k > 1 && orgSuffixes[lower(toks[j-1].text)]):
		// Not "a centre near Saint-Aubert, who ...": after "near" the
		// "who" is someone else; nor "U.S. Capitol Police, who", a body
		// of people.
		m.votes[votePerson] += 3
	case n1 == "," && (placePreps[p1] || placeSuffixes[lower(toks[j-1].text)]):
		// "In Velmont, the minister said", "À Saint-Aubert, le ministre",
		// "on Ropewalk Lane, owner Sunil Marten said": a place set before
		// the sentence, not a person's appositive.
	case n1 == "," && (lowerRoles[n2] && !toks[j+1].upper || (n2 == "a" || n2 == "the" || n2 == "an") && lowerRoles[n3]):
		m.votes[votePerson] += 3
	case n1 == "," && appositiveRole(toks, j):
		m.votes[votePerson] += 3 // "Maren Holt, the union's general secretary"
	case n1 == "," && isAge(n2) && (n3 == "," || n3 == "." || n3 == "of" || n3 == "from"):
		m.votes[votePerson] += 3 // "Hilde Sorensen, 84, who ..."
	case n1 == "," && speechVerbs[n2] && p1 == ",":
		m.votes[votePerson] += 2 // "the head of libraries, Simon Pryor, said"
	case n1 == "," && n2 == "which":
		m.votes[voteOrg]++
	case n1 == "," && n2 == "founded":
		m.votes[voteOrg] += 2 // "Lumio, founded in 2009," (people are born)
	case n1 == "'s" && (orgPossessions[n2] || (n2 == "former" || n2 == "new") && orgPossessions[n3]):
		m.votes[voteOrg] += 2 // "Lumio's headquarters", "NordGrid's shares", "Tribune's former chairman"
	case n1 == "'s" && (n2 == "capital" || n2 == "largest" || n2 == "second-largest"):
		m.votes[votePlace] += 2
	}
	switch {
	case speechVerbs[p1] && (n1 == "," || n1 == "." || n1 == ""):
		m.votes[votePerson] += 2
		m.guessVotes[votePerson] += 2
		m.spoke = true
	case lowerRoles[p1] && !toks[k-1].upper:
		m.votes[votePerson] += 3
		m.guessVotes[votePerson] += 3
		m.roleBefore = !groupRoles[p1] // "league leader Arsenal" is a club
	case p1 == "mr" || p1 == "ms" || p1 == "mrs":
		m.votes[votePerson] += 3
	case (p1 == "called" || p1 == "named") && (calledPeople[p2] || lowerRoles[p2]) && (n1 == "," || n1 == "." || n1 == "who") &&
		!possessives[prev(3)]:
		// "a lovely young man called Deniz," but not "her husband called
		// Vodafone" nor "a man called Police Scotland at 3am".
		m.votes[votePerson] += 3
	case (p1 == "in" || p1 == "of") && p2 == "shares" && !toks[j-1].poss:
		m.votes[voteOrg] += 3 // "shares in Lumio rose"
	case placePreps[p1] && (!toks[j-1].poss || placeParts[n2]): // "in Velmora's south", not "in Woody Allen's movie"
		m.votes[votePlace]++
	case (p1 == "of" || p1 == ",") && (p2 == "capital" || placeNouns[p2]):
		m.votes[votePlace] += 2
	case p1 == "visit" || p1 == "visited" || p1 == "visiting" || p1 == "to" && travelVerbs[p2]:
		m.votes[votePlace]++
	}
}

// appositiveRole reports a role word in the phrase after the comma at
// toks[j], before the next punctuation: ", the union's general secretary",
// ", Belrive's minister responsible for".
func appositiveRole(toks []token, j int) bool {
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if !t.word || t.sent != toks[j].sent || npStops[t.text] && !t.upper {
			return false
		}
		if !t.upper && (lowerRoles[t.text] || strings.HasSuffix(t.text, "s") && lowerRoles[t.text[:len(t.text)-1]]) {
			// ", opposition councillor Bea Thorsen": a title of the next name.
			return !t.poss && !(k+1 < len(toks) && isNameWord(toks[k+1]))
		}
		if t.upper && k == j+1 && lowerRoles[lower(t.text)] && k+1 < len(toks) && rolePrepositions[lower(toks[k+1].text)] {
			return true // "Pankaj Pandey, Head of Research at ICICI Securities,", not ", President Trump"
		}
	}
	return false
}

// rolePrepositions follow a capitalised role that is a post, not a name's
// title: "Head of Research", "Director at Amnesty".
var rolePrepositions = wordSet(`of at for`)

// isAge is a number a person's age is given as: "Hilde Sorensen, 84,".
func isAge(s string) bool {
	return len(s) >= 1 && len(s) <= 3 && isAllDigits(s) && s != "0"
}

// roleBeforeName finds lower-case role words at toks[j:] followed by a
// capitalised name ("chief executive Ingrid", "deputy mayor Sana") and
// returns the index of the last, the role itself; -1 when there are none.
func roleBeforeName(toks []token, j int) int {
	n := 0
	for j+n < len(toks) && n < 3 && toks[j+n].word && !toks[j+n].upper &&
		(lowerRoles[toks[j+n].text] || titleQualifiers[toks[j+n].text]) {
		n++
	}
	if n > 0 && j+n < len(toks) && lowerRoles[toks[j+n-1].text] && isNameWord(toks[j+n]) {
		return j + n - 1
	}
	return -1
}

// workPosition reports whether a name at toks[k] stands where a work's
// title does: opening its sentence (after "The"), after a possessive
// ("Thorvald's The Long Corridor") or after a work noun ("the memoir").
func workPosition(toks []token, k int) bool {
	if k == 0 || toks[k].sentStart {
		return true
	}
	p := toks[k-1]
	if lower(p.text) == "the" && (k == 1 || p.sentStart) {
		return true
	}
	return p.poss || workNouns[lower(p.text)]
}

// workNouns name a kind of work just before its title.
var workNouns = wordSet(`book novel memoir memoirs biography film movie documentary album song play series
collection poem opera musical`)

// localRoles after a name make it the place the person lives or serves
// in, not an employer: "Lindhaven shopkeeper Carla Wendt".
var localRoles = wordSet(`mayor councillor councilor shopkeeper resident pensioner farmer fisherman publican
landlord landlady baker vicar neighbour neighbor commuter villager mum dad grandmother grandfather widow
widower midwife shopper maire`)

// auxVerbs follow a subject: "the ministry has", "the Taliban was".
var auxVerbs = wordSet(`has had have is was are were will would could should can may might must also
does did said says`)

// travelVerbs before "to X" make X a place: "flew to Kabul".
var travelVerbs = wordSet(`flew fly flying travel travelled traveled travelling traveling returned return
moved move went go going came come trip journey drove sailed headed fled`)

// orgNounsBefore say, right before a name, that it names a company or
// another organisation.
var orgNounsBefore = wordSet(`company firm maker manufacturer carmaker retailer supermarket grocer chain
operator carrier airline insurer lender broker brand publisher developer giant utility producer supplier
conglomerate startup start-up spin-off subsidiary shipbuilder shipyard`)

// orgAppositionBefore reports a comma at token c closing a phrase that
// says what kind of body the name after it is: "The group that owns most
// of her music, Big Machine, says", "the label, Big Machine,". The phrase
// opens its sentence or follows a comma, and starts with an article and
// the body's noun.
func orgAppositionBefore(toks []token, c int) bool {
	start := c
	for start > 0 && toks[start-1].sent == toks[c].sent && toks[start-1].text != "," && c-start < 12 {
		start--
	}
	if start+1 >= c || !determiners[lower(toks[start].text)] {
		return false
	}
	head := toks[start+1]
	return !head.poss && (orgNounsBefore[lower(head.text)] || appositionBodies[lower(head.text)])
}

// appositionBodies name a kind of organisation in an apposition ("the
// group, Big Machine,"), besides orgNounsBefore.
var appositionBodies = wordSet(`group label organisation organization charity union party club band agency
network broadcaster newspaper studio team`)

// orgPossessions are what an organisation has: "X's headquarters".
var orgPossessions = wordSet(`headquarters shares shareholders staff employees workforce customers
subscribers board profits profit revenue revenues sales factory factories plant offices stores products
app apps software chairman chairwoman ceo owner owners shareholder stadium`)

// placeParts are the parts of a place that "in X's" opens: "in
// Velmora's south", "in Kharkiv's outskirts".
var placeParts = wordSet(`north south east west northeast northwest southeast southwest northern southern eastern
western central capital region regions province provinces border borders outskirts centre center heart suburbs
streets coast coastline interior countryside district districts county counties villages towns cities port ports`)

// placePreps put a place after them: "in Kabul", "à Saint-Aubert".
var vesselNouns = wordSet(`trawler ship vessel boat ferry tanker freighter yacht tug trawlers ships
lifeboat submarine frigate destroyer carrier cruiser liner schooner chalutier navire bateau cargo
pétrolier paquebot voilier remorqueur`)

var placePreps = wordSet(`in near outside across throughout à en`)

// frenchPlaceNounBefore reports a lower-case French place noun just
// before toks[k], over the connectors between: "place de la", "rue des".
func frenchPlaceNounBefore(toks []token, k int) bool {
	for i := k - 1; i >= 0 && i >= k-3 && toks[i].sent == toks[k].sent && toks[i].word; i-- {
		w := lower(toks[i].text)
		switch {
		case w == "de" || w == "des" || w == "du" || w == "la" || w == "le" || w == "l":
			continue
		case frenchPlaceNouns[w] && !toks[i].upper:
			return true
		}
		return false
	}
	return false
}

// frenchStreetStart returns the index of the street noun before a name
// joined by an article ("rue des Remparts", "boulevard de la Mer", "pont
// du Port"), or -1. A bare "de" joins a town ("gare de Velmont"), which
// stays the town's mention.
func frenchStreetStart(toks []token, k int) int {
	article := false
	for i := k - 1; i >= 0 && i >= k-3 && toks[i].sent == toks[k].sent && toks[i].word; i-- {
		w := lower(toks[i].text)
		switch {
		case w == "des" || w == "du" || w == "la" || w == "l" || w == "l'" || w == "l’":
			article = true
		case w == "de":
		case article && frenchPlaceNouns[w] && w != "gare" && w != "route" && (!toks[i].upper || toks[i].sentStart):
			return i
		default:
			return -1
		}
	}
	return -1
}

// appositiveVessel reports a ship noun in the phrase after the comma at
// toks[j], before the next punctuation, when the phrase opens with an
// article or an owner: ", a 22-metre trawler", but not "In Osterland,
// where ferry crews struck".
func appositiveVessel(toks []token, j int) bool {
	if j+1 >= len(toks) || !vesselDeterminers[lower(toks[j+1].text)] {
		return false
	}
	for k := j + 2; k < len(toks) && k <= j+5; k++ {
		t := toks[k]
		if t.sent != toks[j].sent || !t.word {
			return false
		}
		if vesselNouns[lower(t.text)] && !t.upper {
			return true
		}
	}
	return false
}

// vesselDeterminers open a phrase that says what a name is: ", a
// trawler", ", their ferry".
var vesselDeterminers = wordSet(`a an the its their his her our`)

// placeNounsAfter reports a place noun in the plural ("valleys",
// "provinces"), or after a list, that makes the names before it places:
// not a group's sites ("Hamas checkpoints", "RSF camps", "Shell
// stations"). One name before a singular noun is always read as a place
// ("Paddington station", "the Jabalia camp").
func placeNounsAfter(w string) bool {
	if len(w) > 3 && strings.HasSuffix(w, "s") && placeNouns[w[:len(w)-1]] {
		w = w[:len(w)-1]
	}
	return placeNouns[w] && !siteNouns[w]
}

// singularNoun undoes the common English plurals: "libraries", "valleys".
func singularNoun(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}

// groupRoles describe teams and companies as often as people.
var groupRoles = wordSet(`leader winner champion`)

// siteNouns are place nouns whose plural follows a group's or a company's
// name as often as places'.
var siteNouns = wordSet(`camp checkpoint station terminal market`)

// listHead returns the index of the lower-case noun that follows a list of
// names starting after the name ending at j ("X, Y and Z valleys": j is
// the comma after X), or -1 when the name is not in such a list.
func listHead(toks []token, j int) int {
	sent := toks[j-1].sent
	conj := false
	for i := j; i+1 < len(toks) && toks[i].sent == sent && i < j+24; {
		switch lower(toks[i].text) {
		case ",":
		case "and", "or", "et", "ou":
			conj = true
		default:
			return -1
		}
		k := i + 1
		if !isNameWord(toks[k]) {
			return -1
		}
		for k < len(toks) && toks[k].sent == sent && isNameWord(toks[k]) {
			k++
		}
		if conj {
			if k < len(toks) && toks[k].sent == sent && toks[k].word && !toks[k].upper {
				return k
			}
			return -1
		}
		i = k
	}
	return -1
}

// calledThings are kinds of thing whose name follows "called":
// products, works, missions, services.
var calledThings = wordSet(`mission offering product service app game show series film movie book novel album song
programme program feature device platform tool system model car drug vaccine spacecraft rover rocket satellite
telescope phone console brand plan scheme initiative`)

// calledPeople are the nouns for a person that "called" or "named" may
// follow with a name: "a young man called Deniz".
var calledPeople = wordSet(`man woman boy girl lad lass child baby son daughter husband wife mother father brother
sister friend neighbour neighbor cousin uncle aunt grandmother grandfather assistant colleague pupil`)

var possessives = wordSet(`her his their my our your its`)

// productName reports a name shaped like a product's: it ends in a model
// word ("MacBook Pro", "Chromecast Ultra", "Premiere Edition") or opens
// with a famous maker's name and goes on with no word of a body ("Apple
// AirPods", "Google Stadia"; not "Google Cloud Services").
func productName(toks []token, k, j int) bool {
	if j-k == 1 {
		return famousProducts[lower(toks[k].text)] // "AirPods", "Xbox": a product alone
	}
	if j-k < 2 {
		return false
	}
	last := lower(toks[j-1].text)
	if productTails[last] {
		return true
	}
	return knownOrganizations[lower(toks[k].text)] && !orgSuffixes[last] && !placeSuffixes[last] && !toks[j-1].poss
}

// famousProducts are products that news names alone, with nothing around
// them to tell a product from a company.
var famousProducts = wordSet(`airpods iphone iphones ipad ipads imac macbook ipod xbox playstation stadia kindle
chromecast homepod roomba airpower bluetooth wi-fi ethernet`)

// productTails end the names of models and editions.
var productTails = wordSet(`pro max mini ultra plus air edition lite`)
