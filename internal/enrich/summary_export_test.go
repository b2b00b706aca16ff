package enrich

// Test-only access to the summary weights, for summary_tune_test.go.

type SummaryWeights = summaryWeights

var DefaultSummaryWeights = defaultSummaryWeights

func SummarizeWeighted(doc Document, n int, w SummaryWeights) []string {
	return analyzeDocument(doc).summary(n, w)
}
