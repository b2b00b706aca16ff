package enrich

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
	// "the Trump administration" uses the name as a modifier: no evidence.
	attributive := n1 != "" && n1 != "'s" && j < len(toks) && toks[j].word && !toks[j].upper &&
		!speechVerbs[n1] && !auxVerbs[n1]
	if det && !attributive && m.votes[votePlace] == 0 {
		m.votes[voteOrg] += 2 // people rarely take an article: "the Taliban said"
	}
	switch {
	case det, attributive && !speechVerbs[n1]:
	case speechVerbs[n1] && n1 != "say" && n1 != "tell":
		m.votes[votePerson] += 2
	case n1 == "," && n2 == "who":
		m.votes[votePerson] += 3
	case n1 == "," && (lowerRoles[n2] || (n2 == "a" || n2 == "the" || n2 == "an") && lowerRoles[n3]):
		m.votes[votePerson] += 3
	case n1 == "," && n2 == "which":
		m.votes[voteOrg]++
	case n1 == "'s" && (n2 == "capital" || n2 == "largest" || n2 == "second-largest"):
		m.votes[votePlace] += 2
	}
	switch {
	case speechVerbs[p1] && (n1 == "," || n1 == "." || n1 == ""):
		m.votes[votePerson] += 2
	case lowerRoles[p1] && !toks[k-1].upper:
		m.votes[votePerson] += 3
	case p1 == "mr" || p1 == "ms" || p1 == "mrs":
		m.votes[votePerson] += 3
	case p1 == "in" || p1 == "near" || p1 == "outside" || p1 == "across" || p1 == "throughout" || p1 == "à" || p1 == "en":
		m.votes[votePlace]++
	case p1 == "of" && (p2 == "capital" || p2 == "city" || p2 == "town" || p2 == "village" || p2 == "province" || p2 == "island" || p2 == "region"):
		m.votes[votePlace] += 2
	case p1 == "visit" || p1 == "visited" || p1 == "visiting" || p1 == "to" && travelVerbs[p2]:
		m.votes[votePlace]++
	case p1 == "at":
		m.votes[voteOrg]++
	}
}

// auxVerbs follow a subject: "the ministry has", "the Taliban was".
var auxVerbs = wordSet(`has had have is was are were will would could should can may might must also
does did said says`)

// travelVerbs before "to X" make X a place: "flew to Kabul".
var travelVerbs = wordSet(`flew fly flying travel travelled traveled travelling traveling returned return
moved move went go going came come trip journey drove sailed headed fled`)
