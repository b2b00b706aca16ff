package evaluation

import (
	"errors"
	"math"
	"testing"
)

// The expected values were produced by the Priberam scorer itself:
// eval_lib.ScoreSet (precision, recall, F1, Rand index, homogeneity,
// completeness, V-measure, purity; printed to 5 decimals) and the
// scikit-learn 1.2.1 functions it calls (ARI, NMI, AMI at full precision;
// NMISqrt with average_method="geometric"), run with python3 on these label
// vectors.
func TestScoreMatchesPriberamScorer(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []int
		want       Scores
	}{
		{name: "identical", gold: []int{0, 0, 1, 1, 2, 2}, pred: []int{5, 5, 7, 7, 9, 9},
			want: Scores{Precision: 1.0, Recall: 1.0, F1: 1.0, RandIndex: 1.0, ARI: 1.0, NMI: 1.0, NMISqrt: 1.0,
				AMI: 1.0, Homogeneity: 1.0, Completeness: 1.0, VMeasure: 1.0, Purity: 1.0}},
		{name: "all_merged", gold: []int{0, 0, 1, 1, 2, 2}, pred: []int{1, 1, 1, 1, 1, 1},
			want: Scores{Precision: 0.2, Recall: 1.0, F1: 0.33333, RandIndex: 0.2, ARI: 0.0, NMI: 0.0, NMISqrt: 0.0,
				AMI: 0.0, Homogeneity: 0.0, Completeness: 1.0, VMeasure: 0.0, Purity: 1.0}},
		{name: "all_split", gold: []int{0, 0, 1, 1, 2, 2}, pred: []int{0, 1, 2, 3, 4, 5},
			want: Scores{Precision: 0.0, Recall: 0.0, F1: 0.0, RandIndex: 0.8, ARI: 0.0, NMI: 0.7601875334318686, NMISqrt: 0.7830371592494565,
				AMI: 0.0, Homogeneity: 1.0, Completeness: 0.61315, VMeasure: 0.76019, Purity: 0.5}},
		{name: "one_moved", gold: []int{0, 0, 0, 1, 1, 1}, pred: []int{0, 0, 1, 1, 1, 1},
			want: Scores{Precision: 0.57143, Recall: 0.66667, F1: 0.61538, RandIndex: 0.66667, ARI: 0.32432432432432434, NMI: 0.47870397138567977, NMISqrt: 0.4791387674918637,
				AMI: 0.3552453212757635, Homogeneity: 0.45915, Completeness: 0.5, VMeasure: 0.4787, Purity: 0.83333}},
		{name: "uneven", gold: []int{0, 0, 0, 0, 0, 1, 1, 1, 2, 2}, pred: []int{0, 0, 0, 1, 1, 1, 1, 2, 2, 3},
			want: Scores{Precision: 0.5, Recall: 0.35714, F1: 0.41667, RandIndex: 0.68889, ARI: 0.2125, NMI: 0.5315113935348819, NMISqrt: 0.5346581729446281,
				AMI: 0.2829627270931528, Homogeneity: 0.59609, Completeness: 0.47956, VMeasure: 0.53151, Purity: 0.6}},
		{name: "random20", gold: []int{1, 3, 0, 0, 3, 1, 3, 1, 3, 0, 0, 1, 0, 3, 1, 0, 2, 1, 2, 0}, pred: []int{0, 0, 3, 2, 3, 0, 2, 1, 3, 2, 4, 4, 4, 3, 4, 2, 3, 3, 2, 1},
			want: Scores{Precision: 0.25714, Recall: 0.19149, F1: 0.21951, RandIndex: 0.66316, ARI: 0.010577705451586655, NMI: 0.27490866969487515, NMISqrt: 0.2758806237369605,
				AMI: 0.01504880717834685, Homogeneity: 0.30008, Completeness: 0.25364, VMeasure: 0.27491, Purity: 0.45}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Score(tt.gold, tt.pred)
			if err != nil {
				t.Fatal(err)
			}
			check := func(name string, got, want float64) {
				t.Helper()
				if math.Abs(got-want) > 1e-5 {
					t.Errorf("%s = %.8f, want %.8f", name, got, want)
				}
			}
			check("precision", got.Precision, tt.want.Precision)
			check("recall", got.Recall, tt.want.Recall)
			check("F1", got.F1, tt.want.F1)
			check("Rand index", got.RandIndex, tt.want.RandIndex)
			check("ARI", got.ARI, tt.want.ARI)
			check("NMI", got.NMI, tt.want.NMI)
			check("NMI sqrt", got.NMISqrt, tt.want.NMISqrt)
			check("AMI", got.AMI, tt.want.AMI)
			check("homogeneity", got.Homogeneity, tt.want.Homogeneity)
			check("completeness", got.Completeness, tt.want.Completeness)
			check("V-measure", got.VMeasure, tt.want.VMeasure)
			check("purity", got.Purity, tt.want.Purity)
		})
	}
}

// A case small enough to count by hand: gold {a,b,c}{d,e}, predicted
// {a,b}{c,d,e}. Same-gold pairs ab ac bc de (4); same-predicted pairs ab cd
// ce de (4); both: ab de (2). So P = R = 2/4 and of the 10 pairs, 4 are
// true negatives.
func TestScoreHandCounted(t *testing.T) {
	got, err := Score([]string{"x", "x", "x", "y", "y"}, []string{"1", "1", "2", "2", "2"})
	if err != nil {
		t.Fatal(err)
	}
	if got.TP != 2 || got.FP != 2 || got.FN != 2 || got.TN != 4 {
		t.Errorf("pairs tp=%v fp=%v fn=%v tn=%v, want 2 2 2 4", got.TP, got.FP, got.FN, got.TN)
	}
	if got.Precision != 0.5 || got.Recall != 0.5 || got.F1 != 0.5 {
		t.Errorf("P/R/F1 = %v/%v/%v, want 0.5 each", got.Precision, got.Recall, got.F1)
	}
	if got.GoldClusters != 2 || got.PredClusters != 2 || got.Docs != 5 {
		t.Errorf("counts %+v", got)
	}
}

func TestScoreEdgeCases(t *testing.T) {
	if _, err := Score([]int{1, 2}, []int{1}); !errors.Is(err, ErrLengthMismatch) {
		t.Errorf("length mismatch: err = %v", err)
	}
	empty, err := Score([]int{}, []int{})
	if err != nil {
		t.Fatal(err)
	}
	if empty.NMI != 1 || empty.F1 != 0 {
		t.Errorf("empty: NMI %v F1 %v, want 1 and 0 (scikit-learn's convention)", empty.NMI, empty.F1)
	}
	one, _ := Score([]int{3, 3, 3}, []int{4, 4, 4})
	if one.NMI != 1 || one.AMI != 1 || one.ARI != 1 || one.F1 != 1 {
		t.Errorf("single cluster both sides: %+v", one)
	}
}
