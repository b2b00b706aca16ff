package enrich

import (
	"strings"
	"testing"
)

// TestAnswerContext checks the rules that look beyond a sentence's own
// words: a heading above it, an echo or a pronoun before it, and what the
// question asks for (a price, a time, a length of time).
func TestAnswerContext(t *testing.T) {
	tests := []struct {
		name, text, lang, question, want string
	}{
		{"an echo hands its score on",
			"The case problem\n\nAnd then there is the case. The buds sit so snugly that getting them out is a daily battle. Battery life is fine, with three more charges from the case.",
			"en", "Why is the case a problem?", "snugly"},
		{"a whole question in a short sentence is no echo",
			"The union will strike. Talks continue on Monday with the ferry operator, the union said.",
			"en", "Will the union strike?", "The union will strike."},
		{"a pronoun continues the sentence before",
			"A cloud of charged gas left the sun on Sunday. It took about three days to reach Earth. Clouds were thick over Velmont.",
			"en", "How long did the cloud of gas take to reach us?", "three days"},
		{"a French pronoun",
			"La digue du boulevard de la Mer a tenu. Elle date de 1962. Les vagues ont franchi la digue vers 2 h.",
			"fr", "Quand la digue a-t-elle été construite ?", "1962"},
		{"a price shares no word with the question",
			"The Long Corridor runs to 512 pages. Halden & Rowe publish it at 34 crowns. Readers will find the memoir long.",
			"en", "How much does the memoir cost?", "34 crowns"},
		{"an amount written with its scale is a price",
			"Alibaba is set to raise up to $12.9bn from its second listing in Hong Kong. Investors were told the final price would be announced on Wednesday, Reuters reported. Alibaba shares closed in New York at 185 dollars.",
			"en", "How much will Alibaba raise?", "$12.9bn"},
		{"a scale word between a number and its currency",
			"Reports said the listing was large. The listing would raise at least 88 billion Hong Kong dollars, a symbolic total. Alibaba shares closed in New York at 185 dollars.",
			"en", "How much would the listing raise?", "88 billion Hong Kong dollars"},
		{"an age that describes the person just told of",
			"A hunter who killed and ate a wild rabbit has been hit by the plague. The 55-year-old is the third resident to contract the disease this month. Officials closed the market.",
			"en", "How old is the hunter?", "55-year-old"},
		{"jets are planes",
			"Emirates finalised a deal on Wednesday for 30 Dreamliner jets from Boeing. The deal reduces a prior commitment. Emirates flies the A380 on its longest routes.",
			"en", "How many planes did Emirates buy from Boeing?", "30 Dreamliner jets"},
		{"a match is a game",
			"Tottenham named Jose Mourinho as manager on Wednesday. The next match will be away to West Ham on Saturday. Tottenham fans were delighted with the appointment.",
			"en", "Which team will Tottenham play in their next game?", "West Ham"},
		{"a length of time in one word",
			"My husband bought plane tickets to Delhi. The trip was his idea. It's a 24-hour trip, and I will be in economy.",
			"en", "How long is the trip?", "24-hour trip"},
		{"until a date says how long",
			"The play opened the festival on Friday. The festival will be held until October 31st 2018. Tickets cost 20,000 won.",
			"en", "How long does the festival go on?", "until October 31st"},
		{"a score no word of the question names",
			"Chargers coach Anthony Lynn said the team had to win on Monday night. Instead, they lost 24-17. Lynn said the players were disappointed.",
			"en", "What was the final score against Kansas City?", "24-17"},
		{"funding is money",
			"This grant was made as part of GiveWell's Incubation Grants programme. Funding for Incubation Grants comes from Good Ventures, a large foundation. The programme began in 2014.",
			"en", "Where does the money for these grants come from?", "Good Ventures"},
		{"a court's order is no purchase",
			"Silver Airways was bought last month by Calder Partners, a private equity firm based in Velmont, for an undisclosed sum. A judge ordered Silver Airways to refund passengers. Regulators later ordered a safety review.",
			"en", "Who bought Silver Airways?", "Calder Partners"},
		{"an abbreviated month is a date",
			"Patrick Carlineo, 55, pleaded guilty to threatening a congresswoman. The sentencing of Carlineo is scheduled for Feb. 14, according to the release. The case drew wide attention.",
			"en", "When will Carlineo be sentenced?", "Feb. 14"},
		{"a possessive before a thing continues the sentence before",
			"Patrick Carlineo Jr., 55, could face up to 10 years in prison after pleading guilty to threatening to assault and murder a U.S. official and being a felon in possession of firearms. " +
				"His sentencing is scheduled for Feb. 14, according to the office release. " +
				"Omar asked for compassion during Carlineo's sentencing in a letter posted on Twitter Tuesday, saying she did not think a severe sentence would be helpful.",
			"en", "When will Patrick Carlineo learn his sentence?", "Feb. 14"},
		{"a possessive opens someone else",
			"Mark Ellison, 41, a former security guard from Colorado Springs, was arrested on Monday at a motel in Aurora after a tip from a clerk who recognised him from news reports. His brother was arrested in 2015 for fraud.",
			"en", "When was Ellison arrested?", "on Monday"},
		{"a French price",
			"Le théâtre a rouvert après 34 millions de couronnes de travaux. La rénovation a duré trois ans.",
			"fr", "Combien a coûté la rénovation ?", "34 millions"},
		{"a yes-no question on cost is no price question",
			"Fuel duty is frozen for a third year. A litre of fuel costs 2 crowns in Velmont, a crown more than in 2020.",
			"en", "Is fuel duty going up?", "frozen"},
		{"what time wants a time of day",
			"We closed the bridge on Tuesday because the evidence told us to, she said. The bridge was shut to traffic at 03:40 local time.",
			"en", "What time was the bridge closed?", "03:40"},
		{"how long wants a length of time",
			"The assessment of the bridge began on Monday, November 23. The assessment of the bridge will take at least two weeks.",
			"en", "How long will the assessment of the bridge take?", "two weeks"},
		{"an age with no word to match",
			"Agnes Thalberg died on Thursday at her home in Velmont. She was 84. Her paintings hang in the National Gallery.",
			"en", "How old was she?", "She was 84."},
		{"a rate wants a percentage",
			"Inflation worried the board. Annual inflation slowed to 2.3 percent in October, the statistics office said.",
			"en", "What is the inflation rate?", "2.3 percent"},
		{"an announcement before the answer to a what-question",
			"Sodium cells are cheap and safe. Now the catch. They store a third less energy than lithium cells of the same weight.",
			"en", "What is the catch?", "a third less energy"},
		{"a count wants a number",
			"The league's leader, Magnus Fjell, voted with the government. The motion was defeated by 78 votes to 76 after a four-hour debate in the Assembly on Tuesday.",
			"en", "What was the vote count?", "78 votes to 76"},
		{"an age is not a time",
			"Agnes Thalberg died at her home in Velmont. The ceremony will begin at 10 in the cathedral, her family said. She was 84.",
			"en", "How old was she?", "She was 84."},
		{"a court's charges are no price",
			"Former transport minister Tom Lind appeared in court on Monday. Prosecutors charged him with fraud and abuse of office. He paid a bail of 50,000 crowns and was released.",
			"en", "What charges does Lind face?", "fraud"},
		{"why comes before what the question is about",
			"The Bank of Ardenia cut its main interest rate to 3.25 percent on Thursday. Governor Lise Aamot said the bank cut the rate because inflation had fallen. Savara's central bank kept its rate at 3.5 percent.",
			"en", "Why did the bank cut the rate?", "because inflation had fallen"},
		{"a reader's word for the article's",
			"Dunmore has 420 jobs at the plant. Brightwell chief executive Martina Quist said the company would find out what happened.",
			"en", "Who is the boss of Brightwell?", "Martina Quist"},
		{"a French relative",
			"La propriétaire ouvre à 7 heures. Elle a 27 employés.",
			"fr", "Combien de salariés compte-t-elle ?", "27 employés"},
		{"which agency wants a name ending in agency",
			"The agency's engineer said divers would look at the pier. Two divers from the National Roads Agency went under the bridge on Tuesday.",
			"en", "Which agency sent divers under the bridge?", "National Roads Agency"},
		{"a title is not the name asked for",
			"Prime Minister Helena Marsk said the minister would decide. The plan belongs to Karl Weir, the minister responsible for language.",
			"en", "Which minister is responsible for language?", "Karl Weir"},
		{"a year counts nothing",
			"It is the first national nurses' strike since 2004. About 34,000 nurses at 58 hospitals went on strike on Tuesday.",
			"en", "How many nurses are on strike?", "34,000"},
		{"how much of wants a share",
			"The 410-kilometre Veyra River waters Savara's farms. The treaty gives Savara 42 per cent of the river's water.",
			"en", "How much of the river's water does Savara get?", "42 per cent"},
		{"the noun asked about weighs more",
			"Le budget 2027 prévoit une hausse des transferts. Le budget ramène le déficit à 2,9 % du PIB en 2027.",
			"fr", "Quel déficit le budget prévoit-il pour 2027 ?", "2,9 %"},
		{"money wants an amount",
			"Nous voulons savoir quelle part du fonds nous reviendra, a-t-il dit. Le budget prévoit 120 millions de couronnes pour former des enseignants de français.",
			"fr", "Y a-t-il de l'argent pour former des enseignants ?", "120 millions"},
		{"how many days wants a length of time",
			"About 34,000 nurses joined the strike on Tuesday. The strike lasted three days.",
			"en", "How many days did the strike last?", "three days"},
		{"how much of takes an amount as a share",
			"The budget for the library is 120 million crowns. So far 40 million crowns of the budget have been spent on the roof.",
			"en", "How much of the budget has been spent?", "40 million"},
		{"an Arabic when wants a day",
			"وقّع البلدان المعاهدة بعد مفاوضات طويلة. ووقّع البلدان المعاهدة صباح الأربعاء في قصر الضيافة بحضور الملك وكبار المسؤولين.",
			"ar", "متى وقّع البلدان المعاهدة؟", "الأربعاء"},
		{"an Arabic how many wants a count",
			"تعبر الجسر يومياً مركبة بعد مركبة. ويعبر الجسر يومياً قرابة 52 ألف مركبة بين وسط المدينة وحي إيستمور والميناء.",
			"ar", "كم مركبة تعبر الجسر يومياً؟", "52 ألف"},
		{"how long is a thing wants a length, and a pronoun's borrowed words do not outrank their sentence",
			"Inspectors found three cracks in the pier, the longest about 1.8 metres. It gave no date for reopening. The ferry doubled its sailings.",
			"en", "How long is the longest crack?", "1.8 metres"},
		{"a question about one person's words passes over another's",
			"Aamot has led the bank since 2022. Aamot's deputy voted with her on Thursday. Governor Lise Aamot told reporters at the bank's headquarters in Velmont on Thursday afternoon, after a meeting that ran well past its scheduled two hours and ended in a split vote, that the committee would look at the data before deciding anything about February. “I would not say February is on,” said Jakob Ferrant.",
			"en", "What did Aamot say about February?", "look at the data"},
		{"a short question is a subheading, not an answer",
			"Parents are urged to check their cupboards after the recall of 180,000 jars.\n\nIS YOUR JAR AFFECTED? Check the lid for:\n\nBatch codes beginning with DM4\n\nIf it matches, take your jar back to any shop for a full refund.",
			"en", "What should I do if I have an affected jar?", "jar"}, // not the subheading "IS YOUR JAR AFFECTED?"
		{"a challenger is who was beaten",
			"Anselm won a second term on Sunday. With most ballots counted, Anselm had 54.2 percent of the vote. His main challenger, Dagny Rausch, had 37.6 percent. Anselm told supporters he would govern for all.",
			"en", "Who did Anselm beat?", "Dagny Rausch"},
		{"the next decision is the next meeting",
			"The bank cut its rate on Wednesday. The bank's next policy decision is due on Feb. 3.",
			"en", "When is the next meeting?", "Feb. 3"},
		{"a recall covers what is affected",
			"The agency advised consumers not to eat the affected products. The recall covers Smooth and Crunchy peanut butter in 340-gram jars with batch codes beginning with DM4. Customers can return jars to any shop.",
			"en", "Which jars are affected?", "Smooth and Crunchy"},
		{"a bill tabled is a bill presented",
			"Le ministre Paul Roy défend le texte devant l'Assemblée. Le texte, déposé le 17 novembre par la ministre Anne Dubois, est ambitieux.",
			"fr", "Qui a présenté le texte ?", "Anne Dubois"},
		{"a French participle is its verb",
			"La saison du théâtre commence dimanche. Le théâtre a rouvert samedi soir après trois ans de travaux.",
			"fr", "Quand le théâtre rouvre-t-il ?", "a rouvert"},
		{"what they want is a demand",
			"About 34,000 nurses walked out on Tuesday. It is the first national nurses' strike since 2004. The union is demanding a 9 percent pay rise and minimum staffing ratios.",
			"en", "What do the nurses want?", "demanding a 9 percent"},
		{"which products are recalled is what the recall covers",
			"Brightwell Foods, one of the largest food producers, did not say what the recall would cost. The recall covers Smooth and Crunchy peanut butter in 340-gram jars.",
			"en", "Which products are recalled?", "Smooth and Crunchy"},
		{"the new rate is the one it was changed to",
			"Two members voted to keep the rate at 3.75 percent, the bank said. The bank cut its policy rate by 25 basis points to 3.50 percent on Wednesday, its second cut this year and the first since June.",
			"en", "What is the new interest rate?", "3.50 percent"},
		{"a cause not yet known is no cause",
			"Solheim said the cause of the blackout was being investigated. The outage began at 6:47 p.m. when a fault at the substation tripped protection systems across the network.",
			"en", "What caused the blackout?", "a fault at the substation"},
		{"a role noun alone stands for the person the article introduces",
			"Elle a grandi à Saint-Aubert. Mardi, Sophie Renaud, 33 ans, a publié une étude remarquée. « Le sodium, c'est du sel », explique la chercheuse. « J'ai appelé l'entreprise en 2023 », raconte Sophie Renaud.",
			"fr", "Comment s'appelle la chercheuse ?", "Mardi, Sophie Renaud"},
		{"a role noun beside a name needs no introduction",
			"Mardi, Sophie Renaud a publié une étude. Le chercheur Paul Roy, qui dirige le laboratoire, a salué le résultat.",
			"fr", "Qui est le chercheur ?", "Paul Roy"},
		{"a heading credits its section",
			"Battery\n\nIt lasts six hours with cancellation on, the maker says.\n\nSound\n\nThe sound lasts in memory: warm, detailed and clean for hours.",
			"en", "How long does the battery last?", "six hours"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cs := Answer(Document{Text: tt.text, Language: tt.lang}, tt.question, 3)
			if len(cs) == 0 || !strings.Contains(cs[0].Text, tt.want) {
				t.Errorf("best citations %+v, want the first to hold %q", cs, tt.want)
			}
		})
	}
}

