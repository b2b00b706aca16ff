package cluster

import (
	"cmp"
	"math"
	"slices"
	"unicode/utf8"

	"herald/internal/text"
)

type termID uint32

// vocab maps terms to dense ids and keeps running document frequencies, so
// IDF reflects everything seen so far without a training pass. News has an
// open vocabulary (every day brings new names, numbers and typos), so the
// clusterer forgets rare terms no live story uses (see pruneVocabulary);
// their ids are reused.
type vocab struct {
	ids   map[string]termID
	terms []string
	df    []uint32
	free  []termID
	docs  int
}

func newVocab() *vocab { return &vocab{ids: make(map[string]termID)} }

func (v *vocab) id(term string) termID {
	if id, ok := v.ids[term]; ok {
		return id
	}
	var id termID
	if n := len(v.free); n > 0 {
		id = v.free[n-1]
		v.free = v.free[:n-1]
		v.terms[id], v.df[id] = term, 0
	} else {
		id = termID(len(v.terms))
		v.terms = append(v.terms, term)
		v.df = append(v.df, 0)
	}
	v.ids[term] = id
	return id
}

// size is the number of terms known.
func (v *vocab) size() int { return len(v.ids) }

// forget drops terms; their ids become free for new terms. The caller
// makes sure nothing refers to them any more.
func (v *vocab) forget(ids []termID) {
	for _, id := range ids {
		delete(v.ids, v.terms[id])
		v.terms[id], v.df[id] = "", 0
		v.free = append(v.free, id)
	}
}

// idf is smoothed so that a term seen for the first time weighs most but
// finitely.
func (v *vocab) idf(id termID) float64 {
	return math.Log(float64(v.docs+1)/float64(v.df[id]+1)) + 1
}

// entry is one weighted term of a sparse vector.
type entry struct {
	t termID
	w float32
}

// Channels of an article's vector. Each is normalised on its own and
// compared with the same channel of a story, so a headline-only article and
// a full-text article are judged on the same scale: the similarity is the
// weighted mean over the channels both sides have.
const (
	chTitle = iota
	chBody
	chTags  // entities and keyphrases from the understanding stage
	chNames // script-neutral name and number keys, for other languages
	chDays  // the days the lede refers to (see eventDays)
	// chSalient holds the entities again, weighted by how often each is
	// named; only related stories read it (see Config.relatedWeights).
	chSalient
	nChannels
)

// features is an article reduced to weighted raw term counts per channel,
// before IDF.
type features [nChannels]map[string]float64

// docVec is an article's TF-IDF vector per channel, each L2-normalised and
// heaviest term first.
type docVec [nChannels][]entry

// Key prefixes keep entities and keyphrases apart from words: the entity
// "paris" and the word "paris" are different evidence.
const (
	entityPrefix    = "\x00e:"
	keyphrasePrefix = "\x00k:"
	namePrefix      = "\x00n:"
	dayPrefix       = "\x00d:"
)

func (c Config) features(a Article) features {
	var f features
	add := func(ch int, terms []string, weight float64) {
		if len(terms) == 0 {
			return
		}
		if f[ch] == nil {
			f[ch] = make(map[string]float64)
		}
		tf := make(map[string]int, len(terms))
		for _, t := range terms {
			tf[t]++
		}
		for t, n := range tf {
			// Sublinear tf: a word repeated five times is not five times
			// the evidence.
			f[ch][t] += weight * (1 + math.Log(float64(n)))
		}
	}
	lang := a.Language
	title := c.tokenize(lang, a.Title)
	add(chTitle, title, 1)
	if c.TitleLeadWeight > 0 && len(title) > 0 {
		add(chTitle, title[:1], c.TitleLeadWeight)
	}
	lede := leadingText(a.Text, c.BodyTokens)
	body := c.tokenize(lang, lede)
	if len(body) > c.BodyTokens && c.BodyTokens > 0 {
		body = body[:c.BodyTokens]
	}
	add(chBody, body, 1)
	add(chTags, prefixed(entityPrefix, latinKeys(a.Entities)), 1)
	add(chTags, prefixed(keyphrasePrefix, a.Keyphrases), c.KeyphraseWeight)
	for k, n := range salience(a) {
		add(chSalient, []string{k}, n)
	}
	// Only an article whose language is known can be compared across
	// languages; a bare headline is not.
	if lang != "" && c.NameWeight > 0 {
		names := text.NameKeys(a.Title + "\n" + lede)
		if len(names) > c.BodyTokens && c.BodyTokens > 0 {
			names = names[:c.BodyTokens]
		}
		add(chNames, prefixed(namePrefix, names), 1)
	}
	if lang != "" && c.DayPenalty > 0 {
		add(chDays, prefixed(dayPrefix, eventDays(a.Title+"\n"+lede, a.Published, c.LedeWords)), 1)
	}
	return f
}

