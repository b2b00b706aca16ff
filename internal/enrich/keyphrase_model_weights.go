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
	-5.5755,
	-0.0885,
	-0.2046,
	0.1339,
	-2.2403,
	-3.5935,
	0.0953,
	0.7047,
	-0.2954,
	-0.0822,
	0.2355,
	-0.2992,
	1.6673,
	0.3950,
	0.1240,
	-0.1887,
	-0.0048,
	0.2352,
	0.0505,
	0.0901,
	0.2139,
	0.0294,
	-0.0062,
	-0.0300,
	0.1593,
	-0.0594,
}

var defaultKeyphraseOccWeights = [kpOccFeatureCount]float64{
	0.1983,
	-0.2703,
	-0.1396,
	-0.2080,
	0.1966,
	0.3401,
	0.3794,
	0.1904,
	-0.2118,
	0.1728,
	-0.1121,
	0.6098,
	0.2864,
	0.1125,
	0.1865,
	0.5656,
	0.0744,
	0.1229,
	-0.2124,
	0.0385,
	-0.0881,
	0.2729,
	-0.1322,
	-0.2687,
}
