package enrich

// frenchNameAdjective returns the end of the run toks[k:j], taken over
// the lower-case adjective of nationality or language that ends a
// movement's, party's or association's name: "le Mouvement Belrive
// française", "le Parti québécois". French writes that adjective in lower
// case inside the name, so the run of capitals stops short of it. Any
// other adjective after a name describes it ("le Mouvement Belrive,
// très actif", "la Banque Corvalle nationale"): only these heads and this
// closed list of adjectives are evidence enough.
func frenchNameAdjective(toks []token, k, j int) int {
	if j >= len(toks) || !frenchMovementHeads[lower(toks[k].text)] {
		return j
	}
	if t := toks[j]; t.word && !t.upper && !t.skip && t.sent == toks[j-1].sent && frenchNationalAdjectives[t.text] {
		return j + 1
	}
	return j
}

// frenchShortName reports a French name written without the adjective
// that ends its full form: "Mouvement Belrive" for "Mouvement Belrive
// française".
func frenchShortName(long, short []string) bool {
	n := len(short)
	return n >= 2 && len(long) == n+1 && hasPrefix(long, short) && frenchNationalAdjectives[long[n]]
}

// frenchMovementHeads open the names of movements, parties and
// associations, which often end with a nationality.
var frenchMovementHeads = wordSet(`mouvement parti union association fédération alliance confédération
ligue front rassemblement bloc`)

// frenchNationalAdjectives are adjectives of nationality or language, in
// all their forms, that end such names.
var frenchNationalAdjectives = wordSet(`français française françaises québécois québécoise québécoises
belge belges suisse suisses canadien canadienne canadiens canadiennes européen européenne européens
européennes wallon wallonne wallons wallonnes flamand flamande flamands flamandes breton bretonne
bretons bretonnes corse corses basque basques catalan catalane catalans catalanes occitan occitane
occitans occitanes alsacien alsacienne alsaciens alsaciennes acadien acadienne acadiens acadiennes
allemand allemande allemands allemandes italien italienne italiens italiennes espagnol espagnole
espagnols espagnoles britannique britanniques américain américaine américains américaines africain
africaine africains africaines arabe arabes`)