// salience weighs each entity key of a (Latin-script, as latinKeys) by
// how often the article names it, up to maxSalience.
func salience(a Article) map[string]float64 {
	out := make(map[string]float64, len(a.Entities))
	for i, k := range a.Entities {
		if k == "" || text.HasArabic(k) {
			continue
		}
		n := 1
		if i < len(a.EntityMentions) && a.EntityMentions[i] > 1 {
			n = min(a.EntityMentions[i], maxSalience)
		}
		out[entityPrefix+k] += float64(n)
	}
	return out
}

// maxSalience caps an entity's weight in chSalient: past ten mentions an
// entity is what the article is about, however long it runs.
const maxSalience = 10

// leadingText cuts text to what BodyTokens words can come from (with room
// for stop words and punctuation), on a rune boundary, so a huge body costs
// no more than a normal one.
func leadingText(text string, tokens int) string {
	limit := 16 * tokens
	if tokens <= 0 || len(text) <= limit {
		return text
	}
	for limit > 0 && !utf8.RuneStart(text[limit]) {
		limit--
	}
	return text[:limit]
}

// latinKeys keeps the entity keys written in Latin letters. An Arabic
// name's key ("person:هيلينا-مارسك") never equals an English or French
// report's, and the entity channel serves the comparison across languages
// as well as within one: there such keys only lower the match the name
// channel's skeletons find (on the demo corpus they split 4 of 16
// stories). The cost is that two Arabic reports share no entity evidence,
// only their words and names; places the gazetteer knows in Arabic keep
// their Latin keys ("مصر" is "place:egypt") and count.
func latinKeys(keys []string) []string {
	out := keys[:0:0]
	for _, k := range keys {
		if !text.HasArabic(k) {
			out = append(out, k)
		}
	}
	return out
}

func prefixed(prefix string, keys []string) []string {
	out := make([]string, 0, len(keys))
	for _, k := range keys {
		if k != "" {
			out = append(out, prefix+k)
		}
	}
	return out
}

// vectorize registers the document's terms in the vocabulary (updating DF
// once per term, whichever channels use it) and returns its vectors.
func (v *vocab) vectorize(f features, learn bool) docVec {
	var out docVec
	if learn {
		v.docs++
		seen := make(map[string]bool)
		var terms []string
		for _, counts := range f {
			for term := range counts {
				if !seen[term] {
					seen[term] = true
					terms = append(terms, term)
				}
			}
		}
		// New terms get ids in sorted order, not map order, so that every
		// tie broken by id falls the same way from run to run.
		slices.Sort(terms)
		for _, term := range terms {
			v.df[v.id(term)]++
		}
	}
	for ch, counts := range f {
		out[ch] = v.channelVector(counts)
	}
	return out
}

func (v *vocab) channelVector(counts map[string]float64) []entry {
	// Terms in sorted order so that ids, and so every tie-break after, are
	// the same from run to run.
	terms := make([]string, 0, len(counts))
	for term := range counts {
		terms = append(terms, term)
	}
	slices.Sort(terms)
	vec := make([]entry, 0, len(terms))
	var norm float64
	for _, term := range terms {
		id := v.id(term)
		x := counts[term] * v.idf(id)
		norm += x * x
		vec = append(vec, entry{t: id, w: float32(x)})
	}
	if norm == 0 {
		return nil
	}
	inv := 1 / math.Sqrt(norm)
	for i := range vec {
		vec[i].w = float32(float64(vec[i].w) * inv)
	}
	sortHeaviestFirst(vec)
	return vec
}

func sortHeaviestFirst(vec []entry) {
	slices.SortFunc(vec, func(a, b entry) int {
		if a.w != b.w {
			if a.w > b.w {
				return -1
			}
			return 1
		}
		return int(a.t) - int(b.t)
	})
}

// centroid is the sum of its members' normalised vectors; cosine against it
// is dot/|centroid|. Scoring reads a copy sorted by term (flat), rebuilt
// after changes: a merge join over two sorted slices is several times faster
// than a map look-up per term, and candidates are scored far more often than
// stories change.
type centroid struct {
	w     map[termID]float32
	norm2 float64
	flat  []entry
	dirty bool
}

func newCentroid() centroid { return centroid{w: make(map[termID]float32)} }

func (c *centroid) add(vec []entry) {
	c.dirty = true
	for _, e := range vec {
		old := float64(c.w[e.t])
		nw := old + float64(e.w)
		c.norm2 += nw*nw - old*old
		c.w[e.t] = float32(nw)
	}
}

func (c *centroid) addCentroid(o centroid) {
	c.dirty = true
	for t, w := range o.w {
		old := float64(c.w[t])
		nw := old + float64(w)
		c.norm2 += nw*nw - old*old
		c.w[t] = float32(nw)
	}
}

// cosine of a normalised vector with the centroid; vec may be in any order.
func (c *centroid) cosine(vec []entry) float64 {
	if c.norm2 <= 0 {
		return 0
	}
	var dot float64
	for _, e := range vec {
		dot += float64(e.w) * float64(c.w[e.t])
	}
	return dot / math.Sqrt(c.norm2)
}

