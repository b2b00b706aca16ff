package enrich

import (
	"slices"
	"strings"
	"testing"
)

// standfirstArticle opens with a standfirst, then a lede that retells it.
const standfirstArticle = `Dockers at Port Calder walked out for 48 hours on Monday in a dispute over pay and night shifts. The port authority says the two-day strike will cost the harbour about 30 million crowns in lost business.

Hundreds of dockers at Port Calder downed tools at dawn on Monday in a 48-hour strike over pay, leaving ships waiting in the harbour.

The Dock Workers' Union wants a 7 per cent rise this year and a cap on night shifts, union secretary Lena Brask told reporters at the gates.

Twelve container ships were anchored off the breakwater by noon, and the authority diverted two ferries to Tessford.

Harbour master Erik Vold said perishable cargo would be moved first once the strike ends on Wednesday morning.

Talks at the mediation office in Velmont are due to resume on Thursday, the labour ministry said.`

// The standfirst is shown above the key points, so they leave it out, and
// the lede that retells it, for the facts it does not give.
func TestKeyPointsLeaveOutTheStandfirst(t *testing.T) {
	standfirst := "Dockers at Port Calder walked out for 48 hours on Monday in a dispute over pay and night shifts. The port authority says the two-day strike will cost the harbour about 30 million crowns in lost business."
	doc := Document{Title: "Port Calder dockers strike", Text: standfirstArticle, Language: "en", Standfirst: standfirst}
	got := Summarize(doc, 3)
	if len(got) != 3 {
		t.Fatalf("got %d key points: %q", len(got), got)
	}
	for _, p := range got {
		if strings.Contains(standfirst, p) {
			t.Errorf("a key point repeats the standfirst: %q", p)
		}
		if strings.HasPrefix(p, "Hundreds of dockers") {
			t.Errorf("a key point retells the standfirst: %q", p)
		}
	}
	if !slices.ContainsFunc(got, func(p string) bool { return strings.Contains(p, "7 per cent") }) {
		t.Errorf("key points %q miss the union's demand", got)
	}
	// Without the feed's description, or with one the text does not open
	// with (a dek printed elsewhere), the first paragraph is a candidate.
	for _, sf := range []string{"", "Dockers strike over pay at Port Calder."} {
		doc.Standfirst = sf
		if got := Summarize(doc, 3); !strings.HasPrefix(got[0], "Dockers at Port Calder walked out") {
			t.Errorf("standfirst %q: key points %q; want the opening first", sf, got)
		}
	}
	// A short article keeps what it has: the rule needs text after it.
	doc.Standfirst = standfirst
	short := strings.Join(strings.Split(standfirstArticle, "\n\n")[:3], "\n\n")
	doc.Text = short
	if got := Summarize(doc, 3); !strings.HasPrefix(got[0], "Dockers at Port Calder walked out") {
		t.Errorf("short article: key points %q; want the opening first", got)
	}
}

// Standfirst gives the standfirst's sentences as the text writes them, and
// nothing when the text does not open with the feed's description.
func TestStandfirst(t *testing.T) {
	standfirst := "Dockers at Port Calder walked out for 48 hours on Monday in a dispute over pay and night shifts.  The port authority says the two-day strike will cost the harbour about 30 million crowns in lost business."
	doc := Document{Title: "Port Calder dockers strike", Text: standfirstArticle, Language: "en", Standfirst: standfirst}
	want := []string{
		"Dockers at Port Calder walked out for 48 hours on Monday in a dispute over pay and night shifts.",
		"The port authority says the two-day strike will cost the harbour about 30 million crowns in lost business.",
	}
	if got := Standfirst(doc); !slices.Equal(got, want) {
		t.Errorf("Standfirst = %q, want %q", got, want)
	}
	doc.Standfirst = "Dockers strike at Port Calder."
	if got := Standfirst(doc); got != nil {
		t.Errorf("Standfirst of a description the text does not open with = %q", got)
	}
	doc.Standfirst, doc.Text = want[0], want[0]+"\n\nThe strike ends on Wednesday."
	if got := Standfirst(doc); got != nil {
		t.Errorf("Standfirst of a text with little after it = %q", got)
	}
}
