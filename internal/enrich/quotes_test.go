package enrich

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// attributionCase is a text, a prefix of one of its quotations and the
// speaker that quotation must be given.
type attributionCase struct {
	name    string
	text    string
	quote   string // a prefix of the expected quotation
	speaker string
}

// checkAttributions runs each case as a subtest.
func checkAttributions(t *testing.T, cases []attributionCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			qs := Quotes(Document{Text: tt.text})
			if got := quoteSpeaker(t, qs, tt.quote); got != tt.speaker {
				t.Fatalf("speaker = %q, want %q", got, tt.speaker)
			}
		})
	}
}

func TestQuoteAttribution(t *testing.T) {
	checkAttributions(t, []attributionCase{
		{"said NP after, single quotes with apostrophes",
			"'There's a path that's positive and if they walk that path, we walk that path,' said an American official who described the talks.",
			"There's a path that's positive", "an American official"},
		{"NP said after, straight doubles",
			`Finance Minister Ilse Brandvold presented the budget. "We are choosing to repair before we build," Brandvold said.`,
			"We are choosing to repair", "Ilse Brandvold"},
		{"told reporters before, colon",
			`Ilse Brandvold met unions on Monday. Brandvold told reporters: "The deficit will fall next year, as promised."`,
			"The deficit will fall", "Ilse Brandvold"},
		{"speaker in previous sentence",
			"Opposition leader Tomas Reyvik spoke after her. Reyvik was scathing. “This budget is a fraud on every family in the country.”",
			"This budget is a fraud", "Tomas Reyvik"},
		{"speaker in next sentence",
			"Mayor Owen Castellane visited the pier.\n\n“The ferries are a lifeline, not a luxury.” Elif Sandoval, who chairs the chamber, said shops had lost trade.",
			"The ferries are a lifeline", "Elif Sandoval"},
		{"pronoun resolves to last named person",
			`Central bank governor Samir Haddad held rates. "Policy remains restrictive for now, and will stay so," he said.`,
			"Policy remains restrictive", "Samir Haddad"},
		{"he is the man of the two named before",
			`Mayor Owen Castellane met Prime Minister Helena Marsk on the platform. "This is the biggest day for this city in fifty years," he told the crowd.`,
			"This is the biggest day", "Owen Castellane"},
		{"a pronoun stands for the subject, not the name after a preposition",
			"Senator Kaja Lund received the letters in March.\n\nMarit Solberg, the union's lawyer, said her members meant no harm to Senator Kaja Lund.\n\n“They are angry, and they have a right to be,” she said in an email.",
			"They are angry", "Marit Solberg"},
		{"a pronoun stands for the subject, not an owner",
			"Senator Kaja Lund received the threat in March. Arne Voll made a call to Senator Lund’s office, in which he said he would “bring the whole building down.”",
			"bring the whole building down", "Arne Voll"},
		{"a pronoun stands for the subject, not the object of a verb",
			"Chief executive Lars Brekke met investors in Velmont. Brekke told analyst Tom Ruud that sales had doubled.\n\n“We took that challenge to heart,” he said.",
			"We took that challenge", "Lars Brekke"},
		{"a name written without its accent still has its sex",
			"Mike Dahl wrote six novels. The poet Elise Aune, who ran the festival, said Dahl was shy.\n\nIn 1997 Elise interviewed Mike for the festival.\n\n“No,” he said. “You tell me one.”",
			"You tell me one", "Mike Dahl"},
		{"a relative's words are not the person's",
			"Mike Dahl wrote six novels. Dahl’s now-deceased father told a reporter that \"he cashes the checks and never calls us at all.\"",
			"he cashes the checks", "Dahl’s now-deceased father"},
		{"a name that only describes the phrase's head does not speak",
			"Opposition leader Tomas Reyvik lost the vote. Supporters of Tomas Reyvik said that the result was \"a victory for every family in the country, whatever the count.\"",
			"a victory for every family", "Supporters of Tomas Reyvik"},
		{"a title's domain before the name is no description",
			"The Minister of Finance Ilse Brandvold said that the budget was \"a plan for every family in the country, whatever the cost.\"",
			"a plan for every family", "Ilse Brandvold"},
		{"a journal named after a preposition is not the subject",
			"The authors of a study published in the journal Nature Medicine argued that the drug had \"important social benefits for every patient who takes it.\"",
			"important social benefits", ""},
		{"she is the woman of the two named before",
			`Joan Hartley bred the heifer with her son Tom Hartley. "We never thought she would fetch that much," she said.`,
			"We never thought", "Joan Hartley"},
		{"a title tells the sex when the name does not",
			`Mrs Sam Okafor met Mr Chris Lund at the quay. "The harbour has to stay open all winter," she said.`,
			"The harbour has to stay open", "Sam Okafor"},
		{"French inversion agrees with its subject",
			"La chimiste Sophie Renaud travaille avec Bernard Gauthier depuis 2019.\n\n« Nous avons tout recommencé à zéro », raconte-t-elle.",
			"Nous avons tout recommencé", "Sophie Renaud"},
		{"a description by family is the person just named",
			"More than 14,000 operations were axed. One of them belonged to Doreen Pike. The 71-year-old from Velmont has waited 14 months for a new hip.\n\n\"It's the second time they've cancelled,\" the grandmother of five told the Lantern.",
			"It's the second time", "Doreen Pike"},
		{"a description by family of the other sex is not",
			"Tom Hale met the press on Monday.\n\n\"We have waited long enough for this,\" the grandmother of five said.",
			"We have waited long enough", "the grandmother of five"},
		{"a woman may be a chairman",
			"Velmont Savings Bank chairman Anna Lind told shareholders on Monday that the bank had its best year since 2019.\n\n\"We will not close a single branch,\" she said.",
			"We will not close", "Anna Lind"},
		{"French inversion without -t-",
			"Le directeur Raphaël Morissette a reçu la comédienne Louise Tardivel.\n\n« Il fallait une voix d'ici pour rouvrir la salle », sourit-il.",
			"Il fallait une voix", "Raphaël Morissette"},
		{"a smile reports speech in French",
			"« On nous a demandé de tout changer sauf l'âme du lieu », sourit l'architecte Nadia Bellerose.",
			"On nous a demandé", "Nadia Bellerose"},
		{"no one of the pronoun's sex, no speaker",
			`Luc Trépanier runs the depot. "We will offer courses to every driver next spring," she said.`,
			"We will offer courses", ""},
		{"they is not resolved",
			`Officials from Osterland met Marsk in Velmont. "We will sign nothing this year at all," they said.`,
			"We will sign nothing", ""},
		{"according to",
			`According to a senior official at the ministry, "the offer will be improved before the weekend."`,
			"the offer will be improved", "a senior official"},
		{"resumed quotation joins its parts",
			`South Africa's agriculture minister, John Steenhuisen, spoke in Pretoria. 'What worries me,' he said, 'is that we'll keep negotiating over tariffs.'`,
			"What worries me is that we'll keep negotiating", "John Steenhuisen"},
		{"second quote in paragraph keeps the speaker",
			`“We lost equipment but not a single person,” said Professor Ingrid Solberg. She thanked the firefighters. “Nobody should be in any doubt about that.”`,
			"Nobody should be in any doubt", "Ingrid Solberg"},
		{"the speaker is named in the verb's own clause, after a semicolon",
			`It has little to gain from a fight with Premier Geneviève Lacombe; its leader, Tomas Reyvik, has said only that he is “studying it”, and nothing more.`,
			"studying it", "Tomas Reyvik"},
		{"a minister's ministry speaks for her, not she herself",
			`The bonds fund a structure that Finance Minister Ilse Brandvold’s ministry said carried “minimal risk” for taxpayers.`,
			"minimal risk", "Finance Minister Ilse Brandvold’s ministry"},
		{"a sentence after the quotation names its speaker without a verb",
			`“If a task can be done on your machine, it is done on your machine.” That was Maud Terheide, Lumio’s chief product officer, on stage.`,
			"If a task can be done", "Maud Terheide"},
		{"a pronoun with no one named stands for the person the sentence before describes",
			`The manager of one Osterland-owned distribution centre was blunt. “We will offer courses. But a course takes a year and the orders are now,” he said.`,
			"We will offer courses", "The manager of one Osterland-owned distribution centre"},
		{"a sentence before that describes no person gives no speaker",
			`The weather was awful all week. “We will never sell the farm to anyone,” he said.`,
			"We will never sell the farm", ""},
		{"the minister resolves to the titled person",
			`Transport Minister Jonas Falk met both sides. "I want them back at the table tomorrow morning," the minister said.`,
			"I want them back at the table", "Jonas Falk"},
		{"an age between the name and the verb",
			"Skipper Henning Aas told his crew to put on survival suits.\n\n“We thought that was it. I am not ashamed to say it,” Aas, 58, said on Saturday.",
			"We thought that was it", "Henning Aas"},
		{"a loud speech verb",
			`Opposition leader Tomas Reyvik spoke first. "The lights went out, and the prime minister's answer is to ask for patience," he roared across the chamber.`,
			"The lights went out", "Tomas Reyvik"},
		{"a pull quote signed after a dash",
			"The treaty sets a minimum flow.\n\n“Water that crosses a border should carry trust with it, not fear.”—Helena Marsk, in her speech at the signing",
			"Water that crosses a border", "Helena Marsk"},
		{"another subject breaks the chain of speakers: the reply is the ministry's",
			`Tomas Reyvik told the Assembly that “the central bank has marked the minister's homework”. The Finance Ministry's reply, that the forecasts sit “within the normal range of disagreement”, is accurate.`,
			"within the normal range", "Finance Ministry"},
		{"another subject breaks the chain of speakers",
			`Tomas Reyvik told the Assembly that “the central bank has marked the minister's homework”. The Finance Ministry's forecasts sit “within the normal range of disagreement”, and that is accurate.`,
			"within the normal range", ""},
		{"a pull quote signed by a book is nobody's",
			"The Long Corridor by Margit Thorvald is out now.\n\n“The corridor between two ministers' offices is only forty metres long.”—The Long Corridor",
			"The corridor between two", ""},
		{"reported speech with words between the verb and that",
			`Transport Minister Rune Aldersen said in a statement that the government would “make whatever money is needed available” for repairs.`,
			"make whatever money", "Rune Aldersen"},
		{"told someone that",
			`Coach Ruth Callander praised Tiago Almqvist. Almqvist told the Courier on Sunday evening that the goal was “for everyone in the valley who had a bad weekend”.`,
			"for everyone in the valley", "Tiago Almqvist"},
		{"called it",
			`Crowds waited for the first train. Mayor Owen Castellane called it "the biggest day for this city since the container terminal opened".`,
			"the biggest day for this city", "Owen Castellane"},
		{"attacked as",
			`Ilse Brandvold presented the budget on Tuesday. Opposition leader Tomas Reyvik has attacked the package as “a budget for the spreadsheet, not the kitchen table”.`,
			"a budget for the spreadsheet", "Tomas Reyvik"},
		{"an organisation's words",
			`Linnea Harcourt said the path was credible. The Ardenian Fiscal Council, which vets the forecasts, called them “plausible but on the optimistic side”.`,
			"plausible but on the optimistic side", "Ardenian Fiscal Council"},
		{"a name before another subject does not name",
			`Finance Minister Ilse Brandvold would travel to Velmont, where officials have called the talks "a last chance for the budget".`,
			"a last chance for the budget", ""},
		{"a name inside the clause after the subject",
			`Jonas Erikstad, director of the National Gallery of Ardenia, called the late paintings “the bravest things she did”.`,
			"the bravest things she did", "Jonas Erikstad"},
		{"adverbs, times and brackets between the subject and the verb",
			`Senator Maria Alvarez (Democrat) on Tuesday repeatedly called the bill "a giveaway to the largest landlords".`,
			"a giveaway to the largest landlords", "Maria Alvarez"},
		{"two clauses set off by commas",
			`Tomas Reyvik, 61, the opposition leader, called the budget "a fraud on every family in the country".`,
			"a fraud on every family", "Tomas Reyvik"},
		{"a participle after a fronted phrase",
			`After meeting Joe Biden in Washington, Benjamin Netanyahu issued a statement, calling the talks "frank and useful for both sides".`,
			"frank and useful", "Benjamin Netanyahu"},
		{"a description set off between the name and the verb",
			`"We will respond in a measured way," Anna Kowalski, a spokeswoman for the foreign ministry, said.`,
			"We will respond", "Anna Kowalski"},
		{"a name set off after a description",
			`Scott Peterson was on the stand. "I did not kill my wife," the defendant, Scott Peterson, told the jury.`,
			"I did not kill my wife", "Scott Peterson"},
		{"a subject that opens a relative clause",
			`The bill contains a clause that Professor Hélène Varin, a constitutional lawyer at Velmont University, describes as "a signal to the court rather than a shield".`,
			"a signal to the court", "Hélène Varin"},
		{"an organisation after which",
			`The forecast rests on growth of 1.6 per cent, which the Ardenian Fiscal Council, in the measured prose it reserves for disagreement, described as "plausible but on the optimistic side".`,
			"plausible but on the optimistic side", "Ardenian Fiscal Council"},
		{"a name in the clause after the subject is not the subject",
			`Joe Biden spoke to reporters at the White House. Biden, who met Israeli President Isaac Herzog, a longtime friend, on Monday, called the hostage deal "the best chance for peace in years."`,
			"the best chance for peace", "Joe Biden"},
		{"a name set off right before the verb is the subject",
			`A spokesman for Prime Minister Benjamin Netanyahu, Omer Dostri, called the report "baseless and malicious." Dostri said more later.`,
			"baseless and malicious", "Omer Dostri"},
		{"a name after a description and a comma",
			`Israel's ambassador to the United Nations, Danny Danon, described the resolution as "shameful and one-sided." Danon spoke for ten minutes.`,
			"shameful and one-sided", "Danny Danon"},
		{"a full stop inside the marks ends the quoted sentence",
			`Police Chief Michel Moore told a news conference that officers had "acted within policy." Mayor Karen Bass said she would wait for the inquiry.`,
			"acted within policy", "Michel Moore"},
		{"a participle whose subject is no name",
			`In a letter to Microsoft chief Satya Nadella, the union criticised the deal, calling it "a betrayal of every worker here".`,
			"a betrayal of every worker", ""},
		{"a participle whose subject is no name, with a name later in the clause",
			`The union criticised the deal with Microsoft Corp. on Monday, calling it "a betrayal of every worker here".`,
			"a betrayal of every worker", ""},
		{"a participle shares the sentence's subject",
			`Samir Haddad declined to criticise the budget, calling it “broadly neutral for inflation”.`,
			"broadly neutral for inflation", "Samir Haddad"},
		{"the subject of the verb is not a name before it",
			`Hundreds of protesters gathered outside the Ministry of Finance and called for "an end to the cuts this winter".`,
			"an end to the cuts", ""},
		{"calling",
			`Helena Marsk signed the treaty on Monday, with opposition leader Tomas Reyvik calling the treaty “the one thing this government has done this year that I would have signed”.`,
			"the one thing this government", "Tomas Reyvik"},
		{"an oath as a speech verb",
			`After the second goal the roar could be heard, landlord Pete Haskell swears, “halfway to Hollin Ford”.`,
			"halfway to Hollin Ford", "Pete Haskell"},
		{"reported speech without that",
			`Ines Dalby said no farmer in the valley would be “asked to pay for the new dam”.`,
			"asked to pay for the new dam", "Ines Dalby"},
		{"reported speech without that, after a set-off name",
			`Its regional chair, Carys Madoc, said members in the higher parishes were already “weighing up whether to sell now”.`,
			"weighing up whether to sell now", "Carys Madoc"},
		{"reported speech without that, the main clause's subject",
			`Dagny Rausch conceded in the early hours of Monday but said the contest had been "neither equal nor entirely fair".`,
			"neither equal nor entirely fair", "Dagny Rausch"},
		{"reported speech without that, a name after a preposition is not the subject",
			`A spokesman for Prime Minister Helena Marsk said the government expected Lumio to “meet its obligations to every worker”.`,
			"meet its obligations", ""},
		{"a loud verb after a pronoun",
			`Pensioner Len Gaffney, 68, had just reached the till when the jar was taken off him. "Twenty years I've been eating that stuff," he grumbled.`,
			"Twenty years I've been eating", "Len Gaffney"},
		{"a role before a colon",
			`Gran's hip op cancelled as nurses down tools. Union boss: "We're not angels, we're exhausted."`,
			"We're not angels", "Union boss"},
		{"a label before a colon is no speaker",
			`Prices rose again in March. Warning: "Check the lid before you eat."`,
			"Check the lid", ""},
		{"reported speech after a relative pronoun has its own subject",
			`Helena Marsk met farmers in Velmont, who said the new dam would be “a disaster for the valley”.`,
			"a disaster for the valley", ""},
		{"reported speech after an object has its own subject",
			`Tomas Reyvik thanked the nurses, who told him the wards had been “dangerously understaffed for months”.`,
			"dangerously understaffed for months", ""},
		{"reported speech by someone's spokesman",
			`Helena Marsk's spokesman said the prime minister would not be “bullied by anyone, least of all Reyvik”.`,
			"bullied by anyone", ""},
		{"an addressee before a colon",
			`Dear Minister: “We, the parents of Velmont, ask you to keep the school open.”`,
			"We, the parents of Velmont", ""},
		{"a question to someone before a colon",
			`Ask the doctor: “My knee hurts when I run more than five kilometres.”`,
			"My knee hurts", ""},
		{"a sentence opening on another name breaks the chain of speakers",
			"Viktor Anselm a promis d'être « le président de ceux qui ont voté contre lui ». Wiebke Rausch a reconnu sa défaite lundi, tout en dénonçant une campagne « ni égale ni tout à fait équitable » dans les médias.",
			"ni égale ni tout à fait", ""},
		{"a recognised name opening the sentence is its speaker",
			"Viktor Anselm a promis d'être « le président de ceux qui ont voté contre lui ». Dagny Rausch a reconnu sa défaite lundi, tout en dénonçant une campagne « ni égale ni tout à fait équitable » dans les médias.",
			"ni égale ni tout à fait", "Dagny Rausch"},
		{"a sign is nobody's words, though the next quotation is someone's",
			"Marc-André Bélanger a rangé son mètre. L’enseigne de la maison affiche « Bélanger & Fils – Hardware – Quincaillerie » en lettres de même taille. « Avec la loi 12, il faudra que le mot change », calcule-t-il.",
			"Avec la loi 12", "Marc-André Bélanger"},
		{"a person introduced as called X",
			"The assistant, a lovely young man called Deniz, came over and apologised. “It does this all day,” he said.",
			"It does this all day", "Deniz"},
		{"a description after the verb, then the name",
			`"We are not guests in Belrive. We have been here for two hundred years," said its president, Margaret Doyle-Aubin, in English.`,
			"We are not guests in Belrive", "Margaret Doyle-Aubin"},
		{"french: a description after the verb, then the name",
			"« Chaque génération s’est trompée sur la langue », a déclaré son porte-parole, Olivier Ste-Marie.",
			"Chaque génération s’est trompée", "Olivier Ste-Marie"},
		{"french: a description the article gave a name to",
			"Le projet est né d'une idée de leur enseignante, Nadia Berthier, qui cherchait un moyen. « Au début, certains ne savaient rien du tout », raconte l'enseignante en souriant.",
			"Au début, certains ne savaient", "Nadia Berthier"},
		{"french: la ministre is not le ministre",
			"La ministre des Finances, Ilse Brandvold, a présenté le budget. Le ministre de Belrive, Paul Garneau, a réagi. « Nous choisissons de réparer avant de construire », a lancé la ministre.",
			"Nous choisissons de réparer", "Ilse Brandvold"},
		{"a description given to two people stays a description",
			"Its spokeswoman, Anna Berg, spoke first. The other firm's spokeswoman, Lena Holm, spoke later. “We will appeal this ruling at once,” the spokeswoman said.",
			"We will appeal this ruling", "the spokeswoman"},
		{"a name after the described noun in another role is not the describer's",
			"Police said the suspect, Karl Berg, 34, was arrested at the scene. “He was armed and refused to drop the weapon,” the police said.",
			"He was armed", "the police"},
		{"a name after 'according to the ministry,' is someone else",
			`According to the ministry, Karl Berg resigned on Friday. "We thank him for his years of service," the ministry said.`,
			"We thank him", "the ministry"},
		{"a name after 'like the minister,' is someone else",
			`Like the minister, Karl Berg opposed the plan. "We will cut taxes next year for everyone," the minister said.`,
			"We will cut taxes", "the minister"},
		{"the minister's aide is not the minister",
			`The minister's aide, Karl Berg, spoke first. "We will cut taxes next year for everyone," the minister said.`,
			"We will cut taxes", "the minister"},
		{"french: after 'selon la ministre,' the name is someone else",
			"Selon la ministre, Claire Dubois a démissionné vendredi. « Nous la remercions pour son travail », a dit la ministre.",
			"Nous la remercions", "la ministre"},
		{"a name after the comma that is no apposition",
			`"We will win this seat back in the spring," said the minister, Karl Berg's rival, on Monday.`,
			"We will win this seat", "the minister"},
		{"calling a company is no introduction",
			"A man called Police Scotland at 3am. “I heard screaming from the flat next door,” he said.",
			"I heard screaming", ""},
		{"a shouted quotation keeps its speaker",
			"Anna Lind was defiant on Monday. “WE WILL NOT BACK DOWN, NOT NOW, NOT EVER.”",
			"WE WILL NOT BACK DOWN", "Anna Lind"},
		{"a sentence opening on a time keeps the chain of speakers",
			"“We will not bow to pressure from anyone,” said Karl Berg, the party leader. Last Tuesday, he had called the plan “a betrayal of every family in the land”.",
			"a betrayal of every family", "Karl Berg"},
		{"a sentence opening on a title keeps the chain of speakers",
			"« Nous ne céderons pas sur ce point », a déclaré Karl Berg. Le Premier ministre a aussi qualifié le projet de « trahison de toutes les familles du pays ».",
			"trahison de toutes les familles", "Karl Berg"},
		{"french guillemets and inversion",
			"Le ministre Jean Dupont était à Paris. « Nous ne céderons pas sur ce point essentiel », a-t-il déclaré.",
			"Nous ne céderons pas", "Jean Dupont"},
		{"french a déclaré NP",
			"« La situation reste très préoccupante ce soir », a déclaré Marie Lefèvre, porte-parole.",
			"La situation reste très préoccupante", "Marie Lefèvre"},
		{"french raconte NP, and the next quotation is the same speaker's",
			"« Je n’ai jamais vu la rivière monter si vite », raconte Odile Marchand, 68 ans. « À minuit, l’eau était dans la cuisine. »",
			"À minuit, l’eau était", "Odile Marchand"},
		{"french speaker in previous sentence, a hyphenated given name",
			"Paul-Émile Garneau a accueilli le budget avec prudence. « La hausse des transferts est réelle, et nous la prenons. »",
			"La hausse des transferts", "Paul-Émile Garneau"},
		{"french s'exclame NP",
			"« Elle pesait neuf kilos ! », s'exclame Hugo, 10 ans.",
			"Elle pesait neuf kilos", "Hugo"},
		{"french a salué before the quotation",
			"Le maire de Grauville, Pascal Renard, a salué « une décision courageuse et attendue ».",
			"une décision courageuse", "Pascal Renard"},
		{"french participle judging a text is no speech",
			"Le syndicat a approuvé au contraire un texte jugé « enfin à la hauteur ».",
			"enfin à la hauteur", ""},
	})
}