func TestAnswerKinds(t *testing.T) {
	for _, tt := range []struct {
		s                           string
		price, duration, clock, num bool
	}{
		{"published at 34 crowns", true, false, false, true},
		{"a bill of €12 for two", true, false, false, true},
		{"34 millions de couronnes", true, false, false, true},
		{"a sell-out crowd of 21,350", false, false, false, true},
		{"it will take at least two weeks", false, true, false, true},
		{"for a year", false, true, false, false},
		{"pendant 48 heures", false, true, false, true},
		{"shut at 03:40 local time", false, false, true, true},
		{"vers 2 h du matin", false, false, true, true},
		{"shortly after midnight", false, false, true, false},
		{"the longest about 1.8 metres", false, false, false, true},
		{"sept kilos", false, false, false, true},
	} {
		if got := hasPrice(tt.s); got != tt.price {
			t.Errorf("hasPrice(%q) = %v", tt.s, got)
		}
		if got := hasDuration(tt.s); got != tt.duration {
			t.Errorf("hasDuration(%q) = %v", tt.s, got)
		}
		if got := hasClockTime(tt.s); got != tt.clock {
			t.Errorf("hasClockTime(%q) = %v", tt.s, got)
		}
		if got := hasNumber(tt.s); got != tt.num {
			t.Errorf("hasNumber(%q) = %v", tt.s, got)
		}
	}
	for s, want := range map[string][2]bool{ // age, percent
		"She was 84.": {true, false}, "Henning Aas, 58, said": {true, false}, "a 47-year-old driver": {true, false},
		"the substation, built in 1978,": {true, false}, "morte à 84 ans": {true, false},
		"slowed to 2.3 percent": {false, true}, "à 3,75 %": {false, true}, "up 4 per cent": {false, true},
		"it has 300 staff": {false, false}, "in 2023": {false, false}, "begins at 10 in the cathedral": {false, false},
		"turnout was 62 percent": {false, true},
	} {
		if hasAge(s) != want[0] || hasPercent(s) != want[1] {
			t.Errorf("hasAge, hasPercent(%q) = %v, %v, want %v", s, hasAge(s), hasPercent(s), want)
		}
	}
	for q, want := range map[string]bool{
		"Will the union strike?": true, "La digue est-elle ancienne ?": true, "Est-ce que la digue a tenu ?": true,
		"Qu'a-t-on cuisiné avec la récolte ?": false, "What is the catch?": false, "Pourquoi a-t-on gardé la colonne ?": false,
	} {
		if got := isYesNo(q); got != want {
			t.Errorf("isYesNo(%q) = %v", q, got)
		}
	}
	for q, want := range map[string]bool{
		"How much does the memoir cost?": true, "How much was the meal?": true, "What is the price of a ticket?": true,
		"Combien a coûté la rénovation ?": true, "How much rain fell?": false, "Is fuel going to cost more?": false,
	} {
		if got := asksPrice(q); got != want {
			t.Errorf("asksPrice(%q) = %v", q, got)
		}
	}
}

