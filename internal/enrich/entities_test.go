package enrich

import (
	"slices"
	"strings"
	"testing"
)

func findEntity(ents []Entity, name string) *Entity {
	for i := range ents {
		if ents[i].Name == name {
			return &ents[i]
		}
	}
	return nil
}

func TestAliasMerging(t *testing.T) {
	tests := []struct {
		name     string
		text     string
		entity   string
		typ      EntityType
		aliases  []string // must all be present
		mentions int
	}{
		{"surname and title join the full name",
			"Donald Trump became president in January. President Trump met envoys, and Trump said the talks went well.",
			"Donald Trump", Person, []string{"Trump", "President Trump"}, 3},
		{"place variants share the gazetteer name",
			"The US and the United States are one. Officials in the U.S. said so.",
			"United States", Place, []string{"US", "U.S."}, 3},
		{"acronym joins its expansion",
			"The African National Congress (ANC) met on Friday. The ANC said it would not change course.",
			"African National Congress", Organization, []string{"ANC"}, 3},
		{"shorter organisation name joins the longer",
			"The Port Calder Harbour Authority raised fees. The Harbour Authority said costs had risen.",
			"Port Calder Harbour Authority", Organization, []string{"Harbour Authority"}, 2},
		{"honorific and rank are stripped",
			"US Army Master Sgt. Alexander Burnett took the photograph. Burnett said it was windy.",
			"Alexander Burnett", Person, []string{"Burnett", "Master Sgt. Alexander Burnett"}, 2},
		{"a hyphenated title and a party's MP are titles",
			`"The world is watching," Secretary-General Antonio Guterres told the council. Labour MP Diane Abbott said so too.`,
			"Antonio Guterres", Person, []string{"Secretary-General Antonio Guterres"}, 1},
		{"an MP's title stays out of her name",
			`"This is a disgrace," Labour MP Diane Abbott said on Tuesday.`,
			"Diane Abbott", Person, []string{"Labour MP Diane Abbott"}, 1},
		{"a surname that is also a trade",
			`"I taught here for 30 years," Tom Baker, a retired teacher, said.`,
			"Tom Baker", Person, nil, 1},
		{"possessive is stripped",
			"Helena Marsk spoke on Monday. Marsk's coalition held together.",
			"Helena Marsk", Person, []string{"Marsk"}, 2},
		{"short company name named in full first joins it",
			"Brightwell Foods is recalling 180,000 jars. Brightwell said no illness had been reported. Brightwell said shops would refund buyers.",
			"Brightwell Foods", Organization, []string{"Brightwell"}, 3},
		{"a short company name used first joins the full name that comes later",
			"Grocers removed Brightwell peanut butter overnight. The recall, announced by Brightwell Foods on Wednesday, covers two spreads. \"That is what Brightwell told us to do,\" the grocer said. Brightwell said on Wednesday that it had halted the line.",
			"Brightwell Foods", Organization, []string{"Brightwell"}, 4},
		{"a name that only describes something is not a company's short name",
			"The bridge crosses the Calder estuary near the yard of Calder Shipyards. Calder Shipyards said work would go on.",
			"Calder Shipyards", Organization, nil, 2},
		{"a name after a role is a person, not a company's short name",
			"The yard was sold to Halvorsen Shipyards in 1990. The deal is done, said chief executive Halvorsen. Halvorsen said the yard would hire.",
			"Halvorsen Shipyards", Organization, nil, 1},
		{"a club after a role that describes teams is still the club",
			"Arsenal Football Club won again. Premier League leader Arsenal beat Chelsea 2-0, and Arsenal said the squad was fit.",
			"Arsenal Football Club", Organization, []string{"Arsenal"}, 3},
		{"a name after a personal role is a person, not the company named for the family",
			"Shares in Adani Group fell 8 per cent. The group's billionaire owner Adani said the accounts were sound.",
			"Adani Group", Organization, nil, 1},
		{"a name used only as a modifier is not a company's short name",
			"The Calder family sold the old yard in 1990 to Calder Shipyards. Calder Shipyards said work would go on.",
			"Calder Shipyards", Organization, nil, 2},
		{"a company named by what it is, though it speaks, and not its product",
			"Software company Lumio said on Thursday it would cut 600 jobs. Lumio said staff would be paid. The assistant will be built into the Lumio Office suite. Lumio said it would cost 9 crowns.",
			"Lumio", Organization, nil, 3},
		{"shares in a name make it a company",
			"Shares in Halvorsen rose 6 per cent. Halvorsen said it would hire 200 people.",
			"Halvorsen", Organization, nil, 2},
		{"an occupation opening the sentence is not part of the name",
			"Auctioneer Glyn Pardoe said the heifer was the best he had sold. Pardoe said prices would hold.",
			"Glyn Pardoe", Person, []string{"Pardoe"}, 2},
		{"a hyphenated town is a place, not a CamelCase company",
			"The bill was debated in Saint-Aubert on Tuesday. A manager at a depot near Saint-Aubert, who asked not to be named, said costs would rise.",
			"Saint-Aubert", Place, nil, 2},
		{"a double-barrelled surname is still a person's",
			"Health Minister Clara Osei-Lund met the union. Osei-Lund said the offer was final.",
			"Clara Osei-Lund", Person, []string{"Osei-Lund"}, 2},
		{"a plural possessive inside a name keeps the name whole",
			"The Ardenian Nurses' Union called the strike. The union's leader, Maren Holt, said talks would resume. Brightwell Foods' Dunmore plant was shut.",
			"Ardenian Nurses' Union", Organization, nil, 1},
		{"demonym counts as a mention without becoming an alias",
			"Afghan officials met in Kabul. Afghanistan has no recognised government.",
			"Afghanistan", Place, nil, 2},
		{"a club's short name named after its full one joins it",
			"Port Calder Mariners beat Velmont Athletic 2-1. The Mariners last reached the final in 1998, and Mariners manager Ruth Callander said so.",
			"Port Calder Mariners", Organization, []string{"Mariners"}, 3},
		{"a building named without its kind after its full name joins it",
			"Nurses picketed Velmont Central Hospital on Tuesday. Outside Velmont Central, a bakery van handed out buns.",
			"Velmont Central Hospital", Organization, []string{"Velmont Central"}, 2},
		{"a town keeps its name beside a club named for it",
			"Port Calder Mariners won on Sunday. The club asked for extra trains from Port Calder to Velmont.",
			"Port Calder", Place, nil, 1},
		{"a particle opening a name stays in it",
			"When bin Salman arrived in Paris, officials said bin Salman would meet the president.",
			"bin Salman", Person, []string{"Salman"}, 2},
		{"a city is not the university named for it",
			"Velmont University researchers built the cell. It is a decision Velmont has avoided for years, and Velmont would rather not answer.",
			"Velmont University", Organization, nil, 1},
		{"a university's short name that acts is still the university",
			"Harvard University sued the government on Monday. Harvard said the freeze was unlawful, and Harvard has an endowment of $53 billion.",
			"Harvard University", Organization, []string{"Harvard"}, 3},
		{"a city is not the bank named for it",
			"Velmont Savings Bank lent the money. Velmont agent Marcus Delaney found the buyer.",
			"Velmont Savings Bank", Organization, nil, 1},
		{"a town is not its county",
			"Flooding closed roads across County Cork. In Cork, the city council opened two shelters, and Cork airport shut.",
			"Cork", Place, nil, 2},
		{"a town is not its council",
			"Milton Keynes Council approved the plan on Monday. Traffic in Milton Keynes is expected to rise, and Milton Keynes residents were split.",
			"Milton Keynes", Place, nil, 2},
		{"a connector left at the front of a run is no part of the name",
			"Engineers inspected the Tolvern Road substation. One of Tolvern Road's two transformers was already out.",
			"Tolvern Road", Place, nil, 2},
		{"a town before a local role is a place, not an employer",
			"The River Orne burst its banks in Lindhaven. Lindhaven deputy mayor Kjell Marstrand demanded help. Lindhaven former councillor Ivo Brandt agreed. Lindhaven shopkeeper Carla Wendt watched the water rise.",
			"Lindhaven", Place, nil, 4},
		{"a river named without its kind joins its full name",
			"The River Orne burst its banks on Friday. The Orne would stay high through Sunday, and fog filled the Orne valley.",
			"River Orne", Place, []string{"Orne"}, 3},
		{"a known city keeps its own name beside a lake named for it",
			"Boats crossed Lake Geneva on Friday. Officials in Geneva said the ferries would run, and Geneva hotels filled.",
			"Geneva", Place, nil, 2},
		{"a language's name is not its country; the adjective still is",
			"French officials met in Paris. The bill would make French the language of work. Staff who speak French will get French classes in French and English from the minister for the French language. Firms must operate in French, require French on signs and answer in French.",
			"France", Place, nil, 1},
		{"nationalities in a list, after \"the\" and after a copula are the country",
			"French, British and American warplanes struck at dawn. The French have voted. The winner, a former banker, is French. French teachers walked out.",
			"France", Place, nil, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ents := Entities(Document{Text: tt.text})
			e := findEntity(ents, tt.entity)
			if e == nil {
				t.Fatalf("%q not found in %+v", tt.entity, ents)
			}
			if e.Type != tt.typ || e.Mentions != tt.mentions {
				t.Errorf("got %s with %d mentions, want %s with %d", e.Type, e.Mentions, tt.typ, tt.mentions)
			}
			for _, a := range tt.aliases {
				if !strings.Contains("|"+strings.Join(e.Aliases, "|")+"|", "|"+a+"|") {
					t.Errorf("alias %q missing from %q", a, e.Aliases)
				}
			}
			if tt.aliases == nil && len(e.Aliases) != 0 {
				t.Errorf("aliases = %q, want none", e.Aliases)
			}
		})
	}
}

