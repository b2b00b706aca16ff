package enrich

import (
	"strings"
	"testing"
)

// TestAnswersOfSession20 holds cases shaped like the development set's
// misses, each answered in the first three citations now.
func TestAnswersOfSession20(t *testing.T) {
	tests := []struct {
		name, text, question, want string
	}{
		{"the sentence that spells an acronym out",
			"These findings were consistent with a condition called HP. No, not the computer maker but hypersensitivity pneumonitis. " +
				"HP is a severe allergic reaction in the lungs. If HP continues unchecked, lung scarring can result. Doctors treat HP with steroids.",
			"What does HP stand for?", "hypersensitivity pneumonitis"},
		{"an age no word of the question shares",
			"Feather duvets can make you sick, doctors warn. The doctors told the tale of a 43-year-old man in Aberdeen. " +
				"He had been sick for months. The duvet was the cause of the sickness, and he got better after it went. Sick people should see a doctor.",
			"How old was the guy who got sick from his duvet?", "43-year-old"},
		{"the person asked about is not the answer",
			"\"I did not want to lose,\" Van Der Beek said. \"To lose like this hurts,\" Van Der Beek said. " +
				"\"We will not lose heart,\" Van Der Beek told reporters. Van Der Beek finished behind singer Ally Brooke in the final vote.",
			"Who did Van Der Beek lose to?", "Ally Brooke"},
		{"flu shots are doses of influenza vaccine",
			"Doctors offered to vaccinate migrants held at the border. The administration said it would not give flu shots in custody. " +
				"The doctors wrote to officials in a letter on Tuesday about the deaths of three children. " +
				"The letter said they would provide 100 doses of influenza vaccine each week. Officials did not reply to the letter.",
			"How many flu shots did the doctors offer?", "100 doses"},
	}
	for _, tt := range tests {
		cs := Answer(Document{Text: tt.text, Language: "en"}, tt.question, 3)
		found := false
		for _, c := range cs {
			found = found || strings.Contains(c.Text, tt.want)
		}
		if !found {
			t.Errorf("%s: %q not among the first three citations %+v", tt.name, tt.want, cs)
		}
	}
	for s, want := range map[string]bool{"hypersensitivity pneumonitis": true, "HP": false, "high power": true, "a hip": false} {
		if got := spellsOut(s, "HP"); got != want {
			t.Errorf("spellsOut(%q, HP) = %v, want %v", s, got, want)
		}
	}
	for q, want := range map[string]string{"What does HP stand for?": "HP", "What is HP?": "HP", "What's the WHO?": "WHO",
		"What is the rate?": "", "What does it stand for?": ""} {
		if got := askedAcronym(q); got != want {
			t.Errorf("askedAcronym(%q) = %q, want %q", q, got, want)
		}
	}
}