func TestQuestionFocusAndCounts(t *testing.T) {
	for s, want := range map[string]bool{"the longest about 1.8 metres": true, "the 410-kilometre river": true,
		"14 km upstream": true, "about 1.8 million": false, "in 2 minutes": false} {
		if got := hasLength(s); got != want {
			t.Errorf("hasLength(%q) = %v", s, got)
		}
	}
	for q, want := range map[string]string{
		"Which agency sent divers?": "agency", "What is the inflation rate now?": "inflation",
		"Quel déficit le budget prévoit-il ?": "déficit", "What is Lumio worth now?": "", "What did she die of?": "",
		"Who won?": "",
	} {
		if got := questionFocus("en", q); got != want {
			t.Errorf("questionFocus(%q) = %q, want %q", q, got, want)
		}
	}
	for s, want := range map[string]bool{
		"two divers from the National Roads Agency.": true, "Port Calder General Hospital": true,
		"Prime Agency Helena Marsk said": false, "the agency said": false,
	} {
		if got := namesFocus("en", s, "agency") || namesFocus("en", s, "hospital"); got != want {
			t.Errorf("namesFocus(%q) = %v", s, got)
		}
	}
	for s, want := range map[string]bool{
		"since 2004": false, "closed at 03:40": false, "for two weeks": false, "42 per cent": false,
		"three times its usual number": false, "11,400 passengers": true, "fourteen machines": true,
		"cut 2000 jobs": true, "the 410-kilometre river": false, "best-before dates between Aug. 14 and Sept. 30": false, "le 14 novembre": false, "près de 1950 salariés": true, "sixty nurses": true, "quinze blessés": true, "in 2004 the": false,
		"three divers": true, "27 employés": true,
	} {
		if got := hasCount(s); got != want {
			t.Errorf("hasCount(%q) = %v", s, got)
		}
	}
}

