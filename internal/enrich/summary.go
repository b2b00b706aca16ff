package enrich

import (
	"math"
	"sort"
)

// Summarize returns the n key sentences of doc (n is clamped to 1..10; 3
// is the usual choice), copied verbatim from the text and given in document
// order. It never writes new text; it only drops a leading dateline or
// wire credit ("PORT CALDER (Herald) — ").
//
// Sentences are scored by position (news puts the gist first), centrality
// (similarity to the whole article) and similarity to the title, less a
// little for opening with a quotation (reactions rather than facts) and
// for leaning on a sentence left out ("He also cited ...", see
// sumDangles); questions, "did not respond to a request for comment"
// (sumNoComment), fragments under 12 words (bylines, credits, teasers) and
// run-on blocks over 80 words (glued captions) are skipped when enough
// other sentences remain. Selection is greedy with a redundancy penalty
// (maximal marginal relevance). On SummEval this edges out Lead-3, the
// strong baseline for news (see internal/enrich/evaluation). A standfirst
// the text opens with (doc.Standfirst) is left out and counts as told.
func Summarize(doc Document, n int) []string {
	return analyzeDocument(doc).summary(n, defaultSummaryWeights)
}

// Summary is Summarize on an analysed document.
func (an *Analysis) Summary(n int) []string {
	return an.a.summary(n, defaultSummaryWeights)
}

func (a *docAnalysis) summary(n int, w summaryWeights) []string {
	n = min(max(n, 1), 10)
	body := a.sentences[a.bodyStart():]
	var chosen []int
	if len(body)-a.standfirst <= n {
		for i := a.standfirst; i < len(body); i++ {
			chosen = append(chosen, i)
		}
	} else {
		if a.lang == "ar" {
			// Clitics and broken plurals leave two tellings of one fact
			// fewer shared stems in Arabic: a standfirst and its lede
			// ("أغلقت السلطات ... جسر الميناء" twice) meet at a cosine of
			// about 0.33.
			w.Duplicate = arabicDuplicate
		}
		chosen = sumSelectSentences(sumFeatures(a, w), n, w, a.standfirst)
	}
	sort.Ints(chosen)
	out := make([]string, len(chosen))
	for i, s := range chosen {
		out[i] = trimDateline(body[s])
	}
	return out
}

// arabicDuplicate replaces summaryWeights.Duplicate for Arabic.
const arabicDuplicate = 0.3

// sumSelectSentences picks n sentence indices greedily by score minus the
// redundancy with those already chosen; ineligible sentences, and those
// that say again what a chosen one says, only fill in when too few others
// remain. The first shown sentences (a standfirst) are never picked but
// count as told: what retells them is redundant too.
func sumSelectSentences(feats []sentenceFeatures, n int, w summaryWeights, shown int) []int {
	chosen := make([]int, 0, n)
	used := make([]bool, len(feats))
	told := make([]int, 0, shown+n) // shown, then chosen
	isTold := make([]bool, len(feats))
	for i := range min(shown, len(feats)) {
		used[i] = true
		isTold[i] = true
		told = append(told, i)
	}
	for pass := 0; pass < 2 && len(chosen) < n; pass++ {
		for len(chosen) < n {
			best, bestScore := -1, math.Inf(-1)
			for i := range feats {
				if used[i] || (pass == 0 && !feats[i].eligible) {
					continue
				}
				red := 0.0
				for _, c := range told {
					red = math.Max(red, sumCosine(feats[i].vec, feats[c].vec))
				}
				if pass == 0 && red >= w.Duplicate {
					continue // a standfirst's lede, a rewritten intro
				}
				s := feats[i].score - w.Redundancy*red
				if feats[i].dangles && (i == 0 || !isTold[i-1]) {
					s -= w.Dangling
				}
				if s > bestScore {
					best, bestScore = i, s
				}
			}
			if best < 0 {
				break
			}
			used[best] = true
			isTold[best] = true
			chosen = append(chosen, best)
			told = append(told, best)
		}
	}
	return chosen
}
