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
		w := arabicStripConj(t.text)
		switch {
		case arabicRoles[w] || arabicSpeechVerbs[t.text] || arabicSpeechVerbs[w]:
			// The words between the trigger and the name are scanned
			// again: "في الهيئة الوطنية للجسور" names a body too.
			if i, j := a.arabicPersonAfter(toks, k+1); j > i && i >= personEnd {
				a.addArabicMention(pi, i, j, votePerson)
				personStart, personEnd = i, j
			}
		case arabicPlaceHeads[arabicStripPrep(t.text)]:
			runMax := 2 // "مدينة بورت كالدر"
			if arabicNamedFeatures[arabicStripPrep(t.text)] {
				runMax = 1 // "جمهورية أوسترلاند", not "جمهورية أوسترلاند فيكتور أنسلم"
			}
			if i, j := a.arabicNameRun(toks, k+1, runMax); j > i && arabicBoundary(toks, j, t.sent) > 0 || j > i && runMax == 1 {
				if arabicNamedFeatures[arabicStripPrep(t.text)] {
					if arabicConstructPlaces[toks[i].text] && j < len(toks) && arabicDefiniteName(toks[j]) && toks[j].sent == t.sent {
						j++ // "قصر دار الضيافة"
					}
					a.addArabicMentionFrom(pi, k, j, votePlace, arabicStripPrep(t.text))
				} else {
					a.addArabicMention(pi, i, j, votePlace)
				}
				k = j - 1
			} else if arabicNamedFeatures[arabicStripPrep(t.text)] && k+1 < len(toks) && arabicDefiniteName(toks[k+1]) {
				a.addArabicMentionFrom(pi, k, k+2, votePlace, arabicStripPrep(t.text)) // "سهل الحمراء"
				k++
			}
		case arabicOrgHeads[arabicStripPrep(t.text)]:
			if j := a.arabicOrgEnd(toks, k+1, strings.HasPrefix(arabicStripPrep(t.text), "ال")); j > k+1 {
				a.addArabicMentionFrom(pi, k, j, voteOrg, arabicStripPrep(t.text))
				k = j - 1
			}
		}
	}
}

// arabicPersonAfter looks for a name of two or three words, within the
// next ten tokens of the sentence, followed by a boundary.
func (a *analysis) arabicPersonAfter(toks []token, k int) (int, int) {
	if k >= len(toks) {
		return 0, 0
	}
	sent := toks[k].sent
	// Several windows may pass ("سالدا يوهان" and "يوهان برانت" in "رئيس
	// بلدية ميناء سالدا يوهان برانت للصحفيين"): the best scores most.
	bi, bj, best := 0, 0, 0
	commas := 0
	for i := k; i < len(toks) && i < k+10 && toks[i].sent == sent && !toks[i].quoted; i++ {
		if !toks[i].word {
			// One comma may set the name apart: "مديرة المتحف، إليانور فاسبيرغ، أن".
			if (toks[i].text == "،" || toks[i].text == ",") && commas == 0 && i > k {
				commas++
				continue
			}
			break
		}
		if arabicClauseWords[toks[i].text] || i == k && arabicOrgHeads[toks[i].text] {
			// The name comes before the reported clause ("قالت الشركة
			// إنها ستضيف"), and a company that speaks is no person
			// ("وأعلنت شركة عبّارات ... مضاعفة رحلاتها").
			return bi, bj
		}
		if !a.arabicNameWord(toks[i].text, false) {
			continue
		}
		for _, n := range []int{3, 2} {
			j := i + n
			if j > len(toks) || !a.arabicPersonName(toks[i:j]) {
				continue
			}
			given := arabicGivenNames[toks[i].text]
			strength := arabicBoundary(toks, j, sent)
			if strength == 0 && !(n == 2 && given) {
				continue // "المزارع سالم الدباغ قرب ..." needs no boundary
			}
			score := strength
			if given {
				score += 8 // "جامعة فيلمونت كريم بنعيسى": not "فيلمونت كريم"
			}
			if a.arabicSpoken[toks[j-1].text] {
				score += 4 // the family name speaks alone elsewhere: "وقال برانت"
			}
			for _, t := range toks[i:j] {
				if strings.HasPrefix(t.text, "ب") || strings.HasPrefix(t.text, "ل") {
					score -= 2 // "ألدرسن بتوفير", "بولاية ثانية": more likely a complement than a name
				}
			}
			if score >= 2 && score > best {
				bi, bj, best = i, j, score
			}
		}
	}
	return bi, bj
}