func TestEntityTypes(t *testing.T) {
	text := `Finance Minister Ilse Brandvold told the Assembly on Tuesday that the Bank of Ardenia would keep its target. ` +
		`Shares in Calder Shipyards rose in Velmont. Linnea Harcourt, chief economist at Velmont Savings Bank, said the path was credible. ` +
		`The Taliban said it wanted an office in Washington. Hanna Wirtanen studies batteries at the Port Calder Institute of Technology. ` +
		`Walk along the waterfront to the new Museum of the Sea, a striking white building. I typed B-A-N and the machine offered banana bread. ` +
		`A spokesman for the Office of the President said so. She gave the State of the Union speech, and Velmont won Museum of the Year. ` +
		`"Today I'm telling them to bring their cousins," he said.`
	want := map[string]EntityType{
		"Ilse Brandvold": Person, "Bank of Ardenia": Organization, "Calder Shipyards": Organization,
		"Velmont": Place, "Linnea Harcourt": Person, "Velmont Savings Bank": Organization,
		"Taliban": Organization, "Washington": Place, "Port Calder Institute of Technology": Organization,
		"Museum of the Sea": Organization, "Office of the President": Organization,
	}
	ents := Entities(Document{Text: text})
	for name, typ := range want {
		e := findEntity(ents, name)
		if e == nil {
			t.Errorf("%s not found", name)
			continue
		}
		if e.Type != typ {
			t.Errorf("%s: type %s, want %s", name, e.Type, typ)
		}
	}
	for _, bad := range []string{"Shares", "The", "Tuesday", "Finance Minister", "Sea", "B-A-N", "Office of the", "Office of", "State of the Union", "Museum of the Year", "I'm"} {
		if findEntity(ents, bad) != nil {
			t.Errorf("%q should not be an entity", bad)
		}
	}
}

