package enrich

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// topicWeights rank phrases for hashtags. They start from the keyphrase
// weights (tuned on 500N-KPCrowd, whose crowd keys are mostly single
// words) but let capitalised multi-word phrases compete at full weight,
// since "#HarbourBridge" names a topic where "#Harbour" and "#Bridge" do
// not.
var topicWeights = func() keyphraseWeights {
	w := defaultKeyphraseWeights
	w.Name = 1.2
	w.Phrase[2], w.Phrase[3] = 0.5, 0.4
	w.AbsorbCommon = true
	return w
}()

// TopicPhrases returns up to n phrases that make good hashtags: ranked like
// Keyphrases but favouring names, and leaving out dates (weekdays, months,
// years), generic news words ("official", "government") and, in English,
// lower-case verb forms and adverbs ("closed", "quickly"), which rank well
// as keywords but name no topic.
//
// Only English, French and Arabic have topics: Herald knows their
// function words, verb forms and clitics. Elsewhere the ranked words are
// inflected verbs, adverbs and whole unsegmented sentences ("#Призналась",
// "#Queremos", a line of Japanese), so names alone make the tags.
func (an *Analysis) TopicPhrases(stats CorpusStats, n int) []Keyphrase {
	a := an.a
	if n <= 0 || !topicLanguages[a.lang] {
		return nil
	}
	all := a.candidates()
	furniture := a.furnitureWords()
	var uses map[string]*wordUse
	if cues, ok := cuesFor(a.lang); ok {
		uses = a.wordUses(cues)
	}
	title := ""
	if a.hasTitle {
		title = a.sentences[0]
	}
	cands := make([]*phraseCandidate, 0, len(all))
	for _, c := range all {
		if furniture[c.words[0]] || uses != nil && notATopicWord(c, uses, a.lang, title) {
			continue
		}
		if a.topicWorthy(c) {
			cands = append(cands, c)
		}
	}
	topics := rankKeyphrases(a, cands, stats, n, topicWeights)
	if uses != nil {
		nounForms(topics, cands, uses)
	}
	a.arabicTopicForms(topics)
	return topics
}

// topicLanguages are the languages whose phrases can be topics.
var topicLanguages = map[string]bool{"en": true, "fr": true, "ar": true}

// nounForms shows each single-word topic in its topicSurface.
func nounForms(topics []Keyphrase, cands []*phraseCandidate, uses map[string]*wordUse) {
	byKey := make(map[string]*phraseCandidate, len(topics))
	for _, c := range cands {
		if c.nWords == 1 {
			byKey[c.key] = c
		}
	}
	for i := range topics {
		if c := byKey[topics[i].Key]; c != nil {
			topics[i].Text = topicSurface(c, uses)
		}
	}
}

// topicSurface is the written form of a topic: its most frequent, or of
// equally frequent forms of one word, one the article uses as a noun
// ("requirements", not the "require" of "could require changes"), else
// the longest, which is the noun more often than the verb ("French-language
// requirements" beside "require French").
func topicSurface(c *phraseCandidate, uses map[string]*wordUse) string {
	best := c.surface()
	noun := func(form string) bool {
		u := uses[strings.ToLower(form)]
		return u != nil && u.det+u.prep > 0
	}
	if c.nWords > 1 || len(c.forms) < 2 || noun(best) {
		return best
	}
	n := 0
	for _, f := range c.forms {
		if f.form == best {
			n = f.n
		}
	}
	longest := best
	for _, f := range c.forms {
		if f.n == n && noun(f.form) {
			return f.form
		}
		if f.n == n && len(f.form) > len(longest) {
			longest = f.form
		}
	}
	return longest
}

// furnitureWords marks the words of wire furniture: a dateline ("QASR
// AL-NUR, Nov 25 (Northwind) -") and credits ("(Reporting by ...)",
// "Photo: ..."), which name where and by whom a story was filed, not what
// it is about.
func (a *docAnalysis) furnitureWords() map[int]bool {
	marks := map[int]bool{}
	for si, s := range a.sentences {
		if si < a.bodyStart() {
			continue
		}
		from, to := len(s), 0
		if isCreditLine(s, si >= len(a.sentences)-2) {
			from = 0
		} else if cs := creditStart(s); cs >= 0 {
			from = cs
		}
		if d, ok := parseDateline(s); ok {
			to = d.end
		}
		if from == len(s) && to == 0 {
			continue
		}
		for i := a.sentWords[si][0]; i < a.sentWords[si][1]; i++ {
			if a.words[i].start < to || a.words[i].start >= from {
				marks[i] = true
			}
		}
	}
	return marks
}

