package enrich

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// TestCorpusIDFYoungCorpus checks that corpus statistics only demote what
// is common to many articles: a story's word in a fifth of a young store
// keeps the capped idf, while a word in half of a mature store is demoted.
func TestCorpusIDFYoungCorpus(t *testing.T) {
	young := &DocFreqs{N: 20, DF: map[string]int{"budget": 5, "said": 20}}
	if idf := corpusIDF(young, "budget"); idf < topicWeights.IDFCap {
		t.Errorf("budget in 5 of 20 articles: idf %.2f below the cap %.0f, so the budget story's articles lose #Budget", idf, topicWeights.IDFCap)
	}
	if idf := corpusIDF(young, "said"); idf >= topicWeights.IDFCap {
		t.Errorf("a word in all 20 articles keeps idf %.2f", idf)
	}
	mature := &DocFreqs{N: 10000, DF: map[string]int{"budget": 5000, "zalmay": 3}}
	if idf := corpusIDF(mature, "budget"); idf > 2 {
		t.Errorf("budget in half of 10,000 articles: idf %.2f, want it demoted below 2", idf)
	}
	if idf := corpusIDF(mature, "zalmay"); idf < topicWeights.IDFCap {
		t.Errorf("a rare name in a mature store: idf %.2f below the cap", idf)
	}
}

// TestHashtagsDoNotDependOnArrivalOrder enriches the demo's English
// articles one after another, each against the statistics of those before
// it, as the pipeline does, once in the corpus order and once reversed. A
// young store must not make an article's hashtags depend on what happened
// to arrive first (75 of 543 hashtags differ without the idf prior, 12
// with it).
func TestHashtagsDoNotDependOnArrivalOrder(t *testing.T) {
	docs := demoDocuments(t)
	run := func(order []int) [][]string {
		var df DocFreqs
		tags := make([][]string, len(docs))
		for _, i := range order {
			stats := df
			r, err := Enrich(context.Background(), docs[i], Options{Stats: &stats})
			if err != nil {
				t.Fatalf("enrich %q: %v", docs[i].Title, err)
			}
			tags[i] = r.Hashtags
			df.Add(TermKeys(docs[i]))
		}
		return tags
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	forward := run(order)
	slices.Reverse(order)
	backward := run(order)
	changed, total := 0, 0
	for i := range docs {
		total += len(forward[i])
		for _, tag := range forward[i] {
			if !slices.Contains(backward[i], tag) {
				changed++
				t.Logf("%q: %s only in arrival order (reversed: %s)", docs[i].Title, tag, strings.Join(backward[i], " "))
			}
		}
	}
	if changed > total/20 {
		t.Errorf("%d of %d hashtags change when the articles arrive in reverse order; want at most %d", changed, total, total/20)
	}
}
