package enrich

import (
	"slices"
	"testing"
)

// TestCaptionsAreNoKeyPoints: a picture's caption the extraction left at
// the top of the text, with its credit after it, is no key point.
func TestCaptionsAreNoKeyPoints(t *testing.T) {
	caption := "The core stage of the first Ardenian rocket at the Velmont assembly plant after the installation in early November of its four engines."
	text := caption + " (credit: ASA/Lena Berg)\n\n" +
		"Earlier this month, the Ardenian Space Agency announced the newest milestone in the development of its long-delayed heavy rocket. " +
		"At the assembly plant in Velmont, workers completed installation of the four engines into the rocket's core stage. " +
		"With those engines in place, the core stage will soon be ready for shipment to the test stand for a full-duration firing. " +
		"Agency director Mira Holm said the rocket would fly in 2027, a year later than planned. " +
		"Critics in parliament said the agency had spent too much on a rocket that would fly once a year."
	got := Summarize(Document{Title: "Ardenian rocket's core stage gets its engines", Text: text, Language: "en"}, 3)
	if slices.Contains(got, caption) {
		t.Errorf("the caption is a key point: %q", got)
	}
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"(credit: NASA/Jude Guidry)", true},
		{"(Photo: Lena Berg)", true},
		{"(AP Photo/Evan Vucci)", true},
		{"(Getty Images)", true},
		{"(The vote was 51-49.)", false},
		{"(Reporting by Lena Berg)", false},
	} {
		if got := photoCredit.MatchString(tc.s); got != tc.want {
			t.Errorf("photoCredit(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}
