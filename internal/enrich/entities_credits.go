package enrich

// creditMention reports a name in a picture's credit ("Photograph: Linda
// Nylind for the Guardian") or in a copyright line ("Copyright 2011 by
// STATS LLC and The Associated Press", "... without the express written
// consent of STATS LLC"): boilerplate around the story, which names no
// topic of it.
func creditMention(toks []token, k int) bool {
	for i := k - 1; i >= 1 && i >= k-6 && toks[i].sent == toks[k].sent; i-- {
		if toks[i].text == ":" && creditLabels[lower(toks[i-1].text)] {
			return true
		}
	}
	first := k
	for first > 0 && toks[first-1].sent == toks[k].sent {
		first--
	}
	for i := first; i < len(toks) && toks[i].sent == toks[k].sent; i++ {
		w := lower(toks[i].text)
		if i < first+3 && (w == "copyright" || w == "©") || w == "consent" && i > 0 && lower(toks[i-1].text) == "written" ||
			w == "reserved" && i > 0 && lower(toks[i-1].text) == "rights" {
			return true
		}
	}
	return false
}

// creditLabels open a picture's credit.
var creditLabels = wordSet(`photograph photographs photo photos picture pictures image images credit credits illustration`)

// creditedNames returns the slugs of the names written only in credits
// and copyright lines, which make no topic either ("#StatsLlc").
func (a *analysis) creditedNames() map[string]bool {
	credited, elsewhere := map[string]bool{}, map[string]bool{}
	for _, m := range a.mentions {
		if m.credit {
			credited[slug(m.surface)] = true
		} else {
			elsewhere[slug(m.surface)] = true
		}
	}
	for s := range elsewhere {
		delete(credited, s)
	}
	return credited
}
