package enrich

import "testing"

// "in Woody Allen's movie" puts the movie somewhere, not Woody Allen: a
// possessive after "in" is no evidence of a place. Readers found two
// people typed as places this way on the development stories.
func TestPossessorAfterInIsNoPlace(t *testing.T) {
	for _, text := range []string{
		"She won her Oscar playing a fiery artist in Brisco Halloway's film about the war.",
		"He was in Dorrit Skelwith's face all series, and the crowd loved it.",
	} {
		for _, e := range Entities(Document{Text: text, Language: "en"}) {
			if e.Type == Place {
				t.Errorf("%q: %s is a place", text, e.Name)
			}
		}
	}
	// A place still is one after "in".
	ents := Entities(Document{Text: "The talks were held in Velmont on Monday. Rain fell in Velmont all week.", Language: "en"})
	if e := findEntity(ents, "Velmont"); e == nil || e.Type != Place {
		t.Errorf("Velmont: got %v, want a place", entitySummary(ents))
	}
}
