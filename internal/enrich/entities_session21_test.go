package enrich

import (
	"context"
	"slices"
	"testing"
)

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
		{"a legislature is a body, not a place",
			"The bill went to Congress on Monday. Lawmakers in Congress said the agency needed more money.",
			[]string{"organization:Congress"}, nil},
		{"the White House is no person",
			"Some White House advisers want a larger deal. Nothing has been agreed, White House advisers say, and the White House declined to comment.",
			[]string{"organization:White House"}, nil},
		{"a connector with a version number is a product",
			"Pulling a cable breaks a Voltlink 2 connection less often than before. Voltlink's introduction in 2006 halved damage claims. If you miss Voltlink, adapters are cheap.",
			nil, []string{"Voltlink"}},
		{"a version number may end the sentence",
			"Regarding VoltLink, we tested it for years. VoltLink's introduction halved damage. Service calls fell by 2009, and did not change for VoltLink 2. But the win was real; our reviewers score the design well, and the team kept the goal. If you miss VoltLink, adapters are cheap.",
			nil, []string{"VoltLink"}},
		{"technical terms are no names",
			"The range is 590 km on the European WLTP cycle. The AC adapter has a USB-C connector, and docks add Ethernet ports and a DVI output.",
			[]string{"place:Europe"}, []string{"WLTP", "AC", "Ethernet", "DVI"}},
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
		{"a named day is no name",
			"Black Friday deals are here early. The Black Friday sale starts today, and Cyber Monday follows. Lumio said prices would fall.",
			nil, []string{"Black", "Cyber"}},
		{"an index and a model with their numbers are no companies",
			"The S&P 500 rose 1% and the S&P 500 index closed higher. The carmaker Nordvik showed the NV 500 Convertible; the NV 500 has a V8.",
			[]string{"organization:Nordvik"}, []string{"S&P", "NV"}},
		{"a famous maker before a model number stays",
			"Boeing said the Boeing 737 Max would fly again. Boeing 737 jets were grounded.",
			[]string{"organization:Boeing"}, nil},
		{"a title with its subtitle, written twice, is a work",
			"Even if its parts come from other games, Northern Saga: Broken Crown finds its own voice. Northern Saga: Broken Crown is many things. Where it is easy to view Broken Crown as a mishmash, I see a success. Broken Crown's combat borrows from older games, and fans of Crown will be pleased. Lack of polish is holding Broken Crown back, director Ilsa Marr said.",
			[]string{"person:Ilsa Marr"}, []string{"Broken Crown", "Northern Saga"}},
		{"a label before a colon, written once, leaves the name",
			"Update: Velmont Council said the bridge would reopen. Photo: Lena Berg. The council said Velmont Council would pay.",
			[]string{"organization:Velmont Council"}, nil},
		{"a one-word label before a colon, repeated, leaves the name",
			"Joe Mount of Metronomy on the coast. Photograph: Lena Berg for the Courier. Mount said the album was done. Photograph: Lena Berg for the Courier. Photographer Lena Berg said the light was good.",
			[]string{"person:Lena Berg"}, nil},
		{"an office named for its holder's post is one body",
			"The case was referred to the U.S. Attorney's Office for the Western District of Velmont, which charged him. The Sheriff's Office said deputies were at the scene.",
			[]string{"organization:U.S. Attorney's Office for the Western District of Velmont", "organization:Sheriff's Office"},
			[]string{"Office for the Western District of Velmont"}},
		{"an acronym of lower-case words is no name",
			"Binge eating disorder (BED) is the most common eating disorder. BED is about more than food. New GaN (gallium nitride) chargers are small. The Velmont Health Agency (VHA) said BED is treatable.",
			[]string{"organization:Velmont Health Agency|VHA"}, []string{"BED", "GaN"}},
		{"a unit after a quantity is no name",
			"The engine puts out 151 PS, and 150 kW DC fast charging is standard. He played 17 NBA seasons.",
			[]string{"organization:NBA"}, []string{"PS", "DC"}},
		{"a post runs to its last role word",
			"Chief Executive Officer Ilse Brandvold said so. Lumio named Ivan Braiker its first Chief Strategy Officer, said Chief Operating Officer Jens Aarset.",
			[]string{"person:Ilse Brandvold", "person:Ivan Braiker", "person:Jens Aarset"}, []string{"Strategy", "Officer Ilse Brandvold", "Operating Officer Jens Aarset"}},
		{"a post's last word before a one-word surname is a given name",
			"Defence Minister Gen Nakatani said the plan was sound. Nakatani spoke in Tokyo.",
			[]string{"person:Gen Nakatani"}, nil},
		{"list lines repeated whole name no one",
			"Eat these before bed.\n\nNighttime Supplement\n\nDrink it slowly.\n\nAsian Chicken Zoodles [1 cup noodles, 4 oz. cooked chicken]\n\nNighttime Supplement\n\nAsian Chicken Zoodles [1 cup noodles, 8 oz. cooked chicken]",
			nil, []string{"Nighttime Supplement", "Chicken Zoodles"}},
		{"a name made an adjective is no name of its own",
			"GiveWell-directed grants rose this year. China-sympathetic Western scholars spoke, and the London-born Ada Morrow said so.",
			[]string{"person:Ada Morrow"}, []string{"GiveWell-directed", "China-sympathetic Western", "London-born Ada Morrow"}},
		{"a run of technical acronyms is no name",
			"It charges over USB-C PD at 60W, and USB-C PD is fast.",
			nil, []string{"USB-C PD"}},
		{"a known paper keeps the role word that ends its name",
			"The Hollywood Reporter said so, and the Sioux Falls Argus Leader reported it too.",
			[]string{"organization:Hollywood Reporter", "organization:Sioux Falls Argus Leader"}, []string{"Hollywood", "Sioux Falls Argus"}},
		{"a thing named after called",
			"The agency is developing a mission called Ice Clipper, which will launch in 2030. Ice Clipper will orbit Jupiter. Lumio launched an offering called PASSFLEX last week.",
			nil, []string{"Ice Clipper", "PASSFLEX"}},
		{"a name written before its kind of product is a product",
			"We carried bottled Glacierhead water. The Glacierhead water stayed cold, and Glacierhead is a fine brand. The carmaker Nordvik uses the NVX platform; the NVX platform is flexible, and NVX will last, Nordvik said.",
			[]string{"organization:Nordvik"}, []string{"Glacierhead", "NVX"}},
		{"a paper named with its city is one name",
			"The Port Calder Examiner reported the vote, and the Velmont Inquirer agreed.",
			[]string{"organization:Port Calder Examiner", "organization:Velmont Inquirer"}, []string{"Examiner", "Inquirer"}},
		{"a paper named alone is a body",
			"Alden said it had become the largest shareholder of Tribune, the former owner of The Times. Tribune, the owner of several papers, declined to comment.",
			[]string{"organization:Tribune"}, nil},
		{"a plateau is a place and a shelter a body",
			"Winds swept across the Tibetan Plateau. The Velmont Animal Shelter said it had taken in 40 dogs, and volunteers at the Velmont Animal Shelter agreed.",
			[]string{"place:Tibetan Plateau", "organization:Velmont Animal Shelter"}, nil},
		{"a person's name does not run on over 'of' into a body's",
			"Joe Mount of Metronomy grew up in Torbay, Mount said. Dr Mira Holm of Velmont General Hospital agreed. The Bank of Ardenia was shut, and Joan of Arc was named.",
			[]string{"person:Joe Mount", "organization:Bank of Ardenia"}, []string{"Joe Mount of Metronomy", "Mira Holm of Velmont General Hospital"}},
	})
}

