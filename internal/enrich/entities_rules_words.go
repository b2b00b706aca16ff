package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// Word tests and word lists of the English and French name rules.
// nobleTitles open names with "of": "Duke of Edinburgh", "Earl of Wessex".
var nobleTitles = wordSet(`duke duchess earl countess count baron baroness marquess marquis viscount lord lady
prince princess king queen emperor empress archduke grand`)

// isInitial reports one capital letter and a full stop: "K.", "F.".
func isInitial(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return len(w) == size+1 && w[size] == '.' && unicode.IsUpper(r)
}

// nameHeadWord reports a word that opens or ends names of institutions,
// places, events and texts: "Bank of", "Kingdom of", "Charter of".
func nameHeadWord(w string) bool {
	return orgHeads[w] || orgSuffixes[w] || placeHeads[w] || placeSuffixes[w] || placeNouns[w] ||
		institutionHeads[w] || eventHeads[w] || textHeads[w] || textTails[w]
}

func ofTheHead(w string) bool {
	w = lower(w)
	return w != "state" && (orgHeads[w] || placeHeads[w] || institutionHeads[w]) // "State of the Union" is a speech
}

// ambiguousStreetNouns also mean a role, a market or a way: "la place de
// la France en Europe", "sur le chemin de la Russie".
var ambiguousStreetNouns = wordSet(`place marché chemin`)

// awardTails end a prize's name, not a body's: "Museum of the Year".
var awardTails = wordSet(`year month week day decade century season`)

// normaliseHyphenPrefixes makes "then-Congressman" a title and
// "al-Shaibani" a name part.
func normaliseHyphenPrefixes(toks []token) {
	for k := range toks {
		t := &toks[k]
		if !t.word || t.upper {
			continue
		}
		pre, rest, ok := strings.Cut(t.text, "-")
		if !ok || rest == "" || !unicode.IsUpper(runeAt(rest, 0)) {
			continue
		}
		switch pre {
		case "then", "ex", "former":
			t.text, t.start, t.upper = rest, t.start+len(pre)+1, true
		case "al", "el", "ad", "as", "ash", "at", "an", "ar", "az", "abu", "bin", "ibn":
			t.upper = true
		}
	}
}

func isNameWord(t token) bool {
	return t.word && t.upper && !strings.ContainsAny(t.text, "0123456789") && !spelledOut(t.text) && !ageWord(t.text)
}

// ageWord reports an age written out, capitalised only because it opens a
// sentence: "Fifty-seven-year-old Jose Serna", "Twenty-Year-Old".
func ageWord(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "-year-old") || strings.HasSuffix(w, "-years-old") || strings.HasSuffix(w, "-month-old")
}

// spelledOut reports a word spelled letter by letter ("B-A-N", "N-O"):
// emphasis or a typed search, not an acronym.
func spelledOut(w string) bool {
	parts := strings.Split(w, "-")
	if len(parts) < 2 {
		return false
	}
	for _, p := range parts {
		if utf8.RuneCountInString(p) != 1 {
			return false
		}
	}
	return true
}

func isTimeWord(s string) bool {
	switch strings.ToLower(s) {
	case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august",
		"september", "october", "november", "december", "christmas", "easter", "ramadan", "eid",
		"mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri":
		return true
	}
	return false
}

func isAllDigits(s string) bool {
	for _, r := range s {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// isAcronym is an all-capitals word of two or more letters ("ANC", "U.S.",
// "ISIS-K", "M23").
func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			letters++
		case unicode.IsDigit(r), r == '.', r == '-', r == '&':
		default:
			return false
		}
	}
	return letters >= 2 || (letters == 1 && utf8.RuneCountInString(s) >= 2 && strings.ContainsAny(s, "0123456789"))
}

func lower(s string) string { return strings.ToLower(s) }

// innerOrgHead reports an institution's head and "of" after the first
// word: a place's name opening an institution's ("Port Calder Institute
// of Technology", "Velmont University of the Arts").
func innerOrgHead(words []string) bool {
	for i := 1; i+1 < len(words); i++ {
		if orgHeads[lower(words[i])] && words[i+1] == "of" {
			return true
		}
	}
	return false
}