func TestScareQuotesAndApostrophes(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{`The offer was "fair and affordable" and the union was not.`, 0},
		{"He called them 'good fighters' and 'really smart' in an interview.", 0},
		{"The dollars' worth of hardware and the Americans' bounties were discussed at length today.", 0},
		{"It's the union's view that O'Brien's plan won't work, and that's that.", 0},
		{`"We walk that path together, or we do not walk it," the official said.`, 1},
		{`Trump called it a "goodwill gesture," the envoy said.`, 1}, // short, but a speech verb sits beside it
		// A word in a list, not beside the verb the sentence ends on.
		{`Data scientist David Stier studied the accounts. Because users can toggle between being corporations, "creators," and normal people, Stier says the lines have blurred.`, 0},
	}
	for _, tt := range tests {
		if got := Quotes(Document{Text: tt.text}); len(got) != tt.want {
			t.Errorf("%q: %d quotes %+v, want %d", tt.text, len(got), got, tt.want)
		}
	}
}

// A page that quotes its own headline (a print-edition credit, a "read
// more" link) does not make the headline a quotation; the same words
// said by someone still are.
func TestHeadlineEchoIsNoQuote(t *testing.T) {
	const title = "NordGrid fault leaves 200,000 homes without power"
	echo := "Crews worked through the night.\n\nThis article appears in the December issue under the headline “NordGrid fault leaves 200,000 homes without power.”"
	if qs := Quotes(Document{Title: title, Text: echo}); len(qs) != 0 {
		t.Errorf("headline echo gave quotes %+v", qs)
	}
	if qs := Quotes(Document{Title: "Another story", Text: echo}); len(qs) != 1 {
		t.Errorf("a quotation that is not the headline: %+v, want 1 quote", qs)
	}
	said := `"NordGrid fault leaves 200,000 homes without power," said Pieter Vollan, reading the headline aloud.`
	if qs := Quotes(Document{Title: title, Text: said}); len(qs) != 1 || qs[0].Speaker != "Pieter Vollan" {
		t.Errorf("a spoken headline: %+v, want Pieter Vollan's quote", qs)
	}
	// Print credits in other languages name the headline too.
	fr := "Les digues ont tenu.\n\nCet article est paru dans le numéro de décembre sous le titre « Nous n’avons plus de temps pour la digue ». "
	if qs := Quotes(Document{Title: "Nous n’avons plus de temps pour la digue", Text: fr, Language: "fr"}); len(qs) != 0 {
		t.Errorf("a French print credit gave quotes %+v", qs)
	}
	// "le titre" inside a quotation is a trophy, not a print credit.
	cup := "« Nous irons chercher le titre. »\n\nLe club a battu Velmont dimanche."
	if qs := Quotes(Document{Title: "Nous irons chercher le titre", Text: cup, Language: "fr"}); len(qs) != 1 {
		t.Errorf("a quotation naming a title: %+v, want it kept", qs)
	}
	// A headline made of a quotation keeps it, even with no speaker found.
	quoted := "“We are running out of time to fix the bridge.”\n\nEngineers have warned about the pier for years."
	if qs := Quotes(Document{Title: "We are running out of time to fix the bridge", Text: quoted}); len(qs) != 1 {
		t.Errorf("a headline quoting someone: %+v, want the quote", qs)
	}
}