// A body named in apposition to the noun that says what it is ("The group
// that owns her music, Big Machine, says") is an organisation, though a
// speech verb follows; a person in apposition to a role stays a person,
// the role capitalised as a post ("Head of Research") too.
func TestOrganisationInApposition(t *testing.T) {
	text := `The group that owns most of her music, Big Machine, says she will be allowed to play. ` +
		`The head of the union, Maren Holt, said no. The broadcaster, Kanal Nord, says it will show the final. ` +
		`Pankaj Pandey, Head of Research at Calder Securities, pointed out that shares were cheap.`
	ents := Entities(Document{Text: text, Language: "en"})
	for name, typ := range map[string]EntityType{"Big Machine": Organization, "Maren Holt": Person, "Kanal Nord": Organization,
		"Pankaj Pandey": Person} {
		if e := findEntity(ents, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want a %s", name, e, typ)
		}
	}
}

// "CEO of Nordplay" names the company the office belongs to, not a person
// called Nordplay; a name after the office's domain is still the person.
func TestOfficeOfABodyIsNoPerson(t *testing.T) {
	text := `"Our strategy is clear," Strauss Zelnick, CEO of Nordplay, said. Nordplay shares rose. ` +
		`Secretary of State Marco Rubio met the Mayor of Velmont on Monday.`
	ents := Entities(Document{Text: text, Language: "en"})
	for _, name := range []string{"Nordplay", "Velmont"} {
		if e := findEntity(ents, name); e != nil && e.Type == Person {
			t.Errorf("%s is a person: %+v", name, e)
		}
	}
	if e := findEntity(ents, "Marco Rubio"); e == nil || e.Type != Person {
		t.Errorf("Marco Rubio: %+v, want a person", e)
	}
	if got := quoteSpeaker(t, Quotes(Document{Text: text, Language: "en"}), "Our strategy"); got != "Strauss Zelnick" {
		t.Errorf("speaker %q, want Strauss Zelnick", got)
	}
}

// A name that opens with a company's name and has no evidence of its own
// is the company's product, not a person; with a role before it, it is
// still a person.
func TestProductLinesAreNoPeople(t *testing.T) {
	text := "Brightwell Foods recalled 180,000 jars on Wednesday. The recall covers its Smooth and Crunchy spreads.\n\n" +
		"Check the lid for:\n\nBrightwell Smooth or Brightwell Crunchy peanut butter\n\n" +
		"Calder Shipyards won the order. Union leader Calder Rowe said the yard was back."
	ents := Entities(Document{Text: text})
	for _, product := range []string{"Brightwell Smooth", "Brightwell Crunchy"} {
		if e := findEntity(ents, product); e != nil {
			t.Errorf("product %q is an entity: %+v", product, *e)
		}
	}
	if e := findEntity(ents, "Brightwell Foods"); e == nil || e.Type != Organization {
		t.Errorf("Brightwell Foods: %+v, want the company", e)
	}
	if e := findEntity(ents, "Calder Rowe"); e == nil || e.Type != Person {
		t.Errorf("Calder Rowe: %+v, want a person", e)
	}
}

// A place noun after a list of names says what each name is, and it
// outweighs "the Orne" read as a company's "the".
func TestPlaceNounAfterAList(t *testing.T) {
	text := "Freezing fog is expected to form in the Tess, Ash and Orne valleys. Rain will clear the hills above the Orne by Saturday. " +
		"Andersson said the Orne would stay high through Sunday. Farmers said the Orne was rising and the Orne had burst its banks."
	ents := Entities(Document{Text: text})
	for _, name := range []string{"Tess valley", "Ash valley", "Orne"} { // see featureKind
		if e := findEntity(ents, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place", name, e)
		}
	}
	// Other place nouns type a list too; a group's sites do not.
	towns := Entities(Document{Text: "Flights left the Heathrow and Gatwick airports late. Shelling hit the Marivale and Dunhollow districts. " +
		"Fires spread through the Kielder and Hamsterley forests. Crowds filled Paddington station, and aid reached the Jabalia camp through the Qalandia checkpoint."})
	for _, name := range []string{"Heathrow", "Gatwick", "Marivale", "Dunhollow", "Kielder", "Hamsterley", "Paddington", "Jabalia", "Qalandia"} {
		if e := findEntity(towns, name); e == nil || e.Type != Place {
			t.Errorf("%s: %+v, want a place", name, e)
		}
	}
	sites := Entities(Document{Text: "Gunmen manned the new Hamas checkpoints. Aid reached the RSF camps and the Janjaweed and RSF checkpoints on Monday. Motorists queued at Shell stations."})
	for _, e := range sites {
		if e.Type == Place {
			t.Errorf("%s taken for a place", e.Name)
		}
	}
}

