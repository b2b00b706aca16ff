package enrich

// defaultKeyphraseModelWeights are DefaultKeyphraseModel's weights, in the
// order of kpFeatures, printed by
//
//	HERALD_TUNE=1 go test -run TestFitKeyphraseModel -v ./internal/enrich/evaluation/
//
// with defaultKeyphraseOccWeights (noisy-OR over occurrences, see
// FitKeyphraseModel, on all 237 documents of 500N-KPCrowd, each document's
// features counted without its story's other versions; the
// cross-validated score that test and TestKPCrowd print is the honest
// one).
var defaultKeyphraseModelWeights = [kpFeatureCount]float64{
	-4.9439,
	-0.1734,
	-0.2167,
	0.6728,
	-2.1988,
	-3.5365,
	0.1962,
	0.6509,
	-0.3191,
	-0.1095,
	0.3533,
	-0.5842,
	1.6339,
	0.4049,
	0.2896,
	-0.3769,
	-0.0078,
	0.1350,
	0.0529,
	-0.0290,
	0.2505,
	0.0334,
	-0.0127,
	-0.0580,
	0.2678,
	-0.5060,
}

var defaultKeyphraseOccWeights = [kpOccFeatureCount]float64{
	0.1210,
	-0.1614,
	-0.0091,
	-0.1938,
	0.1442,
	0.2608,
	0.3812,
	0.3676,
	-0.2467,
	0.2045,
	-0.1780,
	0.7986,
	0.3221,
	0.1637,
	0.1888,
	0.3502,
	0.0508,
	0.1100,
	-0.2999,
	0.0294,
	-0.2611,
	0.2100,
	-0.1577,
	0.2633,
}