func TestQuotesHostileInputIsLinear(t *testing.T) {
	inputs := []string{
		strings.Repeat(`"a `, 60_000),
		strings.Repeat(" 'x", 60_000),
		strings.Repeat("Mr. Smith said “no”, he said. ", 6_000),
		strings.Repeat("“We will go now,” the minister said. ", 6_000),
		strings.Repeat("Sa ministre, Anna Lind, a parlé. « Nous partirons demain », a dit la ministre. ", 3_000),
		strings.Repeat("\xff\xfe“", 50_000),
		manyPeopleQuoted(2_000),
	}
	for _, in := range inputs {
		start := time.Now()
		a := analyze(Document{Text: in})
		_ = a.entityList()
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%.20q...: took %v", in, d)
		}
		for _, q := range a.quotes {
			if !utf8.ValidString(q.Text) {
				t.Errorf("invalid UTF-8 in quote %q", q.Text)
			}
		}
	}
}

// manyPeopleQuoted names n pairs of different people, each followed by a
// quotation given to "he" and one left to the context: every quotation
// looks its speaker up among all the people.
func manyPeopleQuoted(n int) string {
	name := func(i int) string {
		return string(rune('A'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26)) + "son"
	}
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "Tom %s met Anna %s on Monday.\n\n\"We will rebuild the bridge,\" he said.\n\n\"It will take years.\"\n\n", name(2*i), name(2*i+1))
	}
	return b.String()
}

