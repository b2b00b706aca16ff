package enrich

import "testing"

// TestEntityTypesOfSession21 holds the type errors readers found on real
// pages in session 21, each rewritten with made-up names.
func TestEntityTypesOfSession21(t *testing.T) {
	runEntityCases(t, []entityCase{
		{"a body of people answers to who",
			"The office referred the call to Velmont Harbour Police, who worked with the coastguard to investigate.",
			[]string{"organization:Velmont Harbour Police"}, nil},
		{"a brokerage that speaks is no person",
			`"The market is pricing in a recovery," said a report from Lindqvist Institutional Equities. "We remain sceptical," Lindqvist Institutional Equities said.`,
			[]string{"organization:Lindqvist Institutional Equities"}, nil},
		{"a programme that reports is no person",
			"A recent report by the energy agency's Solar Storage Systems Program stated that output had doubled.",
			[]string{"organization:Solar Storage Systems Program"}, nil},
		{"a league's division",
			"The defeat ended Brenmoor's title hopes in the Northern Plains Conference West Division.",
			[]string{"organization:Northern Plains Conference West Division"}, nil},
		{"a club named with its prefix",
			"He has managed FC Varnholt, Inter Calder and Lindhaven Town. He won the cup twice with FC Varnholt.",
			[]string{"organization:FC Varnholt"}, nil},
		{"a state's party members are the state and the party",
			"Virginia Democrats won a majority for the first time since 1993. Kentucky Democrats beat the governor. Democrats in Mississippi made gains, and House Democrats limited their inquiry.",
			[]string{"organization:Democrats", "place:Virginia", "place:Kentucky"}, []string{"Virginia Democrats", "Kentucky Democrats"}},
		{"a newspaper named with its city",
			"The Port Calder Chronicle says police are looking into the attack. The Chronicle says the man was arrested a block away.",
			[]string{"organization:Port Calder Chronicle"}, nil},
		{"the White House is no person",
			"Some White House advisers want a larger deal. Nothing has been agreed, White House advisers say, and the White House declined to comment.",
			[]string{"organization:White House"}, nil},
		{"a connector with a version number is a product",
			"Pulling a cable breaks a Voltlink 2 connection less often than before. Voltlink's introduction in 2006 halved damage claims. If you miss Voltlink, adapters are cheap.",
			nil, []string{"Voltlink"}},
		{"a car with its model year is a product",
			"The carmaker Nordvik has unveiled the new Sentaro. Nordvik said sales were strong. The 2020 Sentaro gets a new grille. The Sentaro's interior is refined, and airbags are standard on the 2020 Sentaro.",
			[]string{"organization:Nordvik"}, []string{"Sentaro"}},
		{"a laptop with its screen size is no place",
			"The 16-inch Lumibook is much like the old one. Dust could disable keys in Lumibook keyboards, and the 12-inch Lumibook was thin.",
			nil, []string{"Lumibook"}},
		{"a year before a person's name keeps the person",
			"Senator Ada Morrow spoke on Monday. Morrow said the 2016 Morrow campaign had lessons. Morrow will run again, Morrow told reporters.",
			[]string{"person:Ada Morrow"}, nil},
		{"a score in a match report is no version number",
			"Brenmoor beat Lindhaven in the cup final at the weekend. Final score: Lindhaven 2 Brenmoor 3 after extra time. Shares in Brenmoor rose, and the coach praised the striker's goal.",
			[]string{"organization:Brenmoor"}, nil},
	})
}
