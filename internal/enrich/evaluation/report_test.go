package evaluation

import (
	"fmt"
	"os"
	"runtime"
	"strings"
	"testing"
	"time"
)

// printTable writes a Markdown table to standard output under -v, without
// the indentation t.Log adds, so it can be pasted into BENCHMARKS.md.
func printTable(table string) {
	if testing.Verbose() {
		fmt.Print("\n" + table + "\n")
	}
}

// machineLine describes when and where a table was measured.
func machineLine() string {
	host, _ := os.Hostname()
	return fmt.Sprintf("Measured %s on %s (%s/%s, %d CPUs, %s).",
		time.Now().UTC().Format("2006-01-02 15:04 MST"), host, runtime.GOOS, runtime.GOARCH, runtime.NumCPU(), runtime.Version())
}

// kpcrowdResults are the four KPCrowd measurements TestKPCrowd prints.
type kpcrowdResults struct {
	cvWith, cvWithout, with, without KPCrowdResult
}

func kpcrowdTable(docs int, r kpcrowdResults) string {
	var b strings.Builder
	fmt.Fprintf(&b, "### 500N-KPCrowd keyphrases, F1@10 (%d documents, macro-averaged)\n\n", docs)
	b.WriteString("| system | P@10 | R@10 | F1@10 |\n|---|---|---|---|\n")
	fmt.Fprintf(&b, "| Herald, corpus stats (leave-one-out DF), %d-fold cross-validated (official) | %.3f | %.3f | **%.3f** |\n", kpcrowdFolds, r.cvWith.P, r.cvWith.R, r.cvWith.F)
	fmt.Fprintf(&b, "| Herald, document only, %d-fold cross-validated (official) | %.3f | %.3f | **%.3f** |\n", kpcrowdFolds, r.cvWithout.P, r.cvWithout.R, r.cvWithout.F)
	fmt.Fprintf(&b, "| Herald shipped model, corpus stats (in-sample: fitted on these documents) | %.3f | %.3f | %.3f |\n", r.with.P, r.with.R, r.with.F)
	fmt.Fprintf(&b, "| Herald shipped model, document only (in-sample) | %.3f | %.3f | %.3f |\n", r.without.P, r.without.R, r.without.F)
	b.WriteString("| YAKE (published, 500 docs) | | | 0.173 |\n| TopicRank (published, 500 docs) | | | 0.172 |\n\n")
	b.WriteString("Matching: lower-case, drop non-alphanumerics, Snowball English stem per word, exact match.\n")
	fmt.Fprintf(&b, "The ranker's weights are a logistic regression fitted on KPCrowd; the official rows rank each document with weights fitted on the other %d folds only (document i in fold i mod %d).\n", kpcrowdFolds-1, kpcrowdFolds)
	b.WriteString(machineLine() + "\n")
	return b.String()
}

func agreementTable(a Agreement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "### 500N-KPCrowd: the ranker against a second crowd (%d documents, %d distinct texts, F1@10)\n\n", a.Stories, a.Groups)
	b.WriteString("| predictions for a story held more than once | P@10 | R@10 | F1@10 |\n|---|---|---|---|\n")
	fmt.Fprintf(&b, "| Herald, %d-fold cross-validated (a story's versions in one fold), corpus stats | %.3f | %.3f | %.3f |\n", kpcrowdFolds, a.Model.P, a.Model.R, a.Model.F)
	fmt.Fprintf(&b, "| a copy's crowd keys found in the text, 10 at random (expected) | %.3f | %.3f | %.3f |\n", a.CrowdRandom.P, a.CrowdRandom.R, a.CrowdRandom.F)
	fmt.Fprintf(&b, "| a copy's crowd keys found in the text, 10 in Herald's order | %.3f | %.3f | %.3f |\n\n", a.CrowdRanked.P, a.CrowdRanked.R, a.CrowdRanked.F)
	fmt.Fprintf(&b, "Copies' bodies share at least %.0f%% of their word trigrams (Jaccard); each was annotated by its own crowd. The two crowds' key sets overlap by %.2f (Jaccard, mean).\n", copyJaccard*100, a.KeyJaccard)
	b.WriteString(machineLine() + "\n")
	return b.String()
}

func rougeTable(docs int, rows []SummaryRow) string {
	var b strings.Builder
	fmt.Fprintf(&b, "### SummEval, 3-sentence summaries vs. highlights (%d articles, ROUGE F1, Porter-stemmed)\n\n", docs)
	b.WriteString("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |\n|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %.2f | %.2f | %.2f |\n", r.System, r.R1, r.R2, r.RLsum)
	}
	b.WriteString("| Lead-3, whole CNN/DM test set (published) | 40.34 | 17.70 | 36.57 |\n")
	b.WriteString("| PacSum, best unsupervised (published, whole test set) | 40.7 | 17.8 | 36.9 |\n\n")
	b.WriteString("Averaged over all 11 references (highlights and 10 crowd-written summaries):\n\n")
	b.WriteString("| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum |\n|---|---|---|---|\n")
	for _, r := range rows {
		fmt.Fprintf(&b, "| %s | %.2f | %.2f | %.2f |\n", r.System, r.AllR1, r.AllR2, r.AllRLsum)
	}
	b.WriteString("\nSentences split with internal/text; sources detokenised from PTB; ROUGE as rouge-score (NLTK Porter stemmer, tokens over 3 letters).\n")
	b.WriteString(machineLine() + "\n")
	return b.String()
}