// arabicPersonName reports a given name and a family name ("أوين
// كاستيلان", "نبيل الشامي": a family name takes the article only after a
// known Arabic given name), or three words joined by "بن", "أبو" or "عبد".
func (a *analysis) arabicPersonName(ws []token) bool {
	for _, t := range ws {
		if !t.word || t.quoted {
			return false
		}
	}
	first, last := ws[0].text, ws[len(ws)-1].text
	for _, t := range ws[1:] {
		if rest := strings.TrimPrefix(t.text, "و"); rest != t.text && utf8.RuneCountInString(rest) >= 3 {
			return false // "كوايسايد وإيستمور": two names joined by "and"
		}
	}
	for _, t := range ws {
		if arabicPronounSuffix(t.text) {
			return false // "رحلاتها", its trips
		}
	}
	switch len(ws) {
	case 2:
		if a.arabicNameWord(last, false) {
			return true
		}
		return arabicGivenNames[first] && a.arabicNameWord(last, true)
	case 3:
		// "محمد بن سلمان", "عبد الرحمن الزيدي"
		linked := arabicNameLinks[ws[1].text] || ws[0].text == "عبد" && strings.HasPrefix(ws[1].text, "ال")
		return linked && (a.arabicNameWord(last, false) || a.arabicNameWord(last, true))
	}
	return false
}

// arabicNameWord reports a word that may stand in a name: no article
// (unless family is set and it has one), no clitic before an article, no
// function word, number, role, speech verb or common noun, and never
// written with the article elsewhere in the article.
func (a *analysis) arabicNameWord(w string, family bool) bool {
	if utf8.RuneCountInString(w) < 2 || !tagIsArabic(w) {
		return false
	}
	if strings.HasPrefix(w, "ال") {
		rest := strings.TrimPrefix(w, "ال")
		return family && utf8.RuneCountInString(rest) >= 3 && !arabicCommon[w] && !text.IsStopWord("ar", w)
	}
	for _, p := range []string{"لل", "بال", "وال", "فال", "كال"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 3 {
			return false // "للصحفيين"; but "كالدر" is Calder
		}
	}
	if rest := strings.TrimPrefix(w, "و"); rest != w && text.IsStopWord("ar", rest) {
		return false // "ومن"
	}
	for _, p := range []string{"لأ", "لإ", "بأ", "بإ"} {
		if strings.HasPrefix(w, p) {
			return false // "لأبوين", to parents
		}
	}
	if strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون") {
		return false // "سافاريين": a plural adjective of origin
	}
	if strings.HasSuffix(w, "اً") || strings.HasSuffix(w, "ًا") || strings.HasSuffix(w, "ةً") {
		return false // "إضراباً": an indefinite accusative, which no name takes
	}
	return !text.IsStopWord("ar", w) && !arabicCommon[w] && !arabicRoles[w] && !arabicSpeechVerbs[w] &&
		!arabicPlaceHeads[w] && !arabicOrgHeads[w] && !arabicNameLinks[w] && !a.arabicDefinite[w]
}

// arabicBoundary grades what follows a name: 3 for the end of the
// sentence, punctuation, a preposition, "إن"/"أن", a relative pronoun or a
// word with "لل" ("للصحفيين"); 2 for a word with "ب" or "ل" attached,
// which opens a complement ("رونه ألدرسن بتوفير", "هيلينا مارسك بأنسلم")
// but also begins names ("برانت"); 0 for anything else.
func arabicBoundary(toks []token, j, sent int) int {
	if j >= len(toks) || toks[j].sent != sent || !toks[j].word {
		return 3
	}
	w := toks[j].text
	switch {
	case arabicBoundaryWords[w] || strings.HasPrefix(w, "لل") || strings.HasPrefix(w, "و") && arabicBoundaryWords[strings.TrimPrefix(w, "و")]:
		return 3
	case strings.HasPrefix(w, "ب") || strings.HasPrefix(w, "ل"):
		return 2
	}
	return 0
}