// alwaysBeforeTitle reports a word that only ever opens a title
// ("Prime Minister", "Deputy Mayor"): nameContinues does not count a title
// word as the rest of a name, so the fragment test above misses it.
func (a *docAnalysis) alwaysBeforeTitle(c *phraseCandidate) bool {
	for _, o := range append([][2]int{{c.words[0], c.words[1]}}, c.later...) {
		k := o[1] + 1
		if k >= len(a.words) || !a.words[k].joined || a.words[k].sent != a.words[o[1]].sent ||
			!a.words[k].capital || !tagTitleWords[text.Fold(a.words[k].text)] {
			return false
		}
	}
	return true
}

// topicWorthy filters hashtag candidates.
func (a *docAnalysis) topicWorthy(c *phraseCandidate) bool {
	if a.tagGeneric(c) {
		return false
	}
	if c.capitals > 0 && c.extended == c.capitals && c.extended*2 >= c.tf {
		return false // always part of a longer name: a fragment
	}
	if c.nWords == 1 && a.alwaysBeforeTitle(c) {
		return false // "Prime" of "Prime Minister", which names no name
	}
	for k := c.words[0]; k <= c.words[1]; k++ {
		w := &a.words[k]
		if folded := withoutPossessive(text.Fold(w.text)); w.number || tagDateWords[folded] || c.nWords == 1 && tagTimesOfDay[folded] {
			return false
		}
		if a.joinsTwoNames(w.text) {
			return false // "the Velmont-Port Calder railway", "the US-China talks": a route or a pair, not a topic
		}
	}
	if c.nWords > 1 {
		if first := a.words[c.words[0]].text; tagTitleWords[text.Fold(first)] || a.lang == "ar" && slices.ContainsFunc(arabicCliticForms(first), func(f string) bool { return arabicRoles[f] }) {
			return false // "Mayor Ines Okafor", "الدكتور سمير": the name alone is the topic
		}
		if tagTitleWords[text.Fold(a.words[c.words[1]].text)] {
			return false // "Ardenian Prime" of "Ardenian Prime Minister": a fragment
		}
		// "Smooth and Crunchy", "First in Line", "franchi la digue": a
		// small word inside a tag joins two topics or makes a clause.
		// Names keep theirs ("Bank of Ardenia", "Théâtre des Remparts"),
		// and a recurring phrase its "of" ("cost of living").
		name, of := c.capitals*2 >= c.tf, false
		for k := c.words[0] + 1; k < c.words[1]; k++ {
			w := &a.words[k]
			if !w.stop {
				continue
			}
			f := text.Fold(w.text)
			if !(name && kpNameConnectors[f] || c.tf >= 2 && tagOfWords[f]) {
				return false
			}
			of = of || !name
		}
		if a.namedOwner(c) {
			return false // "Reyvik's bid", "Marsk's Civic Union": an owner and the thing owned
		}
		if last := &a.words[c.words[1]]; of && tagGenericWords[a.lang][last.key] {
			return false // "sud du pays": the complement is too general
		}
		if nums := tagNumberWords[a.lang]; (nums[a.words[c.words[0]].key] || nums[a.words[c.words[1]].key]) && c.capitals*2 < c.tf {
			return false // "امتناع أربعة", "أربعة نواب": a count is no part of a topic
		}
		// A run of words is a topic when it is a name or recurs
		// ("steel supports"); "released the stills" is neither.
		if c.capitals*2 < c.tf && c.tf < 2 {
			return false
		}
	}
	if c.nWords > 1 && c.capitals == 0 {
		for k := c.words[0]; k <= c.words[1]; k++ {
			if a.isAdverb(k) {
				return false // "entièrement restaurée", "largely unchanged": a description, not a topic
			}
		}
	}
	if a.lang == "fr" && a.ministersDomain(c) {
		return false // "le ministre des Finances de Belrive": a title, not a topic
	}
	if c.nWords == 1 && a.lang == "en" && a.passingGroup(c) {
		return false // "#Researchers", "#Prosecutors", "#Employees": the people in a story, not its topic
	}
	if c.nWords == 1 && a.lang == "en" && a.mostlyIdiom(c) {
		return false // "first in line", "at stake": no line, no stake
	}
	if c.nWords == 1 && a.lang == "ar" && a.arabicAdjective(a.words[c.words[0]].text) {
		return false // "الأرديني", "المركزي", "للسافاري", "الأردينية": an adjective of a topic, not one
	}
	if c.nWords == 1 && a.lang == "en" && contraction(a.words[c.words[0]].text) {
		return false // "There'll", "We're": a pronoun and a verb
	}
	if c.nWords == 1 && a.lang == "en" && c.capitals == 0 {
		for _, f := range c.forms {
			lw := strings.ToLower(f.form)
			if strings.HasSuffix(lw, "ed") || strings.HasSuffix(lw, "ly") {
				return false
			}
		}
	}
	return true
}

