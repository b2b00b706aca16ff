package enrich

import (
	"regexp"
	"strings"
	"unicode"

	"herald/internal/text"
)

// What a question asks for, and whether a sentence holds it: a person, a
// date or a time, a number, a length of time, a price, a place, a reason.

// questionKind is what a question asks for.
type questionKind int

const (
	askAnything questionKind = iota
	askPerson
	askDate
	askNumber
	askPlace
	askReason
	askDuration
	askTime
	askPrice
	askAge
	askRate
	askCount
	askShare
	askLength
	askQuantity
	askScore
	askDistance
	askPower
)

func classifyQuestion(q string) questionKind {
	q = strings.Map(func(r rune) rune { // "rate?" is "rate"
		if strings.ContainsRune("?!.,;:؟¿()", r) {
			return ' '
		}
		return r
	}, q)
	q = " " + strings.ToLower(strings.Join(strings.Fields(q), " ")) + " "
	// The question words first; then what the question is about, for
	// "What is the inflation rate?" ("Why did the bank cut the rate?"
	// asks for a reason, not a rate).
	switch {
	case asksPrice(q):
		return askPrice
	case strings.Contains(q, " how long is ") || strings.Contains(q, " how long are ") ||
		strings.Contains(q, " how long was ") || strings.Contains(q, " how long were "):
		return askLength // "How long is the crack?", or the strike
	case strings.Contains(q, " how long ") || strings.Contains(q, " combien de temps "):
		return askDuration
	case strings.Contains(q, " how far "):
		return askDistance // "How far do the keys go down?", "How far behind is Labour?"
	case strings.Contains(q, " how powerful ") || strings.Contains(q, " how strong "):
		return askPower // "471 horsepower", "Category 4"
	case strings.Contains(q, " what time ") || strings.Contains(q, " quelle heure "):
		return askTime
	case strings.Contains(q, " how old ") || strings.Contains(q, " quel âge "):
		return askAge
	case strings.Contains(q, " how much of ") || strings.Contains(q, " what proportion ") || strings.Contains(q, " quelle part ") ||
		strings.Contains(q, " what share ") || strings.Contains(q, " what fraction "):
		return askShare
	case countsTime(q):
		return askDuration // "how many days", "combien de jours"
	case strings.Contains(q, " how many times ") || strings.Contains(q, " combien de fois "):
		return askNumber
	case strings.Contains(q, " how many ") || strings.Contains(q, " combien de ") || strings.Contains(q, " combien d'") ||
		strings.Contains(q, " combien d’"):
		return askCount
	case strings.Contains(q, " how much ") && !strings.Contains(q, " how much time "):
		return askQuantity // "How much meth did police find?"; prices were asked above
	case asksMeasure(q) ||
		strings.Contains(q, " what percentage ") || strings.Contains(q, " combien "):
		return askNumber
	case strings.Contains(q, " who ") || strings.Contains(q, " whom ") || strings.Contains(q, " whose ") || strings.Contains(q, " qui ") ||
		strings.HasPrefix(q, " من "):
		return askPerson
	case strings.Contains(q, " when ") || strings.Contains(q, " what year ") || strings.Contains(q, " what date ") ||
		strings.Contains(q, " what day ") || strings.Contains(q, " quand ") || strings.Contains(q, " متى "):
		return askDate
	case strings.Contains(q, " where ") || strings.Contains(q, " où ") || strings.Contains(q, " أين "):
		return askPlace
	case strings.Contains(q, " why ") || strings.Contains(q, " pourquoi ") || strings.Contains(q, " لماذا "):
		return askReason
	case strings.HasPrefix(q, " كم "):
		return askCount
	case strings.Contains(q, " rate ") || strings.Contains(q, " percentage ") || strings.Contains(q, " taux "):
		return askRate
	case strings.Contains(q, " score ") || strings.Contains(q, " scoreline "):
		return askScore
	case strings.Contains(q, " count ") || strings.Contains(q, " tally "):
		return askNumber
	}
	return askAnything
}

// asksMeasure reports "how long", "how far" and the like in the
// lower-cased, space-padded question q.
func asksMeasure(q string) bool {
	for w := range measureWords {
		if strings.Contains(q, " how "+w+" ") {
			return true
		}
	}
	return false
}

// measureWords follow "how" in a question asking for a number: "how
// long", "how far", "how old".
var measureWords = map[string]bool{
	"long": true, "far": true, "old": true, "big": true, "tall": true, "high": true, "deep": true,
	"large": true, "heavy": true, "often": true, "fast": true, "warm": true, "cold": true, "hot": true, "wide": true,
}

