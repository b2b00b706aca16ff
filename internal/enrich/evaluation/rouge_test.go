package evaluation

import (
	"bufio"
	"math"
	"os"
	"strings"
	"testing"
)

// TestPorterStemMatchesNLTK compares with stems produced by NLTK 3.8's
// PorterStemmer() (the stemmer rouge-score uses) for 424 words covering
// every rule; the whole SummEval vocabulary (6,856 words) was also checked
// once, with no difference.
func TestPorterStemMatchesNLTK(t *testing.T) {
	f, err := os.Open("testdata/porter_nltk.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || line == "" {
			continue
		}
		word, want, _ := strings.Cut(line, "\t")
		if got := PorterStem(word); got != want {
			t.Errorf("PorterStem(%q) = %q, NLTK gives %q", word, got, want)
		}
		n++
	}
	if n < 400 {
		t.Fatalf("only %d golden stems read", n)
	}
}

func TestRougeTokens(t *testing.T) {
	got := strings.Join(RougeTokens("The Taliban's officials, in 2021: running — café!"), " ")
	want := "the taliban s offici in 2021 run caf"
	if got != want {
		t.Errorf("RougeTokens = %q, want %q", got, want)
	}
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

// The expected values are worked out by hand from the definitions.
func TestRougeN(t *testing.T) {
	pred := strings.Fields("the cat sat on the mat")
	ref := strings.Fields("the cat lay on the mat today")
	r1 := RougeN(pred, ref, 1) // overlap: the×2, cat, on, mat = 5 of 6 and 7
	if !near(r1.P, 5.0/6) || !near(r1.R, 5.0/7) || !near(r1.F, 2*(5.0/6)*(5.0/7)/(5.0/6+5.0/7)) {
		t.Errorf("ROUGE-1 = %+v", r1)
	}
	r2 := RougeN(pred, ref, 2) // bigrams: "the cat", "on the", "the mat" = 3 of 5 and 6
	if !near(r2.P, 3.0/5) || !near(r2.R, 3.0/6) {
		t.Errorf("ROUGE-2 = %+v", r2)
	}
	if z := RougeN(nil, ref, 2); z.F != 0 {
		t.Errorf("empty prediction scored %+v", z)
	}
}

func TestRougeLsum(t *testing.T) {
	// Reference sentence "a b c d" against predicted sentences "a b x"
	// and "c y d": the union of the two LCS hits covers a b c d (4 hits);
	// the prediction has 6 tokens, the reference 4.
	pred := [][]string{{"a", "b", "x"}, {"c", "y", "d"}}
	ref := [][]string{{"a", "b", "c", "d"}}
	got := RougeLsum(pred, ref)
	if !near(got.R, 1) || !near(got.P, 4.0/6) {
		t.Errorf("ROUGE-Lsum = %+v, want R 1, P 4/6", got)
	}
	// Hits are clipped by token counts: "a" once in the prediction can
	// match only one of the two reference "a"s, across sentences too.
	got = RougeLsum([][]string{{"a"}}, [][]string{{"a"}, {"a"}})
	if !near(got.R, 0.5) || !near(got.P, 1) {
		t.Errorf("clipped ROUGE-Lsum = %+v, want R 0.5, P 1", got)
	}
}

func TestLCSIndices(t *testing.T) {
	got := lcsIndices(strings.Fields("a b c b d a b"), strings.Fields("b d c a b"))
	// Any LCS has length 4; rouge-score's backtracking (checked against a
	// transcription of its _backtrack_norec) picks b c a b at 1 2 5 6.
	want := []int{1, 2, 5, 6}
	if len(got) != len(want) {
		t.Fatalf("LCS indices %v, want %v", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("LCS indices %v, want %v", got, want)
		}
	}
}

func TestDetokenize(t *testing.T) {
	in := "Tottenham 's 0-0 draw ( at home ) , he said . It was n't 3.5 % ."
	want := "Tottenham's 0-0 draw (at home), he said. It wasn't 3.5%."
	if got := Detokenize(in); got != want {
		t.Errorf("Detokenize = %q, want %q", got, want)
	}
}
