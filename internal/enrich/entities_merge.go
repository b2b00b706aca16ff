package enrich

import (
	"slices"
	"strings"
	"unicode"
)

// cluster is one entity being assembled from its mentions.
type cluster struct {
	name  string
	words []string
	typ   EntityType
	votes [3]int
	weak  int // mentions that are bare multi-word names
	// datelines counts mentions that are only the place a wire story was
	// filed from; they do not make the place a topic.
	datelines  int
	credits    int  // mentions in a picture's credit or a copyright line, no topic either
	teamCues   int  // mentions of a place as a sports team (see playsAsTeam)
	team       bool // a city that plays: the team named after it
	forms      map[string]bool
	counts     map[string]int // surface -> mentions, to pick the canonical name
	mentions   int
	title      string
	first      int // index of the first mention
	dropped    bool
	guessVotes [3]int // the part of votes from misleading cues (see mention)
	// things counts mentions that name a ship or a work (a book, a
	// film); these are none of the three entity types, and their names
	// read like a person's or a company's.
	things int
	// models counts mentions numbered as a product model is; a cue too
	// weak to drop a name alone ("the 2016 Clinton campaign").
	models int
	// thing: dropped as a product, a ship or a work. product: a machine
	// or a product the text says it is (markSpelledThings,
	// markProductKinds), which may still make a hashtag.
	thing, product bool
	// onlySentStart: every mention opens a sentence.
	onlySentStart bool
	// shortForms: a surname or given name alone was merged in ("Okoro"
	// after "Daniel Okoro"), which is how news copy refers to people.
	shortForms bool
	roles      int // mentions with a role just before ("chief executive Halvorsen")
	spoke      int // mentions beside a speech verb
	// kindsAfter counts the nouns said after the name (see
	// mention.kindAfter); nil until one is.
	kindsAfter map[string]int
	// sex is a person's, as genderOf reads it.
	sex gender
	// unsure: dropped as a one-word name this article alone cannot type
	// or tell from a common word (see unsureList).
	unsure bool
}

// merge groups mentions into entities: gazetteer places by their canonical
// name, other names by surface; then surnames join full names, acronyms
// join their expansions, and each cluster takes the type its evidence
// favours.
func (a *analysis) merge() {
	bySurface := map[string]*cluster{}
	var order []*cluster
	get := func(key string, mi int) *cluster {
		c := bySurface[key]
		if c == nil {
			c = &cluster{forms: map[string]bool{}, counts: map[string]int{}, first: mi, onlySentStart: true}
			bySurface[key] = c
			order = append(order, c)
		}
		return c
	}
	owner := make([]*cluster, len(a.mentions))
	for mi := range a.mentions {
		m := &a.mentions[mi]
		var c *cluster
		if m.place != "" && m.votes[votePlace] >= m.votes[voteOrg] && m.votes[votePlace] >= m.votes[votePerson] {
			c = get("place:"+m.place, mi)
			c.name, c.words, c.typ = m.place, strings.Fields(m.place), Place
		} else {
			c = get(surfaceKey(m.surface), mi)
			if c.words == nil {
				c.words = strings.Fields(m.surface)
			}
		}
		owner[mi] = c
		add(c, m)
	}
	a.placeNames = map[string]bool{}
	for _, c := range order {
		if c.typ == "" {
			c.typ = c.kind()
		}
		if c.playsAsTeam() {
			c.typ, c.team = Organization, true
		}
		if c.typ == Place {
			for f := range c.counts {
				a.placeNames[f] = true
			}
			if c.name != "" {
				a.placeNames[c.name] = true
			}
		}
	}
	// Full person names absorb shorter forms: suffixes ("Khan Muttaqi"),
	// surnames and given names ("Trump", "Donald").
	redirect := map[*cluster]*cluster{}
	byLast, byFirst, byInitials := map[string][]*cluster{}, map[string][]*cluster{}, map[string][]*cluster{}
	for _, c := range order {
		if n := len(c.words); n >= 2 {
			last := withoutGeneration(c.words)
			byLast[last[len(last)-1]] = append(byLast[last[len(last)-1]], c)
			byFirst[c.words[0]] = append(byFirst[c.words[0]], c)
			for _, ini := range nameInitials(c.words) {
				byInitials[ini] = append(byInitials[ini], c)
			}
		}
	}
	for _, c := range order {
		if len(c.words) == 0 {
			continue
		}
		cands := slices.Concat(byLast[c.words[len(c.words)-1]], byFirst[c.words[0]],
			byInitials[strings.ReplaceAll(c.words[0], ".", "")])
		if target := a.linkTarget(c, cands); target != nil && target != c {
			redirect[c] = target
		}
	}
	linkNameVariants(order, redirect)
	resolve := func(c *cluster) *cluster {
		for i := 0; i < 4; i++ {
			t, ok := redirect[c]
			if !ok {
				break
			}
			c = t
		}
		return c
	}
	for _, c := range order {
		if t := resolve(c); t != c {
			absorb(t, c)
			c.dropped = true
		}
	}
	markProductLines(order)
	a.markSpelledThings(order)
	markProductKinds(order)
	index := map[*cluster]int{}
	for _, c := range order {
		if c.dropped {
			continue
		}
		finish(c)
		if c.dropped {
			if c.unsure {
				a.unsure = append(a.unsure, c)
			}
			if c.thing {
				a.things = append(a.things, c)
			}
			continue
		}
		index[c] = len(a.clusters)
		a.clusters = append(a.clusters, c)
	}
	for mi := range a.mentions {
		if i, ok := index[resolve(owner[mi])]; ok {
			a.mentions[mi].cluster = i
		}
	}
}