func FuzzQuotesAndEntities(f *testing.F) {
	for _, s := range []string{
		"", `"`, "'", "« »", "“x” said Y.", "U.S. Sgt. Dr. A. B. C.", "'a 'b' c' d'",
		"Reyvik was scathing. “This budget is a fraud.”", "then-Congressman al-X Y's Z (ZZ) of the",
		"Il a vu K. Le", "du rang K. Le Théâtre des Remparts", "وقال رئيس بلدية ميناء سالدا يوهان برانت للصحفيين: «لن نفتح»",
		"قال المتحدث باسم", "في مدينة", "وأعلنت شركة", "،، «»",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"", "fr", "ar"} {
			a := analyze(Document{Text: s, Language: lang})
			for _, e := range a.entityList() {
				if e.Name == "" || e.Mentions < 1 || e.Key == "" {
					t.Fatalf("bad entity %+v", e)
				}
			}
			for _, q := range a.quotes {
				if strings.TrimSpace(q.Text) == "" {
					t.Fatalf("empty quote from %q", s)
				}
			}
		}
	})
}

// A second quotation after "adding that it" is not the first one resumed.
func TestSecondQuotationIsNotAResumption(t *testing.T) {
	qs := Quotes(Document{Language: "en", Text: `"We are reviewing the decision carefully," Microsoft said in a statement, adding that it "remains committed to our customers in Europe."`})
	for _, q := range qs {
		if strings.Contains(q.Text, "carefully") && strings.Contains(q.Text, "remains") {
			t.Errorf("two quotations joined: %q", q.Text)
		}
	}
	if len(qs) != 2 {
		t.Errorf("quotes %+v, want two", qs)
	}
}

