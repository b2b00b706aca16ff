package enrich

// creditMention reports a name in a picture's credit ("Photograph: Linda
// Nylind for the Guardian") or in a copyright line ("Copyright 2011 by
// STATS LLC and The Associated Press", "... without the express written
// consent of STATS LLC"): boilerplate around the story, which names no
// topic of it.
func (a *analysis) creditMention(pi, k int) bool {
	toks := a.paras[pi].toks
	for i := k - 1; i >= 1 && i >= k-6 && toks[i].sent == toks[k].sent; i-- {
		if toks[i].text == ":" && creditLabels[lower(toks[i-1].text)] {
			return true
		}
	}
	return a.copyrightSentences(pi)[toks[k].sent]
}

// copyrightSentences returns, once per paragraph, its sentences that
// open with "Copyright" or "©" or speak of written consent or reserved
// rights.
func (a *analysis) copyrightSentences(pi int) map[int]bool {
	if a.copyright == nil {
		a.copyright = make([]map[int]bool, len(a.paras))
		a.copyrightRead = make([]bool, len(a.paras))
	}
	if a.copyrightRead[pi] {
		return a.copyright[pi]
	}
	a.copyrightRead[pi] = true
	var m map[int]bool
	toks := a.paras[pi].toks
	first := 0
	for i, t := range toks {
		if i > 0 && t.sent != toks[i-1].sent {
			first = i
		}
		w := lower(t.text)
		if i < first+3 && (w == "copyright" || w == "©") || w == "consent" && i > 0 && lower(toks[i-1].text) == "written" ||
			w == "reserved" && i > 0 && lower(toks[i-1].text) == "rights" {
			if m == nil {
				m = map[int]bool{}
			}
			m[t.sent] = true
		}
	}
	a.copyright[pi] = m
	return m
}

// creditLabels open a picture's credit.
var creditLabels = wordSet(`photograph photographs photo photos picture pictures image images credit credits illustration`)

// creditedNames returns the slugs of the names written only in credits
// and copyright lines, which make no topic either ("#StatsLlc").
func (a *analysis) creditedNames() map[string]bool {
	credited := map[string]bool{}
	for _, m := range a.mentions {
		if m.credit {
			credited[slug(m.surface)] = true
		}
	}
	if len(credited) == 0 {
		return nil // most articles: no credit named
	}
	for _, m := range a.mentions {
		if !m.credit {
			delete(credited, slug(m.surface))
		}
	}
	return credited
}
