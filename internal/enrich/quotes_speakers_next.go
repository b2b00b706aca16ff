package enrich

import "strings"

// thatWasSpeaker reads a sentence after a quotation that names its speaker
// without a speech verb: "“If a task can be done on your machine, it is
// done on your machine.” That was Maud Terheide, Lumio's chief product
// officer." It returns the person named right after "That was" (or "That
// is", "Those were the words of"), else nil.
func (a *analysis) thatWasSpeaker(pi, k0, k1 int) *cluster {
	toks := a.paras[pi].toks
	var lead []string
	for k := k0; k <= k1 && k < len(toks) && len(lead) < 5; k++ {
		lead = append(lead, lower(toks[k].text))
		if len(lead) < 2 {
			continue
		}
		switch strings.Join(lead, " ") {
		case "that was", "that is", "that's", "this was", "those were the words of", "so said":
			return a.personStartingAt(pi, k+1)
		}
	}
	return nil
}

// personStartingAt returns the person whose mention starts at token k.
func (a *analysis) personStartingAt(pi, k int) *cluster {
	for _, i := range a.byPara[pi] {
		m := &a.mentions[i]
		if m.tok0 == k && m.cluster >= 0 && a.clusters[m.cluster].typ == Person {
			return a.clusters[m.cluster]
		}
	}
	return nil
}
