package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// maxPhraseWords is the longest candidate phrase.
const maxPhraseWords = 3

// phraseCandidate gathers the occurrences of one candidate phrase.
type phraseCandidate struct {
	key      string
	words    []int       // word indices of the first occurrence
	tf       int         // occurrences
	inTitle  bool        // occurs in the title
	forms    []formCount // surface forms and their counts
	firstPos int         // sentence index of the first occurrence
	nWords   int
	letters  int // letters and digits in the first occurrence
	capitals int // occurrences whose content words are all capitalised
	// extended counts occurrences inside a longer capitalised name
	// ("Ministry of Foreign" in "Ministry of Foreign Affairs").
	extended int
	// nameLike counts occurrences of a multi-word phrase written as a name,
	// counting a capitalised first word of a sentence ("Port Calder ferme
	// le pont") that capitals does not.
	nameLike int
	// titleTF counts occurrences in the title.
	titleTF int
	// isolated, leftContent and rightContent count occurrences with no
	// content word joined on either side, one joined on the left, and one
	// joined on the right; runLogs sums the log length of the run of
	// joined content words each occurrence sits in (see kpOccurrence).
	isolated, leftContent, rightContent int
	runLogs                             float64
	// later holds the word spans of the occurrences after the first
	// (which is words), in text order; most candidates occur once.
	later [][2]int
	// container is the phrase shown instead of this single word, when the
	// word occurs mostly inside it (see absorbWords).
	container *phraseCandidate
	score     float64
}

// occurrence returns the first and last word of occurrence k (0 is the
// first), k < tf.
func (c *phraseCandidate) occurrence(k int) (int, int) {
	if k == 0 {
		return c.words[0], c.words[1]
	}
	return c.later[k-1][0], c.later[k-1][1]
}

// formCount is one written form of a candidate and its occurrences.
type formCount struct {
	form    string
	n       int
	opening int // occurrences that open a sentence with a capital
}

// surface returns the most frequent written form, preferring capitalised
// forms on ties so names keep their capitals. A capital that only opens a
// sentence counts half: "corrosion" in the text beats "Corrosion does not
// happen overnight".
func (c *phraseCandidate) surface() string {
	best, bestN := "", -1
	for _, f := range c.forms {
		if n := 2*f.n - f.opening; n > bestN || (n == bestN && f.form < best) {
			best, bestN = f.form, n
		}
	}
	return best
}

// addForm counts one occurrence written as form; opening says its capital
// may only be the sentence's.
func (c *phraseCandidate) addForm(form string, opening bool) {
	o := 0
	if opening {
		o = 1
	}
	for i := range c.forms {
		if c.forms[i].form == form {
			c.forms[i].n++
			c.forms[i].opening += o
			return
		}
	}
	c.forms = append(c.forms, formCount{form, 1, o})
}

// candidates lists the word n-grams (1 to 3 words) inside sentences that
// cross no punctuation, neither start nor end with a stop word, contain a
// letter or a year-like number, and have no one-letter word at an end.
func (a *docAnalysis) candidates() []*phraseCandidate {
	if a.cands != nil {
		return a.cands
	}
	// N-grams are keyed by their stems' numbers, so the string key is built
	// once per distinct candidate rather than once per occurrence.
	byIDs := make(map[[maxPhraseWords]int32]*phraseCandidate, len(a.words))
	order := make([]*phraseCandidate, 0, len(a.words))
	var kb strings.Builder
	for i := range a.words {
		if !a.validEdge(i) {
			continue
		}
		ids := [maxPhraseWords]int32{-1, -1, -1}
		for n := 1; n <= maxPhraseWords && i+n <= len(a.words); n++ {
			j := i + n - 1
			if n > 1 && (!a.words[j].joined || a.words[j].sent != a.words[i].sent) {
				break
			}
			ids[n-1] = a.words[j].id
			if !a.validEdge(j) {
				continue
			}
			if n == 1 && a.words[i].number && !kpIsYear(a.words[i].text) {
				continue
			}
			c := byIDs[ids]
			if c == nil {
				kb.Reset()
				for k := i; k <= j; k++ {
					if k > i {
						kb.WriteByte(' ')
					}
					kb.WriteString(a.words[k].key)
				}
				c = &phraseCandidate{key: kb.String(), words: []int{i, j}, firstPos: a.words[i].sent, nWords: n}
				for k := i; k <= j; k++ {
					c.letters += kpLetterCount(a.words[k].text)
				}
				byIDs[ids] = c
				order = append(order, c)
			}
			c.tf++
			if a.capitalised(i, j) {
				c.capitals++
				if a.nameContinues(i, j) {
					c.extended++
				}
			}
			if a.hasTitle && a.words[i].sent == 0 {
				c.inTitle = true
				c.titleTF++
			}
			if j > i && a.nameOccurrence(i, j) {
				c.nameLike++
			}
			a.kpOccurrence(c, i, j)
			if c.tf > 1 {
				c.later = append(c.later, [2]int{i, j})
			}
			c.addForm(a.surfaceOf(i, j), a.words[i].initial && !a.words[i].acronym && kpStartsUpper(a.words[i].text))
		}
	}
	a.cands = order
	a.wordTF = make(map[int32]int, len(order)/2)
	for _, c := range order {
		if c.nWords == 1 {
			a.wordTF[a.words[c.words[0]].id] = c.tf
		}
	}
	return order
}

