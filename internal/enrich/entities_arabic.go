package enrich

import (
	"strings"
	"unicode/utf8"

	"herald/internal/text"
)

// Arabic has no capitals, so names are found where news copy announces
// them instead: after a role or a speech verb ("وقالت وزيرة الصحة كلارا
// أوسي-لوند للصحفيين"), after a place word ("في مدينة بورت كالدر"), or
// as an institution's name ("الهيئة الوطنية للطرق"). A person's name is
// taken only when a boundary follows it (a preposition, "إن", "أن",
// punctuation), so the role's own words ("رئيس بلدية ...") slide past.
// Precision comes first: a name missed is better than a word made a name.

// findArabicMentions adds the mentions of paragraph pi found by those
// cues; arabicRecurrences then counts the names' later short forms.
func (a *analysis) findArabicMentions(pi int) {
	toks := a.paras[pi].toks
	personStart, personEnd := 0, 0 // a role after a speech verb finds the same name again
	for k := 0; k < len(toks); k++ {
		t := toks[k]
		if !t.word || t.quoted || t.skip || k >= personStart && k < personEnd {
			continue
		}
		if n := a.arabicGazetteerAt(pi, k); n > 0 {
			k += n - 1 // "مصر", "والقاهرة", "الولايات المتحدة"
			continue
		}
		placeHead := arabicMatch(arabicPlaceHeads, t.text, arabicStripPrep)
		orgHead := arabicMatch(arabicOrgHeads, t.text, arabicStripPrep)
		switch {
		case arabicMatch(arabicRoles, t.text, arabicStripConj) != "" || arabicMatch(arabicSpeechVerbs, t.text, arabicStripConj) != "":
			// The words between the trigger and the name are scanned
			// again: "في الهيئة الوطنية للجسور" names a body too.
			if i, j := a.arabicPersonAfter(toks, k+1); j > i && i >= personEnd {
				a.addArabicMention(pi, i, j, votePerson)
				personStart, personEnd = i, j
			}
		case placeHead != "":
			if j := a.arabicPlaceAfter(pi, k, placeHead); j > k {
				k = j - 1
			}
		case orgHead != "":
			if j := a.arabicOrgEnd(toks, k+1, strings.HasPrefix(orgHead, "ال")); j > k+1 {
				a.addArabicMentionFrom(pi, k, j, voteOrg, orgHead)
				k = j - 1
			}
		}
	}
}

// findArabicAppositions adds the people news copy describes right after
// their name: an age ("سالم الدباغ، 61 عاماً،") or who they are ("سلمى
// الراشد، وهي ممرضة"). The name is the two or three words before the
// comma, and must read as a person's (see arabicPersonName).
func (a *analysis) findArabicAppositions(pi int) {
	toks := a.paras[pi].toks
	taken := func(i, j int) bool {
		for _, mi := range a.byParaSoFar(pi) {
			if m := &a.mentions[mi]; m.tok0 < j && i < m.tok1 {
				return true
			}
		}
		return false
	}
	for k := 2; k+1 < len(toks); k++ {
		if toks[k].text != "،" && toks[k].text != "," || !arabicAppositionAt(toks, k+1) {
			continue
		}
		for _, n := range []int{3, 2} {
			i := k - n
			if i < 0 || toks[i].sent != toks[k].sent || !a.arabicPersonName(toks[i:k]) || taken(i, k) {
				continue
			}
			if first := toks[i].text; strings.HasPrefix(first, "و") && !arabicGivenNames[first] {
				continue // "وخاض أنسلم، وهو ...": "and Anselm ran", a verb before the name
			}
			a.addArabicMention(pi, i, k, votePerson)
			break
		}
	}
}

// arabicAppositionAt reports what follows a person's name and a comma at
// k: "وهي"/"وهو" (who is), or an age ("61 عاماً").
func arabicAppositionAt(toks []token, k int) bool {
	switch w := toks[k].text; {
	case w == "وهي" || w == "وهو":
		return true
	case k+1 < len(toks) && isAllDigits(w) && strings.HasPrefix(toks[k+1].text, "عام"):
		return true
	}
	return false
}