// Odd input around a colon must not crash the attribution, and scare
// quotes after a participle or a verb of doing are nobody's words.
func TestQuotesAfterColonsAndScareQuotes(t *testing.T) {
	for _, text := range []string{
		"His verdict? : “Guilty on all counts, every one of them.”",
		"Tomas Reyvik\n: “We will fight on until the end.”",
		"Le ministre a répondu. : « Nous ne céderons pas sur ce point. »",
		": “Guilty on all counts, every one of them.”",
	} {
		_ = Quotes(Document{Text: text})
	}
	for _, text := range []string{
		"Le gouvernement poursuit sa réforme des retraites « à marche forcée ».",
		"Le syndicat a signé un accord salué « historique » par le patronat.",
		"Un expert reconnu « dans toute l'Europe » a été nommé.",
		"Ines Dalby said the government would scrap its “golden visa” scheme in March.",
	} {
		for _, q := range Quotes(Document{Text: text}) {
			if q.Speaker != "" {
				t.Errorf("%q: quotation %q given to %q", text, q.Text, q.Speaker)
			}
		}
	}
}

// Signs and the titles of laws are quoted, but nobody says them.
func TestSignsAndTitlesAreNoQuotations(t *testing.T) {
	for _, text := range []string{
		"L’enseigne de la maison affiche « Bélanger & Fils – Hardware – Quincaillerie » en lettres de même taille.",
		"Le projet de loi 12, « Loi sur la langue commune de Belrive », a été adopté mardi par les députés.",
		"Congress passed the “Clean Air Act” in 1970, and the agency enforced it for decades.",
		// Titles with their small words, a song's stopped American-style.
		"Artists from sixteen countries share their reading of the theme ‘The Medium is the Message’ this winter.",
		"McDonald came out during the encore to perform “Takin’ It to the Streets.”",
		"Netflix will host the remake, provisionally titled “Knights of the Zodiac – Saint Seiya”, next year.",
		"Gli appassionati ricordano ancora “Il Signore degli Anelli” al cinema.",
	} {
		if qs := Quotes(Document{Text: text}); len(qs) != 0 {
			t.Errorf("%q: quotations %+v, want none", text, qs)
		}
	}
	for _, q := range []string{"", ".", " . ", "A.", "The End."} {
		namesAThing(q, "en") // no panic on what is left after the stop
	}
	// A sentence in quotation marks is no title, however short.
	if qs := Quotes(Document{Text: "Asked about the strike, the nurse said only: “We are not going back until the ward is safe.”"}); len(qs) != 1 {
		t.Errorf("a short sentence: quotations %+v, want one", qs)
	}
	// Said by someone, a capitalised slogan is a quotation.
	qs := Quotes(Document{Text: "“Save Our Harbour Bridge,” Mayor Owen Castellane told the crowd, to cheers."})
	if len(qs) != 1 || qs[0].Speaker != "Owen Castellane" {
		t.Errorf("slogan with a speaker: %+v", qs)
	}
}

