package enrich

import (
	"context"
	"slices"
	"testing"
)

// centralArticle names its subject in the headline and lede, and quotes an
// economist twice near the end.
const centralArticle = `NordGrid said on Thursday that a failed circuit breaker at its Tolvern Road substation caused the blackout that left 200,000 homes without power.

The company said engineers had replaced the breaker and that the substation was back in normal service.

NordGrid will pay each affected household 40 crowns in compensation, the company said.

The regulator has opened an inquiry into the blackout and will report in the spring. Thursday's report was the third this year, and Thursday's figures were the worst.

Households in the east were the worst affected, with some waiting nine hours for power to return.

"The network was run too close to its limits," said Linnea Harcourt, an economist at Velmont Savings Bank.

Harcourt said the compensation was unlikely to satisfy businesses that lost a day of trade.`

// A voice quoted twice near the end of an article is not one of its tags,
// nor does her surname come back as a topic; the subject named in the
// headline and lede is.
func TestHashtagsLeaveOutPassingVoices(t *testing.T) {
	doc := Document{Title: "NordGrid blames failed circuit breaker for Velmont blackout", Text: centralArticle, Language: "en"}
	r, err := Enrich(context.Background(), doc, Options{Hashtags: 8})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.Hashtags, "#NordGrid") {
		t.Errorf("hashtags %v lack the subject #NordGrid", r.Hashtags)
	}
	for _, bad := range []string{"#LinneaHarcourt", "#Harcourt", "#Thursday"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %v include %s", r.Hashtags, bad)
		}
	}
	// Named in the headline, the same voice is a topic.
	doc.Title = "Harcourt: NordGrid ran the network too close to its limits"
	r, _ = Enrich(context.Background(), doc, Options{Hashtags: 8})
	if !slices.Contains(r.Hashtags, "#LinneaHarcourt") {
		t.Errorf("hashtags %v lack the person the headline names", r.Hashtags)
	}
}

// "Thursday's vote" names a date, not a topic.
func TestDateWordWithPossessive(t *testing.T) {
	for in, want := range map[string]string{"thursday's": "thursday", "thursday’s": "thursday", "marsk": "marsk"} {
		if got := withoutPossessive(in); got != want {
			t.Errorf("withoutPossessive(%q) = %q, want %q", in, got, want)
		}
	}
	docs := []string{"Thursday's vote", "Thursday’s count"}
	for _, d := range docs {
		an := Analyze(Document{Title: d, Text: d + " was close. " + d + " ended late. The vote on Thursday's motion was tight.", Language: "en"})
		for _, p := range an.TopicPhrases(nil, 10) {
			if p.Key == "thursday" || p.Text == "Thursday" {
				t.Errorf("%q: topic %q", d, p.Text)
			}
		}
	}
}

// A wire copy given as one block, with no title: every name is in its
// first paragraph, so its opening sentences stand for the lead. The
// celebrity customers named twice in its last lines are no tags; the
// company of its first sentence is.
func TestHashtagsOfOneBlockText(t *testing.T) {
	text := "Trundle, the grocery delivery start-up, has raised 40 million dollars from investors, the company said on Monday. " +
		"Trundle delivers from 300 shops in four cities. Its riders use electric bikes. " +
		"The company says orders tripled last year. Trundle plans to hire 200 riders this spring. " +
		"Rival services have struggled to make money from deliveries. Analysts say margins are thin. " +
		"The start-up was founded by two former bankers in 2019. " +
		"Its customers include the singer Mara Oyelaran and the footballer Dario Klement. " +
		"Oyelaran has praised the service online, and Klement has appeared in one of its adverts."
	r, err := Enrich(context.Background(), Document{Text: text, Language: "en"}, Options{Hashtags: 8})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.Hashtags, "#Trundle") {
		t.Errorf("hashtags %v lack the subject #Trundle", r.Hashtags)
	}
	for _, bad := range []string{"#MaraOyelaran", "#DarioKlement"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %v include %s, named only in passing", r.Hashtags, bad)
		}
	}
}
