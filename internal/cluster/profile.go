package cluster

// profile is a story's centroid per channel.
type profile [nChannels]centroid

func newProfile() profile {
	var p profile
	for ch := range p {
		p[ch] = newCentroid()
	}
	return p
}

// channelWeights are the weights for an article and a story in one language
// (or of unknown language): words count, name keys do not, since the words
// already carry the names.
func (c Config) channelWeights() [nChannels]float64 {
	return [nChannels]float64{chTitle: c.TitleWeight, chBody: c.BodyWeight, chTags: c.EntityWeight}
}

// crossWeights are the weights for an article in a language the story has
// not been reported in: only what survives translation counts.
func (c Config) crossWeights() [nChannels]float64 {
	return [nChannels]float64{chTags: c.EntityWeight, chNames: c.NameWeight}
}

// relatedWeights and relatedCrossWeights replace channelWeights and
// crossWeights when comparing stories for their related lists: entities
// count by how often they are named, since stories that merely pass
// through the same city (the capital, the main port) are not related.
func (c Config) relatedWeights() [nChannels]float64 {
	return [nChannels]float64{chTitle: c.TitleWeight, chBody: c.BodyWeight, chSalient: c.EntityWeight}
}

func (c Config) relatedCrossWeights() [nChannels]float64 {
	return [nChannels]float64{chSalient: c.EntityWeight, chNames: c.NameWeight}
}

func (c Config) channelOffsets() [nChannels]float64 {
	return [nChannels]float64{chBody: c.BodyOffset, chNames: c.NameOffset}
}

// add adds an article's vectors and returns the terms that no channel
// holds any more after pruning.
func (p *profile) add(v docVec, keep int) (dropped []termID) {
	for ch := range p {
		if len(v[ch]) > 0 {
			p[ch].add(v[ch])
			dropped = append(dropped, p[ch].prune(keep)...)
		}
	}
	return p.unheld(dropped)
}

// addProfile adds another story's centroids, returning what add does.
func (p *profile) addProfile(o *profile, keep int) (dropped []termID) {
	for ch := range p {
		p[ch].addCentroid(o[ch])
		dropped = append(dropped, p[ch].prune(keep)...)
	}
	return p.unheld(dropped)
}

// holds tells whether any channel's centroid that placement reads has
// term t; it decides what a story is indexed under. chSalient is left out:
// it holds chTags's keys, pruned by another weight, and would keep a
// story listed under an entity placement has dropped. (Vocabulary pruning
// counts every channel.)
func (p *profile) holds(t termID) bool {
	for ch := range p {
		if ch == chSalient {
			continue
		}
		if _, ok := p[ch].w[t]; ok {
			return true
		}
	}
	return false
}

// unheld keeps the terms of ts that no channel holds (title and body share
// words: one channel's pruned term may live on in another).
func (p *profile) unheld(ts []termID) []termID {
	out := ts[:0]
	for _, t := range ts {
		if !p.holds(t) {
			out = append(out, t)
		}
	}
	return out
}

// similarity is the weighted mean of per-channel cosines over the channels
// that both the article and the story have, each less its channel's offset.
// v's channels must be sorted by term (docVec.byTerm).
func (p *profile) similarity(v docVec, w, offset [nChannels]float64) float64 {
	return p.similarityBy((*centroid).cosineSorted, v, w, offset)
}

// similarityWithout is similarity against the profile less v itself, for
// an article that is one of the profile's members.
func (p *profile) similarityWithout(v docVec, w, offset [nChannels]float64) float64 {
	return p.similarityBy((*centroid).cosineWithout, v, w, offset)
}

func (p *profile) similarityBy(cosine func(*centroid, []entry) float64, v docVec, w, offset [nChannels]float64) float64 {
	var sum, weight float64
	for ch := range p {
		if len(v[ch]) == 0 || p[ch].norm2 <= 0 || w[ch] == 0 {
			continue
		}
		sum += w[ch] * (cosine(&p[ch], v[ch]) - offset[ch])
		weight += w[ch]
	}
	if weight == 0 {
		return 0
	}
	return sum / weight
}

func (p *profile) similarityProfile(o *profile, w, offset [nChannels]float64) float64 {
	var sum, weight float64
	for ch := range p {
		if p[ch].norm2 <= 0 || o[ch].norm2 <= 0 || w[ch] == 0 {
			continue
		}
		sum += w[ch] * (p[ch].cosineCentroid(&o[ch]) - offset[ch])
		weight += w[ch]
	}
	if weight == 0 {
		return 0
	}
	return sum / weight
}

// queryTermsByChannel picks the terms that look up candidates: the heaviest
// of each channel, n from the title and the tags, n/2 from the body (whose
// terms are many and individually weaker), 3n from the name keys (in another
// script most heavy keys are words with no counterpart, so the few shared
// names sit lower in the list).
func queryTermsByChannel(v docVec, n int) [nChannels][]entry {
	var out [nChannels][]entry
	for ch, vec := range v {
		k := n
		switch ch {
		case chBody:
			k = n / 2
		case chNames:
			k = 3 * n
		case chDays:
			k = 0 // a day is shared by every story of that day: no look-up
		case chSalient:
			k = 0 // chTags holds the same keys
		}
		out[ch] = vec[:min(k, len(vec))]
	}
	return out
}
