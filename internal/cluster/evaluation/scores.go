// Package evaluation scores a clustering against gold labels and runs the
// story-clustering benchmarks. The definitions follow the Priberam scorer
// (Miranda et al., EMNLP 2018: eval_lib.py) and scikit-learn's metrics it
// calls, so numbers here compare with published ones.
package evaluation

import (
	"errors"
	"math"
)

// Scores holds every measure of one clustering against the gold labels.
type Scores struct {
	Docs, GoldClusters, PredClusters int

	// Pairwise: a pair of documents is a true positive when gold and
	// prediction both put them in one cluster.
	TP, FP, FN, TN    float64
	Precision, Recall float64
	F1                float64
	RandIndex, ARI    float64
	NMI               float64 // arithmetic normalisation (scikit-learn's default)
	NMISqrt           float64 // geometric normalisation (the MStream paper's)
	AMI               float64 // arithmetic normalisation
	Homogeneity       float64
	Completeness      float64
	VMeasure          float64
	Purity            float64 // per gold cluster, as eval_lib.py computes it
}

// ErrLengthMismatch reports label vectors of different lengths.
var ErrLengthMismatch = errors.New("gold and predicted labels differ in length")

// contingency is the co-occurrence table of gold rows and predicted columns.
type contingency struct {
	n     int
	cells map[[2]int]int
	rows  []int // gold cluster sizes
	cols  []int // predicted cluster sizes
}

func newContingency[G, P comparable](gold []G, pred []P) contingency {
	gi := make(map[G]int)
	pi := make(map[P]int)
	c := contingency{n: len(gold), cells: make(map[[2]int]int)}
	for k := range gold {
		r, ok := gi[gold[k]]
		if !ok {
			r = len(c.rows)
			gi[gold[k]] = r
			c.rows = append(c.rows, 0)
		}
		q, ok := pi[pred[k]]
		if !ok {
			q = len(c.cols)
			pi[pred[k]] = q
			c.cols = append(c.cols, 0)
		}
		c.rows[r]++
		c.cols[q]++
		c.cells[[2]int{r, q}]++
	}
	return c
}

func pairs(n int) float64 { return float64(n) * float64(n-1) / 2 }

// Score compares a predicted clustering with the gold one; labels are
// compared only for equality.
func Score[G, P comparable](gold []G, pred []P) (Scores, error) {
	if len(gold) != len(pred) {
		return Scores{}, ErrLengthMismatch
	}
	c := newContingency(gold, pred)
	s := Scores{Docs: c.n, GoldClusters: len(c.rows), PredClusters: len(c.cols)}

	var sameGold, samePred float64
	for _, a := range c.rows {
		sameGold += pairs(a)
	}
	for _, b := range c.cols {
		samePred += pairs(b)
	}
	for _, nij := range c.cells {
		s.TP += pairs(nij)
	}
	s.FP = samePred - s.TP
	s.FN = sameGold - s.TP
	s.TN = pairs(c.n) - s.TP - s.FP - s.FN
	s.Precision = ratio(s.TP, s.TP+s.FP)
	s.Recall = ratio(s.TP, s.TP+s.FN)
	s.F1 = ratio(2*s.Precision*s.Recall, s.Precision+s.Recall)
	s.RandIndex = ratio(s.TP+s.TN, pairs(c.n))
	s.ARI = c.ari(s)
	c.information(&s)
	s.Purity = c.purity()
	return s, nil
}

func ratio(num, den float64) float64 {
	if den == 0 {
		return 0
	}
	return num / den
}

// ari is scikit-learn's adjusted_rand_score, from the pair confusion matrix.
func (c contingency) ari(s Scores) float64 {
	if s.FN == 0 && s.FP == 0 {
		return 1
	}
	num := 2 * (s.TP*s.TN - s.FN*s.FP)
	den := (s.TP+s.FN)*(s.FN+s.TN) + (s.TP+s.FP)*(s.FP+s.TN)
	return ratio(num, den)
}

func entropy(sizes []int, n int) float64 {
	var h float64
	for _, a := range sizes {
		if a > 0 {
			p := float64(a) / float64(n)
			h -= p * math.Log(p)
		}
	}
	return h
}

// information fills the measures built on mutual information, with
// scikit-learn's conventions for the degenerate cases.
func (c contingency) information(s *Scores) {
	if c.n == 0 {
		s.NMI, s.NMISqrt, s.AMI, s.Homogeneity, s.Completeness, s.VMeasure = 1, 1, 1, 1, 1, 1
		return
	}
	n := float64(c.n)
	var mi float64
	for k, nij := range c.cells {
		a, b := float64(c.rows[k[0]]), float64(c.cols[k[1]])
		mi += float64(nij) / n * math.Log(n*float64(nij)/(a*b))
	}
	mi = max(mi, 0)
	hGold, hPred := entropy(c.rows, c.n), entropy(c.cols, c.n)

	s.Homogeneity, s.Completeness = 1, 1
	if hGold > 0 {
		s.Homogeneity = mi / hGold
	}
	if hPred > 0 {
		s.Completeness = mi / hPred
	}
	s.VMeasure = ratio(2*s.Homogeneity*s.Completeness, s.Homogeneity+s.Completeness)

	if len(c.rows) == 1 && len(c.cols) == 1 {
		s.NMI, s.NMISqrt, s.AMI = 1, 1, 1
		return
	}
	if mi > 0 {
		s.NMI = mi / ((hGold + hPred) / 2)
		s.NMISqrt = mi / math.Sqrt(hGold*hPred)
	}
	// AMI: scikit-learn returns 1 when both labelings are identical
	// partitions into singletons or into one cluster; otherwise it
	// normalises by the arithmetic mean, guarding the denominator.
	emi := c.expectedMI()
	den := (hGold+hPred)/2 - emi
	const eps = 2.220446049250313e-16
	if den < 0 {
		den = min(den, -eps)
	} else {
		den = max(den, eps)
	}
	s.AMI = (mi - emi) / den
}

// expectedMI is the expected mutual information of two random labelings with
// the same cluster sizes (hypergeometric model), as in scikit-learn.
func (c contingency) expectedMI() float64 {
	n := c.n
	// logFact[x] = log x!, tabulated once: the inner loop below runs
	// millions of times on a real data set.
	logFact := make([]float64, n+1)
	for x := 2; x <= n; x++ {
		logFact[x] = logFact[x-1] + math.Log(float64(x))
	}
	lg := func(x int) float64 { return logFact[x] }
	logN := math.Log(float64(n))
	var emi float64
	for _, a := range c.rows {
		for _, b := range c.cols {
			lo := max(1, a+b-n)
			hi := min(a, b)
			// log of the terms of the hypergeometric probability that
			// do not depend on nij.
			base := lg(a) + lg(b) + lg(n-a) + lg(n-b) - lg(n)
			for nij := lo; nij <= hi; nij++ {
				term := float64(nij) / float64(n) * (logN + math.Log(float64(nij)) - math.Log(float64(a)) - math.Log(float64(b)))
				logP := base - lg(nij) - lg(a-nij) - lg(b-nij) - lg(n-a-b+nij)
				emi += term * math.Exp(logP)
			}
		}
	}
	return emi
}

// purity follows eval_lib.py: for each gold cluster, the share of its
// largest predicted part, weighted by gold cluster size.
func (c contingency) purity() float64 {
	if c.n == 0 {
		return 0
	}
	best := make([]int, len(c.rows))
	for k, nij := range c.cells {
		best[k[0]] = max(best[k[0]], nij)
	}
	total := 0
	for _, b := range best {
		total += b
	}
	return float64(total) / float64(c.n)
}
