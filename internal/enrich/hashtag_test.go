package enrich

import (
	"context"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestHashtag(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Zalmay Khalilzad", "#ZalmayKhalilzad"},
		{"Taliban", "#Taliban"},
		{"port calder", "#PortCalder"},
		{"Trump's", "#Trump"},
		{"ISIS-K", "#ISISK"},
		{"McDonald's", "#McDonald"},
		{"al Qaeda", "#AlQaeda"},
		{"Bank of England", "#BankOfEngland"},
		{"Élysée Palace", "#ÉlyséePalace"},
		{"C-17", "#C17"},
		{"الأمم المتحدة", "#الأمم_المتحدة"},
		{"Hamid Karzai International Airport", "#HamidKarzaiInternationalAirport"},
		{"Qasr al-Nur", "#QasrAlNur"},
		{"Faisal bin Rashid", "#FaisalBinRashid"},
		{"self-checkouts", "#SelfCheckouts"},
		{"high-speed train", "#HighSpeedTrain"},
		{"Saint-Aubert", "#SaintAubert"},
		{"للبنان", "#للبنان"},
		{"صوتاً", "#صوت"},
		{"بالتيمور", "#بالتيمور"},
		{"  ", ""},
		{"!!!", ""},
	}
	for _, tt := range tests {
		if got := Hashtag(tt.in); got != tt.want {
			t.Errorf("Hashtag(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestHashtagKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"#ZalmayKhalilzad", "zalmay-khalilzad"},
		{"#Zalmay_Khalilzad", "zalmay-khalilzad"},
		{"Zalmay Khalilzad", "zalmay-khalilzad"},
		{"#ZALMAY KHALILZAD", "zalmay-khalilzad"},
		{"#Taliban", "taliban"},
		{"#PortCalder", "port-calder"},
		{"#Bounties", "bounty"},
		{"#Bounty", "bounty"},
		{"#Officials", "official"},
		{"#News", "news"},
		{"#Texas", "texas"},
		{"#Crises", "crise"}, // irregular plurals are not undone
		{"#Élysée", "elysee"},
		{"#ISISKhorasan", "isis-khorasan"},
		{"#C17", "c17"},
		{"#QasrAlNur", "qasr-al-nur"},
		{"#SelfCheckouts", "self-checkout"},
		{"self-checkouts", "self-checkout"},
		{"#ISIS-K", "isisk"},
		{"#الأمم_المتحدة", "امم-متحد"},
		{"#الجسر", "جسر"},
		{"#جسر", "جسر"},
		{"#", ""},
	}
	for _, tt := range tests {
		if got := HashtagKey(tt.in); got != tt.want {
			t.Errorf("HashtagKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestHashtagVariantsMerge checks the property tag pages rely on: the
// written variants of one topic share a key.
func TestHashtagVariantsMerge(t *testing.T) {
	groups := [][]string{
		{"Zalmay Khalilzad", "ZALMAY KHALILZAD", "zalmay khalilzad", "Zalmay Khalilzad's"},
		{"bounties", "Bounty", "BOUNTIES"},
		{"Élysée", "Elysee", "ÉLYSÉE"},
		{"self-checkout", "Self-Checkouts", "self checkouts"},
	}
	for _, g := range groups {
		want := HashtagKey(Hashtag(g[0]))
		for _, v := range g[1:] {
			if got := HashtagKey(Hashtag(v)); got != want {
				t.Errorf("HashtagKey(Hashtag(%q)) = %q, want %q as for %q", v, got, want, g[0])
			}
		}
	}
}

func TestHashtags(t *testing.T) {
	kp := keyphrasesOf
	tests := []struct {
		name     string
		entities []string
		phrases  []Keyphrase
		n        int
		want     []string
	}{
		{"entities first, variants merged", []string{"Zalmay Khalilzad", "Taliban"}, kp("Khalilzad", "taliban", "bounties", "Bounty"), 8,
			[]string{"#ZalmayKhalilzad", "#Taliban", "#Bounties"}},
		{"longer phrase replaces its part", nil, kp("Storm", "power", "Storm Elin", "Elin"), 8,
			[]string{"#StormElin", "#Power"}},
		{"replacement absorbs every part", nil, kp("Storm", "Elin", "Storm Elin"), 8,
			[]string{"#StormElin"}},
		{"rarer longer phrase is skipped", nil, []Keyphrase{{Text: "Taliban", Count: 20}, {Text: "Taliban officials", Count: 3}}, 8,
			[]string{"#Taliban"}},
		{"longer phrase with most mentions replaces", nil, []Keyphrase{{Text: "Storm", Count: 3}, {Text: "Storm Elin", Count: 2}}, 8,
			[]string{"#StormElin"}},
		{"entity is not replaced", []string{"Storm"}, kp("Storm Elin"), 8,
			[]string{"#Storm"}},
		{"the name spelt out takes its acronym's place", []string{"AMAs", "Taylor Swift"}, kp("American Music Awards", "fans"), 8,
			[]string{"#AmericanMusicAwards", "#TaylorSwift", "#Fans"}},
		{"an acronym after its name is skipped", []string{"Velmont Transit Authority"}, kp("VTA", "fares"), 8,
			[]string{"#VelmontTransitAuthority", "#Fares"}},
		{"two initials are no acronym", []string{"Anwar Ibrahim"}, kp("AI", "office"), 8,
			[]string{"#AnwarIbrahim", "#AI", "#Office"}},
		{"an acronym of other words stays", []string{"NATO"}, kp("North Korea", "summit"), 8,
			[]string{"#NATO", "#NorthKorea", "#Summit"}},
		{"an unreadably long name makes no tag", []string{"U.S. Attorney's Office for the Western District of Velmont", "Velmont"}, kp("threats"), 8,
			[]string{"#Velmont", "#Threats"}},
		{"a long name that reads stays", []string{"Department of Homeland Security"}, nil, 8,
			[]string{"#DepartmentOfHomelandSecurity"}},
		{"an office is no topic", []string{"Ilse Brandvold"}, kp("finance minister", "U.S. Attorney", "governor", "budget"), 8,
			[]string{"#IlseBrandvold", "#Budget"}},
		{"a party's adjective tags the party", []string{"Democrats"}, kp("Democratic", "Republican", "debate"), 8,
			[]string{"#Democrats", "#Republicans", "#Debate"}},
		{"a name made an adjective is no tag", nil, kp("R-rated", "Sacramento-based", "film"), 8,
			[]string{"#Film"}},
		{"limit", nil, kp("a1", "b2", "c3"), 2, []string{"#A1", "#B2"}},
		{"zero", []string{"x"}, nil, 0, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Hashtags(tt.entities, tt.phrases, tt.n)
			if len(got) == 0 && len(tt.want) == 0 {
				return
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestTopicPhrasesLeaveOutVerbsAndFurniture checks that hashtags name
// things: a word the article only uses as a verb or an adjective is no
// topic, and neither is the dateline or a credit.
func TestTopicPhrasesLeaveOutVerbsAndFurniture(t *testing.T) {
	doc := Document{Title: "Marsk survives vote as treaty irrigates hopes", Language: "en", Text: `QASR AL-NUR, Nov 25 (Northwind) - The treaty on the river irrigates much of the farmland and the treaty was signed at the palace.

The river irrigates the plain. Officials said the constitutional question and the provincial budget remain open, and the treaty is negotiating nothing new. The treaty sets a flow for the river.

Professor Hélène Varin, a constitutional lawyer, said the Constitutional Court had never ruled on the treaty.

Marsk survives by two votes, a treaty vote that turned on the river. (Reporting by Daniel Okoro; Editing by Aksel Mørk)`}
	an := Analyze(doc)
	topics := an.TopicPhrases(nil, 20)
	texts := strings.ToLower(strings.Join(keyphraseTexts(topics), "|"))
	wantNoTopics(t, texts, "irrigates", "provincial", "negotiating", "survives", "qasr", "okoro", "northwind")
	// Alone, that is: "the Constitutional Court" is a name.
	for _, bad := range []string{"constitutional", "constitutional question"} {
		if strings.Contains("|"+texts+"|", "|"+bad+"|") {
			t.Errorf("topic phrases %q contain %q", texts, bad)
		}
	}
	for _, good := range []string{"treaty", "river"} {
		if !strings.Contains("|"+texts+"|", "|"+good+"|") {
			t.Errorf("topic phrases %q lack %q", texts, good)
		}
	}
}

// Words every business story uses name no topic: "#Product", "#Company".
func TestTopicPhrasesLeaveOutGenericWords(t *testing.T) {
	doc := Document{Title: "Solvik Energy buys into sodium battery maker", Language: "en", Text: `Solvik Energy said the product would reach shops in 2028. ` +
		`The company said the product uses sodium, and the battery product costs less. The company expects sodium cells to replace lithium. ` +
		`Skies will be clear, with lows of minus 5 degrees; minus 7 degrees follow. The sodium deal won an outright majority, a direct route to shops. ` +
		`The EU directive on sodium cells names Maine as a test market; the directive and Maine matter.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 30)), "|") + "|")
	wantNoTopics(t, texts, "|product|", "|company|", "|degrees|", "|outright|", "|direct|")
	wantTopics(t, texts, "|sodium|", "|maine|", "|directive|")

	// "quelque 3 000 personnes": about, not a thing.
	fr := Document{Title: "Quelque 3 000 personnes manifestent devant l’Assemblée", Language: "fr", Text: `Quelque 3 000 personnes ont manifesté mercredi devant l’Assemblée contre la loi. ` +
		`Quelque 800 personnes ont salué la loi place de la Fondation. Quelques rues plus loin, les commerçants attendaient.`}
	frTexts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(fr).TopicPhrases(nil, 30)), "|") + "|")
	wantNoTopics(t, frTexts, "|quelque|", "|quelques|")
	wantTopics(t, frTexts, "|loi|")
}

// Amounts name no topic: "billion crowns" is as generic as "billion", and
// a compound of number words as "seventy".
func TestTopicPhrasesLeaveOutAmounts(t *testing.T) {
	ages := Document{Title: "The price of seventy-eight votes", Language: "en", Text: `Seventy-eight votes kept the government alive. The seventy-eight included two independents.

Free childcare for four-year-olds starts in August. Parents of four-year-olds welcomed childcare, and the seventy-eight votes held.`}
	ageTopics := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(ages).TopicPhrases(nil, 20)), "|") + "|")
	wantNoTopics(t, ageTopics, "|seventy-eight|", "|four-year-olds|")
	if !strings.Contains(ageTopics, "|childcare|") {
		t.Errorf("topic phrases %q lack childcare", ageTopics)
	}

	doc := Document{Title: "Budget puts 16 billion crowns into roads and bridges", Language: "en", Text: `The budget puts 16 billion crowns into a renewal fund for roads and bridges. The fund includes 900 million crowns for bridge repairs.

Another 2 billion crowns go to rail. Bridge engineers welcomed the fund, and the bridge repairs start in spring. Roads get 5 billion crowns.`}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|")
	wantNoTopics(t, texts, "|billion crowns|", "|crowns|", "|million crowns|")
	if !strings.Contains(texts, "|fund|") && !strings.Contains(texts, "|bridge repairs|") {
		t.Errorf("topic phrases %q lack the fund and the repairs", texts)
	}
}

// A word of a shouted kicker is written as the word it is: "#Cupboards",
// not "#CUPBOARDS"; an acronym keeps its capitals.
func TestKickerWordsAreNotShouted(t *testing.T) {
	doc := Document{Title: "CHECK YOUR CUPBOARDS: Brightwell peanut butter pulled in NHS salmonella scare", Language: "en",
		Text: "Shoppers were told to check cupboards for jars of Brightwell peanut butter after a salmonella scare.\n\nThe NHS said salmonella cases had risen."}
	texts := "|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)), "|") + "|"
	if strings.Contains(texts, "CUPBOARDS") || !strings.Contains(texts, "|cupboards|") {
		t.Errorf("topic phrases %q: want cupboards in lower case", texts)
	}
	if !strings.Contains(texts, "|NHS|") {
		t.Errorf("topic phrases %q lack the NHS", texts)
	}
	// A short word shouted only in the kicker may be an acronym: it keeps
	// its capitals.
	strike := Document{Title: "NHS STRIKE: DOCTORS WALK OUT across the country", Language: "en",
		Text: "Junior doctors walked out on Tuesday. The strike closed clinics, and the strike will go on."}
	st := "|" + strings.Join(keyphraseTexts(Analyze(strike).TopicPhrases(nil, 20)), "|") + "|"
	if strings.Contains(st, "|nhs|") || strings.Contains(st, "|Nhs|") {
		t.Errorf("topic phrases %q lower-case the NHS", st)
	}
	// Short words shouted only in the kicker are words.
	gaza := Document{Title: "WAR IN GAZA: aid convoy hit", Language: "en",
		Text: "An aid convoy was hit in Gaza on Tuesday. The war has closed the crossings, and aid agencies said the war must pause."}
	gz := "|" + strings.Join(keyphraseTexts(Analyze(gaza).TopicPhrases(nil, 20)), "|") + "|"
	if strings.Contains(gz, "|WAR|") || strings.Contains(gz, "|GAZA|") {
		t.Errorf("topic phrases %q keep the kicker's capitals", gz)
	}
}

func TestTopicPhrasesLeaveOutKickersAndJoinedTopics(t *testing.T) {
	doc := Document{Title: "COMMUTER CHAOS: Cracks shut the Harbour Bridge", Language: "en", Text: `Commuter chaos followed as the Harbour Bridge shut. Engineers found cracks in the Harbour Bridge on Tuesday.

The recall covers its Smooth and Crunchy spreads in 340-gram jars. The Bank of Ardenia said the Harbour Bridge would cost the Bank of Ardenia nothing.`}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|")
	wantNoTopics(t, texts, "|commuter chaos|", "|smooth and crunchy|", "|smooth and crunchy spreads|")
	wantTopics(t, texts, "|harbour bridge|", "|bank of ardenia|")
	// Acronyms in a headline's running text are no kicker.
	nyse := Document{Title: "NYSE ARCA halts trading in Velmont Bank shares", Language: "en",
		Text: `Trading in Velmont Bank shares was halted on Tuesday after the bank delayed its results. The exchange said trading would resume on Wednesday.`}
	topics = Analyze(nyse).TopicPhrases(nil, 20)
	if texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|"); !strings.Contains(texts, "|nyse arca|") {
		t.Errorf("topic phrases %q lack %q", texts, "nyse arca")
	}
}

// An owner and the thing owned make no tag: "Reyvik's bid" is about
// Reyvik, "Marsk's Civic Union" is the Civic Union.
func TestTopicPhrasesLeaveOutPossessives(t *testing.T) {
	doc := Document{Title: "MARSK CLINGS ON: PM survives by just TWO votes", Language: "en", Text: `Helena Marsk scrapes through Reyvik's bid to topple her by 78 votes to 76 - and four of her own allies abstained.

After a week of blackouts, the PM survived Tomas Reyvik's bid to oust her by a wafer-thin 78 votes to 76 this afternoon. The four members of the Agrarian League, the junior partner that gives Marsk's Civic Union its majority of four, sat on their hands.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 30)), "|") + "|")
	for _, bad := range []string{"reyvik's bid", "marsk's civic union", "marsk's civic"} {
		if strings.Contains(texts, "|"+bad+"|") {
			t.Errorf("topic phrases %q contain %q", texts, bad)
		}
	}
	if !strings.Contains(texts, "|agrarian league|") {
		t.Errorf("topic phrases %q lack the Agrarian League", texts)
	}
	// An owner that is no name of the article keeps its phrase.
	parade := Document{Title: "St Patrick's Day parade draws record crowds", Language: "en", Text: `The St Patrick's Day parade drew 40,000 people. ` +
		`Women's rights groups marched at the front, and women's rights were the theme of the St Patrick's Day speeches.`}
	kept := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(parade).TopicPhrases(nil, 30)), "|") + "|")
	wantTopics(t, kept, "|st patrick's day|", "|women's rights|")
}

// A word that only opens a title ("Prime" of "Prime Minister") is no topic,
// though the name after the title is; "prime" on its own still can be.
func TestTopicPhrasesLeaveOutTitleOpeners(t *testing.T) {
	doc := Document{Title: "Ardenia and Savara sign water treaty", Language: "en", Text: "Prime Minister Helena Marsk signed the treaty on Wednesday. " +
		"The agreement sets minimum flows for the river in dry summers.\n\n“Water should carry trust, not fear.” — Helena Marsk, Prime Minister"}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 30)), "|") + "|")
	if strings.Contains(texts, "|prime|") {
		t.Errorf("topic phrases %q contain the title word prime", texts)
	}
	wantTopics(t, texts, "|helena marsk|")
	beef := Document{Title: "Prime beef prices climb", Language: "en", Text: "Prime cuts sold for record prices at the Fellbridge mart. " +
		"Buyers said prime beef was scarce after the dry summer, and prime heifers fetched the most."}
	wantTopics(t, strings.ToLower("|"+strings.Join(keyphraseTexts(Analyze(beef).TopicPhrases(nil, 30)), "|")+"|"), "|prime|")
}

