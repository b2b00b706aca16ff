package enrich

import (
	"strings"
	"testing"
)

// answerQuestions are reader questions about two demo articles (headings,
// captions and lists included, as extraction gives them), each with a
// phrase the best citation must hold.
var answerQuestions = []struct {
	title, question, want string
}{
	{"Lumio Atlas hands-on", "How many jobs are going?", "600 jobs"},
	{"Lumio Atlas hands-on", "How much does Atlas cost?", "9 crowns a month"},
	{"Lumio Atlas hands-on", "When will consumers pay for Atlas?", "December 1"},
	{"Lumio Atlas hands-on", "Who introduced Atlas?", "Katrin Vossberg introduced Atlas"},
	{"Lumio Atlas hands-on", "Which languages does Atlas work in?", "Ardenian, English, French and Arabic"},
	{"Lumio Atlas hands-on", "What do departing staff get?", "six months"},
	{"Lumio Atlas hands-on", "Where is Lumio's data centre?", "data centre in Velmont"},
	{"Lumio Atlas hands-on", "Who is Lumio's chief product officer?", "Maud Terheide"},
	{"Kestrel Tern 2 review", "How much do the Tern 2 earbuds cost?", "1,290 crowns"},
	{"Kestrel Tern 2 review", "How long does the battery last?", "six and a half hours"},
	{"Kestrel Tern 2 review", "Who is Kestrel's product lead?", "Ida Marwick"},
	{"Kestrel Tern 2 review", "Why is the case a problem?", "snugly"},
	{"Kestrel Tern 2 review", "How many microphones does each bud have?", "three"},
	{"Kestrel Tern 2 review", "Where is Kestrel Audio based?", "Port Calder company"},
}

func TestAnswersOnDemoArticles(t *testing.T) {
	right := answeredFirst(t, answerQuestions)
	t.Logf("%d of %d questions answered by the first citation", right, len(answerQuestions))
	// 12 before headings were left out and the question's own numbers
	// ("Tern 2") stopped counting as answers, 13 before a sentence that
	// merely echoes the question handed its score to the next.
	if right < 14 {
		t.Errorf("%d of %d questions answered by the first citation, want 14", right, len(answerQuestions))
	}
}

// TestAnswersHeldOut asks heldOutQuestions, written by a reader who had
// not seen the answering code. The rules were then changed with these
// questions in view (22 of 52 before, 28 after; 31 after session 13's
// rules), so TestAnswersHeldOut2 is the honest measure.
func TestAnswersHeldOut(t *testing.T) {
	right := answeredFirst(t, heldOutQuestions)
	t.Logf("%d of %d held-out questions answered by the first citation", right, len(heldOutQuestions))
	if right < 31 {
		t.Errorf("%d of %d held-out questions answered by the first citation, want at least 31", right, len(heldOutQuestions))
	}
}

// TestAnswersHeldOut2 asks heldOutQuestions2, written by another reader
// after the first round of rules and scored once: 31 of 52 with the rules
// before, 32 with the rules after. A second round, for questions a
// reviewer asked on the demo site ("How old was she?", "What is the
// inflation rate?", "What is the catch?"), gave 33; these questions were
// not read to write it, nor to write session 13's rules (34: a review's
// fixes to counting, "how many days" asks for a length of time).
func TestAnswersHeldOut2(t *testing.T) {
	right := answeredFirst(t, heldOutQuestions2)
	t.Logf("%d of %d second held-out questions answered by the first citation", right, len(heldOutQuestions2))
	if right < 34 {
		t.Errorf("%d of %d second held-out questions answered by the first citation, want at least 34", right, len(heldOutQuestions2))
	}
}

// answeredFirst asks each question of its demo article (English,
// French or Arabic) and counts those whose first citation holds the wanted phrase,
// logging the others.
func answeredFirst(t *testing.T, questions []struct{ title, question, want string }) int {
	t.Helper()
	en, _ := demoDocumentsIn(t, "en")
	fr, _ := demoDocumentsIn(t, "fr")
	ar, _ := demoDocumentsIn(t, "ar")
	docs := append(append(en, fr...), ar...)
	byTitle := func(prefix string) (Document, bool) {
		for _, d := range docs {
			if strings.HasPrefix(d.Title, prefix) {
				return d, true
			}
		}
		return Document{}, false
	}
	right := 0
	for _, q := range questions {
		doc, ok := byTitle(q.title)
		if !ok {
			t.Fatalf("no demo article %q", q.title)
		}
		cs := Answer(doc, q.question, 3)
		if len(cs) > 0 && strings.Contains(cs[0].Text, q.want) {
			right++
			continue
		}
		var got []string
		for _, c := range cs {
			got = append(got, c.Text)
		}
		t.Logf("%q: best citations %q lack %q", q.question, got, q.want)
	}
	return right
}