// markProductLines marks as things the names with no evidence of their
// own that open with a company's name: "Brightwell Smooth" beside
// "Brightwell Foods" is a product, though "its Smooth and Crunchy spreads"
// reads like a surname used alone.
//
// A name with no more than an "in" before it ("meetings recorded in
// Lumio Meet") that opens with a company's whole one-word name is its
// product too: places are not named after the companies in the story.
func markProductLines(order []*cluster) {
	for _, c := range order {
		// "Lumio says" ties with "Lumio's headquarters"; "Lumio Office"
		// and "Lumio Notes" beside it settle that Lumio is the company.
		if c.dropped || len(c.words) != 1 || c.typ != Person || c.votes[voteOrg] == 0 || c.title != "" || c.roles > 0 ||
			c.votes[votePerson] != c.guessVotes[votePerson] || isGivenName(lower(c.words[0])) {
			continue
		}
		for _, o := range order {
			if o != c && !o.dropped && o.typ == Organization && len(o.words) >= 2 && o.words[0] == c.words[0] {
				c.votes[votePerson], c.guessVotes[votePerson] = 0, 0 // its speech verbs were guesses
				c.typ = Organization
				break
			}
		}
	}
	for _, c := range order {
		if c.dropped || len(c.words) < 2 || isGivenName(lower(c.words[0])) {
			continue
		}
		bare := argmaxType(c.votes) == ""
		onlyIn := c.votes == [3]int{votePlace: c.votes[votePlace]} && c.votes[votePlace] <= c.mentions && c.name == ""
		if !bare && !onlyIn || c.typ == Place && !onlyIn {
			continue
		}
		for _, o := range order {
			if o == c || o.dropped || o.typ != Organization || o.words[0] != c.words[0] {
				continue
			}
			if bare && len(o.words) >= 2 || len(o.words) == 1 || o.forms[c.words[0]] {
				// the company is "Lumio" alone, or "Lumio" joined "Lumio Office"
				c.things++
				if c.typ == Place {
					c.typ = ""
				}
				break
			}
		}
	}
}

func add(c *cluster, m *mention) {
	for i := range c.votes {
		c.votes[i] += m.votes[i]
	}
	c.mentions++
	if m.dateline {
		c.datelines++
	}
	if m.credit {
		c.credits++
	}
	if m.teamCue {
		c.teamCues++
	}
	if m.weakPerson {
		c.weak++
	}
	if m.thing {
		c.things++
	}
	if m.model {
		c.models++
	}
	if m.roleBefore {
		c.roles++
	}
	if m.spoke {
		c.spoke++
	}
	for i, v := range m.guessVotes {
		c.guessVotes[i] += v
	}
	c.onlySentStart = c.onlySentStart && m.sentStart
	if m.kindAfter != "" {
		if c.kindsAfter == nil {
			c.kindsAfter = map[string]int{}
		}
		c.kindsAfter[m.kindAfter]++
	}
	if !m.demonym {
		c.forms[m.form] = true
		c.forms[m.surface] = true
		c.counts[m.surface]++
	}
	if m.title != "" && c.title == "" {
		c.title = m.title
	}
}

