package evaluation

import (
	"strings"
	"testing"

	"herald/internal/enrich"
	"herald/internal/text"
)

// benchArticleWords is the article length the speed target refers to.
const benchArticleWords = 800

// benchArticles builds 800-word articles from SummEval sources: whole
// sentences from consecutive articles until 800 words, so every article
// has real news prose.
func benchArticles(docs []SummEvalDoc) []enrich.Document {
	var out []enrich.Document
	var cur []string
	words := 0
	for _, d := range docs {
		for _, s := range text.Sentences(Detokenize(d.Source)) {
			cur = append(cur, s)
			words += len(strings.Fields(s))
			if words >= benchArticleWords {
				out = append(out, enrich.Document{Text: strings.Join(cur, " "), Language: "en"})
				cur, words = nil, 0
			}
		}
	}
	return out
}

// BenchmarkUnderstanding measures keyphrases (with corpus statistics),
// hashtags and a 3-sentence summary per 800-word article, with language
// detection included. It reports articles/s (wall clock) and
// articles/cpu-s (process CPU time, which stays meaningful on a busy
// machine). Run it on one core:
//
//	go test -run '^$' -bench BenchmarkUnderstanding -cpu 1 ./internal/enrich/evaluation/
func BenchmarkUnderstanding(b *testing.B) {
	docs := loadSummEval(b)
	articles := benchArticles(docs)
	var df enrich.DocFreqs
	for _, a := range articles {
		df.Add(enrich.TermKeys(a))
	}
	b.ReportAllocs()
	b.ResetTimer()
	cpu0, cpuOK := processCPUTime()
	for i := 0; i < b.N; i++ {
		a := articles[i%len(articles)]
		a.Language = ""
		an := enrich.Analyze(a) // detects the language
		kps := an.Keyphrases(&df, 10)
		tags := enrich.Hashtags(nil, an.TopicPhrases(&df, 12), 8)
		sum := an.Summary(3)
		if len(kps) == 0 || len(tags) == 0 || len(sum) != 3 {
			b.Fatalf("empty result: %d keyphrases, %d tags, %d sentences", len(kps), len(tags), len(sum))
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "articles/s")
	if cpu1, ok := processCPUTime(); ok && cpuOK && cpu1 > cpu0 {
		// Articles per CPU-second: the per-core rate even when other
		// processes share the machine (run with -cpu 1).
		b.ReportMetric(float64(b.N)/(cpu1-cpu0).Seconds(), "articles/cpu-s")
	}
}

// BenchmarkKeyphrases measures the keyphrase ranking alone (with corpus
// statistics) on analysed 800-word articles, the part of the stage the
// keyphrase model adds:
//
//	go test -run '^$' -bench BenchmarkKeyphrases -cpu 1 ./internal/enrich/evaluation/
func BenchmarkKeyphrases(b *testing.B) {
	docs := loadSummEval(b)
	articles := benchArticles(docs)
	var df enrich.DocFreqs
	analyses := make([]*enrich.Analysis, len(articles))
	for i, a := range articles {
		df.Add(enrich.TermKeys(a))
		analyses[i] = enrich.Analyze(a)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if kps := analyses[i%len(analyses)].Keyphrases(&df, 10); len(kps) != 10 {
			b.Fatalf("got %d keyphrases", len(kps))
		}
	}
}
