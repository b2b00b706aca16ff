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
	-3.9237,
	0.2375,
	-0.4388,
	1.3520,
	-1.5416,
	-2.4850,
	0.0253,
	0.8115,
	-0.2865,
	0.0694,
	0.2379,
	-0.1475,
	1.4682,
	0.4224,
	-0.0863,
	-0.1114,
	0.0343,
	-0.0279,
	-0.0216,
	-0.7114,
	-0.0515,
	0.0523,
	0.0092,
	-0.0343,
	0.2888,
	-0.2791,
}