func absorb(into, from *cluster) {
	for i := range into.votes {
		if i == votePerson && into.typ == Organization {
			continue // "Brightwell said": a short form's speech verbs do not make the company a person
		}
		if i == votePlace && teamOfCity(from, into) {
			continue // "against Boston": the city that plays is the team
		}
		into.votes[i] += from.votes[i]
		into.guessVotes[i] += from.guessVotes[i]
	}
	into.mentions += from.mentions
	into.shortForms = into.shortForms || len(from.words) < len(into.words) && hasSuffix(into.words, from.words)
	into.datelines += from.datelines
	into.credits += from.credits
	into.weak += from.weak
	into.things += from.things
	into.models += from.models
	into.roles += from.roles
	into.spoke += from.spoke
	into.onlySentStart = into.onlySentStart && from.onlySentStart
	for f := range from.forms {
		into.forms[f] = true
	}
	for s, n := range from.counts {
		into.counts[s] += n
	}
	for k, n := range from.kindsAfter {
		if into.kindsAfter == nil {
			into.kindsAfter = map[string]int{}
		}
		into.kindsAfter[k] += n
	}
	if into.title == "" {
		into.title = from.title
	}
}

// linkTarget finds the fuller entity a shorter cluster refers to, or nil.
func (a *analysis) linkTarget(c *cluster, all []*cluster) *cluster {
	if c.typ == Place && len(c.counts) == 0 {
		return nil // demonym-only place
	}
	var best *cluster
	better := func(o *cluster) {
		if best == nil || o.mentions > best.mentions || (o.mentions == best.mentions && len(o.words) > len(best.words)) {
			best = o
		}
	}
	n := len(c.words)
	acr := n == 1 && isAcronym(c.words[0])
	for _, o := range all {
		if o == c || len(o.words) <= n {
			continue
		}
		switch {
		case acr && (o.typ == Organization || o.typ == Place) && slices.Contains(nameInitials(o.words), strings.ReplaceAll(c.words[0], ".", "")):
			better(o)
		case o.typ == Person && c.votes[votePlace] < 5 && c.votes[voteOrg] <= c.votes[votePerson]+2 && !acr &&
			(hasSuffix(o.words, c.words) || n == 1 && o.words[0] == c.words[0] &&
				(isGivenName(lower(c.words[0])) || argmaxType(o.votes) == Person)):
			// A first word alone joins a full name only when it is a given
			// name or the full name is surely a person's: "Lumio said" is
			// not the "Lumio Notes" app.
			better(o)
		case o.typ == Organization && n == 1 && !acr && o.words[0] == c.words[0] && c.votes[votePlace] == 0 &&
			!(len(o.words) == 2 && clubTails[lower(o.words[1])] && c.typ != Organization) &&
			(c.typ == Organization && o.mentions >= c.mentions ||
				!isGivenName(lower(c.words[0])) && c.roles == 0 && !(namedAfterPlace(o.words) && c.votes == [3]int{}) &&
					(o.first < c.first || companyTails[lower(o.words[len(o.words)-1])] &&
						c.title == "" && argmaxType(c.votes) != "" && c.votes[votePerson] == c.guessVotes[votePerson])):
			// "Brightwell" for "Brightwell Foods", named in full first
			// (though "Brightwell said" sounds like a person), or named
			// in full later with the word that makes it a company, when
			// the short name acts ("Brightwell said"; "the Calder
			// estuary" is no company's, and "chief executive Halvorsen"
			// is a person); any
			// other longer name that comes only after the short one, and
			// less often, is another body or a product: "software company
			// Lumio" and its "Lumio Office".
			better(o)
		case teamOfCity(c, o):
			better(o)
		case n == 1 && o.typ == Organization && c.votes[votePlace] < 5 && a.reportsSport() && cityTeamName(o.words, c.words[0]):
			// "the Celtics" are the Boston Celtics of a match report.
			better(o)
		case n == 1 && len(o.words) == 2 && o.words[0] == c.words[0] && c.kindsAfter[singularNoun(lower(o.words[1]))] == c.mentions &&
			c.votes[votePlace] < 5:
			// "the Central, Eastmoor and Northfield libraries" name the
			// Central Library each time; a place that is once "the
			// Velmont library" stays the place.
			better(o)
		case o.typ == Place && n == 1 && len(o.words) == 3 && placeHeads[lower(o.words[0])] && o.words[1] == "of" &&
			o.words[2] == c.words[0] && c.votes[votePerson] <= 2:
			better(o) // "Savara" for "Kingdom of Savara"
		case o.typ == Place && c.typ != Person && n == 1 && len(o.words) == 2 && (featureHeads[lower(o.words[0])] || arabicNamedFeatures[o.words[0]]) &&
			o.words[1] == c.words[0] && c.votes[votePerson] <= 2 && !isPlaceName(c.words[0]):
			// "the Orne" for "River Orne", "Halvard" for "Cape Halvard";
			// but a town is not its county ("Cork", "County Cork").
			better(o)
		case o.typ == Organization && c.typ == Organization && frenchShortName(o.words, c.words):
			better(o) // "Mouvement Belrive" for "Mouvement Belrive française"
		case o.typ == Organization && c.typ == Organization && n >= 2 && hasSuffix(o.words, c.words):
			better(o) // "Harbour Authority" for "Port Calder Harbour Authority"
		case o.typ == Organization && c.typ == Organization && n >= 2 && len(o.words) > n+1 && hasPrefix(o.words, c.words) &&
			o.words[n] == "of":
			// "National Gallery" for "National Gallery of Ardenia", "Food
			// Standards Agency" for "... of Ardenia": the body of a place
			// named without it.
			better(o)
		case o.typ == Place && c.typ != Person && n == 1 && len(o.words) == 2 && o.words[0] == c.words[0] &&
			featureTails[lower(o.words[1])] && c.votes[votePerson] == 0:
			better(o) // "the upper Veyra" for "Veyra River"
		case o.typ == Place && c.typ != Person && n == 1 && len(o.words) >= 2 && hasSuffix(o.words, c.words) &&
			c.votes[votePerson] == 0 && !isPlaceName(c.words[0]) && a.isPlace(strings.Join(o.words[:len(o.words)-1], " ")):
			// "Harbourside" for "Port Calder Harbourside", a part of
			// Port Calder; "Velmont" is not "East Velmont".
			better(o)
		case o.typ == Organization && c.typ == Organization && n == 1 && !acr && hasSuffix(o.words, c.words) &&
			o.first < c.first:
			better(o) // "the Mariners" for "Port Calder Mariners", named in full first
		case o.typ == Organization && n >= 2 && len(o.words) == n+1 && hasPrefix(o.words, c.words) &&
			shortFormTails[lower(c.words[n-1])] && c.votes[votePerson] == 0 && o.first < c.first:
			// "Velmont Central" for "Velmont Central Hospital", named in
			// full first; a town is not its council ("Milton Keynes").
			better(o)
		}
	}
	return best
}

