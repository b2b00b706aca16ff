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
	-4.9429,
	-0.1732,
	-0.2170,
	0.6731,
	-2.1989,
	-3.5366,
	0.1961,
	0.6509,
	-0.3190,
	-0.1097,
	0.3533,
	-0.5840,
	1.6340,
	0.4049,
	0.2899,
	-0.3769,
	-0.0068,
	0.1343,
	0.0526,
	-0.0294,
	0.2506,
	0.0334,
	-0.0126,
	-0.0580,
	0.2679,
	-0.5064,
}

var defaultKeyphraseOccWeights = [kpOccFeatureCount]float64{
	0.1200,
	-0.1610,
	-0.0087,
	-0.1934,
	0.1441,
	0.2605,
	0.3813,
	0.3673,
	-0.2468,
	0.2046,
	-0.1781,
	0.7980,
	0.3221,
	0.1638,
	0.1888,
	0.3498,
	0.0320,
	0.1107,
	-0.3002,
	0.0289,
	-0.2617,
	0.2101,
	-0.1576,
	0.2634,
}