func containsOfHead(words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if (orgHeads[lower(words[i])] || orgSuffixes[lower(words[i])]) && words[i+1] == "of" ||
			bodyDomainHeads[lower(words[i])] && (words[i+1] == "for" || words[i+1] == "on") {
			return true
		}
	}
	return false
}

// joinName joins name words with spaces, keeping "&" tight enough to read.
func joinName(words []string) string {
	return strings.TrimSpace(strings.Join(words, " "))
}

func tokWords(toks []token) []string {
	w := make([]string, len(toks))
	for i, t := range toks {
		w[i] = t.text
	}
	return w
}

func isRoleWord(w string) bool {
	w = strings.TrimSuffix(w, ".")
	return isPersonTitle(w) || personTitles[w+"."] || lowerRoles[w] ||
		strings.HasSuffix(w, "s") && (lowerRoles[w[:len(w)-1]] || personTitles[w[:len(w)-1]])
}

// allCommonWords reports whether every word also occurs in lower case in
// the document ("Special Envoy", "Public Affairs").
func (a *analysis) allCommonWords(words []string) bool {
	for _, w := range words {
		if !a.vocab[lower(w)] {
			return false
		}
	}
	return true
}

// splitPlaceCompound counts "US-Afghan" as mentions of both places.
func (a *analysis) splitPlaceCompound(pi, k int) bool {
	t := a.paras[pi].toks[k]
	parts := strings.Split(t.text, "-")
	var places []place
	for _, p := range parts {
		pl, ok := placeIndex[placeKey(p)]
		if !ok {
			return false
		}
		places = append(places, pl)
	}
	for _, pl := range places {
		a.mentions = append(a.mentions, mention{para: pi, tok0: k, tok1: k + 1, start: t.start,
			surface: pl.name, form: pl.name, place: pl.name, demonym: true, quoted: t.quoted, cluster: -1,
			votes: [3]int{0, 0, 5}})
	}
	return true
}

func isPlaceName(s string) bool {
	_, ok := placeIndex[placeKey(s)]
	return ok
}

// eventHeads start names of events, which Herald does not keep as entities.
var eventHeads = wordSet(`storm hurricane typhoon cyclone tropical operation`)

// eventTails end names of competitions and events.
var eventTails = wordSet(`cup championship championships games festival olympics tournament trophy show relays
prize award awards summit conference`)

// placeCompound is a hyphenated name whose first part is how place names
// start: "Saint-Aubert", "Port-Lanval", "Sainte-Foy".
func placeCompound(w string) bool {
	head, rest, ok := strings.Cut(lower(w), "-")
	return ok && rest != "" && (placeHeads[head] || compoundPlaceHeads[head])
}

// compoundPlaceHeads begin hyphenated place names.
var compoundPlaceHeads = wordSet(`saint sainte st ste san santa são fort pont mont bourg villa ville`)

// isCamelCase is a word with a capital right after a lower-case letter:
// "NordGrid", "TechSignal", "iPhone" aside. A capital after a hyphen or an
// apostrophe starts a part of a compound name ("Saint-Aubert",
// "Osei-Lund", "O'Brien"), which places and people have as often.
func isCamelCase(w string) bool {
	for _, pre := range surnamePrefixes {
		if rest, ok := strings.CutPrefix(w, pre); ok && unicode.IsUpper(runeAt(rest, 0)) && !isCamelCase(rest) {
			return false // "McDonald", "DeSantis", "LeBron": a family's name, not a brand's
		}
	}
	prevLower := false
	for _, r := range w {
		if unicode.IsUpper(r) && prevLower {
			return true
		}
		prevLower = unicode.IsLower(r)
	}
	return false
}

// surnamePrefixes open names written with an inner capital.
var surnamePrefixes = []string{"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von", "O'", "O’"}

func runHasOf(toks []token) bool {
	for _, t := range toks {
		if t.text == "of" {
			return true
		}
	}
	return false
}