// Given names make people of bare names, but not of the names that only
// begin like one.
func TestGivenNamesMakePeople(t *testing.T) {
	text := "Gunmen attacked the offices of Charlie Hebdo in 2015. Tourists flew to Victoria Falls, and fans watched the Stanley Cup final. " +
		"Raphaël Morissette chose the play, and Yvette Lemire left by boat. Paul-Émile Garneau welcomed the budget."
	ents := Entities(Document{Text: text})
	for _, name := range []string{"Raphaël Morissette", "Yvette Lemire", "Paul-Émile Garneau"} {
		if e := findEntity(ents, name); e == nil || e.Type != Person {
			t.Errorf("%s: %+v, want a person", name, e)
		}
	}
	for _, name := range []string{"Charlie Hebdo", "Victoria Falls", "Stanley Cup"} {
		if e := findEntity(ents, name); e != nil && e.Type == Person {
			t.Errorf("%s taken for a person", name)
		}
	}
}

func TestEntityKey(t *testing.T) {
	tests := []struct {
		typ  EntityType
		name string
		want string
	}{
		{Place, "U.S.", "place:united-states"},
		{Place, "United States", "place:united-states"},
		{Person, "Geneviève Lacombe", "person:genevieve-lacombe"},
		{Person, "Ayman al-Zawahiri", "person:ayman-al-zawahiri"},
		{Organization, "Hollis & Berg", "organization:hollis-berg"},
		{Person, "O'Brien", "person:obrien"},
		// Places and bodies under their other names link to one key.
		{Place, "Cote d’Ivoire", "place:ivory-coast"},
		{Place, "Côte d'Ivoire", "place:ivory-coast"},
		{Place, "Washington, D.C.", "place:washington"},
		{Place, "Swaziland", "place:eswatini"},
		{Place, "Cabo Verde", "place:cape-verde"},
		{Place, "DPRK", "place:north-korea"},
		{Place, "Republic of Korea", "place:south-korea"},
		{Place, "Bombay", "place:mumbai"},
		{Place, "Türkiye", "place:turkey"},
		{Organization, "North Atlantic Treaty Organization", "organization:nato"},
		{Organization, "U.S. Food and Drug Administration", "organization:fda"},
		{Organization, "U.N.", "organization:united-nations"},
		{Organization, "Who", "organization:who"},
		{Organization, "WHO", "organization:world-health-organization"},
		{Organization, "SEC", "organization:sec"},
		{Organization, "Securities and Exchange Commission", "organization:securities-and-exchange-commission"},
		{Person, "Fed", "person:fed"},
	}
	for _, tt := range tests {
		if got := EntityKey(tt.typ, tt.name); got != tt.want {
			t.Errorf("EntityKey(%s, %q) = %q, want %q", tt.typ, tt.name, got, tt.want)
		}
	}
}

func TestIsCamelCase(t *testing.T) {
	for w, want := range map[string]bool{
		"NordGrid": true, "TechSignal": true, "iPhone": true,
		"Saint-Aubert": false, "Osei-Lund": false, "O'Brien": false, "Velmont": false, "NASA": false,
	} {
		if got := isCamelCase(w); got != want {
			t.Errorf("isCamelCase(%q) = %v, want %v", w, got, want)
		}
	}
}

// A company's possession is not part of its name.
func TestPluralPossessiveBeforeAPlace(t *testing.T) {
	ents := Entities(Document{Text: "Brightwell Foods' Dunmore plant was shut on Wednesday. Brightwell Foods said it would reopen."})
	for _, e := range ents {
		if strings.Contains(e.Name, "Dunmore") && e.Type == Organization {
			t.Errorf("possession taken into a name: %+v", e)
		}
	}
	if e := findEntity(ents, "Brightwell Foods"); e == nil {
		t.Errorf("Brightwell Foods not found in %+v", ents)
	}
}

// Time zones and common French abbreviations are not organisations.
func TestTimeZonesAreNotEntities(t *testing.T) {
	ents := Entities(Document{Text: "The outage began at 6:47 p.m. (1747 GMT) when a fault tripped the network, NordGrid said. Power returned at 0300 UTC."})
	for _, e := range ents {
		if e.Name == "GMT" || e.Name == "UTC" {
			t.Errorf("time zone taken for an entity: %+v", e)
		}
	}
	if findEntity(ents, "NordGrid") == nil {
		t.Errorf("NordGrid not found in %+v", ents)
	}
}

// A law's kind alone is a text only after "the": "Charter said" is a
// company.
func TestCompanyNamedLikeALaw(t *testing.T) {
	ents := Entities(Document{Text: "Charter said on Monday that it would cut prices. Charter shares fell 3 percent, and Charter said more cuts would follow.", Language: "en"})
	if findEntity(ents, "Charter") == nil {
		t.Errorf("Charter missing from %v", ents)
	}
}

// A nationality before a title names the country; a language after a
// copula in a sentence about language does not.
func TestNationalityBeforeATitleAndLanguageAfterACopula(t *testing.T) {
	text := "French President Emmanuel Macron met German Chancellor Olaf Scholz in Berlin. " +
		"Her second language is Italian, and the official language of the agency is Spanish."
	ents := Entities(Document{Text: text, Language: "en"})
	for _, want := range []string{"France", "Germany"} {
		if findEntity(ents, want) == nil {
			t.Errorf("%s missing from %v", want, ents)
		}
	}
	for _, gone := range []string{"Italy", "Spain"} {
		if e := findEntity(ents, gone); e != nil {
			t.Errorf("%s is an entity: %+v", gone, e)
		}
	}
}

