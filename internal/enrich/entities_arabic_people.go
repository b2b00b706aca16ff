package enrich

import (
	"strings"
	"unicode/utf8"
)

// arabicPersonAfter looks for a name of two or three words, within the
// next ten tokens of the sentence, followed by a boundary.
func (a *analysis) arabicPersonAfter(toks []token, k int) (int, int) {
	if k >= len(toks) {
		return 0, 0
	}
	sent := toks[k].sent
	// Several windows may pass ("سالدا يوهان" and "يوهان برانت" in "رئيس
	// بلدية ميناء سالدا يوهان برانت للصحفيين"): the best scores most.
	var found []arabicWindow
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
			// إنها ستضيف", "وقال أحمد، وهو صاحب متجر"), and a company
			// that speaks is no person ("وأعلنت شركة عبّارات ...").
			break
		}
		if arabicMatch(arabicPlaceHeads, toks[i].text, arabicStripPrep) != "" {
			// "شاهد عيان من مدينة خان يونس": a place's name follows, not a
			// person's; "سفير مملكة سافارا لدى أردينيا مازن العبيدي" goes on.
			_, j := a.arabicNameRun(toks, i+1, 2)
			i = j - 1
			continue
		}
		prev := ""
		if i > k {
			prev = toks[i-1].text
		}
		if !a.arabicNameWord(toks[i].text, false) || arabicNameLinks[prev] ||
			toks[i].text == "عبد" && a.arabicNameWord(prev, false) && !arabicPronounSuffix(prev) {
			continue // "سلمان" in "محمد بن سلمان", "عبد" in "بدر عبد العاطي" open no name of their own
		}
		for _, n := range []int{4, 3, 2} {
			j := i + n
			if j > len(toks) || !a.arabicPersonName(toks[i:j]) {
				continue
			}
			given := arabicGivenNames[toks[i].text]
			strength := arabicBoundary(toks, j, sent)
			// "المزارع سالم الدباغ قرب ..." needs no boundary after a
			// given name that opens the name, but "محمد بن سلمان استقبل"
			// does not make "سلمان استقبل" one.
			opens := i == k || !arabicNameLinks[toks[i-1].text] && !a.arabicNameWord(toks[i-1].text, false)
			if strength == 0 && !(given && opens) {
				continue
			}
			score := strength
			if given {
				score += 8 // "جامعة فيلمونت كريم بنعيسى": not "فيلمونت كريم"
			}
			if a.arabicAfterSpeech[toks[j-1].text] {
				score += 4 // the family name speaks alone elsewhere: "وقال برانت"
			}
			found = append(found, arabicWindow{i, j, score})
		}
	}
	bi, bj, best := 0, 0, 0
	for _, w := range found {
		if w.score > best && (a.arabicAfterSpeech[toks[w.j-1].text] || arabicGivenNames[toks[w.i].text] || !complementAfterName(toks, w, found)) {
			bi, bj, best = w.i, w.j, w.score
		}
	}
	return bi, bj
}

// complementAfterName reports a window ending in a word with "ب" or "ل"
// attached right after another window that ends there: in "رونه ألدرسن
// بتوفير «...»" the name is "رونه ألدرسن" and "بتوفير" its complement,
// not "ألدرسن بتوفير". A known given name ("كريم بنعيسى") or a family
// name that speaks alone elsewhere ("وقال برانت") outweighs this.
func complementAfterName(toks []token, w arabicWindow, found []arabicWindow) bool {
	last := toks[w.j-1].text
	if !strings.HasPrefix(last, "ب") && !strings.HasPrefix(last, "ل") {
		return false
	}
	for _, o := range found {
		if o.j == w.j-1 {
			return true
		}
	}
	return false
}

// arabicWindow is a run of tokens [i, j) read as a person's name, scored.
type arabicWindow struct{ i, j, score int }

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
		// "نبيل الشامي"; but "باسم الحكومة" is "on behalf of the
		// government", whatever "باسم يوسف" is.
		return arabicGivenNames[first] && first != "باسم" && a.arabicNameWord(last, true)
	case 3:
		// "محمد بن سلمان", "عبد الرحمن الزيدي", "خالد عبد الغفار"
		linked := arabicNameLinks[ws[1].text] || ws[0].text == "عبد" && strings.HasPrefix(ws[1].text, "ال") || ws[1].text == "الدين" ||
			ws[1].text == "عبد" && strings.HasPrefix(last, "ال") && a.arabicNameWord(first, false)
		return linked && (a.arabicNameWord(last, false) || a.arabicNameWord(last, true) || ws[1].text == "عبد")
	case 4:
		// "محمد بن عبد الرحمن"
		return arabicNameLinks[ws[1].text] && ws[2].text == "عبد" && strings.HasPrefix(last, "ال") && a.arabicNameWord(first, false)
	}
	return false
}