// cosineSorted is cosine for a vector sorted by term id.
func (c *centroid) cosineSorted(vec []entry) float64 {
	if c.norm2 <= 0 {
		return 0
	}
	return c.dotSorted(vec) / math.Sqrt(c.norm2)
}

// cosineWithout is cosineSorted against the centroid less vec, a vector
// the centroid holds: cos(v, C-v). A term pruned from the centroid and
// added back by later members can weigh less there than in v; its rest is
// taken as zero, not negative.
func (c *centroid) cosineWithout(vec []entry) float64 {
	if c.norm2 <= 0 {
		return 0
	}
	flat := c.view()
	var dot, rest2 float64
	rest2 = c.norm2
	i, j := 0, 0
	for i < len(vec) && j < len(flat) {
		switch a, b := vec[i].t, flat[j].t; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			cw := float64(flat[j].w)
			r := max(cw-float64(vec[i].w), 0)
			dot += float64(vec[i].w) * r
			rest2 += r*r - cw*cw
			i++
			j++
		}
	}
	if rest2 <= 1e-9 {
		return 0 // v was all there was
	}
	return dot / math.Sqrt(rest2)
}

// dotSorted is vec's dot product with the centroid; vec is sorted by term.
func (c *centroid) dotSorted(vec []entry) float64 {
	flat := c.view()
	var dot float64
	i, j := 0, 0
	for i < len(vec) && j < len(flat) {
		switch a, b := vec[i].t, flat[j].t; {
		case a < b:
			i++
		case a > b:
			j++
		default:
			dot += float64(vec[i].w) * float64(flat[j].w)
			i++
			j++
		}
	}
	return dot
}

// view returns the centroid's terms sorted by id, rebuilding after changes.
func (c *centroid) view() []entry {
	if c.dirty || len(c.flat) != len(c.w) {
		c.flat = c.flat[:0]
		for t, w := range c.w {
			c.flat = append(c.flat, entry{t, w})
		}
		sortByTerm(c.flat)
		c.dirty = false
	}
	return c.flat
}

func sortByTerm(vec []entry) {
	slices.SortFunc(vec, func(a, b entry) int { return cmp.Compare(a.t, b.t) })
}

// heaviestFirst returns a copy of each channel sorted heaviest first, as
// vectorize makes them (for candidate look-up and indexing).
func (v docVec) heaviestFirst() docVec {
	var out docVec
	for ch, vec := range v {
		out[ch] = slices.Clone(vec)
		sortHeaviestFirst(out[ch])
	}
	return out
}

// byTerm returns a copy of each channel sorted by term id, for cosineSorted.
func (v docVec) byTerm() docVec {
	var out docVec
	for ch, vec := range v {
		out[ch] = slices.Clone(vec)
		sortByTerm(out[ch])
	}
	return out
}

func (c *centroid) cosineCentroid(o *centroid) float64 {
	if c.norm2 <= 0 || o.norm2 <= 0 {
		return 0
	}
	small, large := c, o
	if len(small.w) > len(large.w) {
		small, large = large, small
	}
	var dot float64
	for t, w := range small.w {
		dot += float64(w) * float64(large.w[t])
	}
	return dot / math.Sqrt(c.norm2*o.norm2)
}

// prune keeps the heaviest n terms once the centroid has grown past twice
// that, so a long-running story's memory stays bounded, and returns the
// terms it dropped. Amortised: sorting happens once per n additions at most.
func (c *centroid) prune(n int) (dropped []termID) {
	if n <= 0 || len(c.w) <= 2*n {
		return nil
	}
	all := make([]entry, 0, len(c.w))
	for t, w := range c.w {
		all = append(all, entry{t, w})
	}
	sortHeaviestFirst(all)
	c.w = make(map[termID]float32, 2*n)
	c.norm2 = 0
	c.dirty = true
	for _, e := range all[:n] {
		c.w[e.t] = e.w
		c.norm2 += float64(e.w) * float64(e.w)
	}
	for _, e := range all[n:] {
		dropped = append(dropped, e.t)
	}
	return dropped
}

// top returns the n heaviest centroid terms.
func (c *centroid) top(n int) []entry {
	all := make([]entry, 0, len(c.w))
	for t, w := range c.w {
		all = append(all, entry{t, w})
	}
	sortHeaviestFirst(all)
	if len(all) > n {
		all = all[:n]
	}
	return all
}

// subtract takes a member's vector back out of the centroid and returns
// the terms left with no weight. A term pruned and added back by later
// members can weigh less than in vec; it goes to zero, not below.
func (c *centroid) subtract(vec []entry) (dropped []termID) {
	c.dirty = true
	for _, e := range vec {
		w, ok := c.w[e.t]
		if !ok {
			continue
		}
		nw := float64(w) - float64(e.w)
		if nw <= 1e-6 {
			c.norm2 -= float64(w) * float64(w)
			delete(c.w, e.t)
			dropped = append(dropped, e.t)
			continue
		}
		c.norm2 += nw*nw - float64(w)*float64(w)
		c.w[e.t] = float32(nw)
	}
	c.norm2 = max(c.norm2, 0)
	return dropped
}
