package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// incidentalLeadSentences is how many opening sentences stand in for a
// missing title.
const incidentalLeadSentences = 3

// incidentalMinParagraphs is how many paragraphs a text needs before the
// spread of a word over them says anything: a feed summary is one.
const incidentalMinParagraphs = 4

// withoutIncidental drops common nouns that an article uses in passing,
// an example, a comparison or a description, and is not about: columns,
// reviews and explainers rank them well because no other article uses
// them ("#Banana", "#Bag", "#Colour"). A news article names its topic in
// the headline and returns to it; so a one-word topic written in lower
// case goes when
//
//   - it is missing from the title and all its mentions sit in one
//     paragraph (an aside: "#Oxygen" in one paragraph of an aurora
//     explainer), or
//   - it is a thing of everyday life (food, household objects, clothes,
//     colours, relatives, seasons: tagEverydayWords) that the title and
//     the first paragraph do not both name. A column's headline may play
//     with a banana its lead never mentions; a story about banana prices
//     names them in both, or
//   - it is among the 5,000 commonest English words (tagCommonWords:
//     "#Teachers") and the title does not name it (or, with no title, the
//     first paragraph), or among the first tagHeadlineRank of them
//     ("#Game", "#Market") wherever it is named; words that name a news
//     beat are kept (tagSubjectWords: "#Inflation").
//
// Names and phrases are kept, and so are all words of a text too short to
// show how they spread.
// The words, stems and sentences are an's, read from doc.
func withoutIncidental(topics []Keyphrase, doc Document, an *Analysis) []Keyphrase {
	type spread struct {
		title, lead bool // in the title, in the first paragraph
		opening     bool // in the first sentences (incidentalLeadSentences)
		paras, last int  // paragraphs it is in, the last of them
		mentions    int  // in the text
	}
	a := an.a
	nouns := map[string]*spread{} // by stem
	for _, t := range topics {
		if commonNoun(t.Text) {
			nouns[an.stem(t.Text)] = &spread{last: -1}
		}
	}
	para, paras, ok := a.sentenceParagraphs(doc.Text)
	if !ok {
		return topics
	}
	for _, w := range a.words {
		if a.hasTitle && w.sent == 0 && strings.Contains(w.text, "-") {
			// "French-language rules" names the language.
			for _, part := range strings.Split(strings.ToLower(w.text), "-") {
				if n := nouns[an.stem(part)]; n != nil {
					n.title = true
				}
			}
		}
		n := nouns[w.key]
		switch {
		case n == nil:
		case a.hasTitle && w.sent == 0:
			n.title = true
		default:
			p := para[w.sent]
			n.mentions++
			n.lead = n.lead || p == 0
			n.opening = n.opening || w.sent < a.bodyStart()+incidentalLeadSentences
			if n.last != p {
				n.paras, n.last = n.paras+1, p
			}
		}
	}
	lang := a.lang
	everyday := tagEverydayWords[lang]
	phrases := a.phraseSpread(topics, para, paras)
	out := topics[:0]
	for _, t := range topics {
		if ps, ok := phrases[t.Key]; ok && ps.thin(len(a.words)) {
			continue
		}
		key := an.stem(t.Text)
		if n := nouns[key]; n != nil && commonNoun(t.Text) {
			aside := !n.title && n.paras == 1 && paras >= incidentalMinParagraphs
			unled := everyday[key] && !(n.title && n.lead)
			thin := !n.title && !n.lead && n.mentions*1000 < thinTopicPerMille*len(a.words)
			lower := strings.ToLower(t.Text)
			rank, isCommon := tagCommonWords[lang][lower]
			// With no title, the opening sentences stand in for it: not the
			// whole first paragraph, which in a text given as one block
			// (a feed's summary, a wire copy without breaks) is all of it.
			named := n.title || !a.hasTitle && n.lead && n.opening
			common := isCommon && !tagSubjectWords[lang][lower] && (!named || rank < tagHeadlineRank)
			if aside || unled || thin || common {
				continue
			}
		}
		out = append(out, t)
	}
	return out
}