// byParaSoFar lists the mentions of paragraph pi found so far (the index
// byPara is built only once all are found).
func (a *analysis) byParaSoFar(pi int) []int {
	var out []int
	for i := len(a.mentions) - 1; i >= 0 && a.mentions[i].para == pi; i-- {
		out = append(out, i)
	}
	return out
}

// arabicPlaceAfter adds the place a place word at k announces and returns
// the end of its name, or k. A named feature keeps its head ("مملكة
// سافارا", "سهل الحمراء"); a town or district drops it ("في مدينة بورت
// كالدر"), and its name must recur in the article ("مدينة ساحلية" is a
// coastal town, not a town called "ساحلية").
func (a *analysis) arabicPlaceAfter(pi, k int, head string) int {
	toks := a.paras[pi].toks
	sent := toks[k].sent
	if arabicNamedFeatures[head] {
		i, j := a.arabicNameRun(toks, k+1, 1) // "جمهورية أوسترلاند", not "... فيكتور أنسلم"
		switch {
		case j > i:
			if arabicConstructPlaces[toks[i].text] && j < len(toks) && arabicDefiniteName(toks[j]) && toks[j].sent == sent {
				j++ // "قصر دار الضيافة"
			}
		case k+1 < len(toks) && arabicDefiniteName(toks[k+1]) && toks[k+1].sent == sent:
			j = k + 2 // "سهل الحمراء"
		default:
			return k
		}
		a.addArabicMentionFrom(pi, k, j, votePlace, head)
		return j
	}
	i, j := a.arabicNameRun(toks, k+1, 2) // "مدينة بورت كالدر"
	if j == i || arabicBoundary(toks, j, sent) == 0 || a.arabicCounts[toks[i].text] < 2 {
		return k
	}
	a.addArabicMention(pi, i, j, votePlace)
	return j
}

// arabicGazetteerAt adds a gazetteer place written at token k, alone or
// with a clitic ("بمصر", "والقاهرة", "للقاهرة"), in one to three words,
// and returns how many tokens it took.
func (a *analysis) arabicGazetteerAt(pi, k int) int {
	toks := a.paras[pi].toks
	for n := 3; n >= 1; n-- {
		if k+n > len(toks) {
			continue
		}
		words := make([]string, 0, n)
		ok := true
		for _, t := range toks[k : k+n] {
			if !t.word || t.quoted || t.sent != toks[k].sent {
				ok = false
				break
			}
			words = append(words, t.text)
		}
		if !ok {
			continue
		}
		for _, first := range arabicCliticForms(words[0]) {
			words[0] = first
			name := joinName(words)
			// The Arabic name stays the entity's name; EntityKey maps it to
			// the gazetteer's ("place:egypt").
			if _, found := placeIndex[placeKey(name)]; found && text.HasArabic(name) {
				m := mention{para: pi, tok0: k, tok1: k + n, start: toks[k].start, surface: name, form: name, cluster: -1}
				m.votes[votePlace] += 5
				a.mentions = append(a.mentions, m)
				return n
			}
		}
	}
	return 0
}

// arabicNameRun returns the run of up to max name words starting at k.
func (a *analysis) arabicNameRun(toks []token, k, max int) (int, int) {
	j := k
	for j < len(toks) && j < k+max && toks[j].word && !toks[j].quoted && toks[j].sent == toks[k].sent && a.arabicNameWord(toks[j].text, false) {
		j++
	}
	return k, j
}

// arabicDefiniteName reports a word with the article that may name a
// feature after its head ("سهل الحمراء", "نهر النيل").
func arabicDefiniteName(t token) bool {
	return t.word && !t.quoted && strings.HasPrefix(t.text, "ال") && utf8.RuneCountInString(t.text) >= 5 && !arabicNonNames[t.text]
}