// The publisher's own name is no hashtag of its story ("told the Meridian
// Times"), though the phrase ranks like a topic.
func TestHashtagsLeaveOutThePublisher(t *testing.T) {
	doc := Document{Title: "Belrive moves to tighten language rules", Language: "en", Publisher: "The Meridian Ledger",
		Text: `Belrive plans to extend its language rules to small firms, the minister told the Meridian Ledger on Tuesday. ` +
			`Businesses in Belrive said the rules would raise costs. The minister told the Meridian Ledger that classes would be free. ` +
			`The Meridian Ledger asked the chamber of commerce for figures.`}
	r, err := Enrich(context.Background(), doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(r.Hashtags, "#MeridianLedger") || !slices.Contains(r.Hashtags, "#Belrive") {
		t.Errorf("hashtags %q: want #Belrive and not the publisher", r.Hashtags)
	}
	doc.Publisher = ""
	r, _ = Enrich(context.Background(), doc, Options{})
	if !slices.Contains(r.Hashtags, "#MeridianLedger") {
		t.Errorf("without a publisher the hashtags %q lack #MeridianLedger: the test no longer tests the rule", r.Hashtags)
	}
	// By its last word alone; a place its name begins with stays.
	ledger := Document{Title: "Minister defends the renewal fund", Language: "en", Publisher: "The Civic Ledger",
		Text: `The minister told the Ledger on Tuesday that the fund was ready. The Ledger asked the ministry for figures, and the Ledger will publish them.`}
	r, _ = Enrich(context.Background(), ledger, Options{})
	if slices.Contains(r.Hashtags, "#Ledger") {
		t.Errorf("hashtags %q contain the publisher's #Ledger", r.Hashtags)
	}
	carbon := Document{Title: "Carbon prices hit a record", Language: "en", Publisher: "Carbon Brief",
		Text: `Carbon prices rose to a record on Monday. Traders said carbon would stay dear, and carbon permits sold out.`}
	r, _ = Enrich(context.Background(), carbon, Options{})
	if !slices.Contains(r.Hashtags, "#Carbon") && !slices.Contains(r.Hashtags, "#CarbonPrices") {
		t.Errorf("hashtags %q lack the topic carbon, which Carbon Brief's name begins with", r.Hashtags)
	}
	post := Document{Title: "Talks resume in Washington", Language: "en", Publisher: "The Washington Post",
		Text: `Negotiators returned to Washington on Monday. Officials in Washington said the talks would run all week, and Washington hotels filled.`}
	r, _ = Enrich(context.Background(), post, Options{})
	if !slices.Contains(r.Hashtags, "#Washington") {
		t.Errorf("hashtags %q lack #Washington, the place", r.Hashtags)
	}
}

func TestTopicPhrasesLeaveOutFrenchVerbs(t *testing.T) {
	doc := Document{Title: "Tempête Elin : la mer franchit la digue à Port-Lanval", Language: "fr", Text: `Les vagues frappaient la digue de Port-Lanval cet après-midi, et soixante maisons ont été évacuées. ` +
		`La mer a franchi la digue vers 15 heures. Les pompiers ont évacué les maisons du quartier, et la digue a cédé sur vingt mètres. ` +
		`Le maire veut construire une nouvelle digue : « Il faut construire plus haut », dit-il. Les vagues frappaient encore la digue le soir. ` +
		`Les habitants manifestent devant la mairie. Les habitants manifestent aussi le samedi. La région veut éviter de revivre la crue. ` +
		`Le sud du pays a souffert, et le sud du pays reste inondé. Une enquête pour crimes de guerre vise la région. Les crimes de guerre relèvent de la cour, et les crimes de guerre ne sont pas prescrits.`}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|")
	wantNoTopics(t, texts, "|frappaient|", "|franchi|", "|évacuées|", "|construire|", "|après-midi|", "|évacué|", "|franchi la digue|", "|soixante|", "|heures|", "|manifestent|", "|revivre|", "|sud du pays|")
	wantTopics(t, texts, "|digue|", "|vagues|", "|crimes de guerre|")
}

// French puts adjectives after the noun: a word with an adjective's ending
// seen only there is no topic ("#Provinciale"); a noun with such an
// ending after its article stays one ("la critique").
func TestTopicPhrasesLeaveOutFrenchAdjectives(t *testing.T) {
	doc := Document{Title: "Langue commune : le projet de loi franchit l’Assemblée provinciale", Language: "fr", Text: `Les députés de l’Assemblée provinciale ont adopté le projet de loi mardi. ` +
		`Le ministre de la Langue française défend le texte devant l’Assemblée provinciale. La critique linguistique divise la province. ` +
		`Un office de la langue française pourra imposer des amendes. La critique du gouvernement reste vive, et la critique porte sur les amendes.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)), "|") + "|")
	wantNoTopics(t, texts, "|provinciale|", "|française|", "|linguistique|")
	wantTopics(t, texts, "|critique|", "|langue|")
}

// French adjectives before their noun, plural adjectives, participles
// after an adverb and bare infinitives are no topics either: "sa
// principale adversaire", "ses gouttières capricieuses", "entièrement
// restaurée", "réparer avant de construire".
func TestTopicPhrasesLeaveOutMoreFrenchDescriptions(t *testing.T) {
	doc := Document{Title: "Le théâtre rouvre ses portes après trois ans de travaux", Language: "fr", Text: `Le théâtre rouvre samedi, entièrement restauré. ` +
		`Sa principale salle, entièrement restaurée, compte 620 places. Sa principale attraction reste la colonne du balcon. ` +
		`On l’avait quitté avec ses gouttières capricieuses et ses fauteuils grinçants ; les gouttières capricieuses ont disparu. ` +
		`« Il fallait réparer avant de construire, et construire avant de décorer », dit l’architecte. La salle entièrement restaurée a coûté cher. ` +
		`La colonne soutient le balcon depuis 1884, et la colonne reste.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)), "|") + "|")
	wantNoTopics(t, texts, "|principale|", "|capricieuses|", "|restaurée|", "|construire|")
	wantTopics(t, texts, "|colonne|", "|salle|")
}

