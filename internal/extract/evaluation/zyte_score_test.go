package evaluation

import (
	"math"
	"slices"
	"testing"
)

// The expected values below are what the benchmark's evaluate.py (Python
// 3.11) returns for the same inputs: _tokenize, string_shingle_matching,
// get_accuracy and metrics_from_tp_fp_fns.

func TestTokenizeMatchesPythonWordRegexp(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"punctuation splits", "Hello, world!", []string{"Hello", "world"}},
		{"precomposed letter is a word char, combining mark is not", "caf\u00e9 cafe\u0301 na\u00efve", []string{"café", "cafe", "naïve"}},
		{"underscore, digits, other numbers, CJK; Devanagari vowel signs split",
			"snake_case x2 \u0661\u0662 \u00bd \u2167 \u4e2d\u6587 \u0915\u093f\u0924\u093e\u092c",
			[]string{"snake_case", "x2", "١٢", "½", "Ⅷ", "中文", "क", "त", "ब"}},
		{"apostrophe and hyphen split", "don't-stop", []string{"don", "t", "stop"}},
		{"zero-width and no-break space split", "a\u200bb c\u00a0d", []string{"a", "b", "c", "d"}},
		{"case kept", "NASA nasa", []string{"NASA", "nasa"}},
		{"invalid UTF-8 splits", "ab\xffcd", []string{"ab", "cd"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Tokenize(tt.text); !slices.Equal(got, tt.want) {
				t.Errorf("Tokenize(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestMatchShinglesMatchesEvaluatePy(t *testing.T) {
	const third = 1.0 / 3
	tests := []struct {
		name, truth, pred string
		want              PageCounts
		exact             bool
	}{
		{"identical", "one two three four five", "one two three four five", PageCounts{1, 0, 0}, true},
		{"shifted by one token", "one two three four five", "two three four five six", PageCounts{third, third, third}, false},
		{"short texts make one short shingle", "a b", "a b", PageCounts{1, 0, 0}, true},
		{"short shingle differs from a longer one", "a b", "a b c", PageCounts{0, 0.5, 0.5}, false},
		{"empty truth", "", "x y z w", PageCounts{0, 1, 0}, false},
		{"empty prediction", "x y z w", "", PageCounts{0, 0, 1}, false},
		{"both empty", "", "", PageCounts{0, 0, 0}, true},
		{"shingles are multisets", "a a a a a a", "a a a a", PageCounts{third, 0, 2 * third}, false},
		{"punctuation and spacing ignored", "One, two - three\n\nfour.", "One two three four", PageCounts{1, 0, 0}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ScorePage("p", tt.truth, tt.pred)
			if !closeCounts(got.Count, tt.want) {
				t.Errorf("counts = %+v, want %+v", got.Count, tt.want)
			}
			if got.Exact != tt.exact {
				t.Errorf("exact = %v, want %v", got.Exact, tt.exact)
			}
		})
	}
}

func TestSummarizeMatchesMetricsFromTPFPFNs(t *testing.T) {
	pairs := [][2]string{
		{"one two three four five", "one two three four five"},
		{"one two three four five", "two three four five six"},
		{"a b", "a b"},
		{"a b", "a b c"},
		{"", "x y z w"},
		{"x y z w", ""},
		{"", ""},
		{"a a a a a a", "a a a a"},
	}
	var pages []PageResult
	for _, p := range pairs {
		pages = append(pages, ScorePage("p", p[0], p[1]))
	}
	got := Summarize(pages)
	want := ZyteScore{F1: 0.5219298245614035, Precision: 0.5833333333333334, Recall: 0.4722222222222222, Accuracy: 3.0 / 8, Pages: 8}
	if got != want {
		t.Errorf("Summarize = %+v, want %+v", got, want)
	}
}

func TestSummarizeEmptyPredictionLowersRecallOnly(t *testing.T) {
	full := ScorePage("a", "w x y z v", "w x y z v")
	empty := ScorePage("b", "w x y z v", "")
	got := Summarize([]PageResult{full, empty})
	if got.Precision != 1 || got.Recall != 0.5 {
		t.Errorf("P, R = %v, %v, want 1, 0.5", got.Precision, got.Recall)
	}
}

func TestExactMeanIsOrderIndependent(t *testing.T) {
	xs := []float64{1e16, 1, -1e16, 0.1, 0.2, 0.3}
	a := exactMean(xs)
	slices.Reverse(xs)
	if b := exactMean(xs); a != b {
		t.Errorf("mean depends on order: %v vs %v", a, b)
	}
	if want := 1.6 / 6; math.Abs(a-want) > 1e-15 {
		t.Errorf("mean = %v, want %v", a, want)
	}
}

func closeCounts(a, b PageCounts) bool {
	const eps = 1e-12
	return math.Abs(a.TP-b.TP) < eps && math.Abs(a.FP-b.FP) < eps && math.Abs(a.FN-b.FN) < eps
}

func FuzzTokenize(f *testing.F) {
	f.Add("Hello, world! caf\u00e9 \xff\xfe")
	f.Fuzz(func(t *testing.T, s string) {
		for _, tok := range Tokenize(s) {
			if tok == "" {
				t.Fatalf("empty token from %q", s)
			}
			for _, r := range tok {
				if !isWordRune(r) {
					t.Fatalf("token %q from %q holds non-word rune %U", tok, s, r)
				}
			}
		}
		MatchShingles(s, s)
	})
}
