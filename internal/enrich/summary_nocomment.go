package enrich

import "strings"

// sumNoComment reports a sentence that says someone did not answer the
// reporter ("The governor's office didn't immediately respond to The
// Hill's request for comment"): news copy's routine, no point of the
// story.
func sumNoComment(sentence string) bool {
	s := strings.ToLower(strings.ReplaceAll(sentence, "’", "'"))
	for _, p := range noCommentPhrases {
		if strings.Contains(s, p) {
			return true
		}
	}
	return false
}

// noCommentPhrases are lower case, with straight apostrophes.
var noCommentPhrases = []string{
	"request for comment", "requests for comment", "requests seeking comment", "request seeking comment",
	"declined to comment", "declined to immediately comment", "declined comment", "could not be reached for comment",
	"not immediately available for comment", "did not immediately respond", "didn't immediately respond",
	"did not respond to", "didn't respond to", "did not return a call", "did not return calls", "did not immediately return",
	"n'a pas répondu", "n'ont pas répondu", "pas donné suite",
}
