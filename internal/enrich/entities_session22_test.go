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

// A match report names teams by their city: "the Lindhaven Rovers" are
// one team, not the town and a person; "the Rovers" are the same team;
// and "Calder" that beats Lindhaven is the team named after Calder.
func TestTeamsNamedAfterTheirCity(t *testing.T) {
	text := "The Toronto Comets beat the Boston Harriers 88-83 on Friday night for their fourth straight win. " +
		"Marek Olsson scored 20 points and the Comets held on in the fourth quarter. " +
		"Toronto coach Ada Venn praised the defense. " +
		"The Harriers, who had won three games in a row, trailed by 12 at halftime. " +
		"Boston lost to Toronto for the second time this season, and Boston coach Rui Alves blamed the schedule. " +
		"The season's playoff race is tight, and the Comets play three road games next week."
	runEntityCases(t, []entityCase{
		{"city teams", text,
			[]string{"organization:Toronto Comets|Comets", "organization:Boston Harriers|Harriers"},
			[]string{"Comets", "Harriers"}},
	})
	for _, e := range Entities(Document{Text: text, Language: "en"}) {
		if e.Type == Place && (e.Name == "Boston" || e.Name == "Toronto") {
			t.Errorf("%s, which plays here, is a place", e.Name)
		}
	}
	// Outside sport, a city's name before a capitalised word is still the
	// city: "Boston Harbor" stays as it was.
	ents := Entities(Document{Text: "Officials in Boston said the Boston Marathon would go ahead. Boston has hosted it since 1897.", Language: "en"})
	if e := findEntity(ents, "Boston"); e == nil || e.Type != Place {
		t.Errorf("Boston: got %v, want a place", entitySummary(ents))
	}
}

// A body's acronym may leave out the place its name opens with.
func TestAcronymAfterPlace(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"the acronym of the name after its place",
			"The U.S. Bureau of Labor Statistics said payrolls grew. The BLS said the rate fell. " +
				"The Oregon Employment Development Department said claims rose, and the EDD expects more.",
			[]string{"organization:U.S. Bureau of Labor Statistics|BLS", "organization:Oregon Employment Development Department|EDD"},
			[]string{"BLS", "EDD"}},
	})
}

// An age written out opens the sentence, not the name.
func TestAgeWordOpensNoName(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a spelled-out age before a name",
			"Fifty-seven-year-old Tomas Ekberg Lindqvist was arrested on Monday. Lindqvist denied the charge.",
			[]string{"person:Tomas Ekberg Lindqvist|Lindqvist"},
			[]string{"Fifty-seven-year-old Tomas Ekberg Lindqvist"}},
	})
}

// A device's kind that ends its name makes it a product, none of the
// three entity types.
func TestDeviceNamesAreNoEntities(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a keyboard and a sensor",
			"Apple said the Nordlys Magic Keyboard would ship in May. The Nordlys Magic Keyboard works with the iPad Pro, " +
				"and reviewers praised the Nordlys Magic Keyboard trackpad.\n\n" +
				"Eve makes the Eve Door Entry Sensor. The Eve Door Entry Sensor runs for a year on one battery.",
			[]string{"organization:Apple"},
			[]string{"Nordlys Magic Keyboard", "Eve Door Entry Sensor"}},
	})
}

// A city that plays without its nickname is the team too; a country that
// plays stays the country.
func TestCityThatPlaysIsTheTeam(t *testing.T) {
	text := "Tomas Lindqvist opened the scoring for Barcelona after one minute, and the league leaders held on. " +
		"Barcelona president Rui Alves said the club would not sell its striker this season. " +
		"In the other match, Austria beat North Macedonia 2-1 to qualify."
	ents := Entities(Document{Text: text, Language: "en"})
	if e := findEntity(ents, "Barcelona"); e == nil || e.Type != Organization {
		t.Errorf("Barcelona: got %v, want the club", entitySummary(ents))
	}
	if e := findEntity(ents, "North Macedonia"); e == nil || e.Type != Place {
		t.Errorf("North Macedonia: got %v, want the country", entitySummary(ents))
	}
}

// "In Osterland, where ferry crews struck" names a place, not a ship: a
// ship's appositive opens with an article or an owner.
func TestVesselAppositiveNeedsDeterminer(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a place before where",
			"In Osterland, where ferry crews struck for six weeks in 2019, the union posted a message of support.",
			[]string{"place:Osterland"}, nil},
		{"a ship in apposition",
			"The Marta Lise, a 22-metre trawler, sank off the cape. The Marta Lise had a crew of six.",
			nil, []string{"Marta Lise"}},
	})
}
