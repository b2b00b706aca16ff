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
		first                      bool // in the first citation, not only the first three
	}{
		{"the sentence that spells an acronym out",
			"These findings were consistent with a condition called HP. No, not the computer maker but hypersensitivity pneumonitis. " +
				"HP is a severe allergic reaction in the lungs. If HP continues unchecked, lung scarring can result. Doctors treat HP with steroids.",
			"What does HP stand for?", "hypersensitivity pneumonitis", false},
		{"an age no word of the question shares",
			"Feather duvets can make you sick, doctors warn. The doctors told the tale of a 43-year-old man in Aberdeen. " +
				"He had been sick for months. The duvet was the cause of the sickness, and he got better after it went. Sick people should see a doctor.",
			"How old was the guy who got sick from his duvet?", "43-year-old", false},
		{"the person asked about is not the answer",
			"\"I did not want to lose,\" Van Der Beek said. \"To lose like this hurts,\" Van Der Beek said. " +
				"\"We will not lose heart,\" Van Der Beek told reporters. Van Der Beek finished behind singer Ally Brooke in the final vote.",
			"Who did Van Der Beek lose to?", "Ally Brooke", false},
		{"flu shots are doses of influenza vaccine",
			"Doctors offered to vaccinate migrants held at the border. The administration said it would not give flu shots in custody. " +
				"The doctors wrote to officials in a letter on Tuesday about the deaths of three children. " +
				"The letter said they would provide 100 doses of influenza vaccine each week. Officials did not reply to the letter.",
			"How many flu shots did the doctors offer?", "100 doses", false},
		{"a decade is a date",
			"The probe was scheduled for approval in 2015. It is scheduled to launch in the mid-2020s. It will study the moon's ice.",
			"When is the probe scheduled to launch?", "mid-2020s", true},
		{"two-thirds is a share",
			"Black voters matter to every Democratic campaign in the state, pollsters say. Black voters make up roughly two-thirds of the electorate.",
			"What share of Democratic voters are black?", "two-thirds", true},
		{"how far asks for a length",
			"The keys on the 2016 keyboard go down less than on the old one. Key travel on the new keys is one millimeter.",
			"How far do the keys go down?", "one millimeter", true},
		{"a table's row answers no why",
			"Randall was sent off during the game against Pittsburgh. S Damarious Randall 43 58% 1 tackle (1 combined). Randall was ejected for a hit to the head.",
			"Why was Damarious Randall ejected from the game?", "hit to the head", true},
	}
	for _, tt := range tests {
		n := 3
		if tt.first {
			n = 1
		}
		cs := Answer(Document{Text: tt.text, Language: "en"}, tt.question, n)
		found := false
		for _, c := range cs {
			found = found || strings.Contains(c.Text, tt.want)
		}
		if !found {
			t.Errorf("%s: %q not among the first %d citations %+v", tt.name, tt.want, n, cs)
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

// TestReviewOfSession20Answers holds the regressions a review found in the
// session's answer rules, each written afresh.
func TestReviewOfSession20Answers(t *testing.T) {
	tests := []struct {
		name, text, question, want string
	}{
		{"a short lead of figures is a sentence",
			"The FTSE 100 rose 0.6% to 8,210. Miners led the gains after copper prices climbed. Banks were flat.",
			"What did the FTSE 100 do?", "rose 0.6%"},
		{"how powerful wants no percentage",
			"Power was cut to 40% of homes in the west. Elin was the most powerful storm to hit Ireland since Ophelia in 2017. Schools closed.",
			"How powerful was the storm?", "most powerful storm"},
		{"how far behind wants points, not years",
			"Labour trails by 8 points ahead of the election. Labour has not won an election in the four-year period since its defeat.",
			"How far behind is Labour?", "8 points"},
		{"function words spell no acronym",
			"Nordea will cut 300 jobs as it adopts AI tools. Most of the roles are in customer service. An internal memo said AI would answer calls.",
			"What is AI?", "AI"},
		{"a time no word of the question shares is no answer",
			"The shop opens on Saturday morning with a ribbon cutting. Doors close at 5 pm on weekdays. Parking is free at 6 pm.",
			"What time does the shop open?", "Saturday morning"},
		{"scored twice is no score",
			"Rovers beat City 3-1 at Ashton Park on Saturday. Striker Leon Marsh scored twice in the first half. Rovers manager Ian Cole praised his players.",
			"What was the score?", "3-1"},
		{"a credit score is no match score",
			"Tenants who pay on time could see their credit score rise to 700. The scheme starts in 2025. Landlords report payments 2-3 times a year.",
			"What score could a tenant reach?", "rise to 700"},
	}
	for _, tt := range tests {
		cs := Answer(Document{Text: tt.text, Language: "en"}, tt.question, 1)
		if len(cs) == 0 || !strings.Contains(cs[0].Text, tt.want) {
			t.Errorf("%s: first citation %+v lacks %q", tt.name, cs, tt.want)
		}
	}
	for s, want := range map[string]bool{"out for 3-4 weeks": false, "on 12-14 March": false, "children aged 5-11": false, "won 3-0": true,
		"landlords with 10-20 properties": false, "Rovers beat City 3-1": true} {
		if got := hasScore(s); got != want {
			t.Errorf("hasScore(%q) = %v, want %v", s, got, want)
		}
	}
}
