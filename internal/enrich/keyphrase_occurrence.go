package enrich

import (
	"math"
	"strings"
)

// kpOccFeatureCount is the length of an occurrence's feature vector.
const kpOccFeatureCount = 24

// kpOccFeatures fills x with the features of the k-th occurrence of c: how
// that one span sits in its sentence. The crowd keys are the union of many
// readers' highlights, each of one occurrence, so the ranker scores each
// occurrence and a candidate is a key when any occurrence is highlighted
// (noisy-OR, see score).
func (a *docAnalysis) kpOccFeatures(c *phraseCandidate, k int, x *[kpOccFeatureCount]float64) {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	w := a.words
	i, j := c.occurrence(k)
	s := w[i].sent
	linked := func(k int) bool { return k > 0 && k < len(w) && w[k].joined && w[k-1].sent == w[k].sent }
	content := func(k int) bool { return !w[k].stop && !w[k].number }
	left := linked(i) && content(i-1)
	right := linked(j+1) && content(j+1)
	run := j - i + 1
	for k := i; linked(k) && content(k-1) && run < 16; k-- {
		run++
	}
	for k := j + 1; linked(k) && content(k) && run < 16; k++ {
		run++
	}
	prevArt, prevStop, nextStop, nextSaid, prevNum, prevOf, nextOf := false, false, false, false, false, false, false
	is := func(t string, words ...string) bool { // without allocating a lower-cased copy
		for _, w := range words {
			if strings.EqualFold(t, w) {
				return true
			}
		}
		return false
	}
	if linked(i) {
		t := w[i-1].text
		prevArt = is(t, "the", "a", "an")
		prevStop = w[i-1].stop
		prevNum = w[i-1].number
		prevOf = is(t, "of")
	}
	if linked(j + 1) {
		t := w[j+1].text
		nextStop = w[j+1].stop
		nextSaid = is(t, "said", "says", "say")
		nextOf = is(t, "of")
	}
	first, last := a.sentWords[s][0], a.sentWords[s][1]-1
	rel := float64(i-first) / float64(max(1, last-first))
	capd := true
	for k := i; k <= j; k++ {
		if !w[k].stop && !w[k].capital && !w[k].acronym {
			capd = false
		}
	}
	quoted := a.inQuotation(i)
	*x = [kpOccFeatureCount]float64{
		b(!left && !right), b(left), b(right), math.Log(float64(run)),
		b(prevArt), b(prevStop), b(nextStop), b(nextSaid),
		b(!linked(i)), b(!linked(j + 1)),
		math.Log(1 + float64(s)), b(a.hasTitle && s == 0), b(s == a.bodyStart()),
		rel, b(capd), b(w[i].initial), b(quoted),
		b(k == 0), math.Log(1 + float64(k)),
		math.Log(float64(last - first + 1)), b(prevNum), b(prevOf), b(nextOf), b(s == len(a.sentences)-1 && s > 0),
	}
}

// kpFeatures fills x with the features of candidate c. maxTF is the largest
// candidate frequency of the document; stats may be nil.
func (a *docAnalysis) kpFeatures(c *phraseCandidate, stats CorpusStats, maxTF int, x *[kpFeatureCount]float64) {
	b := func(v bool) float64 {
		if v {
			return 1
		}
		return 0
	}
	// Occurrences in the title echo the text; the body count ranks better.
	tf := c.tf
	if c.titleTF > 0 && tf > c.titleTF {
		tf -= c.titleTF
	}
	logTF := math.Log(float64(tf))
	multi := c.nWords > 1
	name := multi && c.nameLike*2 >= c.tf
	fragment := c.capitals > 0 && c.extended == c.capitals
	idf := 1.0
	if stats != nil && stats.Docs() > 0 {
		idf = corpusIDF(stats, c.key)
	}
	first, last := &a.words[c.words[0]], &a.words[c.words[1]]
	lower := strings.ToLower(last.text)
	occ := float64(c.tf)
	docLen := math.Log(1 + float64(len(a.words)))
	firstWord := math.Log(1 + float64(c.words[0]))
	*x = [kpFeatureCount]float64{
		1,
		logTF,
		b(tf == 1),
		float64(c.tf) / float64(maxTF),
		b(c.nWords == 2),
		b(c.nWords == 3),
		b(name),
		b(name && !fragment),
		b(fragment),
		b(!multi) * float64(c.capitals) / occ,
		b(first.acronym),
		b(c.inTitle),
		math.Log(float64(max(1, min(c.letters, maxLengthCredit)))),
		min(idf, 4),
		math.Log(1 + float64(c.firstPos)),
		b(c.firstPos <= a.bodyStart()),
		float64(c.isolated) / occ,
		float64(c.leftContent) / occ,
		float64(c.rightContent) / occ,
		c.runLogs / occ,
		b(multi) * float64(c.isolated) / occ,
		b(strings.HasSuffix(lower, "ly")) + 2*b(strings.HasSuffix(lower, "ed")),
		docLen * logTF,
		docLen * firstWord,
		b(c.firstPos >= len(a.sentences)-2 && c.firstPos > a.bodyStart()),
		b(c.firstPos >= len(a.sentences)-1 && c.firstPos > a.bodyStart()),
	}
}

// kpOccurrences fills occ with the features of every occurrence of c.
func (a *docAnalysis) kpOccurrences(c *phraseCandidate, occ [][kpOccFeatureCount]float64) [][kpOccFeatureCount]float64 {
	occ = occ[:0]
	for k := range c.tf {
		occ = append(occ, [kpOccFeatureCount]float64{})
		if a.lang == "en" {
			// The features read English function words and capitals;
			// other languages rank on the candidate's features alone.
			a.kpOccFeatures(c, k, &occ[k])
		}
	}
	return occ
}

// kpSoftplus is log(1 + e^z), minus the log of the chance that an
// occurrence with logit z goes unmarked.
func kpSoftplus(z float64) float64 {
	if z > 30 {
		return z
	}
	return math.Log1p(math.Exp(z))
}

// inQuotation reports whether word i stands inside quotation marks in its
// sentence. The first call marks every word, one pass over each sentence.
func (a *docAnalysis) inQuotation(i int) bool {
	if a.quoted == nil {
		a.quoted = make([]bool, len(a.words))
		for si, sent := range a.sentences {
			first, end := a.sentWords[si][0], a.sentWords[si][1]
			straight, curly, pos := 0, 0, 0
			for k := first; k < end; k++ {
				for _, r := range sent[pos:a.words[k].start] {
					switch r {
					case '"':
						straight++
					case '“', '«':
						curly++
					case '”', '»':
						curly = max(curly-1, 0) // a quotation closed that opened in an earlier sentence
					}
				}
				pos = a.words[k].start
				a.quoted[k] = straight%2 == 1 || curly > 0
			}
		}
	}
	return a.quoted[i]
}
