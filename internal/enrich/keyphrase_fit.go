package enrich

import "math"

// KeyphraseExamples are one document's candidate phrases as feature vectors
// with their labels, ready for FitKeyphraseModel.
type KeyphraseExamples struct {
	x []([kpFeatureCount]float64)
	y []bool
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
	e := KeyphraseExamples{x: make([][kpFeatureCount]float64, len(cands)), y: make([]bool, len(cands))}
	for i, c := range cands {
		a.kpFeatures(c, stats, maxTF, &e.x[i])
		e.y[i] = isKey(c.surface())
	}
	return e
}

// Fitting settings: full-batch gradient descent on standardised features,
// with a light L2 penalty. The data sets are small (tens of thousands of
// candidates), so a fixed schedule converges well enough and is
// deterministic.
const (
	kpFitIterations = 200
	kpFitRate       = 0.5
	kpFitL2         = 0.001
)

// FitKeyphraseModel fits the ranker's weights by L2-regularised logistic
// regression on the labelled candidates of docs. It returns the zero model
// when there is nothing to learn from.
func FitKeyphraseModel(docs []KeyphraseExamples) KeyphraseModel {
	var mean, sd [kpFeatureCount]float64
	n := 0.0
	for _, d := range docs {
		for i := range d.x {
			n++
			for j, v := range d.x[i] {
				mean[j] += v
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
			for j, v := range d.x[i] {
				sd[j] += (v - mean[j]) * (v - mean[j])
			}
		}
	}
	for j := range sd {
		sd[j] = math.Sqrt(sd[j] / n)
		if sd[j] < 1e-9 {
			sd[j] = 1 // a constant feature (the bias, or idf without stats)
		}
	}
	// Weights on standardised features; feature 0 is the bias.
	var w, g [kpFeatureCount]float64
	var z [kpFeatureCount]float64
	for it := 0; it < kpFitIterations; it++ {
		g = [kpFeatureCount]float64{}
		for _, d := range docs {
			for i := range d.x {
				z[0] = 1
				for j := 1; j < kpFeatureCount; j++ {
					z[j] = (d.x[i][j] - mean[j]) / sd[j]
				}
				s := 0.0
				for j := range z {
					s += w[j] * z[j]
				}
				e := 1 / (1 + math.Exp(-s))
				if d.y[i] {
					e--
				}
				for j := range z {
					g[j] += e * z[j]
				}
			}
		}
		for j := range w {
			reg := 0.0
			if j > 0 {
				reg = kpFitL2 * w[j]
			}
			w[j] -= kpFitRate * (g[j]/n + reg)
		}
	}
	// Back to raw features, so scoring needs no standardisation.
	var m KeyphraseModel
	m.w[0] = w[0]
	for j := 1; j < kpFeatureCount; j++ {
		m.w[j] = w[j] / sd[j]
		m.w[0] -= w[j] * mean[j] / sd[j]
	}
	return m
}

// Weights returns a copy of the model's weights, in feature order (for
// printing a fitted model as Go source).
func (m KeyphraseModel) Weights() []float64 { return append([]float64(nil), m.w[:]...) }