// Nouns with an adjective's or an infinitive's ending stay topics: before
// a verb ("le festival ouvre"), or bare after "de" ("engins de chantier").
func TestTopicPhrasesKeepFrenchNounsWithAdjectiveEndings(t *testing.T) {
	doc := Document{Title: "La passerelle piétonne rouvre avant le festival", Language: "fr", Text: `La passerelle rouvre samedi. ` +
		`Le festival ouvre vendredi, et le festival attire 40 000 visiteurs. La passerelle relie le port à l'hôpital, et l'hôpital a besoin de la passerelle. ` +
		`Les engins de chantier sont partis lundi ; les engins de chantier reviendront en mars. Les ouvriers réclament plus de salaire, car sans hausse de salaire ils partiront.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 25)), "|") + "|")
	wantTopics(t, texts, "|passerelle|", "|festival|", "|hôpital|", "|salaire|")
}

// A minister's domain is part of a title, not a topic ("#FinancesDeBelrive"),
// and neither is "ministère".
func TestTopicPhrasesLeaveOutMinistersDomains(t *testing.T) {
	doc := Document{Title: "Budget 2027 : Belrive obtient 6,4 milliards de couronnes", Language: "fr", Text: `Le ministre des Finances de Belrive, Paul Garneau, a salué le budget mardi. ` +
		`« C'est un bon budget pour Belrive », a dit le ministre des Finances de Belrive devant l'Assemblée. Le ministère publiera ses chiffres. ` +
		`Le ministère des Transports promet un pont. Les transferts aux provinces augmentent de 3,2 %, et les transferts financent les écoles.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)), "|") + "|")
	wantNoTopics(t, texts, "|finances de belrive|", "|ministère|")
	wantTopics(t, texts, "|transferts|")
}