// heldOutQuestions are reader questions about thirteen demo articles (ten
// English, three French) not used in answerQuestions, written without
// reference to the answering code. Each want is a verbatim phrase that
// occurs exactly once in the article's body text (paragraphs, headings,
// list items, quotes and captions, as extraction gives them) and lies
// inside the one sentence that answers the question.
var heldOutQuestions = []struct {
	title, question, want string
}{
	{"Port Calder's Harbour Bridge shut", "What time was the bridge closed?", "at 03:40 local time"},
	{"Port Calder's Harbour Bridge shut", "How many vehicles cross it every day?", "about 52,000 vehicles a day"},
	{"Port Calder's Harbour Bridge shut", "How long until we know whether the bridge is safe?", "would take at least two weeks"},
	{"Port Calder's Harbour Bridge shut", "Are there extra ferries while it's shut?", "would double sailings between Quayside and Eastmoor"},

	{"Brandvold trims deficit", "What will the basic rate of income tax be?", "falls from 21 to 20 per cent"},
	{"Brandvold trims deficit", "How much will the higher bank levy bring in?", "raising an estimated 1.1 billion crowns"},
	{"Brandvold trims deficit", "Is fuel going to cost more?", "Fuel duty is frozen for a third year"},
	{"Brandvold trims deficit", "When does the Assembly vote on the budget?", "vote on the plans on December 10"},

	{"Almqvist heads Mariners", "How many fans were at Quayside Park?", "sell-out crowd of 21,350"},
	{"Almqvist heads Mariners", "How did the Mariners equalise?", "Brennan sent the keeper the wrong way"},
	{"Almqvist heads Mariners", "Who will the Mariners meet in the final?", "They will face Saint-Aubert FC or Lindhaven Town"},
	{"Almqvist heads Mariners", "Why was the other semi-final called off?", "left Lindhaven’s pitch under water"},

	{"Restaurant review: The Net Loft", "Who runs the kitchen?", "Chef Anouk Brenning"},
	{"Restaurant review: The Net Loft", "How much was the meal for two?", "Total before service: 185 crowns"},
	{"Restaurant review: The Net Loft", "What was wrong with the fish stew?", "generous but oddly timid"},
	{"Restaurant review: The Net Loft", "Is it open for lunch?", "Open Wednesday to Sunday, dinner only."},

	{"Agnes Thalberg", "What did Agnes Thalberg die of?", "the cause was heart failure"},
	{"Agnes Thalberg", "Where did she grow up?", "born in 1942 in Tornby"},
	{"Agnes Thalberg", "Where can I see her big mural?", "main hall of Velmont Central Station"},
	{"Agnes Thalberg", "Did she ever run the Academy?", "turned down the directorship of the Academy"},

	{"Explainer: why the northern lights", "What caused the northern lights?", "called a coronal mass ejection"},
	{"Explainer: why the northern lights", "How long did the solar cloud take to get here?", "It took about three days"},
	{"Explainer: why the northern lights", "Why did the sky look grey to me but colourful on my phone?", "Human eyes see colour poorly in the dark"},
	{"Explainer: why the northern lights", "What gives the aurora its red colour?", "the deep red comes from oxygen"},

	{"How one substation took down", "Why was only one transformer running?", "out for planned maintenance since November 16"},
	{"How one substation took down", "Was the blackout caused by hackers?", "no evidence of a cyber attack"},
	{"How one substation took down", "Why did it take nine hours to get the power back?", "Restoration was slowed by cold-load pickup"},
	{"How one substation took down", "How old is the Tolvern Road substation?", "substation built in 1978"},

	{"Brightwell Foods recalls", "How many jars are being recalled?", "about 180,000 jars of peanut butter"},
	{"Brightwell Foods recalls", "How do I know if my jar is affected?", "batch codes beginning with DM4"},
	{"Brightwell Foods recalls", "Has anyone got ill from it?", "three recent cases of salmonella illness"},
	{"Brightwell Foods recalls", "Do I need a receipt to get my money back?", "for a full refund without a receipt"},

	{"Review: The Long Corridor", "How many pages is the book?", "runs to 512 pages"},
	{"Review: The Long Corridor", "How much does the memoir cost?", "Halden & Rowe at 34 crowns"},
	{"Review: The Long Corridor", "How does she describe Anselm?", "cautious, numerate and quietly funny"},
	{"Review: The Long Corridor", "Where does the book fall short?", "falters is in its treatment of failure"},

	{"48 hours in Qasr al-Nur", "How far is it by plane from Velmont?", "a two-hour flight from Velmont"},
	{"48 hours in Qasr al-Nur", "How warm is it there in November?", "hovers around a gentle 22 degrees"},
	{"48 hours in Qasr al-Nur", "Do Ardenians need a visa?", "can obtain a visa on arrival"},
	{"48 hours in Qasr al-Nur", "Where can I get good coffee?", "End the afternoon at Qahwat al-Mina"},

	{"Tempête Elin", "Combien de maisons ont été évacuées ?", "Une soixantaine de maisons du front de mer"},
	{"Tempête Elin", "Où les habitants ont-ils passé la nuit ?", "ont passé la nuit au gymnase municipal"},
	{"Tempête Elin", "La digue est-elle ancienne ?", "Elle date de 1962."},
	{"Tempête Elin", "Qu'est-il arrivé à l'équipage du Marta Lise ?", "hélitreuillé les quatre marins"},

	{"Le Théâtre des Remparts", "Combien a coûté la rénovation ?", "34 millions de couronnes d’investissement"},
	{"Le Théâtre des Remparts", "Combien de spectateurs la salle peut-elle accueillir ?", "une salle de 620 places"},
	{"Le Théâtre des Remparts", "Pourquoi a-t-on gardé la colonne ?", "elle soutient le balcon depuis 1884"},
	{"Le Théâtre des Remparts", "Jusqu'à quand peut-on voir Marée de nuit ?", "à l’affiche jusqu’au 20 décembre"},

	{"À l'école des Tilleuls", "Combien de légumes la classe a-t-elle produits ?", "un peu plus de 40 kilos"},
	{"À l'école des Tilleuls", "Combien pesait la grosse courge ?", "Elle faisait sept kilos"},
	{"À l'école des Tilleuls", "Qu'a-t-on cuisiné avec la récolte ?", "une soupe de courge et de poireaux"},
	{"À l'école des Tilleuls", "D'autres écoles auront-elles un potager ?", "étendre le dispositif à trois autres écoles"},
}