// namedAfterPlace reports a name that may be an institution's named
// after its town: "Velmont University", "Velmont Savings Bank". Its first
// word alone, with nothing saying what it is, is then the town ("It is a
// decision Velmont has avoided"); "Harvard said" still joins Harvard
// University.
func namedAfterPlace(words []string) bool {
	for _, w := range words[1:] {
		if placeInstitutionTails[lower(w)] {
			return true
		}
	}
	return false
}

// placeInstitutionTails follow a place's name in the name of one of its
// institutions.
var placeInstitutionTails = wordSet(`university college school bank council hospital clinic police court museum
library airport station academy gallery observatory theatre theater assembly parliament government
authority port harbour harbor cathedral zoo université banque hôpital musée bibliothèque gare aéroport`)

// companyTails end a company's full name and add nothing to its short
// one: "Brightwell Foods" is the company "Brightwell" speaks for.
var companyTails = wordSet(`inc inc. corp corp. ltd ltd. plc llc co. company group holdings foods
industries technologies motors airlines airways shipyards bancorp labs`)

// featureHeads name a natural feature before its own name: "River Orne",
// "Cape Halvard", "Lake Lindmar".
var featureHeads = wordSet(`river lake mount mountain isle island cape bay gulf loch glacier`)

// isPlace reports a place the article names, or the gazetteer knows.
func (a *analysis) isPlace(name string) bool {
	return a.placeNames[name] || isPlaceName(name)
}