// TestNoGluedWordsInAliases: a word before a name that is no part of it
// stays out of the entity's aliases.
func TestNoGluedWordsInAliases(t *testing.T) {
	for _, tt := range []struct{ text, name, notAlias string }{
		{"DL Brennan Okafor had two sacks. Brennan Okafor said the suspension was unfair.", "Brennan Okafor", "DL Brennan Okafor"},
		{"CB Tyrell Haws 61.0. Tyrell Haws said the defence played well.", "Tyrell Haws", "CB Tyrell Haws"},
		{"Singer-guitarists Tom Lindqvist and Pat Moreau played for an hour. Tom Lindqvist said the band would tour.", "Tom Lindqvist", "Singer-guitarists Tom Lindqvist"},
		{"Maybe Lumio will change its feed. Lumio said on Monday that the feed would stay.", "Lumio", "Maybe Lumio"},
	} {
		ents := Entities(Document{Text: tt.text, Language: "en"})
		e := findEntity(ents, tt.name)
		if e == nil {
			t.Errorf("%q: %s not found among %v", tt.text, tt.name, entitySummary(ents))
			continue
		}
		if slices.Contains(e.Aliases, tt.notAlias) {
			t.Errorf("%s has the alias %q", tt.name, tt.notAlias)
		}
	}
}