// An English noun used mostly in a set phrase with a bare preposition
// names nothing: "first in line" is not about a line.
func TestTopicPhrasesLeaveOutIdioms(t *testing.T) {
	doc := Document{Title: "Budget puts Harbour Bridge first in line for repairs", Language: "en", Text: `The Harbour Bridge is first in line for money from the repair fund, the minister said. ` +
		`"First in line is a good place to be," the mayor said. The container terminal is also in line for a share. ` +
		`The picket line at the depot broke up on Monday. Repairs to the bridge will start in spring, and repairs to the pier follow.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)), "|") + "|")
	wantNoTopics(t, texts, "|line|")
	wantTopics(t, texts, "|repairs|")
}

// A phrase that ends in a past tense in the text is a clause: the
// headline's "coalition partner abstains" is no topic either.
func TestTopicPhrasesLeaveOutPhrasesEndingInAPastTense(t *testing.T) {
	doc := Document{Title: "Marsk survives confidence vote by two votes as coalition partner abstains", Language: "en",
		Text: "The motion was defeated by 78 votes to 76 after four members of her junior coalition partner abstained. " +
			"The coalition partner abstained again on the budget, and the coalition held."}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 30)), "|") + "|")
	for _, bad := range []string{"partner abstained", "partner abstains", "coalition partner abstained"} {
		if strings.Contains(texts, "|"+bad+"|") {
			t.Errorf("topic phrases %q contain %q", texts, bad)
		}
	}
	if !strings.Contains(texts, "|coalition partner|") && !strings.Contains(texts, "|coalition|") {
		t.Errorf("topic phrases %q lack the coalition", texts)
	}
	// Once among several, or a word ending in "-eed", is no past tense.
	dogs := Document{Title: "Housing target missed again", Language: "en", Text: `The housing target was 30,000 homes. ` +
		`Ministers said the housing target would be met, and the housing target stayed in the budget, though the housing targeted at renters lagged. ` +
		`The dog breed show drew crowds: one dog breed won twice, and a new dog breed was shown.`}
	kept := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(dogs).TopicPhrases(nil, 30)), "|") + "|")
	wantTopics(t, kept, "|housing target|", "|dog breed|")
}

func TestPastTense(t *testing.T) {
	for w, want := range map[string]bool{"abstained": true, "targeted": true, "published": true, "robbed": true,
		"stabbed": true, "breed": false, "bloodshed": false, "seabed": false, "hundred": false, "Ahmed": false, "red": false} {
		if got := pastTense(w); got != want {
			t.Errorf("pastTense(%q) = %v, want %v", w, got, want)
		}
	}
}

// A phrase ending in a verb in one of its written forms is no topic: the
// headline's "PM survives by" shows what the text's "PM survived" is.
func TestTopicPhrasesLeaveOutPhrasesEndingInAVerbForm(t *testing.T) {
	doc := Document{Title: "PM survives by two votes", Language: "en", Text: `After a week of blackouts the PM survived Tomas Reyvik's bid by 78 votes to 76. ` +
		`Reyvik said the PM survived only because four allies abstained. The vote was the closest in a decade, and the votes of the Agrarian League decided it.`}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|")
	wantNoTopics(t, texts, "|pm survived|", "|pm survives|")
	// One minority form used as a verb does not unmake a noun phrase, nor
	// does a headline whose verb follows it.
	for _, title := range []string{"Households brace for higher bills", "Energy costs soar as winter nears"} {
		costs := Document{Title: title, Language: "en", Text: `Energy costs rose sharply in November. ` +
			`Energy costs are now the main worry, and energy costs would push prices up again. The new tariff will cost families more, and the energy cost of heating a home doubled.`}
		topics = Analyze(costs).TopicPhrases(nil, 20)
		if texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|"); !strings.Contains(texts, "|energy costs|") {
			t.Errorf("under %q the topic phrases %q lack %q", title, texts, "energy costs")
		}
	}
}

