package enrich

import (
	"slices"
	"testing"
)

// TestEntityNamesFromRealPages holds name shapes that real English news
// pages write and Herald once cut, glued or split (found by reading the
// entities of the Zyte benchmark's 121 article bodies; the sentences are
// written for this test).
func TestEntityNamesFromRealPages(t *testing.T) {
	tests := []struct {
		name   string
		text   string
		want   []string // entity names that must be listed, as "name/type"
		absent []string // names that must not be listed
	}{
		{"a capitalised New opens a name",
			"The startup is headquartered in New York City. It answered questions from the New York State attorney general.",
			[]string{"New York/place"}, []string{"York City", "York State"}},
		{"a sentence's New is no name",
			"New rules take effect on Monday. New Year celebrations were cancelled in Velmont.",
			[]string{"Velmont/place"}, []string{"New Year"}},
		{"a band's Brothers ends its name",
			"The Doobie Brothers announced a tour on Monday. The Doobie Brothers will play in Nashville.",
			[]string{"Doobie Brothers/organization"}, []string{"Doobie"}},
		{"an and inside a body's name",
			"The firm faces a U.S. Securities and Exchange Commission inquiry. The Fish and Wildlife Service declined to comment.",
			[]string{"U.S. Securities and Exchange Commission/organization", "Fish and Wildlife Service/organization"},
			[]string{"Exchange Commission", "Wildlife Service"}},
		{"two names joined by and stay two",
			"Talks between Google and Osterland Power resumed on Friday.",
			[]string{"Osterland Power/organization"}, []string{"Google and Osterland Power"}},
		{"a plural compound occupation opens the sentence",
			"Singer-guitarists Tom Johnston and Patrick Simmons will lead the tour.",
			[]string{"Tom Johnston/person", "Patrick Simmons/person"}, []string{"Singer-guitarists Tom Johnston"}},
		{"a prince's title with one given name is part of the name",
			"Prince Andrew was photographed in Central Park. Andrew said he regretted it. Princess Anne was not told.",
			[]string{"Prince Andrew/person", "Princess Anne/person"}, []string{"Andrew", "Anne"}},
		{"a king with and without his number is one person",
			"King Charles III will make a state visit to France. King Charles will address the French Senate, and Charles has visited France often.",
			[]string{"Charles III/person"}, []string{"King Charles", "King Charles III"}},
		{"a state's postal code after a city is the state",
			"The store in Tampa, FL opened on Monday. A second store in Fresno, CA opened on Tuesday. Tell me, OK?",
			[]string{"Florida/place", "California/place"}, []string{"FL", "CA", "Oklahoma"}},
		{"a body's name joined by and to a person's is two names",
			"The Department of Homeland Security and Alex Azar did not respond. The Department of Health and Human Services said it would.",
			[]string{"Department of Homeland Security/organization", "Alex Azar/person", "Department of Health and Human Services/organization"},
			[]string{"Department of Homeland Security and Alex Azar"}},
		{"a body's name ends before a full name",
			"He denied that U.S. Ambassador to the European Union Gordon Sondland formed a channel.",
			[]string{"European Union/organization", "Gordon Sondland/person"}, []string{"Union Gordon Sondland"}},
		{"a hyphenated title stays out of the name",
			"Inspector-General of Police Ibrahim Idris said the officers would be charged.",
			[]string{"Ibrahim Idris/person"}, []string{"Police Ibrahim Idris"}},
		{"a line in capitals is a heading or a sign-off",
			"STAFF\n\nThe report was written by the team on Monday.\n\nCONCERNED SISTER",
			nil, []string{"STAFF", "CONCERNED", "CONCERNED SISTER"}},
		{"a manager's squad and a singer's fans make no organisation",
			"Klopp's players dominated the second half. Mauricio Pochettino's players looked tired. Taylor Swift's fans packed the stadium on Saturday, and Swift's fans left the pitch damaged.",
			[]string{"Taylor Swift/person"}, nil},
		{"Washington, DC is the city",
			"The senator flew to Washington, DC on Monday. Washington has been tense all week.",
			[]string{"Washington/place"}, []string{"District of Columbia"}},
		{"what a company has: a former chairman, shareholders",
			"Alden became the largest shareholder of Tribune. It bought the stake held by Tribune's former chairman, Michael Ferro. Tribune owns the Chicago Tribune.",
			[]string{"Tribune/organization", "Michael Ferro/person"}, nil},
		{"a famous product named alone, and technical acronyms, are no entities",
			"Apple cut the price of AirPods on Friday. AirPods sold out. The Xbox and the PlayStation compete with Stadia. The screen supports HDR over a LAN.",
			[]string{"Apple/organization"}, []string{"AirPods", "Xbox", "PlayStation", "Stadia", "HDR", "LAN"}},
		{"a speaker's title stays out of his name",
			"Indiana House Speaker Brian Bosma said the budget was fair.",
			[]string{"Brian Bosma/person"}, []string{"Indiana House Speaker Brian Bosma"}},
		{"the country a leader leads is no part of his name",
			"President Xi Jinping of China met the envoy on Tuesday.",
			[]string{"Xi Jinping/person", "China/place"}, []string{"Xi Jinping of China"}},
		{"American states and cities are places",
			"South Dakota Gov. Kristi Noem defended the campaign. The band plays Virginia Beach, Pittsburgh and Sacramento in June.",
			[]string{"South Dakota/place", "Virginia Beach/place", "Sacramento/place", "Kristi Noem/person"}, []string{"Beach"}},
		{"a player's position is his title",
			"DL Larry Ogunjobi had two tackles, and LB Joe Schobert added a sack.",
			[]string{"Larry Ogunjobi/person", "Joe Schobert/person"}, []string{"DL Larry Ogunjobi"}},
		{"units, parts and statistics are no organisations",
			"The laptop's GPU draws 50 W. The plant adds 2 GW of solar capacity, and he had 4 TFL and one INT.",
			nil, []string{"GPU", "GW", "TFL", "INT"}},
		{"Emirates is the airline, not the country",
			"Emirates ordered 30 Dreamliners. Emirates said the jets would arrive in 2023.",
			nil, []string{"United Arab Emirates"}},
		{"handles, hashtags and web addresses name nothing",
			"Bevin conceded on Thursday, writing on Twitter as @MattBevin that the count was over. Supporters shared #HealthyHydration and t.co/XPxUJuyIAC links.",
			nil, []string{"MattBevin", "HealthyHydration", "XPxUJuyIAC"}},
		{"a heading in title case names nothing",
			"Google launched its game service on Tuesday.\n\nStadia Is Essentially A Beta Version Until 2020, But The Price Tag Isn't Cheap\n\nThe service costs ten dollars a month, and the price tag drew complaints about Stadia.",
			nil, []string{"Price Tag Isn't Cheap", "Price Tag", "Beta Version Until"}},
		{"a list under a label is no heading",
			"Path D: Georgia, North Macedonia, Kosovo, Belarus",
			[]string{"North Macedonia/place", "Belarus/place"}, nil},
		{"famous companies are organisations however they are named",
			"Apple said the laptop ships in May. Google's service launched on Tuesday, and shares of Salesforce rose. Mike Ford wrote about it; Ford said more.",
			[]string{"Apple/organization", "Google/organization", "Salesforce/organization", "Mike Ford/person"}, []string{"Ford"}},
		{"moons and planets are places",
			"Scientists mapped Saturn's moon Titan, the only world besides Earth with liquid on its surface.",
			[]string{"Titan/place", "Earth/place", "Saturn/place"}, nil},
		{"an ampersand between capitals stays in the name",
			"The S&P 500 rose, and AT&T gained 2 per cent after AT&T said subscribers grew.",
			[]string{"AT&T/organization"}, []string{"S & P", "AT & T"}},
		{"a possessive inside a name",
			"The People's Liberation Army held drills, and People's Liberation Army ships sailed north.",
			[]string{"People's Liberation Army/organization"}, []string{"Liberation Army"}},
		{"a body's domain after for or on",
			"Scientists at the Max Planck Institute for Astrophysics ran it. The National Institute on Drug Abuse funded a study.",
			[]string{"Max Planck Institute for Astrophysics/organization", "National Institute on Drug Abuse/organization"},
			[]string{"Max Planck Institute", "National Institute"}},
		{"a publication called The",
			"The governor's office did not respond to The Hill's request, according to The Wrap.",
			[]string{"The Hill/organization"}, []string{"Hill"}},
		{"the fullest form of a name is its name",
			"Kathleen Hawk Sawyer leads the bureau. Hawk Sawyer said the guards erred, and Hawk Sawyer ordered a review.",
			[]string{"Kathleen Hawk Sawyer/person"}, []string{"Hawk Sawyer"}},
		{"a greeting, an imperative or a rank before a name is no part of it",
			"Welcome Jose Mourinho to the club. Hon. Funke Adedoyin died on Monday, and lawmakers grilled Lt Col Alexander Vindman on Tuesday.",
			[]string{"Jose Mourinho/person", "Funke Adedoyin/person", "Alexander Vindman/person"},
			[]string{"Welcome Jose Mourinho", "Hon. Funke Adedoyin", "Lt Col Alexander Vindman"}},
		{"technical abbreviations are no organisations",
			"The coupe has AWD, a USB-C port and HVAC controls, and EBITDA rose.",
			nil, []string{"AWD", "USB-C", "HVAC", "EBITDA"}},
		{"a surname with an inner capital is a family's, not a brand's",
			"The band reunites with Michael McDonald. McDonald came out during the encore, and the white-haired McDonald took his place at the keyboard.",
			[]string{"Michael McDonald/person"}, []string{"McDonald"}},
		{"where a company is based is no part of its name",
			"Sacramento-based McClatchy Co., a chain of 30 newspapers, fell. McClatchy said it would cut costs.",
			[]string{"McClatchy Co./organization"}, []string{"Sacramento-based McClatchy"}},
		{"products are none of the three kinds",
			"Apple released the MacBook Pro on Wednesday. The MacBook Pro has a new keyboard, and Google Stadia arrives with a Chromecast Ultra. Google Stadia costs ten dollars.",
			[]string{"Apple/organization"}, []string{"MacBook Pro", "Chromecast Ultra", "Google Stadia"}},
		{"a unit is no state",
			"The engine makes 464 Nm of torque, and the coupe reaches 100 km/h in 4.7 seconds.",
			nil, []string{"New Mexico"}},
		{"a title in quotation marks names no one",
			"McDonald came out for a surprise version of “Takin’ It to the Streets,” their 1976 single, and stayed for “Takin’ It to the Streets” again.",
			nil, []string{"Streets"}},
		{"African Americans are no mention of Africa",
			"About a dozen African American business owners met the candidate, and Asian American voters were polled.",
			nil, []string{"Africa", "Asia"}},
		{"a given name that is also a country",
			"Acting Secretary Chad Wolf testified on Tuesday, and Chad Wolf said the camps would close.",
			[]string{"Chad Wolf/person"}, []string{"Chad"}},
		{"a surname joins the full name with its generation",
			"U.S. Attorney James P. Kennedy Jr. announced the plea. Kennedy said the threat was serious.",
			[]string{"James P. Kennedy Jr./person"}, []string{"Kennedy"}},
		{"an occupation opening the sentence and days of the week",
			"Employee Steve Castro was stabbed on the train. The museum opens Sun & Mon from ten.",
			[]string{"Steve Castro/person"}, []string{"Employee Steve Castro", "Sun & Mon"}},
		{"labels, studios and production companies are organisations",
			"Big Machine Records issued a statement, and Dick Clark Productions and Marvel Studios declined to comment.",
			[]string{"Big Machine Records/organization", "Dick Clark Productions/organization", "Marvel Studios/organization"}, nil},
		{"famous first names make people",
			"Taylor Swift is ready for the awards. Kylie Jenner and Kamala Harris were there, and in Swift's case the label objected.",
			[]string{"Taylor Swift/person", "Kylie Jenner/person", "Kamala Harris/person"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := Entities(Document{Text: tt.text, Language: "en"})
			var got []string
			for _, e := range ents {
				got = append(got, e.Name+"/"+string(e.Type))
			}
			for _, w := range tt.want {
				if !slices.Contains(got, w) {
					t.Errorf("missing %q; got %q", w, got)
				}
			}
			for _, a := range tt.absent {
				if findEntity(ents, a) != nil {
					t.Errorf("listed %q; got %q", a, got)
				}
			}
		})
	}
}