// Languages, laws, books and numbered parts of a building are no
// entities; the bodies, people and places around them are.
func TestTextsAndNumberedPartsAreNoEntities(t *testing.T) {
	text := "The assistant works in Ardenian, English, French and Arabic. The Common Language Act goes to committee. Lawyers said the Charter of Rights protects the English minority, and the Velmont Bar Association agreed. The Charter of Rights says so, and the Common Language Act would override it. Lawyers said the Charter protects them, and the Charter was cited twice. " +
		"Margit Thorvald's The Long Corridor, which runs to 512 pages, covers her eleven years in office. None of this makes The Long Corridor a bad book. " +
		"The Long Corridor by Margit Thorvald is published by Halden & Rowe. Margit Thorvald said she wrote it in a year. " +
		"The takeover of Twitter by Elon Musk closed in October. Twitter said its board agreed, and Twitter staff were told. " +
		"Protesters marched down Constitution Avenue in Washington. Workers gathered in Hall 3 at Calder Shipyards. Engineers found cracks in Pier 6 of the Harbour Bridge."
	ents := Entities(Document{Text: text, Language: "en"})
	for _, gone := range []string{"Ardenian", "Common Language Act", "Charter of Rights", "Charter", "Hall", "Pier", "Long Corridor", "The Long Corridor"} {
		if e := findEntity(ents, gone); e != nil {
			t.Errorf("%q is an entity (%s)", gone, e.Type)
		}
	}
	for _, kept := range []string{"Velmont Bar Association", "Calder Shipyards", "Harbour Bridge", "Margit Thorvald", "Halden & Rowe", "Constitution Avenue", "Twitter"} {
		if findEntity(ents, kept) == nil {
			t.Errorf("%q missing from %v", kept, ents)
		}
	}
}

// A publisher naming itself is not an entity of its story; another
// publisher, and a place its name begins with, are.
func TestPublisherNamingItself(t *testing.T) {
	tests := []struct {
		name, publisher, text string
		gone, kept            []string
	}{
		{"by its last word", "The Civic Ledger",
			"Finance Minister Ilse Brandvold told the Ledger on Tuesday that the fund was ready. The Ledger asked the ministry for figures. The Lantern reported the same figures on Wednesday, and the Lantern said more would follow.",
			[]string{"Ledger"}, []string{"Ilse Brandvold", "Lantern"}},
		{"by its whole name, whatever type it looks", "TechSignal",
			"Software company Lumio said on Thursday it would cut 600 jobs. In tests run by TechSignal on Monday the assistant was slow, and TechSignal has asked Lumio for comment.",
			[]string{"TechSignal"}, []string{"Lumio"}},
		{"a feed title's section is not part of the name", "Northwind Wire | Top News",
			"Northwind Wire said on Monday that its reporters saw the bridge. Port Calder closed the Harbour Bridge on Monday.",
			[]string{"Northwind Wire"}, []string{"Port Calder"}},
		{"a place the name begins with stays", "The Washington Post",
			"The president flew to Washington on Monday. Officials in Washington said talks would resume.",
			nil, []string{"Washington"}},
		{"without a publisher nothing is dropped", "",
			"Finance Minister Ilse Brandvold told the Ledger on Tuesday that the fund was ready. The Ledger asked the ministry for figures.",
			nil, []string{"Ledger"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			anon := Entities(Document{Text: tc.text, Language: "en"})
			for _, g := range tc.gone {
				if findEntity(anon, g) == nil {
					t.Fatalf("%q is no entity even without a publisher: %v", g, anon)
				}
			}
			ents := Entities(Document{Text: tc.text, Language: "en", Publisher: tc.publisher})
			for _, g := range tc.gone {
				if e := findEntity(ents, g); e != nil {
					t.Errorf("%q kept as %s", g, e.Type)
				}
			}
			for _, k := range tc.kept {
				if findEntity(ents, k) == nil {
					t.Errorf("%q dropped; got %v", k, ents)
				}
			}
		})
	}
}

// French names put the kind of thing first, and a street or square is
// named after its noun in lower case: the entity is the whole street
// ("Rue des Tanneurs", not "Tanneurs"), but a town after a bare "de" stays
// the town ("la gare de Velmont").
func TestFrenchEntityTypes(t *testing.T) {
	text := `À Saint-Aubert, le ministre des Finances de Belrive, Paul-Émile Garneau, a accueilli le budget avec prudence. ` +
		`Un contre-rassemblement organisé par le Mouvement Belrive française s'est tenu place de la Fondation. ` +
		`Les commerçants de la rue des Tanneurs craignent la loi. Garneau a répondu au Mouvement Belrive jeudi. ` +
		`Il est arrivé à la gare de Velmont par le boulevard de la Mer. ` +
		`Pour la soirée d’ouverture, le directeur artistique Raphaël Morissette a choisi une pièce portée par Hélène Gagnon-Rives. ` +
		`Le ministre a parlé de la place de la France en Europe et du marché des États-Unis, rue du Liban, sur le chemin de la Russie.`
	want := map[string]EntityType{
		"Saint-Aubert": Place, "Belrive": Place, "Paul-Émile Garneau": Person,
		"Mouvement Belrive française": Organization, "Place de la Fondation": Place, "Rue des Tanneurs": Place,
		"Velmont": Place, "Boulevard de la Mer": Place, "Raphaël Morissette": Person, "Hélène Gagnon-Rives": Person,
		"France": Place, "United States": Place, "Rue du Liban": Place,
	}
	ents := Entities(Document{Text: text, Language: "fr"})
	for name, typ := range want {
		e := findEntity(ents, name)
		if e == nil {
			t.Errorf("%s not found in %v", name, ents)
			continue
		}
		if e.Type != typ {
			t.Errorf("%s: type %s, want %s", name, e.Type, typ)
		}
	}
	for _, bad := range []string{"À Saint-Aubert", "Finances de Belrive", "Finances", "Mouvement", "Tanneurs", "Fondation", "Mer", "gare de Velmont", "Place de la France", "Marché des États-Unis", "Chemin de la Russie"} {
		if findEntity(ents, bad) != nil {
			t.Errorf("%q should not be an entity", bad)
		}
	}
}