// isDateline reports an all-capitals word opening a paragraph before
// punctuation ("COMMUTER: ..."); real datelines ("VELMONT (Northwind) —")
// are read by parseDateline before names are looked for.
func (a *analysis) isDateline(pi, k int) bool {
	toks := a.paras[pi].toks
	if k != 0 || len(toks) < 2 {
		return false
	}
	switch toks[1].text {
	case "—", "–", "-", "(", ",", ":":
		return true
	}
	return false
}

// namesLanguage reports whether the demonym toks[k:j] names a language
// rather than a nationality. It must be one ("French", "German"); then:
//   - before a capitalised word it names the country ("French President
//     Emmanuel Macron");
//   - after "the", or after a copula in a sentence not about language, it
//     is the people ("the French have voted", "the winner is French");
//   - before a noun, possibly across a list of nationalities, it is an
//     adjective ("French officials", "French, British and American
//     warplanes"), unless the noun is about language ("French classes");
//   - standing alone it is the language ("speak French", "make French the
//     language of work", "in French and English").
func (a *analysis) namesLanguage(toks []token, k, j int) bool {
	if j-k != 1 || !languageDemonyms[lower(toks[k].text)] {
		return false
	}
	sent := toks[k].sent
	n := j // past "British and American" in "French, British and American warplanes"
	for n+1 < len(toks) && toks[n+1].sent == sent && (toks[n].text == "," || lower(toks[n].text) == "and" ||
		lower(toks[n].text) == "or") && toks[n+1].upper && isNationality(toks[n+1].text) {
		n += 2
	}
	next := ""
	if n < len(toks) && toks[n].sent == sent && toks[n].word {
		if toks[n].upper {
			return false // "French President Emmanuel Macron", "German Chancellor"
		}
		next = lower(toks[n].text)
	}
	switch {
	case languageNouns[next]:
		return true // "the French language", "French classes"
	case k > 0 && toks[k-1].sent == sent && lower(toks[k-1].text) == "the":
		return false // "the French have voted"
	case k > 0 && toks[k-1].sent == sent && copulas[lower(toks[k-1].text)]:
		// "the winner is French", but "her second language is Italian".
		for m := k - 2; m >= 0 && toks[m].sent == sent; m-- {
			if languageNouns[lower(toks[m].text)] {
				return true
			}
		}
		return false
	case languageRoleNouns[next] && a.usesLanguage(lower(toks[k].text)):
		return true // "train French teachers" in an article about French-language rules
	case next != "" && !text.IsStopWord(a.lang, next):
		return false
	}
	return true
}

// languageRoleNouns after a language name may mean the language or the
// country ("French teachers"): the language when the article speaks of
// it as one elsewhere.
var languageRoleNouns = wordSet(`teacher teachers tutor tutors teaching exam exams test tests literature
lesson lessons skills proficiency immersion`)

// usesLanguage reports whether the article names the language of demonym
// w as a language somewhere: "French-language rules", "French-speaking",
// "speak French", "work in French".
func (a *analysis) usesLanguage(w string) bool {
	if used, ok := a.languages[w]; ok {
		return used
	}
	if a.languages == nil {
		a.languages = map[string]bool{}
	}
	a.languages[w] = false // no recursion through namesLanguage below
	used := false
	for pi := 0; pi < len(a.paras) && !used; pi++ {
		toks := a.paras[pi].toks
		for k, t := range toks {
			if !t.word || !t.upper {
				continue
			}
			l := lower(t.text)
			if rest, ok := strings.CutPrefix(l, w+"-"); ok && languageNouns[rest] {
				used = true
				break
			}
			if l == w && a.namesLanguage(toks, k, k+1) {
				used = true
				break
			}
		}
	}
	a.languages[w] = used
	return used
}

// isNationality reports a demonym, known or shaped like one ("British",
// "Ardenian").
func isNationality(w string) bool {
	pl, ok := placeIndex[placeKey(w)]
	return ok && pl.demonym || languageDemonyms[lower(w)] || demonymShaped(lower(w))
}

// copulas before a nationality make it a predicate: "she is French".
var copulas = wordSet(`is are was were be been being become became remains`)