// validEdge reports whether word i may start or end a candidate.
func (a *docAnalysis) validEdge(i int) bool {
	w := &a.words[i]
	if w.stop || len(w.key) < 2 {
		return false
	}
	if w.number {
		return kpIsYear(w.text)
	}
	// "47-year-old", "3D": words led by digits are measures, not topics.
	return w.text[0] < '0' || w.text[0] > '9'
}

// kpLetterCount counts the letters of w (digits and hyphens excluded); a
// year counts as four.
func kpLetterCount(w string) int {
	if kpIsYear(w) {
		return 4
	}
	n := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n
}

func kpIsYear(s string) bool {
	if len(s) != 4 || (s[0] != '1' && s[0] != '2') {
		return false
	}
	for i := 0; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// surfaceOf returns the written form of words i..j, dropping a trailing
// possessive ("Trump's" gives "Trump") and lower-casing a sentence-initial
// word that is not a name elsewhere.
func (a *docAnalysis) surfaceOf(i, j int) string {
	sent := a.sentences[a.words[i].sent]
	simple := true
	for k := i + 1; k <= j; k++ {
		if sent[a.words[k-1].end:a.words[k].start] != " " {
			simple = false
			break
		}
	}
	var s string
	if simple {
		s = sent[a.words[i].start:a.words[j].end] // no allocation
	} else {
		var b strings.Builder
		for k := i; k <= j; k++ {
			if k > i {
				b.WriteByte(' ')
			}
			b.WriteString(a.words[k].text)
		}
		s = b.String()
	}
	if a.shoutedCommon(i, j) {
		s = strings.ToLower(s) // "CUPBOARDS" in "CHECK YOUR CUPBOARDS:" is the word "cupboards"
	}
	return strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
}

// shoutedCommon reports whether words i..j are written in capitals that
// unmarkShoutedRuns found to be a kicker's, not an acronym's. A word the
// article also writes in capitals outside the kicker keeps them ("the NHS
// said"); so does a short one it never writes otherwise ("NHS STRIKE:"
// alone). "WAR IN GAZA:" shouts words the text writes "war" and "Gaza".
func (a *docAnalysis) shoutedCommon(i, j int) bool {
	a.noteCases()
	for k := i; k <= j; k++ {
		w := &a.words[k]
		if w.acronym || !kpIsAcronym(w.text) || a.acronyms[w.text] ||
			kpLetterCount(w.text) <= 4 && !a.cased[strings.ToLower(w.text)] {
			return false
		}
	}
	return true
}

// noteCases fills, once all words are read, the texts written as acronyms
// and the lower-cased forms of words written with small letters.
func (a *docAnalysis) noteCases() {
	if a.acronyms != nil {
		return
	}
	a.acronyms, a.cased = map[string]bool{}, map[string]bool{}
	for k := range a.words {
		switch w := &a.words[k]; {
		case w.acronym:
			a.acronyms[w.text] = true
		case !kpIsAcronym(w.text):
			a.cased[strings.ToLower(w.text)] = true
		}
	}
}

// capitalised reports whether every content word of words i..j is written
// with a capital (not merely because it starts a sentence) or as an acronym.
func (a *docAnalysis) capitalised(i, j int) bool {
	for k := i; k <= j; k++ {
		w := &a.words[k]
		if w.stop {
			continue
		}
		if !w.capital && !w.acronym {
			return false
		}
	}
	return true
}

// nameOccurrence reports whether words i..j read as a name: every content
// word capitalised or an acronym, where a sentence's first word counts when
// it starts upper case and a later word is a capitalised one.
func (a *docAnalysis) nameOccurrence(i, j int) bool {
	later := false
	for k := i; k <= j; k++ {
		w := &a.words[k]
		if w.stop {
			continue
		}
		switch {
		case w.capital || w.acronym:
			if k > i {
				later = true
			}
		case k == i && w.initial && kpStartsUpper(w.text):
		default:
			return false
		}
	}
	return later
}

// nameContinues reports whether the capitalised words i..j run on into a
// longer name: a capitalised word right before or after them, possibly
// across one connector ("Ministry of Foreign Affairs"). A title before a
// name ("Mayor Ines Okafor") does not make the name a fragment.
func (a *docAnalysis) nameContinues(i, j int) bool {
	isName := func(k int) bool {
		w := &a.words[k]
		// A sentence's first word counts when it is written as a name:
		// "Milton" in "Milton Keynes Council approved".
		return !w.stop && (w.capital || w.acronym || w.initial && kpStartsUpper(w.text)) && !tagTitleWords[text.Fold(w.text)]
	}
	if i > 0 && a.words[i].joined && a.words[i-1].sent == a.words[i].sent {
		if isName(i - 1) {
			return true
		}
		if kpNameConnectors[text.Fold(a.words[i-1].text)] && i > 1 && a.words[i-1].joined && a.words[i-2].sent == a.words[i].sent && isName(i-2) {
			return true
		}
	}
	k := j + 1
	if k < len(a.words) && a.words[k].joined && a.words[k].sent == a.words[j].sent {
		if isName(k) {
			return true
		}
		if kpNameConnectors[text.Fold(a.words[k].text)] && k+1 < len(a.words) && a.words[k+1].joined && a.words[k+1].sent == a.words[j].sent && isName(k+1) {
			return true
		}
	}
	return false
}

// kpNameConnectors are the small words found inside names ("Bank of
// England", "Banco de España"); other stop words end a name ("Khalilzad in
// Kabul").
var kpNameConnectors = map[string]bool{
	"of": true, "for": true, "de": true, "del": true, "du": true, "des": true, "la": true, "von": true,
	"van": true, "der": true, "al": true, "el": true, "bin": true, "ibn": true,
}

func kpStartsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}