// A movement's or party's name that ends with a nationality in lower
// case keeps it, and the name without it joins the full one; any other
// adjective stays out.
func TestFrenchNameAdjective(t *testing.T) {
	tests := []struct {
		text  string
		want  string // organisation, aliases after "|"
		wantN []string
	}{
		{"Un contre-rassemblement organisé par le Mouvement Belrive française s'est tenu jeudi. Garneau a répondu au Mouvement Belrive.",
			"Mouvement Belrive française|Mouvement Belrive", []string{"Mouvement Belrive"}},
		{"Le chef du Parti québécois a parlé à Velmont.", "Parti québécois", nil},
		{"Le Mouvement Belrive, très actif, a manifesté. Le Mouvement Belrive actif depuis 1990 a parlé.",
			"Mouvement Belrive", []string{"Mouvement Belrive actif"}},
		{"La Banque Corvalle nationale a prêté l'argent à la Banque Corvalle.", "Banque Corvalle", []string{"Banque Corvalle nationale"}},
	}
	for _, tt := range tests {
		ents := Entities(Document{Text: tt.text, Language: "fr"})
		name, alias, _ := strings.Cut(tt.want, "|")
		switch e := findEntity(ents, name); {
		case e == nil:
			t.Errorf("%q: %s not found among %v", tt.text, name, entitySummary(ents))
		case e.Type != Organization:
			t.Errorf("%q: %s is a %s", tt.text, name, e.Type)
		case alias != "" && !slices.Contains(e.Aliases, alias):
			t.Errorf("%q: %s aliases %q lack %q", tt.text, name, e.Aliases, alias)
		}
		for _, n := range tt.wantN {
			if e := findEntity(ents, n); e != nil {
				t.Errorf("%q: %s listed as %s among %v", tt.text, n, e.Type, entitySummary(ents))
			}
		}
	}
}

// The capitalised domain after "ministre des", "du", "de la" or "aux" is
// part of the minister's title, not an organisation; the place after it is
// the country the minister serves.
func TestFrenchMinisterDomain(t *testing.T) {
	tests := []struct {
		text string
		want map[string]EntityType
		bad  []string
	}{
		{
			text: "Le ministre des Finances de Corvalle, Jean-Marc Dutertre, a présenté le budget jeudi.",
			want: map[string]EntityType{"Corvalle": Place, "Jean-Marc Dutertre": Person},
			bad:  []string{"Finances de Corvalle", "Finances"},
		},
		{
			text: "La ministre de la Santé, Sophie Ferrand, a visité l'hôpital. Le ministre du Travail, Marc Vautrin, était absent.",
			want: map[string]EntityType{"Sophie Ferrand": Person, "Marc Vautrin": Person},
			bad:  []string{"Santé", "Travail"},
		},
		{
			text: "La ministre des Affaires étrangères, Claire Dumont, a reçu son homologue. La ministre déléguée chargée des Transports, Anne Pelletier, était là.",
			want: map[string]EntityType{"Claire Dumont": Person, "Anne Pelletier": Person},
			bad:  []string{"Affaires", "Transports"},
		},
		{
			text: "Le secrétaire d'État aux Sports, Luc Arnaud, a salué les athlètes du Mouvement Olympique.",
			want: map[string]EntityType{"Luc Arnaud": Person},
			bad:  []string{"Sports"},
		},
		{
			// a country after "du" is the minister's, not a domain
			text: "Le ministre du Canada, Paul Tremblay, a parlé à Ottawa.",
			want: map[string]EntityType{"Canada": Place, "Paul Tremblay": Person},
		},
	}
	for _, tc := range tests {
		ents := Entities(Document{Text: tc.text, Language: "fr"})
		for name, typ := range tc.want {
			if e := findEntity(ents, name); e == nil || e.Type != typ {
				t.Errorf("%s: got %+v, want a %s in %q", name, e, typ, tc.text)
			}
		}
		for _, bad := range tc.bad {
			if e := findEntity(ents, bad); e != nil {
				t.Errorf("%q should not be an entity: %s in %q", bad, e.Type, tc.text)
			}
		}
	}
}

// A ship's name reads like a person's, but a ship is none of the three
// types.
func TestShipsAreNotPeople(t *testing.T) {
	for _, text := range []string{
		"A coastguard helicopter lifted four crew from the trawler Marta Lise on Saturday. Skipper Ola Brekke said the engine of the Marta Lise had failed.",
		"The Marta Lise, a 22-metre trawler, lost power off Cape Halvard. Ola Brekke said the crew stayed calm.",
		"Ola Brekke said the crew abandoned their trawler, the Marta Lise, at dawn. The Marta Lise sank.",
	} {
		ents := Entities(Document{Text: text, Language: "en"})
		if e := findEntity(ents, "Marta Lise"); e != nil {
			t.Errorf("the ship is a %s in %q", e.Type, text)
		}
		if e := findEntity(ents, "Ola Brekke"); e == nil || e.Type != Person {
			t.Errorf("the skipper is %+v in %q", e, text)
		}
	}
}