// TestSpelledMachinesAreTagsNotEntities: an acronym the text spells out
// as a machine is no organisation, and still tags an article about it.
func TestSpelledMachinesAreTagsNotEntities(t *testing.T) {
	doc := Document{
		Title: "Ardenian space agency defends its rocket",
		Text: "The Ardenian Space Agency showed off its rocket on Monday. The PLS has cost more than planned. " +
			"Critics say the agency relies too much on the PLS, and the PLS will fly in 2027. " +
			"Its Lunar Ice Rover (LIR) will ride on the PLS, agency director Mira Holm said. " +
			"Lawmakers want the PLS to fly twice a year. The Polar Launch System was first proposed in 2011.",
	}
	ents := Entities(Document{Title: doc.Title, Text: doc.Text, Language: "en"})
	for _, n := range []string{"PLS", "LIR"} {
		if e := findEntity(ents, n); e != nil {
			t.Errorf("%s listed as %s among %v", n, e.Type, entitySummary(ents))
		}
	}
	r, err := Enrich(context.Background(), doc, Options{Hashtags: 8})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.Hashtags, "#PLS") && !slices.Contains(r.Hashtags, "#PolarLaunchSystem") {
		t.Errorf("hashtags %q lack the rocket", r.Hashtags)
	}
}

// TestFranchisesAreTagsNotPeople: a film franchise named bare and before
// "film" is no person, and still tags the story about it.
func TestFranchisesAreTagsNotPeople(t *testing.T) {
	doc := Document{
		Title: "Fargo creator to direct the next Star Voyage film",
		Text: "After a three-year silence, there is news on the fourth film in the rebooted Star Voyage franchise. " +
			"The most recent Star Voyage film was 2016's Star Voyage Beyond. The fourth Star Voyage film was greenlit in 2016. " +
			"Noah Hawley, the creator of Fargo, will direct it, the studio said. Paramount is also working on an R-rated Star Voyage. " +
			"The fourth Star Voyage movie will be Hawley's second film. No release date for the fourth Star Voyage film has been announced, " +
			"and fans of Voyage are waiting. Star Voyage Beyond was directed by Justin Lin.",
	}
	ents := Entities(Document{Title: doc.Title, Text: doc.Text, Language: "en"})
	if e := findEntity(ents, "Star Voyage"); e != nil {
		t.Errorf("Star Voyage listed as %s among %v", e.Type, entitySummary(ents))
	}
	r, err := Enrich(context.Background(), doc, Options{Hashtags: 8})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(r.Hashtags, "#StarVoyage") {
		t.Errorf("hashtags %q lack #StarVoyage", r.Hashtags)
	}
	for _, tag := range r.Hashtags {
		if tag == "#Rrated" || tag == "#Star" {
			t.Errorf("hashtags %q hold %s", r.Hashtags, tag)
		}
	}
}
