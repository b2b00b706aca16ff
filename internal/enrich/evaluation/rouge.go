package evaluation

import (
	"strings"
)

// RougeTokens tokenises like Google's rouge-score DefaultTokenizer with
// stemming on: lower-case, every run of characters outside [a-z0-9]
// becomes a space (so accented letters and all punctuation vanish), split,
// Porter-stem (NLTK) the tokens longer than 3 characters.
func RougeTokens(s string) []string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') {
			b.WriteByte(c)
		} else {
			b.WriteByte(' ')
		}
	}
	toks := strings.Fields(b.String())
	for i, t := range toks {
		if len(t) > 3 {
			toks[i] = PorterStem(t)
		}
	}
	return toks
}

// RougeN returns ROUGE-N precision, recall and F1 of a prediction against
// one reference: clipped n-gram overlap over the prediction's and the
// reference's n-gram counts.
func RougeN(pred, ref []string, n int) PRF {
	p := ngramCounts(pred, n)
	r := ngramCounts(ref, n)
	overlap, pt, rt := 0, 0, 0
	for g, c := range p {
		pt += c
		overlap += min(c, r[g])
	}
	for _, c := range r {
		rt += c
	}
	return prf(overlap, pt, rt)
}

func ngramCounts(toks []string, n int) map[string]int {
	m := make(map[string]int, len(toks))
	for i := 0; i+n <= len(toks); i++ {
		m[strings.Join(toks[i:i+n], " ")]++
	}
	return m
}

func prf(hits, predTotal, refTotal int) PRF {
	var r PRF
	r.P = float64(hits) / float64(max(predTotal, 1))
	r.R = float64(hits) / float64(max(refTotal, 1))
	if r.P+r.R > 0 {
		r.F = 2 * r.P * r.R / (r.P + r.R)
	}
	return r
}

// RougeLsum is rouge-score's summary-level LCS: for each reference
// sentence, the union of its LCS token positions with every predicted
// sentence; each hit token is counted at most as often as it occurs on
// both sides. Sentences are given already tokenised.
func RougeLsum(pred, ref [][]string) PRF {
	m, n := 0, 0
	refCounts := map[string]int{}
	predCounts := map[string]int{}
	for _, s := range ref {
		m += len(s)
		for _, t := range s {
			refCounts[t]++
		}
	}
	for _, s := range pred {
		n += len(s)
		for _, t := range s {
			predCounts[t]++
		}
	}
	if m == 0 || n == 0 {
		return PRF{}
	}
	hits := 0
	for _, r := range ref {
		union := map[int]bool{}
		for _, c := range pred {
			for _, i := range lcsIndices(r, c) {
				union[i] = true
			}
		}
		for i := range r {
			if !union[i] {
				continue
			}
			t := r[i]
			if predCounts[t] > 0 && refCounts[t] > 0 {
				hits++
				predCounts[t]--
				refCounts[t]--
			}
		}
	}
	return prf(hits, n, m)
}

// lcsIndices returns the indices in ref of one longest common subsequence
// of ref and can, backtracking as rouge-score's _backtrack_norec does.
func lcsIndices(ref, can []string) []int {
	rows, cols := len(ref)+1, len(can)+1
	t := make([]int, rows*cols)
	for i := 1; i < rows; i++ {
		for j := 1; j < cols; j++ {
			if ref[i-1] == can[j-1] {
				t[i*cols+j] = t[(i-1)*cols+j-1] + 1
			} else {
				t[i*cols+j] = max(t[(i-1)*cols+j], t[i*cols+j-1])
			}
		}
	}
	var out []int
	i, j := len(ref), len(can)
	for i > 0 && j > 0 {
		switch {
		case ref[i-1] == can[j-1]:
			out = append(out, i-1)
			i--
			j--
		case t[i*cols+j-1] > t[(i-1)*cols+j]:
			j--
		default:
			i--
		}
	}
	for l, r := 0, len(out)-1; l < r; l, r = l+1, r-1 {
		out[l], out[r] = out[r], out[l]
	}
	return out
}

// RougeScores are precision, recall and F1 (fractions, not percent) of the
// three ROUGE variants reported.
type RougeScores struct {
	R1, R2, RLsum PRF
}

// ScoreSummary scores one summary (sentences) against one reference
// (sentences) for ROUGE-1, ROUGE-2 and ROUGE-Lsum.
func ScoreSummary(pred, ref []string) RougeScores {
	var pt, rt []string
	ps := make([][]string, 0, len(pred))
	rs := make([][]string, 0, len(ref))
	for _, s := range pred {
		t := RougeTokens(s)
		pt = append(pt, t...)
		ps = append(ps, t)
	}
	for _, s := range ref {
		t := RougeTokens(s)
		rt = append(rt, t...)
		rs = append(rs, t)
	}
	return RougeScores{R1: RougeN(pt, rt, 1), R2: RougeN(pt, rt, 2), RLsum: RougeLsum(ps, rs)}
}