func TestTextsAndStreetsAreNotPeople(t *testing.T) {
	text := `Mathieu Desrosiers opened the debate on Bill 12 in Saint-Aubert on Tuesday. Bill 12 seems designed to force a ruling. ` +
		`At Marten's Grocery on Ropewalk Lane, owner Sunil Marten said about a dozen jars had come back. Bill Hartley said he would wait.`
	ents := Entities(Document{Text: text, Language: "en"})
	if e := findEntity(ents, "Bill"); e != nil {
		t.Errorf("Bill 12 made %+v", e)
	}
	if e := findEntity(ents, "Ropewalk Lane"); e == nil || e.Type != Place {
		t.Errorf("Ropewalk Lane is %+v, want a place", e)
	}
	for _, name := range []string{"Sunil Marten", "Bill Hartley"} {
		if e := findEntity(ents, name); e == nil || e.Type != Person {
			t.Errorf("%s is %+v, want a person", name, e)
		}
	}
}

// Evidence tells confident readings from guesses: kind nouns, the
// gazetteer and titles are confident; speech verbs, "the X" and a role
// word before a one-word name are guesses, however often they recur.
func TestEntityEvidence(t *testing.T) {
	tests := []struct {
		name, text, entity string
		typ                EntityType
		confident          bool
	}{
		{"a company named by its kind, quoted five times",
			"Software company Lumio said on Thursday it would cut jobs. Lumio said staff would be paid. Lumio said the cuts were final. Lumio said talks would follow. Lumio said more later.",
			"Lumio", Organization, true},
		{"a gazetteer place", "Talks resumed in Paris on Monday. Paris police closed the roads.", "Paris", Place, true},
		{"speech verbs alone", `Grocers removed the jars. "That is what Brightwell told us to do," the grocer said. Brightwell said on Wednesday that it had halted the line.`, "Brightwell", Person, false},
		{"a role word before a one-word name", "Shares of social gaming leader Zynga fell. Analysts said social gaming leader Zynga would cut jobs.", "Zynga", Person, false},
		{"a region written with the", "Farmers in the Algarve said the Algarve had had no rain since March.", "Algarve", Organization, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := findEntity(Entities(Document{Text: tt.text, Language: "en"}), tt.entity)
			if e == nil {
				t.Fatalf("%q not found", tt.entity)
			}
			if e.Type != tt.typ || (e.Evidence >= 3) != tt.confident {
				t.Errorf("%s with evidence %d; want %s, confident %v", e.Type, e.Evidence, tt.typ, tt.confident)
			}
		})
	}
}

// A name's full form may be spread over a list ("the Central, Eastmoor
// and Northfield libraries"), a sentence may open with a common word
// before "of" ("Bottle of Belrive white", a list item on a line of its
// own, as extraction writes them), and a body's name may end in its
// members ("... Office Workers").
func TestNamesAroundListsAndCommonWords(t *testing.T) {
	text := "Port Calder City Council voted 31-14 to open the Central, Eastmoor and Northfield libraries on Sunday afternoons. " +
		"The Central Library on Harbour Street, Eastmoor Library and Northfield Library will open at noon.\n\n" +
		"The wine list leans towards crisp whites from Belrive.\n\nHake, fish stew: 72 crowns\nBottle of Belrive white, two coffees: 51 crowns\n\n" +
		"The Ardenian Union of Technical and Office Workers said it had not been consulted. " +
		"Snow fell in Velmont in March. The Velmont library lends skis, said Velmont Library director Anna Berg."
	ents := Entities(Document{Text: text, Language: "en"})
	for _, name := range []string{"Central Library", "Northfield Library", "Ardenian Union of Technical and Office Workers", "Velmont Library"} {
		if e := findEntity(ents, name); e == nil || e.Type != Organization {
			t.Errorf("%s: %+v, want an organisation", name, e)
		}
	}
	if e := findEntity(ents, "Central Library"); e != nil && !strings.Contains(strings.Join(e.Aliases, "|"), "Central") {
		t.Errorf("Central Library lacks the list's short form: %v", e.Aliases)
	}
	if e := findEntity(ents, "Velmont"); e == nil || e.Type != Place {
		t.Errorf("Velmont: %+v, want the place, not its library", e)
	}
	for _, name := range []string{"Eastmoor", "Northfield"} {
		if e := findEntity(ents, name); e != nil {
			t.Errorf("%s stands apart from its library: %+v", name, *e)
		}
	}
	// A place the gazetteer knows stays a place though a list names its
	// library.
	london := Entities(Document{Language: "en", Text: "Fires closed the London and Leeds libraries on Monday. London Library reopened on Friday."})
	if e := findEntity(london, "London"); e == nil || e.Type != Place {
		t.Errorf("London: %+v, want the place", e)
	}
	for _, e := range ents {
		if e.Name == "Central" || strings.Contains(e.Name, "Bottle") || e.Name == "Ardenian Union of Technical and Office" {
			t.Errorf("%q should not be an entity", e.Name)
		}
	}
	// The short names in a list join the full name written elsewhere.
	forests := Entities(Document{Text: "Fires spread through the Kielder and Hamsterley forests on Monday. Kielder Forest is the largest, rangers said. " +
		"Snow fell on the Aldmoor hills, and walkers left Aldmoor Hills by noon.", Language: "en"})
	for _, name := range []string{"Kielder", "Aldmoor"} {
		if e := findEntity(forests, name); e != nil {
			t.Errorf("%s stands apart from its full name: %+v", name, *e)
		}
	}
	// A body named for its members stays whole; a title opening a name
	// with "of" is kept with it.
	bodies := Entities(Document{Language: "en", Text: "The Association of Chief Executives objected on Monday. A spokesman for the Association of Chief Police Officers said so. " +
		"Duke of Edinburgh award winners met the mayor. Bank of England Governor Andrew Bailey said rates would fall."})
	for name, typ := range map[string]EntityType{"Association of Chief Executives": Organization, "Association of Chief Police Officers": Organization,
		"Bank of England": Organization, "Andrew Bailey": Person} {
		if e := findEntity(bodies, name); e == nil || e.Type != typ {
			t.Errorf("%s: %+v, want a %s", name, e, typ)
		}
	}
	for _, bad := range []string{"Executives", "Police Officers", "Edinburgh"} {
		if e := findEntity(bodies, bad); e != nil {
			t.Errorf("%q is no entity here: %+v", bad, *e)
		}
	}
	// A letter that ends a sentence is no initial of the next name.
	if e := findEntity(Entities(Document{Language: "fr", Text: "La colonne masquait la scène aux spectateurs du rang K. Le Théâtre des Remparts a rouvert samedi."}), "Théâtre des Remparts"); e == nil || e.Type != Organization {
		t.Errorf("Théâtre des Remparts after \"rang K.\": %+v", e)
	}
	// A head word keeps its name at the start of a sentence.
	if e := findEntity(Entities(Document{Text: "Bank of Ardenia officials met on Monday. Kingdom of Savara envoys came too.", Language: "en"}), "Bank of Ardenia"); e == nil {
		t.Error("Bank of Ardenia lost its head word")
	}
}

