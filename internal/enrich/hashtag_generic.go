package enrich

import (
	"strings"

	"herald/internal/text"
)

// tagGenericWords are words too common in news to name a topic on their
// own ("#Official", "#Government"); corpus document frequencies demote
// them too, but hashtags must read well before a corpus exists. Keyed by
// language, then by stem.
var tagGenericWords = map[string]map[string]bool{
	"en": tagStemSet("en", `
official government president administration people country countries group state states nation national
international world year week month time day leader member members public political politics policy issue
plan talks meeting statement spokesman spokeswoman spokesperson source report news percent million billion
thousand company companies business minister ministry secretary authority authorities agency department
office officer police city town area region side part case matter way thing number lot point place man men
woman women child children family life home house work job problem question decision agreement deal move
step effort support service system program programme process level term change result plan future past
product products
strategy feature features design platform platforms performance quality technology industry investment investments
offering benefit benefits opportunity opportunities impact success challenge challenges task tasks action actions
combination concept review reviews session section topic topics thread threads attention community awareness
responsibility permission information estimate estimates evidence story stories attempt presentation efficiency
look favorite favourite thanks standard latest option options detail details feedback experience approach solution
solutions situation resolution
former major key new old big small large high low good bad great early late recent last next first second
third final senior chief top local foreign domestic federal global general special official diplomatic
economic military social financial private american british european western eastern northern southern
interview comment comments told press conference reporter reporters media article photo video image
dollar dollars euro euros pound pounds crown crowns yen yuan franc francs rupee rupees cent cents
two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty
ninety hundred dozen hour hours minute minutes second seconds metre metres meter meters kilometre kilometres
kilometer kilometers mile miles tsp tbsp teaspoon teaspoons tablespoon tablespoons cup cups oz ounce ounces
lb lbs gram grams kg ml litre litres liter liters inch inches foot feet pound
`),
	"fr": tagStemSet("fr", `principal prochain seul meilleur véritable éventuel actuel futur jeune vieux beau
bon mauvais long haut gros même autre certain nombreux quelque quelques
gouvernement président ministre ministère pays groupe état année semaine mois jour monde
personne personnes ville région politique projet question décision accord réunion déclaration rapport
source police entreprise société nouveau ancien premier dernier grand petit national international
million millions milliard milliards euro euros dollar dollars couronne couronnes franc francs
deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante cinquante soixante
cent cents mille heure heures minute minutes mètre mètres kilomètre kilomètres dit-il dit-elle`),
	"ar": tagStemSet("ar", `الحكومة حكومة الرئيس رئيس الوزير وزير البلد البلدين الدولة المدينة مدينة العام الأسبوع
الشهر اليوم المئة بالمئة مليون مليار الأول الأولى الثاني الثانية ثانية الثالث اثنان ثلاث ثلاثة أربع أربعة خمس
قال قالت يقول تقول أضاف أضافت الدكتور السيد المسؤول المسؤولين مرة المرة للمرة`),
	"es": tagStemSet("es", `gobierno presidente ministro país grupo estado año semana mes día mundo persona
personas ciudad región política proyecto cuestión decisión acuerdo reunión declaración informe fuente
policía empresa nuevo antiguo primero último grande pequeño nacional internacional`),
	"de": tagStemSet("de", `regierung präsident minister land gruppe staat jahr woche monat tag welt
menschen stadt region politik projekt frage entscheidung abkommen treffen erklärung bericht quelle polizei
unternehmen neu alt erste letzte groß klein national international`),
}

// tagNumberWords are the spelled-out numbers that end no topic phrase.
var tagNumberWords = map[string]map[string]bool{
	"en": tagStemSet("en", `one two three four five six seven eight nine ten eleven twelve twenty thirty forty
fifty sixty seventy eighty ninety hundred thousand`),
	"fr": tagStemSet("fr", `un une deux trois quatre cinq six sept huit neuf dix onze douze vingt trente quarante
cinquante soixante cent mille`),
	"ar": tagStemSet("ar", `اثنان اثنين اثنتان ثلاث ثلاثة أربع أربعة خمس خمسة ست ستة سبع سبعة ثمان ثماني
ثمانية تسع تسعة عشر عشرة عشرون عشرين مئة مائة ألف`),
}

// tagGenericForms are generic as written, lower-case, not by stem: "main"
// is generic, "Maine" is not, and "directive" is a topic where "direct" is
// none.
var tagGenericForms = wordSet(`clear direct outright underwater likely possible available full whole total
real main current further extra various certain similar different other same such own better best worse
worst minus plus degree degrees difference rose fell grew rise rises fall falls soared slumped jumped dropped
open goal event events importance audience mechanism comprehensive titles websites partnership organizations
organisations sports hurt`)

func tagStemSet(lang, list string) map[string]bool {
	words := strings.Fields(list)
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[text.Stem(lang, w)] = true
	}
	return m
}

// tagGeneric reports whether a candidate is a generic news word, or a
// phrase of nothing but generic words, currencies and function words
// ("billion crowns", "per cent"). A hyphenated word is generic when each
// of its parts is ("seventy-eight", "four-year-olds").
func (a *docAnalysis) tagGeneric(c *phraseCandidate) bool {
	generic := tagGenericWords[a.lang]
	if c.nWords == 1 && (generic[c.key] || a.lang == "en" && tagGenericForms[strings.ToLower(c.surface())]) {
		return true // the form most written decides: "directive" beside one "direct"
	}
	for k := c.words[0]; k <= c.words[1]; k++ {
		if w := &a.words[k]; !(c.nWords > 1 && w.stop) && !generic[w.key] && !a.genericParts(w.text, generic) &&
			!(a.lang == "en" && c.nWords > 1 && tagGenericForms[w.text]) {
			return false
		}
	}
	return true
}

// genericParts reports whether a hyphenated word is made of generic words
// only.
func (a *docAnalysis) genericParts(word string, generic map[string]bool) bool {
	parts := strings.FieldsFunc(word, isHyphen)
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if !generic[text.Stem(a.lang, strings.ToLower(p))] {
			return false
		}
	}
	return true
}

// isHyphen reports the hyphens that join compound words.
func isHyphen(r rune) bool { return r == '-' || r == '\u2010' || r == '\u2011' }