// A wire dateline is furniture: the citation of a lead sentence starts
// with the news, and its index still points at it.
func TestCitationsLeaveOutTheDateline(t *testing.T) {
	doc := Document{Language: "en", Text: "VELMONT, Nov 26 (Northwind) - Prime Minister Helena Marsk survived a confidence vote by 78 votes to 76 on Wednesday. " +
		"The opposition had called the vote over the bridge closure."}
	cs := Answer(doc, "How many votes did Marsk get?", 1)
	if len(cs) != 1 || !strings.HasPrefix(cs[0].Text, "Prime Minister Helena Marsk survived") {
		t.Fatalf("citations %+v, want the lead without its dateline", cs)
	}
	if sents := ArticleSentences(doc); sents[cs[0].Sentence] != cs[0].Text {
		t.Errorf("citation %+v is not sentence %d %q", cs[0], cs[0].Sentence, sents[cs[0].Sentence])
	}
}

// TestAnswerWhoIsQuoted checks that a question about the quotations
// cites one sentence per speaker, the one that names them, in the order
// they speak, in each language the ask form offers it in.
func TestAnswerWhoIsQuoted(t *testing.T) {
	text := `The Harbour Bridge was closed on Monday after engineers found cracks in a pier.
"Nobody will drive across that bridge until it is safe," Mayor Owen Castellane told reporters. "I would rather apologise for a traffic jam than for anything else."
Marit Holm, chief engineer at the National Roads Agency, said an assessment would take two weeks. "These are not hairline cracks. We closed the bridge because the evidence told us to," she said.
Queues stretched for nine kilometres.`
	for _, q := range []string{"Who is quoted, and what did they say?", "Who said what?", "Qui est cité ?", "من صرّح، وماذا قال؟"} {
		cs := Answer(Document{Text: text, Language: "en"}, q, 3)
		var got []string
		for _, c := range cs {
			got = append(got, c.Text)
		}
		if len(cs) != 2 || !strings.Contains(got[0], "Mayor Owen Castellane told") || !strings.Contains(got[1], "hairline cracks") {
			t.Errorf("%s: citations %q, want Castellane's quotation naming him, then Holm's", q, got)
		}
		// A quotation that does not name its speaker says who it is.
		if len(cs) == 2 && (cs[0].Speaker != "" || cs[1].Speaker != "Marit Holm") {
			t.Errorf("%s: speakers %q and %q, want none (named in the sentence) and Marit Holm", q, cs[0].Speaker, cs[1].Speaker)
		}
	}
	// A question naming a speaker keeps to that speaker's words.
	cs := Answer(Document{Text: text, Language: "en"}, "What did Holm say?", 3)
	if len(cs) == 0 || strings.Contains(cs[0].Text, "Castellane") {
		t.Errorf("What did Holm say?: citations %+v, want Holm's words first", cs)
	}
}

// FuzzAnswer feeds readers' questions and publishers' text to the offline
// answerer: whatever either holds, every citation is a sentence of the
// article, cited by its own index.
func FuzzAnswer(f *testing.F) {
	f.Add("Who said what?", "en", "Bridge shut\n\n\"We closed it,\" she said. It took 3 days.")
	f.Add("How much does it cost?", "en", "It costs 34 crowns. Readers find it long.")
	f.Add("Combien a coûté la rénovation ?", "fr", "Le théâtre a rouvert après 34 millions de couronnes de travaux.")
	f.Add("من قال ذلك؟", "ar", "وقال السفير: «لن نفتح». المزارع يقول ذلك.")
	f.Add("\xff?", "", "\xff. «» …")
	f.Fuzz(func(t *testing.T, question, lang, body string) {
		doc := Document{Title: "T", Text: body, Language: lang}
		sents := ArticleSentences(doc)
		for _, c := range Answer(doc, question, 3) {
			if c.Sentence < 0 || c.Sentence >= len(sents) || c.Text != sents[c.Sentence] {
				t.Fatalf("citation %+v is not sentence %d of %q", c, c.Sentence, body)
			}
		}
	})
}