func isQuestionWord(w string) bool {
	switch strings.ToLower(w) {
	case "who", "whom", "whose", "what", "when", "where", "why", "how", "which", "many", "much",
		"qui", "quand", "où", "pourquoi", "comment", "combien", "quel", "quelle",
		"متى", "ماذا", "أين", "كم", "لماذا", "كيف", "هل", "أي", "ما", "من":
		return true
	}
	return false
}

// answerCues are the names of people and places in the document, for
// "who" and "where" questions, but for those the question names.
type answerCues struct {
	people, places []string
	// asked is set when the question names a person: then "said" is no
	// sign of the answer, which is someone else.
	asked bool
}

func newAnswerCues(a *analysis, question string) *answerCues {
	c := &answerCues{}
	for _, e := range a.entityList() {
		names := append([]string{e.Name}, e.Aliases...)
		if namedIn(question, names) {
			c.asked = c.asked || e.Type == Person
			continue // "Who did James Van Der Beek lose out to?" is not answered by Van Der Beek
		}
		switch e.Type {
		case Person:
			c.people = append(c.people, names...)
		case Place:
			c.places = append(c.places, names...)
		}
	}
	return c
}

// byForm reports a kind a sentence must show to answer at all (a number,
// a date, a time, a price, an age, a rate): one without it is demoted.
func byForm(kind questionKind) bool {
	switch kind {
	case askNumber, askCount, askShare, askLength, askDate, askDuration, askTime, askPrice, askAge, askRate, askQuantity, askDistance:
		return true // not askPower ("the most powerful storm since Ophelia" answers too) nor askScore (a credit score)
	}
	return false
}

func kindMatches(kind questionKind, s string, cues *answerCues) bool {
	switch kind {
	case askPerson:
		return containsAny(s, cues.people) || !cues.asked && (strings.Contains(s, " said") || strings.Contains(s, " told"))
	case askPlace:
		return containsAny(s, cues.places)
	case askDate:
		return hasDate(s)
	case askNumber:
		return hasNumber(s)
	case askCount:
		return hasCount(s)
	case askShare:
		return hasPercent(s) || hasFraction(s)
	case askLength:
		return hasDuration(s) || hyphenDuration.MatchString(s) || hasLength(s)
	case askDuration:
		return hasDuration(s) || hyphenDuration.MatchString(s) || untilDate.MatchString(s)
	case askQuantity:
		return hasQuantity(s)
	case askDistance:
		return hasLength(s) || hasPercent(s) // a gap in points: "Labour trails by 8 points"
	case askPower:
		return powerPattern.MatchString(s)
	case askScore:
		return hasScore(s)
	case askTime:
		return hasClockTime(s)
	case askPrice:
		return hasPrice(s)
	case askAge:
		return hasAge(s)
	case askRate:
		return hasPercent(s)
	case askReason:
		l := strings.ToLower(s)
		return strings.Contains(l, "because") || strings.Contains(l, " over ") || strings.Contains(l, "due to") ||
			strings.Contains(l, " after ") || strings.Contains(l, " since ") || strings.Contains(l, "parce que")
	}
	return false
}

// namedIn reports a question holding one of names (of three letters or
// more).
func namedIn(question string, names []string) bool {
	for _, n := range names {
		if len(n) >= 3 && strings.Contains(question, n) {
			return true
		}
	}
	return false
}

func containsAny(s string, names []string) bool {
	for _, n := range names {
		if n != "" && strings.Contains(s, n) {
			return true
		}
	}
	return false
}

func hasNumber(s string) bool {
	for _, r := range s {
		if unicode.IsDigit(r) {
			return true
		}
	}
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if numberWords[strings.Trim(w, ".,;:")] {
			return true
		}
	}
	return false
}

// hasDuration reports a length of time: a number, or "a", before a unit
// ("two weeks", "about three days", "a year", "48 heures").
func hasDuration(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		if !durationUnits[strings.Trim(w, ".,;:()")] {
			continue
		}
		for j := max(0, i-2); j < i; j++ {
			p := strings.Trim(words[j], ".,;:()")
			if p == "a" || p == "an" || p == "une" || p == "un" || hasNumber(p) {
				return true
			}
		}
	}
	return false
}

var durationUnits = map[string]bool{
	"second": true, "seconds": true, "minute": true, "minutes": true, "hour": true, "hours": true, "day": true, "days": true,
	"week": true, "weeks": true, "month": true, "months": true, "year": true, "years": true, "decade": true, "decades": true,
	"night": true, "nights": true, "seconde": true, "secondes": true, "heure": true, "heures": true, "jour": true, "jours": true,
	"semaine": true, "semaines": true, "mois": true, "an": true, "ans": true, "année": true, "années": true, "nuit": true, "nuits": true,
}