// passingGroup reports an English word for people by their role or
// group ("researchers", "prosecutors", "ambassador", "employees") that
// the headline does not name and the article does not dwell on: such
// people carry most stories ("researchers found", "prosecutors said") and
// are their topic only when the story is about them ("Nurses strike",
// teachers named twenty times at a teachers' rally).
func (a *docAnalysis) passingGroup(c *phraseCandidate) bool {
	w := strings.ToLower(a.words[c.words[0]].text)
	one := strings.TrimSuffix(w, "s")
	if !lowerRoles[w] && !lowerRoles[one] && !tagGroupNouns[w] && !tagGroupNouns[one] {
		return false
	}
	if c.tf >= tagGroupMentions {
		return false
	}
	if a.hasTitle {
		title := strings.ToLower(a.sentences[0])
		for _, f := range c.forms {
			if containsWords(title, f.form) {
				return false
			}
		}
	}
	return true
}

// tagGroupMentions is how often an article must name a group of people
// for them to be its topic when its headline does not.
const tagGroupMentions = 6

// tagGroupNouns name people by what they do or are, beside the roles of
// lowerRoles (singular forms).
var tagGroupNouns = wordSet(`employee investor researcher expert customer consumer voter lawmaker physician
prosecutor victim suspect shareholder subscriber fan user developer manufacturer provider buyer seller staff
team executive official scientist analyst demonstrator protester resident patient parent mechanic artist
worker owner participant attendee visitor viewer reader listener critic observer supporter opponent
people`)

// mostlyIdiom reports an English noun that the article uses mostly in a
// set phrase with a bare preposition ("first in line", "in place", "at
// stake", "on track"), where it names nothing.
func (a *docAnalysis) mostlyIdiom(c *phraseCandidate) bool {
	if !tagIdiomNouns[strings.ToLower(a.words[c.words[0]].text)] {
		return false
	}
	idioms := 0
	for k := range c.tf {
		i, _ := c.occurrence(k)
		if i == 0 || !a.words[i].joined || a.words[i-1].sent != a.words[i].sent {
			continue
		}
		switch strings.ToLower(a.words[i-1].text) {
		case "in", "on", "at":
			idioms++
		}
	}
	return 2*idioms > c.tf
}

// ministersDomain reports a French phrase always written as the domain
// of a minister's title: "(le ministre) des Finances de Belrive", "(la
// ministre) de la Santé".
func (a *docAnalysis) ministersDomain(c *phraseCandidate) bool {
	for k := range c.tf {
		i, _ := c.occurrence(k)
		j := i - 1
		for j >= 0 && j >= i-2 && tagDomainArticles[strings.ToLower(a.words[j].text)] {
			j--
		}
		if j == i-1 || j < 0 || a.words[j].sent != a.words[i].sent ||
			!strings.HasSuffix(strings.ToLower(a.words[j].text), "ministre") && !strings.HasSuffix(strings.ToLower(a.words[j].text), "ministres") {
			return false
		}
	}
	return true
}

var tagDomainArticles = wordSet(`des du aux au de la`)

// tagIdiomNouns follow a bare preposition in English set phrases.
var tagIdiomNouns = wordSet(`line place stake charge board touch risk time hand doubt force hold course track
question store sight mind favour favor order effect common turn part use sale`)

// isAdverb reports an adverb of manner: "-ly" in English, "-ment" in
// French (past a short stem: not "moment", "gouvernement" is long enough
// to be a noun, so French needs the adjective's feminine "-ement").
func (a *docAnalysis) isAdverb(k int) bool {
	w := strings.ToLower(a.words[k].text)
	switch a.lang {
	case "en":
		return strings.HasSuffix(w, "ly") && len(w) > 5 && !tagNounsInLy[w]
	case "fr":
		return strings.HasSuffix(w, "ement") && len(w) > 8 && !strings.HasSuffix(w, "nement") ||
			strings.HasSuffix(w, "amment") || strings.HasSuffix(w, "emment")
	}
	return false
}

// tagNounsInLy end in "-ly" but are no adverbs.
var tagNounsInLy = wordSet(`family assembly supply rally italy july anomaly monopoly ally bully belly jelly`)

// tagArabicAdjective reports a definite Arabic adjective of relation,
// "ال…ي" ("الأرديني", "المركزي", "العربي"); the few nouns of that form
// that make topics ("النادي", "الوادي", "القاضي") are kept.
func tagArabicAdjective(w string) bool {
	if !strings.HasPrefix(w, "ال") || !strings.HasSuffix(w, "ي") || utf8.RuneCountInString(w) < 6 {
		return false
	}
	switch w {
	case "النادي", "الوادي", "القاضي":
		return false
	}
	return true
}