// A run of capitalised words that the trimming empties at the end of a
// paragraph is no name and no crash.
func TestRunsOfFunctionWordsAtTheEnd(t *testing.T) {
	for _, doc := range []Document{
		{Language: "fr", Text: "Il a vu Le"},
		{Language: "fr", Text: "Il a vu K. Le"},
		{Language: "en", Text: "Il est venu. I'm"},
		{Language: "en", Text: "He came. The"},
	} {
		if ents := Entities(doc); len(ents) != 0 {
			t.Errorf("%q: entities %+v", doc.Text, ents)
		}
	}
}

func TestSplitParagraphs(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One para.\n\nTwo para.", []string{"One para.", "Two para."}},
		{"The bill:\nHake: 72 crowns\nBottle of Belrive: 51 crowns", []string{"The bill:", "Hake: 72 crowns", "Bottle of Belrive: 51 crowns"}},
		{"Hard-wrapped text goes\non in lower case.\r\n\r\nNext.", []string{"Hard-wrapped text goes on in lower case.", "Next."}},
		{"  \n\n  ", nil},
		{"قال الوزير\nإن الطريق مغلق.", []string{"قال الوزير إن الطريق مغلق."}},
		{"Prices:\n2 eggs\n“Fresh” milk", []string{"Prices:", "2 eggs", "“Fresh” milk"}},
		{"“We will not go back,”\nTomas Reyvik told the crowd.", []string{"“We will not go back,” Tomas Reyvik told the crowd."}},
	}
	for _, tt := range tests {
		if got := splitParagraphs(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("splitParagraphs(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// Verbs that only attribute quotations vote no name a person: companies
// announce and regret, probes beam back images, and farmers observe.
func TestQuoteOnlyVerbsMakeNoPeople(t *testing.T) {
	for _, tt := range []struct {
		lang, text, name string
	}{
		{"fr", "Stellantis annonce la fermeture de son usine de Poissy. Stellantis emploie 3 000 personnes dans la région.", "Stellantis"},
		{"fr", "Michelin regrette la décision de Bruxelles. Michelin dénonce une concurrence déloyale.", "Michelin"},
		{"en", "Voyager beamed back images of Neptune in 1989. Voyager is now beyond the heliopause.", "Voyager"},
		{"en", "Farmers in Ardenia observe a strict fast in March. Ardenia has 2 million people.", "Ardenia"},
	} {
		if e := findEntity(Entities(Document{Text: tt.text, Language: tt.lang}), tt.name); e != nil && e.Type == Person {
			t.Errorf("%s taken for a person in %q", tt.name, tt.text)
		}
	}
}

// A lower-case French elision before a capital is a word of its own, so
// the name after it is found ("l'Union européenne", "d'Osterland"); a
// capital one belongs to the name ("L'Oréal").
func TestFrenchElisionBeforeName(t *testing.T) {
	ents := Entities(Document{Text: "Selon l'Union européenne, le projet respecte les traités. Le président d'Italie a salué la décision. Rome attend ce que dira l'Union européenne.", Language: "fr"})
	if e := findEntity(ents, "Union européenne"); e == nil || e.Type != Organization || e.Mentions != 2 {
		t.Errorf("Union européenne: %+v among %v", e, entitySummary(ents))
	}
	if e := findEntity(ents, "Italy"); e == nil || e.Type != Place {
		t.Errorf("d'Italie: %+v among %v", e, entitySummary(ents))
	}
	var words []string
	for _, tok := range tokenize("chez L'Oréal, l'Union et l'homme d'affaires") {
		words = append(words, tok.text)
	}
	if want := []string{"chez", "L'Oréal", ",", "l'", "Union", "et", "l'homme", "d'affaires"}; !slices.Equal(words, want) {
		t.Errorf("tokens %q, want %q", words, want)
	}
}

// "No." and "Fig." keep their stop only before a number: "the union said
// no. The broadcaster" is two sentences.
func TestNumberAbbreviationsEndSentences(t *testing.T) {
	toks := tokenize("The union said no. The broadcaster wore No. 5 shirts, as Fig. 2 shows.")
	markSentences(toks)
	var words []string
	last := 0
	for _, tok := range toks {
		words = append(words, tok.text)
		last = tok.sent
	}
	if !slices.Contains(words, "no") || !slices.Contains(words, "No.") || !slices.Contains(words, "Fig.") {
		t.Errorf("tokens %q: want no, No. and Fig.", words)
	}
	if last != 1 {
		t.Errorf("%d sentences in %q, want 2", last+1, words)
	}
}
