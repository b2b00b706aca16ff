package enrich

import "math"

// KeyphraseExamples are one document's candidate phrases as feature vectors
// with their labels, ready for FitKeyphraseModel.
type KeyphraseExamples struct {
	x   []([kpFeatureCount]float64)
	occ [][][kpOccFeatureCount]float64 // per candidate, per occurrence
	y   []bool
}

// Len returns the number of candidates.
func (e KeyphraseExamples) Len() int { return len(e.y) }

// KeyphraseTrainingExamples lists the candidates of doc, with features
// computed against stats (nil for none, or statistics that exclude doc),
// each labelled by isKey applied to the phrase as Keyphrases would show it.
func KeyphraseTrainingExamples(doc Document, stats CorpusStats, isKey func(phrase string) bool) KeyphraseExamples {
	a := analyzeDocument(doc)
	cands := a.candidates()
	maxTF := 1
	for _, c := range cands {
		maxTF = max(maxTF, c.tf)
	}
	e := KeyphraseExamples{x: make([][kpFeatureCount]float64, len(cands)), occ: make([][][kpOccFeatureCount]float64, len(cands)), y: make([]bool, len(cands))}
	for i, c := range cands {
		a.kpFeatures(c, stats, maxTF, &e.x[i])
		e.occ[i] = a.kpOccurrences(c, nil)
		e.y[i] = isKey(c.surface())
	}
	return e
}

// Fitting settings: Adam on standardised features with a light L2
// penalty, from a fixed start, so the fit is deterministic. The noisy-OR
// likelihood is not convex; this schedule reaches the same optimum from
// 300 iterations on (600 scored the same).
//
// Each training document also gets its own bias, barely penalised
// (kpFitDocL2): how many keys a story's crowd marked (34 to 65) is the
// crowd's, not the phrases', and without it the weights learn it from
// document length and frequency. Ranking uses no document bias (the
// mean). Each candidate's loss is weighted by 1/sqrt(candidates of its
// document), so long documents do not outweigh short ones as much;
// kpFitDocWeight scales the weights to about one per candidate, which
// keeps kpFitL2 as strong as before.
const (
	kpFitIterations = 300
	kpFitRate       = 0.05
	kpFitL2         = 0.001
	kpFitDocL2      = 0.00001
	kpFitDocWeight  = 20
	kpFitStartBias  = -2
)

// kpFitDim is the length of one occurrence's joined vector: the
// candidate's features, then the occurrence's.
const kpFitDim = kpFeatureCount + kpOccFeatureCount

// FitKeyphraseModel fits the ranker's weights by maximum likelihood of a
// noisy-OR over each candidate's occurrences (multiple-instance learning:
// a candidate is labelled, its occurrences are not): occurrence o of
// candidate c is highlighted with probability sigmoid(w·x_c + o·x_o), and
// c is a key when any occurrence is. It returns the zero model when there
// is nothing to learn from.
func FitKeyphraseModel(docs []KeyphraseExamples) KeyphraseModel {
	var mean, sd [kpFitDim]float64
	join := func(d KeyphraseExamples, i, k int) (v [kpFitDim]float64) {
		copy(v[:], d.x[i][:])
		copy(v[kpFeatureCount:], d.occ[i][k][:])
		return v
	}
	n, bags := 0.0, 0
	for _, d := range docs {
		for i := range d.x {
			bags++
			for k := range d.occ[i] {
				n++
				v := join(d, i, k)
				for j := range v {
					mean[j] += v[j]
				}
			}
		}
	}
	if n == 0 {
		return KeyphraseModel{}
	}
	for j := range mean {
		mean[j] /= n
	}
	for _, d := range docs {
		for i := range d.x {
			for k := range d.occ[i] {
				v := join(d, i, k)
				for j := range v {
					sd[j] += (v[j] - mean[j]) * (v[j] - mean[j])
				}
			}
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j] / n)
		if sd[j] < 1e-9 || j == 0 {
			sd[j] = 1 // a constant feature (the bias, or idf without stats)
		}
	}
	mean[0] = 0
	// Standardised occurrences, grouped by candidate; feature 0 is the bias.
	type bag struct {
		z  []([kpFitDim]float64)
		y  bool
		d  int     // document
		wt float64 // weight of its loss
	}
	all := make([]bag, 0, bags)
	for di, d := range docs {
		wt := kpFitDocWeight / math.Sqrt(float64(max(1, len(d.x))))
		for i := range d.x {
			b := bag{z: make([][kpFitDim]float64, len(d.occ[i])), y: d.y[i], d: di, wt: wt}
			for k := range d.occ[i] {
				v := join(d, i, k)
				b.z[k][0] = 1
				for j := 1; j < kpFitDim; j++ {
					b.z[k][j] = (v[j] - mean[j]) / sd[j]
				}
			}
			all = append(all, b)
		}
	}
	var w, g, m1, m2 [kpFitDim]float64
	w[0] = kpFitStartBias
	// Per-document biases and their gradients and Adam moments.
	db, dg := make([]float64, len(docs)), make([]float64, len(docs))
	dm1, dm2 := make([]float64, len(docs)), make([]float64, len(docs))
	adam := func(it int, w, m1, m2 *float64, g float64) {
		*m1 = 0.9**m1 + 0.1*g
		*m2 = 0.999**m2 + 0.001*g*g
		mh := *m1 / (1 - math.Pow(0.9, float64(it)))
		vh := *m2 / (1 - math.Pow(0.999, float64(it)))
		*w -= kpFitRate * mh / (math.Sqrt(vh) + 1e-8)
	}
	var q []float64
	for it := 1; it <= kpFitIterations; it++ {
		g = [kpFitDim]float64{}
		clear(dg)
		for _, b := range all {
			s := 0.0
			q = q[:0]
			for k := range b.z {
				zo := db[b.d]
				for j, v := range b.z[k] {
					zo += w[j] * v
				}
				s += kpSoftplus(zo)
				q = append(q, 1/(1+math.Exp(-zo)))
			}
			// d(-log likelihood)/d(logit of occurrence k) is q_k for a
			// non-key and -q_k/(e^s - 1) for a key.
			coef := b.wt
			if b.y {
				coef = -b.wt / math.Expm1(math.Max(s, 1e-12))
			}
			for k := range b.z {
				e := coef * q[k]
				for j, v := range b.z[k] {
					g[j] += e * v
				}
				dg[b.d] += e
			}
		}
		for j := range w {
			gj := g[j] / float64(len(all))
			if j > 0 {
				gj += kpFitL2 * w[j]
			}
			adam(it, &w[j], &m1[j], &m2[j], gj)
		}
		for d := range db {
			adam(it, &db[d], &dm1[d], &dm2[d], dg[d]/float64(len(all))+kpFitDocL2*db[d])
		}
	}
	// Back to raw features, so scoring needs no standardisation.
	var m KeyphraseModel
	m.w[0] = w[0]
	for j := 1; j < kpFitDim; j++ {
		raw := w[j] / sd[j]
		m.w[0] -= w[j] * mean[j] / sd[j]
		if j < kpFeatureCount {
			m.w[j] = raw
		} else {
			m.o[j-kpFeatureCount] = raw
		}
	}
	return m
}

// Weights returns a copy of the model's weights, the candidate weights in
// feature order then the occurrence weights (for printing a fitted model
// as Go source).
func (m KeyphraseModel) Weights() []float64 {
	return append(append([]float64(nil), m.w[:]...), m.o[:]...)
}
