package enrich

import (
	"strings"
	"testing"
)

// TestHowMuchFindsAQuantity: "how much" of a thing is answered by an
// amount with a unit, not by a sentence with an address, an age or a bail.
func TestHowMuchFindsAQuantity(t *testing.T) {
	doc := Document{Language: "en", Text: "Six people were arrested in a meth investigation on Tuesday. " +
		"Jonathan Blair, 29, of 1909 Jolinda Drive, faces meth charges. " +
		"Blair is held in lieu of $72,500 bond on the meth charges. " +
		"Blair had two earlier meth arrests, in 2015 and 2017. " +
		"A search of his vehicle yielded nearly 30 grams of meth."}
	cs := Answer(doc, "How much meth did police find?", 3)
	found := false
	for _, c := range cs {
		found = found || strings.Contains(c.Text, "30 grams")
	}
	if !found {
		t.Errorf("the amount is not among the first three citations: %+v", cs)
	}
	for s, want := range map[string]bool{
		"nearly 30 grams of meth": true, "up to 100 metric tons of cargo": true, "about 2,300 tons": true,
		"a 30-gram bag": true, "a 0.6% headwind": true, "held on $72,500 bond": false, "of 1909 Jolinda Drive": false,
	} {
		if got := hasQuantity(s); got != want {
			t.Errorf("hasQuantity(%q) = %v, want %v", s, got, want)
		}
	}
	for s, want := range map[string]bool{"they lost 24-17": true, "a 2–1 win": true, "the 2019-20 season": false, "on 11-18-19": false} {
		if got := hasScore(s); got != want {
			t.Errorf("hasScore(%q) = %v, want %v", s, got, want)
		}
	}
}