// featureTails name a natural feature after its own name: "Veyra River",
// "Lindmar Lake".
var featureTails = wordSet(`river lake estuary mountains hills valley`)

// shortFormTails end the short form of an institution's name, which drops
// only the kind: "Velmont Central" (Hospital), "Port Calder General".
var shortFormTails = wordSet(`central general royal memorial regional municipal community`)

func hasPrefix(long, short []string) bool {
	return len(short) <= len(long) && slices.Equal(long[:len(short)], short)
}

func hasSuffix(long, short []string) bool {
	long = withoutGeneration(long) // "Kennedy" ends "James P. Kennedy Jr."
	if len(short) > len(long) {
		return false
	}
	off := len(long) - len(short)
	for i, w := range short {
		if long[off+i] != w {
			return false
		}
	}
	return true
}

// initials of the capitalised words: "African National Congress" -> "ANC".
func initials(words []string) string {
	var b strings.Builder
	for _, w := range words {
		r := runeAt(w, 0)
		if unicode.IsUpper(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// nameInitials are the acronyms a name goes by: its initials, and those
// of the name after a place it opens with ("U.S. Bureau of Labor
// Statistics" is the BLS, "California Employment Development Department"
// the EDD).
func nameInitials(words []string) []string {
	out := []string{initials(words)}
	for n := 1; n <= 2 && n < len(words)-1; n++ {
		// A demonym opens the name's own initials ("American Bar
		// Association" is no BA), and two letters are too few to tell.
		if pl, ok := placeIndex[placeKey(strings.Join(words[:n], " "))]; ok && !pl.demonym {
			if ini := initials(words[n:]); len(ini) >= 3 {
				out = append(out, ini)
			}
		}
	}
	return out
}

// finish picks the cluster's type and canonical name, and drops clusters
// with no evidence at all.
func finish(c *cluster) {
	if (c.things > 0 || c.models > 0 && c.models*3 >= c.mentions) && (c.typ != Place || c.name == "") {
		// A place the gazetteer does not know is no place when it is
		// also a product: "in MacBook keyboards".
		c.dropped, c.thing = true, true
		return
	}
	if (c.typ == Place || c.team) && c.name != "" {
		return // the gazetteer named it; a city that plays is its team
	}
	c.typ = c.kind()
	if c.typ == Person && argmaxType(c.votes) == "" && !c.shortForms {
		// A bare two-word name with no title, given name, speech verb or
		// later surname is as often a product ("Lumio Notes"), a building
		// or a team as a person: keep only names with real evidence.
		c.dropped = true
		return
	}
	if c.typ == Person && len(c.words) == 1 && c.spoke == 0 && c.title == "" && isGivenName(lower(c.words[0])) {
		// A given name alone that joined no full name is a relative or
		// a friend named in passing ("her son Tom", "her husband,
		// Lars"), unless it speaks.
		c.dropped = true
		return
	}
	if c.typ == "" || c.onlySentStart && len(c.words) == 1 && !isAcronym(c.words[0]) && !knownOrganizations[lower(c.words[0])] {
		// A lone capitalised word seen only at sentence starts ("Hauliers
		// said") is too often a common noun. A one-word name is kept
		// aside instead (unsure): other articles may know it ("Osterland
		// is Ardenia's second-largest trading partner").
		c.dropped = true
		c.unsure = len(c.words) == 1 && !isAcronym(c.words[0])
		return
	}
	best, bestN := "", -1
	for s, n := range c.counts {
		w := len(strings.Fields(s))
		score := 10*n + w // the most frequent full name, then the longest
		if w >= 2 {
			score += 100000
		}
		if c.typ != Person {
			score = 10*w + n // organisations: the full expansion, not the acronym
		}
		if score > bestN || score == bestN && s < best {
			best, bestN = s, score
		}
	}
	if c.typ == Person {
		// "Kathleen Hawk Sawyer" over a more frequent "Hawk Sawyer",
		// "James Van Der Beek" over "Van Der Beek": the fullest form that
		// ends in the chosen one and opens with a given name.
		full := best
		for s := range c.counts {
			n, f := strings.Count(s, " "), strings.Count(full, " ")
			first, _, _ := strings.Cut(s, " ")
			if strings.HasSuffix(s, " "+best) && n < 4 && isGivenName(lower(first)) && (n > f || n == f && s < full) {
				full = s
			}
		}
		best = full
	}
	if first, rest, ok := strings.Cut(best, " "); ok && frenchPlaceNouns[first] {
		best = strings.ToUpper(first[:1]) + first[1:] + " " + rest // "Rue des Remparts" as a name
	}
	c.name = best
	if kind := c.featureKind(); kind != "" && c.name != "" {
		c.name += " " + kind // "Calder estuary"; "Calder" stays an alias
	}
	if c.name == "" {
		c.dropped = true
	}
}

// entityTypeOfVote names the type each vote slot counts for.
var entityTypeOfVote = [3]EntityType{votePerson: Person, voteOrg: Organization, votePlace: Place}

func argmaxType(v [3]int) EntityType {
	switch {
	case v[votePerson] == 0 && v[voteOrg] == 0 && v[votePlace] == 0:
		return ""
	case v[votePerson] >= v[voteOrg] && v[votePerson] >= v[votePlace]:
		return Person
	case v[voteOrg] >= v[votePlace]:
		return Organization
	}
	return Place
}

// topicalMentions counts the mentions that may make the entity a topic:
// not datelines, not credits.
func (c *cluster) topicalMentions() int { return c.mentions - c.datelines - c.credits }

// surfaceKey folds case and initialism stops.
func surfaceKey(s string) string {
	return strings.ToLower(strings.ReplaceAll(s, ".", ""))
}

// margin is how many votes the cluster's type has over the next best,
// counting no guess votes on either side: "Lumio said" is a guess, and a
// quoted company is no less a company.
func (c *cluster) margin() int {
	var won, next int
	for i, v := range c.votes {
		v -= c.guessVotes[i]
		if entityTypeOfVote[i] == c.typ {
			won = v
		} else {
			next = max(next, v)
		}
	}
	return max(won-next, 0)
}

// strongOrgVotes is organisation evidence no guess can outvote: a kind
// noun before the name (10), or a suffix or "shares in" (3 a mention).
const strongOrgVotes = 3

// strongPlaceVotes is place evidence that "the X" cannot outvote: a place
// noun after the name (3 a mention).
const strongPlaceVotes = 3

// kind is the type the evidence favours; a cluster with none but a bare
// multi-word name is taken for a person.
func (c *cluster) kind() EntityType {
	v := c.votes
	if v[voteOrg]-c.guessVotes[voteOrg] >= strongOrgVotes {
		// "Software company Lumio" stays a company however often it is
		// quoted: speech verbs and role words do not outvote its kind.
		v[votePerson] -= c.guessVotes[votePerson]
	}
	if v[votePlace]-c.guessVotes[votePlace] >= strongPlaceVotes {
		// "the Orne valley" is a place however often "the Orne" reads
		// like a company's name.
		v[voteOrg] -= c.guessVotes[voteOrg]
	}
	if t := argmaxType(v); t != "" {
		return t
	}
	if c.weak > 0 {
		return Person
	}
	return ""
}

// withoutGeneration drops a generational suffix from a name's words:
// "James P. Kennedy Jr." ends in "Kennedy".
func withoutGeneration(words []string) []string {
	if n := len(words); n > 2 {
		switch strings.TrimSuffix(lower(words[n-1]), ".") {
		case "jr", "sr": // not "IV": "Salt Hours IV" is a painting of the "Salt Hours" series
			return words[:n-1]
		}
	}
	return words
}
