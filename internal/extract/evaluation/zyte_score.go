// Package evaluation measures Herald's article extractor against public
// benchmarks: the Zyte article-extraction benchmark (token 4-gram shingles,
// macro precision and recall) and trafilatura's evaluation set (snippets that
// must and must not appear). Each scorer reimplements the benchmark's own
// Python script so that Herald's numbers can be put beside the published
// ones.
package evaluation

import (
	"math/big"
	"strings"
	"unicode"
)

// ShingleSize is the n of the n-gram shingles of the Zyte benchmark
// (string_shingle_matching's ngram_n).
const ShingleSize = 4

// PageCounts is one page's true positive, false positive and false negative
// shingle counts, divided by their sum so that every page weighs the same
// (all three are zero when both texts have no token).
type PageCounts struct {
	TP, FP, FN float64
}

// ZyteScore is the Zyte benchmark's summary over a set of pages.
type ZyteScore struct {
	Precision float64 // mean over pages with TP+FP > 0
	Recall    float64 // mean over pages with TP+FN > 0
	F1        float64 // 2PR/(P+R) from the two means
	Accuracy  float64 // share of pages whose token sequence equals the truth
	Pages     int
}

// isWordRune reports whether r matches `\w` of Python's re module on str
// patterns: str.isalnum() (letters Lu Ll Lt Lm Lo and numbers Nd Nl No) or
// underscore. Combining marks (Mn, Mc) are not word characters there, so
// "e\u0301" is the token "e". Go's tables were checked exhaustively against
// Python 3.11 (Unicode 14): they agree on every code point assigned in
// Unicode 14; Go also accepts the 4,388 letters and numbers added in 15.
func isWordRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsNumber(r)
}

// Tokenize returns the `\w+` matches of text, case preserved, as evaluate.py's
// _tokenize does.
func Tokenize(text string) []string {
	var tokens []string
	start := -1
	for i, r := range text {
		if isWordRune(r) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			tokens = append(tokens, text[start:i])
			start = -1
		}
	}
	if start >= 0 {
		tokens = append(tokens, text[start:])
	}
	return tokens
}

// shingles counts the n-token shingles of tokens. Like evaluate.py's _ngrams,
// a text of 1 to n-1 tokens makes one short shingle of all its tokens and an
// empty text makes none. Tokens never contain NUL, so NUL joins them.
func shingles(tokens []string, n int) map[string]int {
	counts := make(map[string]int)
	if len(tokens) == 0 {
		return counts
	}
	last := max(1, len(tokens)-n+1)
	for i := 0; i < last; i++ {
		end := min(i+n, len(tokens))
		counts[strings.Join(tokens[i:end], "\x00")]++
	}
	return counts
}

// MatchShingles compares the shingle multisets of truth and prediction, as
// evaluate.py's string_shingle_matching does.
func MatchShingles(truth, pred string) PageCounts {
	return matchTokens(Tokenize(truth), Tokenize(pred))
}

func matchTokens(truthTokens, predTokens []string) PageCounts {
	truth := shingles(truthTokens, ShingleSize)
	pred := shingles(predTokens, ShingleSize)
	var c PageCounts
	for key, t := range truth {
		p := pred[key]
		c.TP += float64(min(t, p))
		c.FN += float64(max(0, t-p))
		c.FP += float64(max(0, p-t))
	}
	for key, p := range pred {
		if _, seen := truth[key]; !seen {
			c.FP += float64(p)
		}
	}
	if s := c.TP + c.FP + c.FN; s > 0 {
		c.TP, c.FP, c.FN = c.TP/s, c.FP/s, c.FN/s
	}
	return c
}

// Precision is evaluate.py's precision_score.
func (c PageCounts) Precision() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FP == 0:
		return 0
	}
	return c.TP / (c.TP + c.FP)
}

// Recall is evaluate.py's recall_score.
func (c PageCounts) Recall() float64 {
	switch {
	case c.FP == 0 && c.FN == 0:
		return 1
	case c.TP == 0 && c.FN == 0:
		return 0
	}
	return c.TP / (c.TP + c.FN)
}

// F1 is the page's own F1, for ranking pages while debugging; the benchmark's
// F1 is computed from the averages instead (see Summarize).
func (c PageCounts) F1() float64 {
	p, r := c.Precision(), c.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// PageResult is one scored page.
type PageResult struct {
	ID    string
	Count PageCounts
	Exact bool // token sequences identical (the accuracy criterion)
}

// ScorePage scores one page's prediction against its truth.
func ScorePage(id, truth, pred string) PageResult {
	tt, pt := Tokenize(truth), Tokenize(pred)
	return PageResult{ID: id, Count: matchTokens(tt, pt), Exact: equalTokens(tt, pt)}
}

func equalTokens(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Summarize computes the benchmark's metrics (metrics_from_tp_fp_fns plus
// accuracy) from per-page results.
func Summarize(pages []PageResult) ZyteScore {
	var precisions, recalls, exact []float64
	for _, p := range pages {
		if p.Count.TP+p.Count.FP > 0 {
			precisions = append(precisions, p.Count.Precision())
		}
		if p.Count.TP+p.Count.FN > 0 {
			recalls = append(recalls, p.Count.Recall())
		}
		if p.Exact {
			exact = append(exact, 1)
		} else {
			exact = append(exact, 0)
		}
	}
	s := ZyteScore{
		Precision: exactMean(precisions),
		Recall:    exactMean(recalls),
		Accuracy:  exactMean(exact),
		Pages:     len(pages),
	}
	if s.Precision+s.Recall > 0 {
		s.F1 = 2 * s.Precision * s.Recall / (s.Precision + s.Recall)
	}
	return s
}

// exactMean is Python's statistics.mean on floats: the sum is exact and only
// the quotient is rounded, so the result does not depend on page order and
// matches evaluate.py to the last bit. An empty list gives 0 (Python raises).
func exactMean(xs []float64) float64 {
	if len(xs) == 0 {
		return 0
	}
	sum := new(big.Rat)
	var x big.Rat
	for _, v := range xs {
		sum.Add(sum, x.SetFloat64(v))
	}
	sum.Quo(sum, new(big.Rat).SetInt64(int64(len(xs))))
	f, _ := sum.Float64()
	return f
}