func TestHashtagsLeaveOutArabicGenericWords(t *testing.T) {
	doc := Document{Language: "ar", Text: `قال الدكتور سامر حداد إن البنك المركزي خفض سعر الفائدة. وقال الدكتور حداد إن التضخم تراجع للمرة الأولى منذ أربع سنوات. ` +
		`ويقول المحللون إن البنك المركزي قد يخفض الفائدة مرة ثانية. وقال الدكتور حداد إن الفائدة ستبقى عند المئة.`}
	r, err := Enrich(context.Background(), doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"#الدكتور", "#الأولى", "#أربع", "#ثانية", "#المئة", "#يقول", "#قال", "#للمرة", "#المرة"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %q contain %q", r.Hashtags, bad)
		}
	}
	if !slices.Contains(r.Hashtags, "#الفائدة") {
		t.Errorf("hashtags %q lack #الفائدة", r.Hashtags)
	}
}

// Adjectives of relation ("المركزي", "الأرديني") and days ("الأربعاء")
// are no Arabic topics on their own; the phrase they belong to is.
func TestHashtagsLeaveOutArabicAdjectivesAndDays(t *testing.T) {
	doc := Document{Language: "ar", Text: `أبقى البنك المركزي الأرديني سعر الفائدة دون تغيير يوم الأربعاء. وقال المحافظ إن البنك المركزي الأرديني يراقب التضخم. ` +
		`ويرى المحللون أن البنك المركزي قد يخفض الفائدة في الربيع، وأن الاقتصاد الأرديني يتباطأ منذ الأربعاء الماضي.`}
	r, err := Enrich(context.Background(), doc, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"#المركزي", "#الأرديني", "#يوم_الأربعاء", "#الأربعاء"} {
		if slices.Contains(r.Hashtags, bad) {
			t.Errorf("hashtags %q contain %q", r.Hashtags, bad)
		}
	}
	if !slices.ContainsFunc(r.Hashtags, func(h string) bool { return strings.HasPrefix(h, "#البنك_المركزي") }) {
		t.Errorf("hashtags %q lack the central bank", r.Hashtags)
	}
}