// languageDemonyms are demonyms that also name a language.
var languageDemonyms = wordSet(`english french german spanish italian portuguese russian chinese japanese
dutch greek turkish polish swedish danish norwegian finnish hungarian czech korean hebrew persian
vietnamese thai ukrainian romanian bulgarian serbian croatian`)

// languageNouns after a language name keep it a language ("French
// classes"); "French teachers" may teach in France, so roles are not here.
var languageNouns = wordSet(`language languages speaker speakers speaking class classes lesson lessons
course courses tongue translation translations subtitles spelling grammar`)

// isUnknownDemonym is a lone adjective of nationality the gazetteer does
// not know, used before a noun: "Ardenian nurses".
func isUnknownDemonym(toks []token, k int) bool {
	w := lower(toks[k].text)
	if isPlaceName(w) || !demonymShaped(w) {
		return false
	}
	if k+1 < len(toks) && toks[k+1].word && !toks[k+1].upper {
		return true
	}
	// "It works in Ardenian, English and French": a language among
	// languages.
	for _, n := range []int{k - 2, k - 1, k + 1, k + 2} {
		if n >= 0 && n < len(toks) && n != k && toks[n].sent == toks[k].sent && languageDemonyms[lower(toks[n].text)] {
			return true
		}
	}
	return false
}

