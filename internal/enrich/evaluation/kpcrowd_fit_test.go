package evaluation

import (
	"fmt"
	"os"
	"testing"

	"herald/internal/enrich"
)

// TestFitKeyphraseModel fits the keyphrase ranker on all of 500N-KPCrowd
// and prints the weights as Go source for
// internal/enrich/keyphrase_model_weights.go. It only runs with
// HERALD_TUNE=1:
//
//	HERALD_TUNE=1 go test -run TestFitKeyphraseModel -v ./internal/enrich/evaluation/
func TestFitKeyphraseModel(t *testing.T) {
	if os.Getenv("HERALD_TUNE") == "" {
		t.Skip("set HERALD_TUNE=1 to fit the keyphrase model")
	}
	docs := loadKPCrowd(t)
	m := FitKPCrowd(docs)
	w := m.Weights()
	fmt.Printf("var defaultKeyphraseModelWeights = [kpFeatureCount]float64{\n")
	for _, v := range w[:enrich.KeyphraseFeatureCount] {
		fmt.Printf("\t%.4f,\n", v)
	}
	fmt.Printf("}\n\nvar defaultKeyphraseOccWeights = [kpOccFeatureCount]float64{\n")
	for _, v := range w[enrich.KeyphraseFeatureCount:] {
		fmt.Printf("\t%.4f,\n", v)
	}
	fmt.Printf("}\n")
	cv, _ := EvaluateKPCrowdCV(docs, 10, kpcrowdFolds)
	fmt.Printf("%d-fold cross-validated F1@10 %.4f (P %.3f R %.3f)\n", kpcrowdFolds, cv.F, cv.P, cv.R)
}