func hasDate(s string) bool {
	fields := strings.Fields(s)
	for i, w := range fields {
		w = strings.Trim(w, ".,;:()")
		if monthAbbreviations[strings.ToLower(w)] && i+1 < len(fields) && unicode.IsDigit(runeAt(fields[i+1], 0)) {
			return true // "Feb. 14", "Sept 3"
		}
		if isTimeWord(w) || frenchDateWords[strings.ToLower(w)] || isClockTime(w) || arabicDateWord(w) {
			return true
		}
		switch strings.ToLower(w) {
		case "yesterday", "today", "tomorrow", "tonight", "week", "month", "year", "morning", "evening", "afternoon", "night":
			return true
		}
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isAllDigits(w) {
			return true
		}
		if decade.MatchString(w) {
			return true // "in the mid-2020s"
		}
	}
	return false
}

// decade is a decade, maybe qualified: "1990s", "mid-2020s", "early-1980s".
var decade = regexp.MustCompile(`(?i)^(?:(?:early|mid|late)-)?(?:19|20)\d0s$`)

// monthAbbreviations shorten month names in dates ("Feb. 14"); alone,
// "Jan" is a name and "Mar" a word.
var monthAbbreviations = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec`)

// arabicDateWord reports an Arabic day, month or relative day, behind a
// clitic or not ("الأربعاء", "والأربعاء", "أمس").
func arabicDateWord(w string) bool {
	w = strings.Trim(w, "،؛.")
	for _, f := range arabicCliticForms(w) {
		if arabicDateWords[strings.TrimPrefix(f, "ال")] || arabicDateWords[f] {
			return true
		}
	}
	return false
}

var arabicDateWords = wordSet(`أحد احد اثنين إثنين ثلاثاء أربعاء اربعاء خميس جمعة سبت يناير فبراير مارس أبريل ابريل مايو يونيو
يوليو أغسطس اغسطس سبتمبر أكتوبر اكتوبر نوفمبر ديسمبر كانون شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين أمس
غدا غداً`)

// frenchDateWords are the days and months hasDate finds in French copy.
var frenchDateWords = map[string]bool{
	"lundi": true, "mardi": true, "mercredi": true, "jeudi": true, "vendredi": true, "samedi": true, "dimanche": true,
	"janvier": true, "février": true, "mars": true, "avril": true, "mai": true, "juin": true, "juillet": true, "août": true,
	"septembre": true, "octobre": true, "novembre": true, "décembre": true, "hier": true, "demain": true, "aujourd'hui": true,
}

// hasClockTime reports a time of day: "at 03:40", "shortly after
// midnight", "à 2 h du matin".
func hasClockTime(s string) bool {
	words := strings.Fields(strings.ToLower(s))
	for i, w := range words {
		w = strings.Trim(w, ".,;:()")
		switch {
		case isClockTime(w), w == "midnight", w == "noon", w == "minuit", w == "midi", w == "a.m", w == "p.m":
			return true
		case w == "h" && i > 0 && isAllDigits(strings.Trim(words[i-1], "(")):
			return true // "2 h du matin"
		}
	}
	return false
}

// isClockTime reports a time of day: "03:40", "9:30pm", "14h30", "2h".
func isClockTime(w string) bool {
	w = strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(w), "am"), "pm")
	for _, sep := range []string{":", "h"} {
		h, m, ok := strings.Cut(w, sep)
		if ok && len(h) >= 1 && len(h) <= 2 && isAllDigits(h) && (m == "" && sep == "h" || len(m) == 2 && isAllDigits(m)) {
			return true
		}
	}
	return false
}

// priceTerm stands for an amount of money among a sentence's matched
// words, so that "How much does the memoir cost?" finds "published by
// Halden & Rowe at 34 crowns", which shares no word with it.
const priceTerm = "\x00price"

// creditPrices counts an amount of money in a sentence as one more
// question word, rarer the fewer sentences name one.
func (m *questionMatch) creditPrices(sents []string) {
	for i, s := range sents {
		if hasPrice(s) {
			m.tfs[i][priceTerm] = 2
			m.df[priceTerm]++
		}
	}
}

// asksPrice reports a question about what something costs: "How much
// does it cost?", "How much was the meal?", "Combien a coûté …?"; not
// "Is fuel going to cost more?".
func asksPrice(q string) bool {
	words := strings.Fields(strings.ToLower(strings.Trim(q, "?؟ ")))
	if len(words) == 0 {
		return false
	}
	switch words[0] {
	case "how", "what", "what's", "which", "combien", "quel", "quelle", "quels", "quelles":
	default:
		return false
	}
	for i, w := range words {
		w = strings.Trim(w, ".,;:!?")
		if priceWords[w] {
			return true
		}
		if w == "much" && i > 0 && words[i-1] == "how" && i+1 < len(words) {
			switch words[i+1] {
			case "is", "was", "are", "were", "does", "did", "do", "will", "would", "has", "have":
				return true // "how much was", not "how much rain"
			}
		}
	}
	return false
}

// priceWords are about money only: not "charges" (a court's) or "pay"
// (a wage rise), which "how much" catches when they are.
var priceWords = map[string]bool{
	"cost": true, "costs": true, "costing": true, "price": true, "prices": true, "priced": true, "fee": true, "fees": true,
	"fare": true, "fares": true, "coûte": true, "coûté": true, "coûtent": true, "coûtera": true, "prix": true, "tarif": true,
}

// hasPrice reports an amount of money: a number next to a currency word
// or sign ("34 crowns", "€12", "1,290 couronnes").
func hasPrice(s string) bool {
	toks := text.Tokens(s)
	for i, t := range toks {
		if t.Kind != text.Number && !scaledAmount(t.Text) {
			continue
		}
		reach := i + 3
		if i+1 < len(toks) && scaleWords[strings.ToLower(toks[i+1].Text)] {
			reach++ // "88 billion Hong Kong dollars"
		}
		for j := max(0, i-1); j <= min(len(toks)-1, reach); j++ {
			if j != i && currencyWords[strings.ToLower(toks[j].Text)] {
				return true
			}
		}
	}
	return false
}

// scaledAmount reports a number written with its scale: "12.9bn", "5m",
// "3tn", "800k".
func scaledAmount(w string) bool {
	digits := strings.TrimRightFunc(w, unicode.IsLetter)
	if digits == "" || digits == w || strings.Trim(digits, "0123456789.,") != "" || !unicode.IsDigit(rune(digits[0])) {
		return false
	}
	switch strings.ToLower(w[len(digits):]) {
	case "k", "m", "mn", "bn", "b", "tn", "t":
		return true
	}
	return false
}

var scaleWords = wordSet(`thousand million billion trillion millions billions milliard milliards`)

var currencyWords = map[string]bool{
	"$": true, "€": true, "£": true, "¥": true, "crown": true, "crowns": true, "euro": true, "euros": true, "dollar": true,
	"dollars": true, "pound": true, "pounds": true, "franc": true, "francs": true, "couronne": true, "couronnes": true,
	"cents": true, "pence": true, "usd": true, "eur": true, "gbp": true, "dirham": true, "dirhams": true, "riyal": true, "riyals": true,
}

// agePattern finds an age or a year of building: "She was 84.", "Aas, 58,
// said", "aged 70", "a 47-year-old", "built in 1978", "à 84 ans"; not
// "begins at 10" or "was 62 percent".
var agePattern = regexp.MustCompile(`(?i)\b(?:was|is) \d{1,3}(?:[.,;]|$| years)|\baged? \d{1,3}\b|, \d{1,3},|\b\d{1,3}-year-old|\b\d{1,3} ans\b|\b(?:built|opened|founded|completed|date[sd]?|since) (?:in |de |from )?\d{4}\b`)

func hasAge(s string) bool { return agePattern.MatchString(s) }

// percentPattern finds a rate: "2.3 percent", "3,75 %", "4 per cent".
var percentPattern = regexp.MustCompile(`(?i)\d(?:[.,]\d+)? ?(?:%|percent\b|per cent\b|pour cent\b|points?\b)`)

func hasPercent(s string) bool { return percentPattern.MatchString(s) }

// countsTime reports "how many" or "combien de" before a unit of time in
// the lower-cased, space-padded question q.
func countsTime(q string) bool {
	for _, lead := range []string{" how many ", " combien de "} {
		if _, rest, ok := strings.Cut(q, lead); ok {
			next, _, _ := strings.Cut(rest, " ")
			return durationUnits[next]
		}
	}
	return false
}

// hasTwoNumbers reports a share given in numbers: "40 million crowns of
// the 120 million".
func hasTwoNumbers(s string) bool {
	n := 0
	for _, t := range text.Tokens(s) {
		if t.Kind == text.Number {
			n++
		}
	}
	return n >= 2
}

// hasLength reports a length: a number before a unit ("1.8 metres",
// "14 km", "410-kilometre").
func hasLength(s string) bool {
	toks := text.Tokens(s)
	for i, t := range toks {
		if (t.Kind == text.Number || numberWords[strings.ToLower(t.Text)]) && i+1 < len(toks) &&
			lengthUnits[strings.ToLower(strings.TrimPrefix(toks[i+1].Text, "-"))] {
			return true
		}
		if t.Kind == text.Word && strings.Contains(t.Text, "-") {
			n, unit, _ := strings.Cut(strings.ToLower(t.Text), "-")
			if isAllDigits(n) && lengthUnits[unit] {
				return true // "410-kilometre"
			}
		}
	}
	return false
}

var lengthUnits = wordSet(`mm cm m km metre metres meter meters kilometre kilometres kilometer kilometers mile miles
millimetre millimetres millimeter millimeters centimetre centimetres centimeter centimeters
foot feet inch inches yard yards mètre mètres kilomètre kilomètres centimètre centimètres millimètre millimètres`)

// hasFraction reports a share in words: "half", "a third", "les deux tiers".
func hasFraction(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return unicode.IsSpace(r) || r == '-' }) {
		switch strings.Trim(w, ".,;:()") {
		case "half", "third", "thirds", "quarter", "quarters", "fifth", "moitié", "tiers", "quart", "quarts":
			return true
		}
	}
	return false
}

// hasCount reports a number that can count things: not a year ("since
// 2004"), a time of day ("at 03:40"), a length of time ("two weeks") or a
// share ("42 per cent"), none of which answers "how many".
func hasCount(s string) bool {
	toks := text.Tokens(s)
	for i, t := range toks {
		w := strings.ToLower(t.Text)
		if t.Kind != text.Number && (!numberWords[w] || isMonth(w) && i+1 < len(toks) && toks[i+1].Text == ".") {
			continue // "Sept." is September, not sept
		}
		if isYear(toks, i) {
			continue
		}
		if i+1 < len(toks) {
			next := strings.ToLower(toks[i+1].Text)
			if next == ":" || next == "%" || next == "per" || next == "percent" || next == "pour" || next == "times" || next == "fois" || durationUnits[next] {
				continue
			}
		}
		if i > 0 && (toks[i-1].Text == ":" || strings.EqualFold(toks[i-1].Text, "per") || strings.EqualFold(toks[i-1].Text, "pour")) {
			continue
		}
		prev := i - 1
		if prev > 0 && toks[prev].Text == "." {
			prev-- // "Aug. 14"
		}
		if prev >= 0 && isMonth(toks[prev].Text) || i+1 < len(toks) && isMonth(toks[i+1].Text) {
			continue // "Aug. 14", "14 novembre": a day of the month
		}
		return true
	}
	return false
}

// isYear reports a token that reads as a year: four digits from 1900 to
// 2099 after "in", "since" and the like, or with no noun after it ("since
// 2004.", "in 2004 the"); "cut 2000 jobs" counts jobs.
func isYear(toks []text.Token, i int) bool {
	w := toks[i].Text
	if len(w) != 4 || !isAllDigits(w) || !strings.HasPrefix(w, "19") && !strings.HasPrefix(w, "20") {
		return false
	}
	if i > 0 {
		switch strings.ToLower(toks[i-1].Text) {
		case "in", "since", "from", "until", "by", "en", "depuis", "année", "year":
			return true
		}
	}
	return i+1 == len(toks) || toks[i+1].Kind != text.Word || !unicode.IsLower([]rune(toks[i+1].Text)[0])
}

// isMonth reports a month's name or its abbreviation, English or French.
func isMonth(w string) bool {
	w = strings.ToLower(strings.TrimSuffix(w, "."))
	if monthWords[w] {
		return true
	}
	return isTimeWord(w) && !strings.HasSuffix(w, "day")
}

var monthWords = wordSet(`jan feb mar apr jun jul aug sep sept oct nov dec janvier février mars avril mai juin juillet
août septembre octobre novembre décembre`)

// numberWords are numbers written out, in English and French; not "one",
// "un" or "une", which are mostly pronouns and articles.
var numberWords = wordSet(`two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen
sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred hundreds thousand
thousands million millions billion dozen dozens deux trois quatre cinq sept huit neuf dix onze douze treize
quatorze quinze seize vingt trente quarante cinquante soixante soixante-dix quatre-vingt quatre-vingts
quatre-vingt-dix cent cents mille milliard milliards dizaine dizaines douzaine centaine centaines soixantaine
vingtaine trentaine quarantaine cinquantaine moitié`)
