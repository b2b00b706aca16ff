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
const (
	kpFitIterations = 300
	kpFitRate       = 0.05
	kpFitL2         = 0.001
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
		z []([kpFitDim]float64)
		y bool
	}
	all := make([]bag, 0, bags)
	for _, d := range docs {
		for i := range d.x {
			b := bag{z: make([][kpFitDim]float64, len(d.occ[i])), y: d.y[i]}
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
	var q []float64
	for it := 1; it <= kpFitIterations; it++ {
		g = [kpFitDim]float64{}
		for _, b := range all {
			s := 0.0
			q = q[:0]
			for k := range b.z {
				zo := 0.0
				for j, v := range b.z[k] {
					zo += w[j] * v
				}
				s += kpSoftplus(zo)
				q = append(q, 1/(1+math.Exp(-zo)))
			}
			// d(-log likelihood)/d(logit of occurrence k) is q_k for a
			// non-key and -q_k/(e^s - 1) for a key.
			coef := 1.0
			if b.y {
				coef = -1 / math.Expm1(math.Max(s, 1e-12))
			}
			for k := range b.z {
				e := coef * q[k]
				for j, v := range b.z[k] {
					g[j] += e * v
				}
			}
		}
		for j := range w {
			gj := g[j] / float64(len(all))
			if j > 0 {
				gj += kpFitL2 * w[j]
			}
			m1[j] = 0.9*m1[j] + 0.1*gj
			m2[j] = 0.999*m2[j] + 0.001*gj*gj
			mh := m1[j] / (1 - math.Pow(0.9, float64(it)))
			vh := m2[j] / (1 - math.Pow(0.999, float64(it)))
			w[j] -= kpFitRate * mh / (math.Sqrt(vh) + 1e-8)
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
