package enrich

// proxyWords name those who speak for someone, so that what they say is
// not that person's own words: "Ilse Brandvold's ministry said", "a
// spokesman for Prime Minister Helena Marsk said".
var proxyWords = wordSet(`ministry office spokesman spokeswoman spokesperson aide aides department lawyer lawyers
campaign team representative representatives`)

// relativeWords name those close to someone, who speak for themselves:
// "Ford's father told Starner" is the father's account, not Ford's.
var relativeWords = wordSet(`father mother son daughter wife husband brother sister parents parent widow widower
family friend friends partner girlfriend boyfriend fiancé fiancée uncle aunt cousin grandson granddaughter
grandfather grandmother neighbour neighbor colleague colleagues agent manager`)

// proxySpeaker returns the phrase naming whoever speaks for the person
// mentioned at tokens m0..m1-1 of the speaker phrase np (in paragraph pi),
// when it is one: the person's possessive followed by a proxy word inside
// the phrase ("Finance Minister Ilse Brandvold's ministry"), or the phrase
// after "a spokesman for".
func (a *analysis) proxySpeaker(pi int, np []int, m0, m1 int) (string, bool) {
	p := &a.paras[pi]
	toks := p.toks
	k0, k1 := np[0], np[len(np)-1]+1
	if toks[m1-1].poss {
		// the owned noun, after at most two describing words: "Ford's
		// now-deceased father"
		for k := m1; k < k1 && k < m1+3 && toks[k].word && !toks[k].upper; k++ {
			if w := lower(toks[k].text); proxyWords[w] || relativeWords[w] {
				return p.text[toks[k0].start:toks[k1-1].end], true
			}
		}
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
