package enrich

// opensName reports whether the article writes the capitalised words w1
// and w2 together somewhere mid-sentence, where the capitals are the
// name's own: "in Port Calder" shows that the "Port" opening "Port Calder
// Police urged ..." is the name's first word, not a common word that only
// its place in the sentence capitalised.
func (a *analysis) opensName(w1, w2 string) bool {
	if a.namePairs == nil {
		a.namePairs = map[string]bool{}
		for _, p := range a.paras {
			for k := 0; k+1 < len(p.toks); k++ {
				t, u := p.toks[k], p.toks[k+1]
				if isNameWord(t) && isNameWord(u) && !t.sentStart && !t.poss && !t.skip && !u.skip {
					a.namePairs[t.text+" "+u.text] = true
				}
			}
		}
	}
	return a.namePairs[w1+" "+w2]
}