// An adjective of relation behind a clitic ("للسافاري") and the feminine
// of one whose place the article names ("الأردينية" beside "أردينيا") are
// no topics either; a noun with the feminine's ending ("الجمعية") is.
func TestHashtagsLeaveOutArabicAdjectivesBehindCliticsAndFeminines(t *testing.T) {
	doc := Document{Language: "ar", Text: `وقعت أردينيا وسافارا معاهدة نهر فيرا. وقال رئيس الوزراء للسافاري إن الحكومة الأردينية ستفي بالتزاماتها. ` +
		`وأكدت الجمعية الزراعية أن الحكومة الأردينية وعدت بالماء، وقال ممثل الجمعية إن للسافاري حقاً في النهر. ورحبت الجمعية بالمعاهدة.`}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	texts := "|" + strings.Join(keyphraseTexts(topics), "|") + "|"
	wantNoTopics(t, texts, "|السافاري|", "|الأردينية|")
	wantTopics(t, texts, "|الجمعية|")
}

// An adverb opens a description, not a topic: "entièrement restaurée".
func TestTopicPhrasesLeaveOutAdverbPhrases(t *testing.T) {
	doc := Document{Language: "fr", Text: `Le public découvre une salle entièrement restaurée. La salle entièrement restaurée accueille 620 places. ` +
		`Les dorures de la salle ont été refaites, et la salle entièrement restaurée rouvre samedi.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)), "|") + "|")
	wantNoTopics(t, texts, "|entièrement restaurée|")
	wantTopics(t, texts, "|salle|")
	en := Document{Language: "en", Text: `The market was largely unchanged on Monday. Traders said the market was largely unchanged because the family firms held. ` +
		`The market stayed largely unchanged all week, and the family firms kept buying.`}
	texts = strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(en).TopicPhrases(nil, 20)), "|") + "|")
	wantNoTopics(t, texts, "|largely unchanged|")
	wantTopics(t, texts, "|family firms|")
}

// A hyphen joining two names written on their own elsewhere makes a route
// or a pair, not a topic; a hyphenated name stays whole.
func TestTopicPhrasesLeaveOutPairsOfNames(t *testing.T) {
	doc := Document{Title: "Marsk survives as rail costs soar", Language: "en", Text: `The Velmont-Port Calder railway cost two billion crowns more than planned. ` +
		`Trains now run from Velmont to Port Calder in 68 minutes. The Velmont-Port Calder railway opened in November, and the Velmont-Port Calder railway is busy. ` +
		`Hélène Gagnon-Rives sang at the Théâtre des Remparts in Saint-Aubert. Saint-Aubert cheered Gagnon-Rives.`}
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 30)), "|") + "|")
	if strings.Contains(texts, "velmont-port") {
		t.Errorf("topic phrases %q join Velmont and Port Calder", texts)
	}
	if !strings.Contains(texts, "|saint-aubert|") {
		t.Errorf("topic phrases %q lack Saint-Aubert", texts)
	}
}

// A count ends no topic: "امتناع أربعة" (the abstention of four) is cut
// from "four deputies abstained".
func TestTopicPhrasesLeaveOutPhrasesEndingInANumber(t *testing.T) {
	for _, doc := range []Document{
		{Language: "ar", Text: `نجت الحكومة بعد امتناع أربعة نواب من الشريك الأصغر. وقال المحللون إن امتناع أربعة نواب كان مفاجئاً للحكومة. ` +
			`وأكد رئيس البرلمان أن امتناع أربعة نواب لا يغير النتيجة.`},
		{Language: "en", Text: `The motion needed seventy votes. Seventy votes is a high bar, and seventy votes never came.`},
		{Language: "fr", Text: `Quatre députés ont voté contre. Les quatre députés ont quitté la salle, et quatre députés ont démissionné.`},
	} {
		texts := strings.ToLower("|" + strings.Join(keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)), "|") + "|")
		wantNoTopics(t, texts, "|امتناع أربعة|", "|أربعة نواب|", "|seventy votes|", "|quatre députés|")
	}
}

// A recurring phrase keeps its "of" and a name may open with a time of
// day; a time of day alone is no topic.
func TestTopicPhrasesKeepOfPhrasesAndNames(t *testing.T) {
	doc := Document{Title: "Voters name the cost of living their main worry", Language: "en", Text: `Voters say the cost of living is their main worry this evening. ` +
		`The cost of living has risen for two years, and the cost of living now decides elections. Ministers met overnight and again in the evening.`}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|")
	if !strings.Contains(texts, "|cost of living|") {
		t.Errorf("topic phrases %q lack %q", texts, "cost of living")
	}
	wantNoTopics(t, texts, "|overnight|", "|evening|")
	fr := Document{Title: "Nuit debout revient place de la République", Language: "fr", Text: `Le mouvement Nuit debout revient ce soir. ` +
		`Les militants de Nuit debout se retrouvent sur la place. Nuit debout avait occupé la place en 2016.`}
	topics = Analyze(fr).TopicPhrases(nil, 20)
	if texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|"); !strings.Contains(texts, "|nuit debout|") {
		t.Errorf("topic phrases %q lack %q", texts, "nuit debout")
	}
}

// A name's tail is no tag when the name opens a sentence: "Milton Keynes
// Council approved" gives no "Keynes Council".
func TestTopicPhrasesLeaveOutTailsOfNamesOpeningSentences(t *testing.T) {
	doc := Document{Title: "Council backs new homes", Language: "en", Text: `Milton Keynes Council approved the plan on Monday. ` +
		`Milton Keynes Council said building would start in spring. Residents of Milton Keynes were split.`}
	topics := Analyze(doc).TopicPhrases(nil, 20)
	texts := strings.ToLower("|" + strings.Join(keyphraseTexts(topics), "|") + "|")
	if strings.Contains(texts, "|keynes council|") {
		t.Errorf("topic phrases %q contain %q", texts, "keynes council")
	}
}

// wantNoTopics fails for each of bad that the "|"-joined topic phrases
// hold; wantTopics for each of good that they lack.
func wantNoTopics(t *testing.T, texts string, bad ...string) {
	t.Helper()
	for _, b := range bad {
		if strings.Contains(texts, b) {
			t.Errorf("topic phrases %q contain %q", texts, b)
		}
	}
}

func wantTopics(t *testing.T, texts string, good ...string) {
	t.Helper()
	for _, g := range good {
		if !strings.Contains(texts, g) {
			t.Errorf("topic phrases %q lack %q", texts, g)
		}
	}
}

// Of two forms written as often, a tag shows the one the article uses as a
// noun.
func TestTopicPhrasesShowTheNounForm(t *testing.T) {
	doc := Document{Language: "en", Title: "Belrive tightens language rules",
		Text: "Belrive's plan to extend French-language requirements to smaller companies has alarmed employers. " +
			"The bill would require French to take up twice as much space as any other language on signs. " +
			"The requirements would also cover websites, and inspectors could require changes within a month. " +
			"Employers said the rules would cost them money."}
	for _, p := range Analyze(doc).TopicPhrases(nil, 20) {
		if strings.EqualFold(p.Text, "require") {
			t.Errorf("topic %q shown as a verb; the article writes \"requirements\" as often", p.Text)
		}
	}
	if !slices.ContainsFunc(Analyze(doc).TopicPhrases(nil, 20), func(p Keyphrase) bool { return p.Text == "requirements" }) {
		t.Errorf("no topic \"requirements\" in %v", keyphraseTexts(Analyze(doc).TopicPhrases(nil, 20)))
	}
	// Neither form in a noun's place: the longer is shown.
	bare := Document{Language: "en", Title: "Shops face language rules",
		Text: "Belrive plans French-language requirements for smaller companies, and inspectors will require French on every sign. " +
			"Shops face fines of up to 5,000 crowns. Shops must comply by June, and shops that do not will be named."}
	if topics := keyphraseTexts(Analyze(bare).TopicPhrases(nil, 20)); !slices.Contains(topics, "requirements") {
		t.Errorf("no topic \"requirements\" in %v", topics)
	}
}

// A word written only inside a recurring phrase is shown as the phrase:
// #CustomerSupport, not #Customer.
func TestTopicPhrasesShowTheWholeCompound(t *testing.T) {
	doc := Document{Language: "en", Title: "Lumio cuts 600 jobs",
		Text: "Lumio will cut 600 jobs, most of them in customer support. The customer support centre in Port Calder loses 140 posts. " +
			"Staff in customer support were told on Thursday. The company said its assistant would answer routine questions."}
	topics := keyphraseTexts(Analyze(doc).TopicPhrases(nil, 10))
	if slices.Contains(topics, "customer") || !slices.Contains(topics, "customer support") {
		t.Errorf("topics %v: want \"customer support\" in place of \"customer\"", topics)
	}
}
