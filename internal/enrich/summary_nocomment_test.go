package enrich

import (
	"slices"
	"strings"
	"testing"
)

func TestSummaryLeavesOutNoComment(t *testing.T) {
	doc := Document{Title: "South Dakota governor defends anti-meth campaign", Language: "en", Text: strings.Join([]string{
		"South Dakota Gov. Kristi Noem is defending the state's new anti-meth campaign and its slogan, which drew ridicule online on Monday.",
		"The governor's office didn't immediately respond to a request for comment about the campaign, the slogan or the ridicule on Monday.",
		"Noem said the backlash proved the campaign was working, because people across the country were now talking about meth.",
		"The state paid a Minneapolis agency $449,000 for the campaign, which includes television ads, billboards and a website.",
		"Treatment centres in the state said calls from families had risen since the campaign began on Monday morning.",
	}, " ")}
	got := Summarize(doc, 3)
	if len(got) != 3 {
		t.Fatalf("got %d key points, want 3: %q", len(got), got)
	}
	if slices.ContainsFunc(got, func(s string) bool { return strings.Contains(s, "request for comment") }) {
		t.Errorf("a no-comment sentence is a key point: %q", got)
	}
	for _, s := range []string{"Officials declined to comment.", "He could not be reached for comment on Friday.",
		"Le ministère n’a pas répondu à nos questions.", "The company did not respond to requests seeking comment."} {
		if !sumNoComment(s) {
			t.Errorf("sumNoComment(%q) = false", s)
		}
	}
	if sumNoComment("The council said it would comment on the plan next week.") {
		t.Error("an ordinary sentence about comment counted as no comment")
	}
}