func demonymShaped(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ic"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// civicHallHeads name the council whose hall it is: "City Hall".
var civicHallHeads = wordSet(`city town county village`)

// clubTails end a football club's name after its town's: "Lindhaven
// Town", "Velmont United", "Brenmoor Rovers".
var clubTails = wordSet(`town united city rovers athletic wanderers albion rangers county fc afc`)

// sportWords are how a match report speaks.
var sportWords = wordSet(`match semi-final quarter-final final fixture kick-off pitch striker midfielder
goalkeeper defender goal goals penalty half-time equaliser equalizer scored season league cup club fans
halftime rebounds assists inning innings touchdown touchdowns quarterback playoff playoffs pitcher wicket wickets`)

// reportsSport reports an article about a match: three of its words are
// sport's.
func (a *analysis) reportsSport() bool {
	if a.sports == 0 {
		a.sports = -1
		n := 0
		for w := range sportWords {
			if a.vocab[w] {
				n++
			}
		}
		if n >= 3 {
			a.sports = 1
		}
	}
	return a.sports > 0
}

// andNamesOneBody reports an "and" at toks[j] inside one body's name:
// the capitalised run after it ends in a body's head ("Securities and
// Exchange Commission", "Fish and Wildlife Service"), which two names
// joined by "and" do not.
func andNamesOneBody(toks []token, j int) bool {
	m := j + 1
	for m < len(toks) && isNameWord(toks[m]) && !toks[m].skip && toks[m].sent == toks[j].sent && !toks[m-1].poss {
		m++
	}
	return m > j+1 && andBodyTails[lower(toks[m-1].text)] && !toks[m-1].poss
}

// andBodyTails end the names of public bodies that join two domains with
// "and".
var andBodyTails = wordSet(`commission administration agency authority department board council committee
association institute bureau service services office ministry`)

// familyNameTails are family words that end a band's or a firm's name
// ("the Doobie Brothers", "Lehman Brothers"), not a role after one.
var familyNameTails = wordSet(`brothers sisters bros bros.`)

// newInName reports the capitalised "New" that opens a name: "New York
// City", "New Zealand", "the New York Times"; but not a sentence's "New
// rules" or "New Year", whose next word is a common one.
func (a *analysis) newInName(toks []token, k, j int) bool {
	if lower(toks[k].text) != "new" || k+1 >= j {
		return false
	}
	if _, ok := placeIndex[placeKey(toks[k].text+" "+toks[k+1].text)]; ok {
		return true
	}
	return !toks[k].sentStart && !a.vocab[lower(toks[k+1].text)]
}

// isOccupation reports a lower-case role word, plural too, or a compound
// of them: "auctioneer", "singer-guitarists".
func isOccupation(w string) bool {
	for _, part := range strings.Split(w, "-") {
		if !lowerRoles[part] && !(strings.HasSuffix(part, "s") && lowerRoles[part[:len(part)-1]]) {
			return false
		}
	}
	return w != ""
}

// bodyDomainHeads name bodies whose domain follows "for" or "on".
var bodyDomainHeads = wordSet(`institute institutes center centre centers centres office council committee commission
agency department foundation alliance coalition society association bureau fund`)

// possessiveInName reports a possessive that a name goes on after: the
// "People's" of "People's Liberation Army", "Children's" of "Children's
// Hospital", but not "Trump's Washington".
func possessiveInName(toks []token, j int) bool {
	return possessiveNameOwners[lower(toks[j-1].text)] && isNameWord(toks[j]) && toks[j].sent == toks[j-1].sent
}

// possessiveNameOwners open names with a possessive.
var possessiveNameOwners = wordSet(`people children women men veterans workers farmers st saint attorney sheriff coroner examiner marshal`)

// theInName reports a capitalised "The" inside a sentence before a
// single capitalised word: the title of a publication ("told The Hill",
// "according to The Wrap"), which without its article is a common word.
// After a colon "The" opens a clause ("Lynn is right: The Chargers
// needed to win").
func (a *analysis) theInName(toks []token, k, j int) bool {
	return toks[k].text == "The" && !toks[k].sentStart && !toks[k].quoted && j-k == 2 && !isPlaceName(toks[k+1].text) &&
		(k == 0 || toks[k-1].text != ":")
}

// royalTitles belong to the name they open when one given name follows:
// "Prince Andrew" and "Princess Anne" are how they are known, and
// "Andrew" alone is anyone. Kings, queens and popes are not: "King
// Charles III" and "King Charles" must stay one person, Charles III.
var royalTitles = wordSet(`prince princess`)

// isRomanNumeral reports a regnal number: "II", "XVI".
func isRomanNumeral(w string) bool {
	return w != "" && len(w) <= 5 && strings.Trim(w, "IVX") == ""
}

// stateAfterPlace returns the American state that the postal code at
// token k names when it follows a capitalised place and a comma ("Tampa,
// FL", "New York, NY"), else "". Alone, "IN", "OR" and "ME" are words.
func stateAfterPlace(toks []token, k int) string {
	if k < 2 || toks[k-1].text != "," || !toks[k-2].word || !toks[k-2].upper || toks[k-2].sent != toks[k].sent ||
		strings.ToUpper(toks[k-2].text) == toks[k-2].text || toks[k].text == "DC" && toks[k-2].text == "Washington" {
		return "" // "Tell ME, OK?"; "Washington, DC" is the city
	}
	return usStateCodes[toks[k].text]
}

// usStateCodes are the postal codes of the American states.
var usStateCodes = func() map[string]string {
	m := map[string]string{}
	for _, pair := range strings.Split(`AL Alabama,AK Alaska,AZ Arizona,AR Arkansas,CA California,CO Colorado,CT Connecticut,
DE Delaware,FL Florida,GA Georgia,HI Hawaii,ID Idaho,IL Illinois,IN Indiana,IA Iowa,KS Kansas,KY Kentucky,LA Louisiana,
ME Maine,MD Maryland,MA Massachusetts,MI Michigan,MN Minnesota,MS Mississippi,MO Missouri,MT Montana,NE Nebraska,
NV Nevada,NH New Hampshire,NJ New Jersey,NM New Mexico,NY New York,NC North Carolina,ND North Dakota,OH Ohio,OK Oklahoma,
OR Oregon,PA Pennsylvania,RI Rhode Island,SC South Carolina,SD South Dakota,TN Tennessee,TX Texas,UT Utah,VT Vermont,
VA Virginia,WA Washington,WV West Virginia,WI Wisconsin,WY Wyoming,DC District of Columbia`, ",") {
		code, name, _ := strings.Cut(strings.TrimSpace(pair), " ")
		m[code] = name
	}
	return m
}()

// isPersonTitle reports a title before a person's name, written whole or
// as a hyphenated compound of titles: "Inspector-General",
// "Attorney-General", "Director-General".
func isPersonTitle(w string) bool {
	if personTitles[w] {
		return true
	}
	first, rest, ok := strings.Cut(w, "-")
	return ok && personTitles[first] && (personTitles[rest] || rest == "general")
}