// arabicPronounSuffix reports a word ending in a possessive pronoun
// ("رحلاتها", "أرضه"), which no name does.
func arabicPronounSuffix(w string) bool {
	if utf8.RuneCountInString(w) < 5 {
		return false
	}
	for _, s := range []string{"ها", "هم", "هما", "هن", "كم", "اته"} {
		if strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
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
	return t.word && !t.quoted && strings.HasPrefix(t.text, "ال") && utf8.RuneCountInString(t.text) >= 5 && !arabicCommon[t.text]
}

// arabicOrgEnd returns the end of an institution's name opened by a head
// at k-1: up to three words with the article or "لل" ("الهيئة الوطنية
// للطرق", "نقابة الممرضين الأردينية"), or one or two name words ("شركة
// لوميو"). It returns k when nothing follows.
func (a *analysis) arabicOrgEnd(toks []token, k int, definiteHead bool) int {
	j := k
	if !definiteHead {
		// "جامعة فيلمونت", "شركة عبّارات ميناء كالدر"; not "شركة كالدر
		// لبناء السفن" whole, nor "جامعة فيلمونت كريم بنعيسى".
		for j < len(toks) && j < k+2 && toks[j].word && !toks[j].quoted && toks[j].sent == toks[k-1].sent &&
			a.arabicNameWord(toks[j].text, false) && !arabicGivenNames[toks[j].text] &&
			!strings.HasPrefix(toks[j].text, "ب") && !strings.HasPrefix(toks[j].text, "ل") &&
			!(j > k && j+1 < len(toks) && strings.HasPrefix(toks[j+1].text, "ال")) {
			j++ // but "بنك أردينيا سعر الفائدة": "سعر" heads a phrase of its own
		}
		if j > k {
			return j
		}
	}
	for j < len(toks) && j < k+3 && toks[j].word && !toks[j].quoted && toks[j].sent == toks[k-1].sent {
		w := toks[j].text
		definite := strings.HasPrefix(w, "ال") || strings.HasPrefix(w, "لل")
		if !definite || arabicBoundaryWords[w] || utf8.RuneCountInString(w) < 4 || arabicCommon[w] || text.IsStopWord("ar", w) {
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

// arabicStripConj drops a leading "و" or "ف" (and, so) from a verb or a
// role: "وقالت", "والرئيس" stays (the article follows).
func arabicStripConj(w string) string {
	for _, p := range []string{"و", "ف"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 3 && !strings.HasPrefix(rest, "ال") {
			return rest
		}
	}
	return w
}

// arabicStripPrep drops one clitic conjunction or preposition ("و", "ف",
// "ب", "ل", "ك") before a word of three letters or more: "بمدينة",
// "ومارسك", "لسافارا".
func arabicStripPrep(w string) string {
	for _, p := range []string{"و", "ف", "ب", "ل", "ك"} {
		if rest := strings.TrimPrefix(w, p); rest != w && utf8.RuneCountInString(rest) >= 3 {
			return rest
		}
	}
	return w
}

// noteArabicDefinites records every word the article writes with the
// article, without it: a word seen as "البلدية" is a common noun, not the
// start of a name. It also notes the words that follow a speech verb.
func (a *analysis) noteArabicDefinites() {
	a.arabicDefinite = map[string]bool{}
	a.arabicSpoken = map[string]bool{}
	for _, p := range a.paras {
		for k, t := range p.toks {
			if k > 0 && t.word && arabicSpeechVerbs[p.toks[k-1].text] {
				a.arabicSpoken[t.text] = true
			}
			for _, art := range []string{"ال", "لل", "بال", "وال", "فال", "كال"} {
				if rest := strings.TrimPrefix(t.text, art); rest != t.text && utf8.RuneCountInString(rest) >= 3 {
					a.arabicDefinite[rest] = true
					break
				}
			}
		}
	}
}
