package enrich

// defaultKeyphraseModelWeights are DefaultKeyphraseModel's weights, in the
// order of kpFeatures, printed by
//
//	HERALD_TUNE=1 go test -run TestFitKeyphraseModel -v ./internal/enrich/evaluation/
//
// (logistic regression on all 237 documents of 500N-KPCrowd, each
// document's features counted without its story's other versions; the
// cross-validated score that test and TestKPCrowd print is the honest one).
var defaultKeyphraseModelWeights = [kpFeatureCount]float64{
	-3.0685,
	0.2372,
	-0.4430,
	1.3477,
	-1.5618,
	-2.5012,
	0.0192,
	0.7930,
	-0.2413,
	0.0341,
	0.2495,
	-0.1477,
	1.4666,
	0.2161,
	-0.0876,
	-0.1113,
	0.0378,
	-0.0323,
	-0.0252,
	-0.7138,
	-0.0514,
	0.0553,
	0.0090,
	-0.0343,
	0.2898,
	-0.2781,
}
