package enrich

// CorpusStats gives document frequencies over a corpus of articles, so
// keyphrase scoring can prefer what is specific to one article. Keys are
// the ones TermKeys returns (lower-cased, stemmed words joined by single
// spaces). The store backs it in production; DocFreqs is an in-memory
// version for tests and evaluations.
type CorpusStats interface {
	// Docs returns the number of documents counted.
	Docs() int
	// DocFreq returns how many of them contain the term or phrase key.
	DocFreq(key string) int
}

// TermKeys returns, once each, the keys of every candidate word and phrase
// of doc: what a corpus counts when the document is added.
func TermKeys(doc Document) []string {
	a := analyzeDocument(doc)
	cands := a.candidates()
	keys := make([]string, len(cands))
	for i, c := range cands {
		keys[i] = c.key
	}
	return keys
}

// DocFreqs is an in-memory CorpusStats. The zero value is empty and ready.
type DocFreqs struct {
	N  int
	DF map[string]int
}

// Add counts one document given its TermKeys.
func (d *DocFreqs) Add(keys []string) {
	if d.DF == nil {
		d.DF = make(map[string]int, len(keys))
	}
	d.N++
	for _, k := range keys {
		d.DF[k]++
	}
}

// Remove uncounts a document added before (for leave-one-out evaluation).
func (d *DocFreqs) Remove(keys []string) {
	d.N--
	for _, k := range keys {
		if d.DF[k] > 1 {
			d.DF[k]--
		} else {
			delete(d.DF, k)
		}
	}
}

// Docs implements CorpusStats.
func (d *DocFreqs) Docs() int { return d.N }

// DocFreq implements CorpusStats.
func (d *DocFreqs) DocFreq(key string) int { return d.DF[key] }