// arabicAdjective reports an Arabic adjective of relation behind any
// clitic ("للسافاري"), or its feminine when the article names the place
// it comes from ("الأردينية" beside "أردينيا"); the feminine alone is
// also the ending of many nouns ("الجمعية", "الميزانية").
func (a *docAnalysis) arabicAdjective(w string) bool {
	for _, f := range arabicCliticForms(w) {
		if tagArabicAdjective(f) {
			return true
		}
		base, ok := strings.CutPrefix(f, "ال")
		if !ok {
			continue
		}
		if stem, ok := strings.CutSuffix(base, "ية"); ok && utf8.RuneCountInString(stem) >= 3 {
			for _, place := range []string{stem + "يا", stem + "ا"} {
				if _, named := a.lexicon[place]; named {
					return true
				}
			}
		}
	}
	return false
}

// joinsTwoNames reports a hyphenated word whose parts are both capitalised
// and both written on their own elsewhere in the article ("Velmont-Port"
// beside "Velmont" and "Port Calder"); "Saint-Aubert" and "Osei-Lund" are
// one name each.
func (a *docAnalysis) joinsTwoNames(w string) bool {
	left, right, ok := strings.Cut(w, "-")
	if !ok || left == "" || right == "" || !unicode.IsUpper(runeAt(left, 0)) || !unicode.IsUpper(runeAt(right, 0)) {
		return false
	}
	_, l := a.lexicon[left]
	_, r := a.lexicon[right]
	return l && r
}

// namedOwner reports a phrase that opens with a name's possessive, the
// name also standing on its own in the article ("Reyvik's bid" beside
// "Reyvik said"): a tag for the name and one for the thing, not both in
// one. "St Patrick's Day" and "women's rights" stay whole.
func (a *docAnalysis) namedOwner(c *phraseCandidate) bool {
	for k := c.words[0]; k < c.words[1]; k++ {
		w := &a.words[k]
		if !strings.HasSuffix(w.text, "'s") && !strings.HasSuffix(w.text, "’s") {
			continue
		}
		r, _ := utf8.DecodeRuneInString(w.text)
		return unicode.IsUpper(r) && a.wordTF[w.id] > c.tf
	}
	return false
}

// tagOfWords join a head noun to its complement: "cost of living", "taux
// de chômage", "réforme des retraites".
var tagOfWords = wordSet(`of de des du d' d’`)

// tagTitleWords are titles and roles written before names.
var tagTitleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
mr mrs ms dr sir lord lady mayor president minister chancellor senator sen rep governor gov king queen
prince princess pope general gen sgt colonel col captain capt officer chief councillor councilman judge
justice secretary ambassador envoy spokesman spokeswoman spokesperson professor prof coach director
chairman chairwoman premier prime deputy former opposition m mme monsieur madame president presidente
ministre señor senor sra herr frau`) {
		m[w] = true
	}
	return m
}()

// tagTimesOfDay are no topic on their own ("#Overnight", "#Aprèsmidi"),
// but may open one ("Nuit debout").
var tagTimesOfDay = wordSet(`morning afternoon evening overnight night matin apres-midi soir soiree nuit`)

// tagDateWords are weekday and month names (folded) in the languages with
// stop lists; a date is never a topic.
var tagDateWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december lundi mardi mercredi jeudi vendredi samedi dimanche janvier
fevrier mars avril mai juin juillet aout septembre octobre novembre decembre lunes martes miercoles jueves
viernes sabado domingo enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre
noviembre diciembre montag dienstag mittwoch donnerstag freitag samstag sonntag januar februar marz
juni juli oktober dezember today yesterday tomorrow tonight week weekend month year hier demain
aujourd'hui lendemain veille semaine mois annee الاحد الاثنين الثلاثاء الاربعاء الخميس الجمعة السبت يناير
فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر`) {
		m[w] = true
	}
	return m
}()

// withoutPossessive drops a possessive ending: "thursday's" is a date.
func withoutPossessive(s string) string {
	for _, p := range []string{"'s", "’s"} {
		if t, ok := strings.CutSuffix(s, p); ok {
			return t
		}
	}
	return s
}

// contraction reports an English word with a verb's ending after an
// apostrophe: "there'll", "we're", "they've", "can't".
func contraction(w string) bool {
	if !strings.ContainsAny(w, "'’") {
		return false
	}
	w = strings.ToLower(strings.ReplaceAll(w, "’", "'"))
	for _, end := range []string{"'ll", "'re", "'ve", "'d", "'m", "n't"} {
		if strings.HasSuffix(w, end) {
			return true
		}
	}
	return false
}