// arabicOrgEnd returns the end of an institution's name opened by a head
// at k-1: up to three words with the article or "لل" ("الهيئة الوطنية
// للطرق", "نقابة الممرضين الأردينية"), or one or two name words ("شركة
// لوميو"). It returns k when nothing follows.
func (a *analysis) arabicOrgEnd(toks []token, k int, definiteHead bool) int {
	j := k
	if !definiteHead {
		// "جامعة فيلمونت", "شركة عبّارات ميناء كالدر"; not "جامعة
		// فيلمونت كريم بنعيسى". What the body does may follow its name
		// (see arabicOrgComplement).
		for j < len(toks) && j < k+2 && toks[j].word && !toks[j].quoted && toks[j].sent == toks[k-1].sent &&
			a.arabicNameWord(toks[j].text, false) && !arabicGivenNames[toks[j].text] &&
			!strings.HasPrefix(toks[j].text, "ب") && !strings.HasPrefix(toks[j].text, "ل") &&
			!(j > k && j+1 < len(toks) && strings.HasPrefix(toks[j+1].text, "ال")) {
			j++ // but "بنك أردينيا سعر الفائدة": "سعر" heads a phrase of its own
		}
		// A name recurs in the article; "شركة ناشئة" (a start-up) and
		// "حزب معارض" (an opposition party) describe.
		if j > k && a.arabicCounts[toks[k].text] >= 2 {
			return arabicOrgComplement(toks, j)
		}
		j = k
	}
	for j < len(toks) && j < k+3 && toks[j].word && !toks[j].quoted && toks[j].sent == toks[k-1].sent {
		w := toks[j].text
		definite := strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "لل")
		if !definite || arabicBoundaryWords[w] || utf8.RuneCountInString(w) < 4 || arabicNonNames[w] || text.IsStopWord("ar", w) {
			break
		}
		// After "البنك" only its adjectives and "لل" complements follow
		// ("البنك المركزي", "الهيئة الوطنية للطرق"): "خفض البنك
		// الفائدة" is the bank and its object. An indefinite head takes
		// one noun first: "نقابة الممرضين الأردينية", "وزارة المالية".
		if (definiteHead || j > k) && !arabicNisba(w) && !strings.HasPrefix(w, "لل") {
			break
		}
		j++
	}
	return j
}

// arabicOrgComplement returns the end of what a body's name says it does
// after the name ending at j: "لـ" and a noun with its complement
// ("شركة كالدر لبناء السفن"), or a noun with "لل" ("بنك تارفا للتنمية"),
// then adjectives of relation ("... للتنمية الزراعية"). It returns j when
// none follows: "قالت شركة كالدر للصحفيين", "لرويترز", "لموظفيها".
func arabicOrgComplement(toks []token, j int) int {
	sent := toks[j-1].sent
	at := func(i int) string {
		if i >= len(toks) || !toks[i].word || toks[i].quoted || toks[i].sent != sent {
			return ""
		}
		return toks[i].text
	}
	w := at(j)
	rest, ok := strings.CutPrefix(w, "ل")
	switch {
	case !ok || utf8.RuneCountInString(rest) < 3 || arabicBoundaryWords[w] || arabicPronounSuffix(w) ||
		arabicOutlets[rest] || arabicOrgHeads[rest] || arabicRoles[rest] || arabicAudience[w]:
		return j
	case strings.HasPrefix(w, "لل"):
		j++
	case arabicOrgNoun(at(j + 1)):
		j += 2 // "لبناء السفن"
	default:
		return j
	}
	for n := 0; n < 2 && arabicOrgNoun(at(j)) && arabicNisba(at(j)); n++ {
		j++
	}
	return j
}

// arabicOrgNoun reports a noun with the article that may stand in a
// body's name: "السفن", "الزراعية"; not "اليوم", "الذي" or "الجمعة".
func arabicOrgNoun(w string) bool {
	return strings.HasPrefix(w, "ال") && utf8.RuneCountInString(w) >= 4 && !arabicBoundaryWords[w] &&
		!arabicNonNames[w] && !text.IsStopWord("ar", w) && !arabicPronounSuffix(w)
}