// heldOutQuestions2 are a second held-out set of reader questions for the
// "ask about this article" feature, written blind to the answering code.
// Each entry names an article by a unique title prefix, a question a reader
// might type, and a short verbatim phrase that occurs exactly once in the
// article's text and that the answering sentence must contain. It covers
// ten English and three French articles, none of them used by the first
// held-out set, one article per story.
var heldOutQuestions2 = []struct {
	title, question, want string
}{
	// Economic analysis: Bank of Ardenia rate cut.
	{"A cut with a caveat", "Who voted against cutting the rate?", "alongside the external member Professor Aurel Mandeville"},
	{"A cut with a caveat", "What does the bank now expect growth to be in 2027?", "lowered to 1.3 per cent"},
	{"A cut with a caveat", "Did Haddad criticise Brandvold's budget?", "Haddad declined to criticise the budget"},
	{"A cut with a caveat", "When will the minutes be published?", "The minutes, due in a fortnight"},

	// Wire news: Veyra water treaty.
	{"Ardenia, Savara sign", "How long does the water treaty last?", "signed a 30-year treaty on Wednesday"},
	{"Ardenia, Savara sign", "What share of the river's water does Savara get?", "Savara is entitled to 42 percent"},
	{"Ardenia, Savara sign", "What happened to Savari farmers in the 2022 drought?", "lost about 30 percent of their harvest"},
	{"Ardenia, Savara sign", "Who pays for the irrigation fund?", "financed 60 percent by Ardenia"},

	// Analysis: nurses' strike.
	{"Beyond the picket lines", "How many nursing posts are vacant?", "about 7,800 unfilled nursing posts"},
	{"Beyond the picket lines", "How much did hospitals spend on agency staff last year?", "around 640 million crowns last year"},
	{"Beyond the picket lines", "What does the health economist make of the union's argument?", "not wrong, but not complete"},
	{"Beyond the picket lines", "Why is the government afraid of giving nurses 9 percent?", "invite similar claims from teachers and police officers"},

	// Technology feature: high-speed line.
	{"No signals, 5G in the tunnels", "Why doesn't the new line have signals by the track?", "a driver cannot reliably read a lineside signal"},
	{"No signals, 5G in the tunnels", "How long was the ticket app down?", "crashed for about 40 minutes"},
	{"No signals, 5G in the tunnels", "How many sensors are on each train?", "carries more than 2,000 sensors"},
	{"No signals, 5G in the tunnels", "Do you have to pay for wifi on the train?", "Onboard Wi-Fi is free"},

	// Local feature: shipyard order.
	{"\"The yard is back\"", "How many jobs will the ferry order bring?", "about 1,200 jobs over five years"},
	{"\"The yard is back\"", "When will the ferries be delivered?", "Deliveries run from 2029 to 2031"},
	{"\"The yard is back\"", "How many cars can each ferry take?", "carry 1,100 passengers and 180 cars"},
	{"\"The yard is back\"", "Who is Declan Moray?", "shop steward for the metalworkers' union"},

	// Wire news: confidence vote.
	{"Ardenia's Marsk survives", "What was the result of the vote?", "defeated by 78 votes to 76"},
	{"Ardenia's Marsk survives", "Why did the Agrarian League members abstain?", "better compensation for farmers who lost land"},
	{"Ardenia's Marsk survives", "How many votes did the opposition need to bring down the government?", "absolute majority of 81 votes"},
	{"Ardenia's Marsk survives", "What did Marsk offer the nurses?", "new money for staffing on the table"},

	// Local news: Sunday library opening.
	{"Council backs Sunday opening", "Which libraries will open on Sundays?", "Eastmoor Library and Northfield Library"},
	{"Council backs Sunday opening", "Who started the petition?", "started by sixth-former Lena Okwu"},
	{"Council backs Sunday opening", "Why did some councillors vote against it?", "should not cut the mobile library"},
	{"Council backs Sunday opening", "Will staff get paid extra for working Sundays?", "with time-and-a-half pay"},

	// Opinion column: self-checkouts.
	{"GAIL BRANNOCK", "How many self-checkouts were there in the shop?", "There were fourteen self-checkout machines"},
	{"GAIL BRANNOCK", "Who is Deniz?", "a lovely young man called Deniz"},
	{"GAIL BRANNOCK", "What does she think self-checkouts are really for?", "They are about wages"},
	{"GAIL BRANNOCK", "What is she going to do from now on?", "From today, I queue for the human"},

	// Farming news: livestock mart.
	{"Record heifer price", "How much did the heifer go for?", "sold for 14,200 crowns at Fellbridge"},
	{"Record heifer price", "What breed was the record heifer?", "red and white shorthorn named Harrow Marigold"},
	{"Record heifer price", "Why is feed so expensive this year?", "a wet summer cut hay and silage"},
	{"Record heifer price", "When is the next sale at Fellbridge?", "for breeding sheep, is on December 8"},

	// Weather forecast: cold snap after the storm.
	{"After Elin, the big chill", "How cold will it get on Sunday night?", "minus 5 to minus 7 likely"},
	{"After Elin, the big chill", "When will the rain finally clear?", "the last of Elin's rain will clear"},
	{"After Elin, the big chill", "Is it going to snow?", "There is no sign of snow"},
	{"After Elin, the big chill", "Where is the freezing fog expected?", "in the Tess, Ash and Orne valleys"},

	// French political news: Belrive language bill.
	{"Langue commune", "À partir de combien d'employés le français devient-il la langue de travail ?", "entreprises de 25 employés et plus"},
	{"Langue commune", "Combien de sièges a le Parti belrivois ?", "qui détient 41 des 70 sièges"},
	{"Langue commune", "Quelles amendes le nouvel Office pourra-t-il imposer ?", "amendes de 2 000 à 30 000 couronnes"},
	{"Langue commune", "Quand le projet de loi passera-t-il en commission ?", "étudié en commission parlementaire à partir de janvier"},

	// French international news: Osterland election.
	{"Osterland : Viktor Anselm", "Avec quel score Anselm a-t-il été réélu ?", "avec 54,2 % des suffrages"},
	{"Osterland : Viktor Anselm", "Combien de Belrivois travaillent en Osterland ?", "Environ 9 000 habitants de la province"},
	{"Osterland : Viktor Anselm", "Quand l'accord fiscal expire-t-il ?", "qui expire à la fin de l'année"},
	{"Osterland : Viktor Anselm", "Pourquoi Dagny Rausch juge-t-elle la campagne inéquitable ?", "couverture jugée partiale de la télévision publique"},

	// French science profile: sodium battery.
	{"Batterie au sodium", "Quel âge a Sophie Renaud ?", "Sophie Renaud, 33 ans"},
	{"Batterie au sodium", "Avec quoi l'anode est-elle fabriquée ?", "carbone dur obtenu en chauffant de la sciure"},
	{"Batterie au sodium", "La batterie marche-t-elle quand il fait très froid ?", "fonctionner encore à 80 % de ses capacités"},
	{"Batterie au sodium", "Combien d'argent a été levé pour la ligne pilote ?", "financement de 40 millions de couronnes"},
}
