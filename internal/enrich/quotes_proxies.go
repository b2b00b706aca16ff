package enrich

// proxyWords name those who speak for someone, so that what they say is
// not that person's own words: "Ilse Brandvold's ministry said", "a
// spokesman for Prime Minister Helena Marsk said".
var proxyWords = wordSet(`ministry office spokesman spokeswoman spokesperson aide aides department lawyer lawyers
campaign team representative representatives`)

// proxySpeaker returns the phrase naming whoever speaks for the person
// mentioned at tokens m0..m1-1 of the speaker phrase np (in paragraph pi),
// when it is one: the person's possessive followed by a proxy word inside
// the phrase ("Finance Minister Ilse Brandvold's ministry"), or the phrase
// after "a spokesman for".
func (a *analysis) proxySpeaker(pi int, np []int, m0, m1 int) (string, bool) {
	p := &a.paras[pi]
	toks := p.toks
	k0, k1 := np[0], np[len(np)-1]+1
	if toks[m1-1].poss && m1 < k1 && proxyWords[lower(toks[m1].text)] {
		return p.text[toks[k0].start:toks[k1-1].end], true
	}
	if m0 == k0 && k0 >= 2 && lower(toks[k0-1].text) == "for" && proxyWords[lower(toks[k0-2].text)] &&
		toks[k0-2].sent == toks[k0].sent {
		start := k0 - 2
		if start > 0 && toks[start-1].sent == toks[k0].sent {
			switch lower(toks[start-1].text) {
			case "a", "an", "the":
				start--
			}
		}
		return p.text[toks[start].start:toks[k1-1].end], true
	}
	return "", false
}