// arabicNisba reports an adjective of relation ("الوطنية", "المركزي").
func arabicNisba(w string) bool {
	return strings.HasSuffix(w, "ية") || strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون")
}

func (a *analysis) addArabicMention(pi, i, j, vote int) {
	a.addArabicMentionFrom(pi, i, j, vote, "")
}

// addArabicMentionFrom adds a mention of tokens i..j; head, when set,
// replaces the first token's text (its clitics stripped: "بمدينة").
func (a *analysis) addArabicMentionFrom(pi, i, j, vote int, head string) {
	toks := a.paras[pi].toks
	words := tokWords(toks[i:j])
	if head != "" {
		words[0] = head
	}
	surface := joinName(words)
	m := mention{para: pi, tok0: i, tok1: j, start: toks[i].start, surface: surface, form: surface, cluster: -1}
	m.votes[vote] += 4
	a.mentions = append(a.mentions, m)
}

// arabicRecurrences counts the later mentions of the names found: a
// person's family name alone ("قال مارسك", "ومارسك") and a place's or an
// institution's whole name, with a conjunction or preposition attached.
func (a *analysis) arabicRecurrences() {
	a.dropArabicOverlaps()
	found := len(a.mentions)
	names := map[string]int{} // single word -> vote
	for _, m := range a.mentions[:found] {
		words := strings.Fields(m.surface)
		switch {
		case m.votes[votePerson] > 0 && len(words) >= 2:
			// A family name with the article recurs alone after a given
			// name only: "الرحّال" for "يوسف الرحّال".
			if last := words[len(words)-1]; utf8.RuneCountInString(last) >= 3 && (!strings.HasPrefix(last, "ال") || arabicGivenNames[words[0]]) {
				names[last] = votePerson
			}
		case len(words) == 1:
			names[words[0]] = argmaxVote(m.votes)
		case len(words) == 2 && arabicNamedFeatures[words[0]] && m.votes[votePlace] > 0 && !strings.HasPrefix(words[1], "ال"):
			names[words[1]] = votePlace // "سافارا" after "مملكة سافارا"
		}
	}
	taken := map[[2]int]bool{}
	for _, m := range a.mentions[:found] {
		for k := m.tok0; k < m.tok1; k++ {
			taken[[2]int{m.para, k}] = true
		}
	}
	for pi := range a.paras {
		for k, t := range a.paras[pi].toks {
			if !t.word || t.quoted || t.skip || taken[[2]int{pi, k}] {
				continue
			}
			w := t.text
			vote, ok := names[w]
			if !ok {
				w = arabicStripPrep(t.text)
				vote, ok = names[w]
			}
			if !ok {
				continue
			}
			m := mention{para: pi, tok0: k, tok1: k + 1, start: t.start, surface: w, form: w, cluster: -1}
			m.votes[vote]++
			a.mentions = append(a.mentions, m)
		}
	}
}

// dropArabicOverlaps drops a person's name that opens with another
// person's family name: "مارسك تنجو" (Marsk survives) beside "هيلينا
// مارسك". The family name alone is counted again by arabicRecurrences.
func (a *analysis) dropArabicOverlaps() {
	family := map[string]bool{}
	for _, m := range a.mentions {
		if words := strings.Fields(m.surface); m.votes[votePerson] > 0 && len(words) >= 2 {
			family[words[len(words)-1]] = true
		}
	}
	kept := a.mentions[:0]
	for _, m := range a.mentions {
		if words := strings.Fields(m.surface); m.votes[votePerson] > 0 && len(words) == 2 && family[words[0]] {
			continue
		}
		kept = append(kept, m)
	}
	a.mentions = kept
}

func argmaxVote(v [3]int) int {
	best := 0
	for i := range v {
		if v[i] > v[best] {
			best = i
		}
	}
	return best
}