// An Arabic role noun standing alone as the speaker ("يقول المزارع") is the
// person just named, when of its sex.
func TestArabicRoleNounSpeaker(t *testing.T) {
	for _, tc := range []struct{ text, quote, speaker string }{
		{"يقف سالم الدباغ، 61 عاماً، وهو يشير إلى صف من أشجار النخيل اليابسة. «هذه ماتت في صيف 2022. الماء لم يصل، ولم يخبرنا أحد متى سيصل»، يقول المزارع الذي ورث أرضه عن أبيه وجده.",
			"هذه ماتت في صيف 2022", "سالم الدباغ"},
		{"وحضر حفل الافتتاح سفير مملكة سافارا لدى أردينيا مازن العبيدي. وقال السفير في كلمته إن المعرض «جسر من الحبر بين شعبين جارين»، معرباً عن أمله.",
			"جسر من الحبر", "مازن العبيدي"},
		{"تقف هدى الشريف على ضفة القناة وتشير إلى الأشجار. «هذه ماتت في صيف 2022 ولم يخبرنا أحد متى سيصل الماء»، يقول المزارع.",
			"هذه ماتت في صيف 2022", "المزارع"}, // a woman is not "the farmer" (masculine)
	} {
		qs := Quotes(Document{Text: tc.text, Language: "ar"})
		if got := quoteSpeaker(t, qs, tc.quote); got != tc.speaker {
			t.Errorf("%q: speaker %q, want %q", tc.quote, got, tc.speaker)
		}
	}
}

// quoteSpeaker is the speaker of the last of qs that opens with quote
// (compared as normQuote reads them); the test fails when there is none.
func quoteSpeaker(t *testing.T, qs []Quote, quote string) string {
	t.Helper()
	var found *Quote
	for i := range qs {
		if strings.HasPrefix(normQuote(qs[i].Text), normQuote(quote)) {
			found = &qs[i]
		}
	}
	if found == nil {
		t.Fatalf("quote %q not found in %+v", quote, qs)
	}
	return found.Speaker
}