// thinTopicPerMille is how often per thousand words an article must name
// a one-word topic that neither its title nor its first paragraph names.
// On the Zyte set's real pages, words below the line and outside title
// and lead were right as tags one time in nine ("#Purchases",
// "#Guidance"); those above it, or in the lead, about two times in five.
const thinTopicPerMille = 10

// commonNoun reports a single word written in lower case: "bananas",
// "self-checkouts", not "Lumio" or "peanut butter".
func commonNoun(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsLower(r) && !strings.ContainsAny(w, " _")
}

// tagEverydayWords name the things of daily life that a column, a review
// or a travel piece describes on its way to its subject: food and drink,
// household objects, clothes, the body, colours, relatives, everyday kinds
// of people ("patients", "researchers"), pets and seasons. Keyed by
// language, then by stem.
var tagEverydayWords = map[string]map[string]bool{
	"en": tagStemSet("en", `
apple banana orange lemon lime grape strawberry cherry pear plum melon potato tomato carrot onion garlic
cabbage lettuce bean pea mushroom bread toast butter cheese milk cream yoghurt yogurt egg sugar salt flour
rice pasta noodle pizza burger sandwich soup salad sauce cake biscuit cookie chocolate sweets dessert
pudding crisps almond chestnut sausage bacon ham beef pork mussel oyster prawn eel horseradish herb spice
coffee tea juice lemonade cocoa snack meal breakfast lunch dinner supper menu
bag basket box bottle jar cup mug plate bowl spoon fork knife pot pan kettle flask bucket chair sofa couch
bed pillow blanket towel lamp light candle clock mirror door window curtain carpet rug shelf cupboard drawer
fridge freezer oven microwave toaster sink bath shower toilet soap toothbrush broom bin trolley umbrella
wallet purse key pen pencil envelope receipt coin telephone camera television radio laptop screen cable
charger plug torch ladder rope toy doll balloon float machine gadget thing stuff item
shirt shoe boot sock hat coat jacket dress skirt trousers jeans scarf glove pocket sweater jumper
hand eye face head hair arm leg foot feet finger nose mouth ear tooth teeth knee shoulder
colour color red green blue yellow black white grey gray brown pink purple shade glow smell taste
mother father mum mom dad son daughter brother sister grandmother grandfather grandma grandad granny
grandparent grandparents grandchild grandchildren grandson granddaughter husband wife aunt uncle cousin
baby friend neighbour neighbor dog cat puppy kitten pigeon
teenager teen child kid boy girl man woman patient witness resident passenger shopper customer visitor tourist
holidaymaker bridesmaid researcher scientist expert
spring summer autumn winter`),
	"fr": tagStemSet("fr", `
banane pomme orange citron raisin fraise cerise poire prune melon carotte tomate oignon ail chou
salade haricot champignon pain beurre fromage lait crème yaourt œuf oeuf sucre sel farine riz pâtes pizza
sandwich soupe sauce gâteau biscuit chocolat bonbon dessert saucisse jambon poulet porc agneau café thé
jus repas déjeuner dîner souper menu
sac panier boîte bouteille bocal tasse bol cuillère fourchette couteau casserole bouilloire seau chaise
canapé lit oreiller couverture serviette lampe bougie horloge miroir fenêtre rideau tapis étagère
placard tiroir frigo réfrigérateur four évier savon poubelle chariot parapluie portefeuille clé clef
stylo crayon enveloppe téléphone portable télévision télé ordinateur écran câble chargeur jouet ballon
machine appareil chose truc objet
chemise chaussure botte chaussette chapeau manteau veste robe jupe pantalon écharpe gant poche pull
main œil yeux visage tête cheveux bras jambe pied doigt nez bouche oreille dent genou épaule
couleur rouge vert bleu jaune noir blanc gris brun violet
mère père maman papa fils fille frère sœur soeur grand-mère grand-père grands-parents petit-fils
petite-fille petits-enfants mari tante oncle cousin bébé ami amie voisin chien chat oiseau
printemps automne hiver`),
}
