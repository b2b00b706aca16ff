package enrich

// defaultKeyphraseModelWeights are DefaultKeyphraseModel's weights, in the
// order of kpFeatures, printed by
//
//	HERALD_TUNE=1 go test -run TestFitKeyphraseModel -v ./internal/enrich/evaluation/
//
// (logistic regression on all 237 documents of 500N-KPCrowd; the
// cross-validated score that test and TestKPCrowd print is the honest one).
var defaultKeyphraseModelWeights = [kpFeatureCount]float64{
	-3.0595,
	0.2374,
	-0.4434,
	1.3450,
	-1.5635,
	-2.5020,
	0.0199,
	0.7978,
	-0.2399,
	0.0322,
	0.2516,
	-0.1466,
	1.4669,
	0.2141,
	-0.0876,
	-0.1119,
	0.0377,
	-0.0320,
	-0.0251,
	-0.7142,
	-0.0522,
	0.0554,
	0.0090,
	-0.0343,
	0.2893,
	-0.2778,
}
