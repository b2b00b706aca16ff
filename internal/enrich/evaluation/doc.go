// Package evaluation scores Herald's understanding stage on public data
// sets: keyphrases on 500N-KPCrowd (F1@10), extractive summaries on
// SummEval (ROUGE-1, ROUGE-2, ROUGE-Lsum next to Lead-3) and throughput on
// 800-word articles.
//
// The data live outside the repository, in ../shared/data (or
// $HERALD_SHARED_DATA); tests and benchmarks skip when it is absent, and
// the data-set tests are skipped under -short. Commands that print the
// Markdown tables:
//
//	go test -count=1 -run 'TestKPCrowd|TestSummEval' -v ./internal/enrich/evaluation/
//	go test -run '^$' -bench BenchmarkUnderstanding -cpu 1 -count 3 ./internal/enrich/evaluation/
//
// # Scorers
//
// KPCrowd: the top 10 keyphrases per story against its crowd keys, after
// MatchKey on both sides (lower-case, non-alphanumerics deleted as the key
// files already do, Snowball English stem per word, exact match);
// precision, recall and F1 per story, macro-averaged. With corpus
// statistics, document frequencies come from the other 236 stories
// (leave-one-out).
//
// ROUGE: a port of Google's rouge-score (tokenise by lower-casing and
// replacing non-[a-z0-9] by spaces, NLTK Porter stemming of tokens longer
// than 3 characters, ROUGE-N from clipped n-gram counts, ROUGE-Lsum as the
// summary-level union LCS over newline-separated sentences). Checked three
// ways: the stemmer equals NLTK 3.8 on the 6,856 SummEval words of over 3
// letters; the published Lead-3 output (system M0) scores 41.99 / 19.37 /
// 38.03 against the highlights and 34.10 / 12.23 / 29.48 against all
// references, where the data set's notes give 41.99 / 19.36 / 38.09 and
// 34.11 / 12.24 / 29.51; Lead-3 recomputed from the sources lands within a
// point of the 41.7 / 19.2 / 37.9 the issue expects.
//
// # Tuning, and how far to trust it
//
// The keyphrase and summary weights were set with the HERALD_TUNE tests in
// internal/enrich (coordinate ascent over coarse grids of round values),
// picking values on plateaus rather than peaks. For summaries the articles
// were split in halves to watch overfitting, and the result was also
// scored against the ten crowd-written references, which the tuning never
// looked at: there Herald is on par with Lead-3 (within 0.1 ROUGE-2 below),
// so the gain on the highlights is real but small, as the literature on
// CNN/DailyMail leads predicts.
//
// Keyphrases are ranked by a logistic regression fitted on KPCrowd
// (enrich.FitKeyphraseModel; refit and print the weights with
// HERALD_TUNE=1 go test -run TestFitKeyphraseModel -v .). Its official
// score is 5-fold cross-validated over documents (EvaluateKPCrowdCV: each
// document ranked by weights fitted on the other folds only); TestKPCrowd
// prints it beside the shipped model's in-sample score and fails if the two
// drift apart. The fit stops after a fixed 200 gradient steps, a choice
// made on the cross-validated score (100, 200, 400 and 1,500 steps gave
// 0.224, 0.228, 0.226 and 0.225), so that one setting is slightly
// optimistic. What moved the score: how a word sits in its sentence (the
// crowd keys are the union of many readers' highlighted spans, so a word
// standing alone between function words is often a key by itself, one
// inside a run of content words seldom), frequency outside the title, word
// length, and whole names over name fragments. What did not: YAKE's score,
// uncapped idf, a per-word "keyphraseness" learnt from the other folds'
// keys, part-of-speech cues from neighbouring function words, position of
// the last occurrence, boosted or LambdaRank trees, SCOWL word-commonness
// levels and word-ending features (0.224-0.230 cross-validated, within
// the spread of dealing the folds differently): the keys are noisy (even a
// story's most frequent long word is a key only about 70% of the time, and
// stories that occur twice with the same text got key sets from separate
// crowds that overlap by 13-24%), which bounds precision at 10.
package evaluation
