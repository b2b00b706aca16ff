package enrich

import (
	"context"
	"math"
	"slices"
	"strings"

	"herald/internal/text"
)

// Citation is one sentence of the article offered in support of an answer.
type Citation struct {
	Sentence int     `json:"sentence"` // index into ArticleSentences(doc)
	Text     string  `json:"text"`     // the sentence, verbatim
	Score    float64 `json:"score"`    // relevance; 0 when cited by the LLM
	// Speaker is who speaks in a quotation cited for "Who is quoted?"
	// when the sentence does not name them ("These are not hairline
	// cracks," she said).
	Speaker string `json:"speaker,omitempty"`
}

// Answered is the reply to a question about an article.
type Answered struct {
	// Answer is the LLM's short answer; empty for the offline method, whose
	// answer is the cited sentences themselves.
	Answer    string     `json:"answer,omitempty"`
	Citations []Citation `json:"citations"`
	Source    string     `json:"source"` // "llm" or "extractive"
}

// ArticleSentences is the body split into sentences; citation indices
// refer to this list. The first loses a wire dateline ("VELMONT, Nov 26
// (Northwind) - "), which answers nothing, as key points do.
func ArticleSentences(doc Document) []string {
	body := doc.Text
	if len(body) > maxAnalyzedBytes {
		body = strings.ToValidUTF8(body[:maxAnalyzedBytes], "")
	}
	sents := text.Sentences(body)
	if len(sents) > 0 {
		sents[0] = trimDateline(sents[0])
	}
	return sents
}

// Ask answers a question about doc: with the LLM in opts when there is one
// and it returns an answer citing real sentences, otherwise (or on any
// failure) with the offline Answer.
func Ask(ctx context.Context, doc Document, question string, n int, opts Options) Answered {
	sents := ArticleSentences(doc)
	if opts.LLM != nil && len(sents) > 0 {
		ans, idx, err := opts.LLM.Answer(ctx, question, sents)
		if err == nil {
			out := Answered{Answer: ans, Source: "llm"}
			for _, i := range idx {
				if i >= 0 && i < len(sents) {
					out.Citations = append(out.Citations, Citation{Sentence: i, Text: sents[i]})
				}
			}
			if len(out.Citations) > 0 {
				return out
			}
		}
		opts.logger().DebugContext(ctx, "llm answer failed; using offline answer", "err", err)
	}
	return Answered{Citations: answerFrom(doc, sents, question, n), Source: "extractive"}
}

// Answer returns up to n sentences of doc that best answer question, best
// first. Sentences are ranked by BM25 over stemmed content words (a
// word's relative, "boss" for "chief", half a match; the noun asked
// about, "Which agency …?", weighted up), counting also the question's
// words in a sentence's context: its section's heading, the sentence before when it opens with a pronoun, and an amount
// of money for "how much does it cost". A sentence that only echoes part
// of the question hands its score to the next, which gives the answer.
// Scores are boosted when a sentence holds what the question asks for (a
// person for "who", a date for "when", a time for "what time", a count
// that is no year for "how many", an amount with a unit for "how much"
// of a thing, a length of time for "how long" ("a 24-hour trip", "until
// October 31st"), a score ("lost 24-17") for "what was the score", a
// place for "where", a name ending in the noun asked about for "which";
// never a person the question itself names, for "who")
// and demoted when a question for a date, time or number finds none (the
// question's own numbers do not count: "Tern 2"). A demand answers "what
// do they want", what a thing covers "which products are recalled", the
// value something was changed to "what is the new rate"; a cause not yet
// known does not answer "what caused". A question about the
// quotations ("Who is quoted?", "Qui s'exprime ?") is answered by one
// quotation per speaker, the sentence that names them. A heading is never
// cited, nor a table's row for "why"; when no sentence shares a word
// with the question, the sentences holding what it asks for answer it,
// and an age or a score answers after the sentences that share words and
// hold one. "What
// does HP stand for?" is answered by the words that spell it out. It never writes text:
// every citation is a sentence of the article.
func Answer(doc Document, question string, n int) []Citation {
	return answerFrom(doc, ArticleSentences(doc), question, n)
}

func answerFrom(doc Document, sents []string, question string, n int) []Citation {
	if n <= 0 || len(sents) == 0 {
		return nil
	}
	lang := doc.lang()
	query := map[string]bool{}
	prev := ""
	for _, t := range text.Tokens(question) {
		word := strings.ToLower(t.Text)
		measure := prev == "how" && measureWords[word] // "how long" asks for a number, not for "long"
		prev = word
		if t.Kind == text.Punct || measure || text.IsStopWord(lang, t.Text) || isQuestionWord(t.Text) {
			continue
		}
		query[answerStem(lang, t.Text)] = true
	}
	// The entity and quotation analysis costs more than the rest of an
	// answer; only "who" and "where" questions, questions naming someone
	// and questions about the quotations need it, and they share one.
	var full *analysis
	entities := func() *analysis {
		if full == nil {
			full = analyze(doc)
		}
		return full
	}
	role := identityRole(question)
	if role != "" {
		for w := range namingWords {
			delete(query, answerStem(lang, w))
		}
	}
	if asksWhoIsQuoted(question) && speakerWeights(entities, sents, question) == nil {
		if cs := answerQuotedQuestion(entities(), lang, sents, query, n); cs != nil {
			return cs
		}
	}
	kind := classifyQuestion(question)
	if role != "" {
		kind = askPerson // "Comment s'appelle la chercheuse ?"
	}
	scoreGiven := kind == askScore && slices.ContainsFunc(sents, hasScore) // a credit score is written "700"
	if scoreGiven {
		// In a match report "score" names what is asked for, like "how
		// long": "Marsh scored twice" is no answer to "What was the score?".
		delete(query, answerStem(lang, "score"))
		delete(query, answerStem(lang, "scored"))
	}
	if len(query) == 0 {
		// "How old was she?": nothing to match, but what is asked for can
		// be recognised.
		return answerByKind(doc, sents, kind, n)
	}
	m := matchQuestion(lang, sents, query, isYesNo(question))
	focus := questionFocus(lang, question)
	if st := answerStem(lang, focus); query[st] {
		m.focus = st
	}
	if kind == askPrice || asksMoney(lang, query) {
		m.creditPrices(sents)
	}
	if asksDemand(question) {
		m.creditWhere(demandTerm, sents, hasDemand)
	}
	if asksScope(question) {
		m.creditWhere(scopeTerm, sents, hasScope)
	}
	var cues *answerCues
	if kind == askPerson || kind == askPlace {
		cues = newAnswerCues(entities(), question)
	}
	if st := answerStem(lang, role); role != "" && query[st] {
		m.creditIntroduction(sents, st, entities(), cues.people)
	}
	m.creditHeadings(sents)
	m.creditPronouns()
	scores := make([]float64, len(sents))
	for i := range sents {
		scores[i] = m.bm25(i)
		if m.borrowed[i] {
			scores[i] = min(scores[i], borrowedWeight*scores[i-1])
		}
	}
	// A sentence that merely echoes the question ("And then there is the
	// case.") announces the answer; the sentence after it gives it.
	for i := 0; i+1 < len(sents); i++ {
		if m.echo[i] && scores[i] > 0 && !isFragment(sents[i+1], m.lens[i+1]) {
			scores[i+1] = max(scores[i+1], scores[i])
			scores[i] *= echoWeight
		}
	}
	speakers := speakerWeights(entities, sents, question)
	newValue, cause, acronym := asksNewValue(question), asksCause(question), askedAcronym(question)
	var out []Citation
	for i, score := range scores {
		if score <= 0 || isFragment(sents[i], m.lens[i]) || isTableRow(sents[i]) && kind == askReason {
			continue // a heading or a label answers nothing ("What Atlas does"), a table's row no "why"
		}
		if speakers != nil {
			score *= speakers[i]
		}
		if newValue && changedValue.MatchString(sents[i]) {
			score *= newValueWeight
		}
		if cause && unknownCause.MatchString(sents[i]) {
			score *= unknownCauseWeight
		}
		if acronym != "" && spellsOut(sents[i], acronym) && nearAcronym(sents, i, acronym) {
			score *= 2 // "What does HP stand for?": "hypersensitivity pneumonitis"
		}
		switch {
		case kindMatches(kind, withoutQuestionNumbers(sents[i], question), cues), namesFocus(lang, sents[i], focus):
			score *= 1.5
		case kind == askShare && hasTwoNumbers(sents[i]),
			kind == askQuantity && hasNumber(withoutQuestionNumbers(sents[i], question)):
			// "40 million crowns of the 120 million": a share in numbers;
			// a number with no unit for "how much": neither boosted nor
			// demoted
		case byForm(kind), kind == askScore && scoreGiven:
			score *= 0.35 // no number, date or time: no answer to "how many" or "when"
		}
		out = append(out, Citation{Sentence: i, Text: sents[i], Score: math.Round(score*1000) / 1000})
	}
	if best := maxScore(scores); best > 0 && (kind == askAge || kind == askScore) {
		// An age or a score is rare enough to answer
		// without a word of the question ("How old was the guy who got
		// sick?": "the tale of a 43-year-old man"): such a sentence ranks
		// above those that share words but hold no answer (scored down to
		// 0.35 of theirs), and mostly below those that have both.
		for i := range sents {
			if scores[i] <= 0 && kindMatches(kind, sents[i], nil) && !isFragment(sents[i], m.lens[i]) {
				out = append(out, Citation{Sentence: i, Text: sents[i], Score: math.Round(kindOnlyWeight*best*1000) / 1000})
			}
		}
	}
	if acronym != "" {
		// The sentence that spells the acronym out need not name it:
		// "No, not the computer manufacturer but hypersensitivity
		// pneumonitis."
		best := 0.0
		for _, c := range out {
			best = max(best, c.Score)
		}
		for i := range sents {
			if scores[i] <= 0 && spellsOut(sents[i], acronym) && nearAcronym(sents, i, acronym) && !isFragment(sents[i], m.lens[i]) {
				out = append(out, Citation{Sentence: i, Text: sents[i], Score: math.Round(max(best, 1)*1000) / 1000})
			}
		}
	}
	if len(out) == 0 {
		// No sentence shares a word with the question ("What was the final
		// score against Kansas City?" of a report on the Chiefs): what is
		// asked for may still be recognised.
		return answerByKind(doc, sents, kind, n)
	}
	return bestCitations(out, n)
}

// maxScore is the highest of scores, 0 for none.
func maxScore(scores []float64) float64 {
	best := 0.0
	for _, s := range scores {
		best = max(best, s)
	}
	return best
}

// bestCitations sorts citations best first, the earlier sentence first on
// a tie, and keeps n.
func bestCitations(out []Citation, n int) []Citation {
	slices.SortStableFunc(out, func(x, y Citation) int {
		switch {
		case x.Score > y.Score:
			return -1
		case x.Score < y.Score:
			return 1
		}
		return x.Sentence - y.Sentence
	})
	if len(out) > n {
		out = out[:n]
	}
	return out
}

// answerByKind answers a question with no word to match by the
// sentences that hold what it asks for, earliest first; only for kinds
// recognised by their form (an age, a price, a time, a length of time, a
// rate), not for "who" or "where".
func answerByKind(doc Document, sents []string, kind questionKind, n int) []Citation {
	switch kind {
	case askAge, askPrice, askTime, askDuration, askRate, askScore:
	default:
		return nil
	}
	var out []Citation
	for i, s := range sents {
		if len(out) < n && kindMatches(kind, s, nil) && !isFragment(s, len(strings.Fields(s))) {
			out = append(out, Citation{Sentence: i, Text: s, Score: math.Round(1000/float64(1+i)) / 1000})
		}
	}
	return out
}

// isYesNo reports a question answered by yes or no: "Will the union
// strike?", "La digue est-elle ancienne ?"; not "Qu'a-t-on cuisiné ?".
func isYesNo(q string) bool {
	l := strings.ToLower(strings.TrimSpace(q))
	first, _, _ := strings.Cut(l, " ")
	switch first {
	case "is", "are", "was", "were", "do", "does", "did", "will", "would", "can", "could", "has", "have", "had",
		"should", "must", "may", "est-ce", "هل":
		return true
	}
	for _, wh := range []string{"qui", "que", "qu'", "qu’", "quoi", "quand", "où", "comment", "combien", "pourquoi", "quel", "quelle", "quels", "quelles", "lequel", "laquelle"} {
		if strings.HasPrefix(first, wh) {
			return false
		}
	}
	return strings.Contains(l, "-t-") || strings.Contains(l, "-il ") || strings.Contains(l, "-elle ") ||
		strings.Contains(l, "-ils ") || strings.Contains(l, "-elles ")
}

// questionMatch is how each sentence of an article matches a question's
// stemmed words.
type questionMatch struct {
	tfs     []map[string]int // per sentence: 2 per occurrence of a question word, 1 per partial match
	near    []int            // pairs of different question words side by side
	lens    []int            // words
	echo    []bool           // says nothing the question does not
	pronoun []bool           // opens with a pronoun that continues the sentence before
	// borrowed: matches only through the sentence before (creditPronouns)
	borrowed []bool
	focus    string         // the stem of the noun asked about ("Which agency …?"), weighted up
	df       map[string]int // sentences holding each question word, as written
	avg      float64        // mean sentence length
}

func matchQuestion(lang string, sents []string, query map[string]bool, yesNo bool) *questionMatch {
	m := &questionMatch{tfs: make([]map[string]int, len(sents)), near: make([]int, len(sents)),
		lens: make([]int, len(sents)), echo: make([]bool, len(sents)), pronoun: make([]bool, len(sents)),
		borrowed: make([]bool, len(sents)), df: map[string]int{}}
	total := 0
	for i, s := range sents {
		tf := map[string]int{}
		lastPos, lastTerm, pos, other := -10, "", 0, 0
		for _, t := range text.Tokens(s) {
			if t.Kind == text.Punct {
				continue
			}
			if m.lens[i] == 0 {
				m.pronoun[i] = openingPronouns[strings.ToLower(t.Text)]
			}
			if m.lens[i] == 1 && strings.HasSuffix(strings.ToLower(t.Text), "-year-old") && strings.EqualFold(firstWord(s), "the") {
				m.pronoun[i] = true // "The 55-year-old is the third ...": the person just told of
			}
			if w := strings.ToLower(t.Text); m.lens[i] == 1 && possessives[strings.ToLower(firstWord(s))] &&
				!familyWords[w] && !familyWords[strings.TrimSuffix(w, "s")] && !isRoleWord(w) && !peopleNouns[w] {
				// "His sentencing is set for Feb. 14", "Its shares fell":
				// still the one just told of; "His brother was arrested"
				// is someone else.
				m.pronoun[i] = true
			}
			m.lens[i]++
			if text.IsStopWord(lang, t.Text) {
				continue
			}
			pos++
			st := answerStem(lang, t.Text)
			switch {
			case query[st]:
				tf[st] += 2
				if st != lastTerm && pos-lastPos == 1 {
					m.near[i]++ // "union leader", "ferry strike"
				}
				lastPos, lastTerm = pos, st
			case prefixMatch(query, st) != "":
				tf[prefixMatch(query, st)]++ // "leads" and "leader": half a match
			case relatedMatch(lang, query, st) != "":
				tf[relatedMatch(lang, query, st)]++ // "boss" and "chief": half a match
			default:
				other++
			}
		}
		for st := range tf {
			m.df[st]++
		}
		// Part of the question in nothing more is an announcement ("Now
		// the catch."); all of it may be the answer to a yes-no question
		// ("The union will strike.").
		m.echo[i] = other == 0 && len(tf) > 0 && (len(tf) < len(query) || !yesNo) && m.lens[i] <= maxEchoWords
		m.tfs[i] = tf
		total += m.lens[i]
	}
	m.avg = float64(total) / float64(len(sents))
	return m
}

// maxEchoWords is the longest sentence that can merely echo the question,
// and echoWeight what such a sentence keeps of its score when it hands it
// to the next.
const (
	maxEchoWords = 10
	echoWeight   = 0.4
)

// kindOnlyWeight is the part of the best word-matching score given to a
// sentence that shares no word with the question but holds the age or
// score it asks for.
const kindOnlyWeight = 0.5

// creditHeadings adds to each sentence that matches the question the
// question's words its section's heading holds, as half matches: "How
// long does the battery last?" under "Battery".
func (m *questionMatch) creditHeadings(sents []string) {
	var heading map[string]int
	for i := range sents {
		if isFragment(sents[i], m.lens[i]) {
			heading = m.tfs[i]
			continue
		}
		if len(m.tfs[i]) == 0 {
			continue
		}
		for st := range heading {
			if m.tfs[i][st] == 0 {
				m.tfs[i][st] = 1
			}
		}
	}
}

// creditPronouns adds to a sentence that opens with a pronoun ("It took
// about three days.", "Elle date de 1962.") the question's words of the
// sentence before, which it continues, as half matches. It walks backwards
// so that the credit does not run on down a chain of pronouns.
func (m *questionMatch) creditPronouns() {
	for i := len(m.tfs) - 1; i > 0; i-- {
		if !m.pronoun[i] {
			continue
		}
		m.borrowed[i] = len(m.tfs[i]) == 0
		for st := range m.tfs[i-1] {
			if m.tfs[i][st] == 0 {
				m.tfs[i][st] = 1
			}
		}
	}
}

// borrowedWeight caps a sentence that matches only through the sentence
// before it: being shorter must not let "It gave no date for reopening."
// outrank the sentence about the cracks it follows; what it holds (a
// date, a number) can still lift it.
const borrowedWeight = 0.9

// openingPronouns open a sentence that continues the one before.
var openingPronouns = map[string]bool{
	"it": true, "he": true, "she": true, "they": true, "this": true, "these": true,
	"il": true, "elle": true, "ils": true, "elles": true, "cela": true, "c'est": true, "c’est": true,
}

// focusWeight weighs the noun a question asks about above its other
// words: "Quel déficit le budget prévoit-il ?" is about the deficit.
const focusWeight = 1.5

// bm25 scores sentence i, boosted when question words stand side by side.
func (m *questionMatch) bm25(i int) float64 {
	const k1, b = 1.2, 0.5
	n := float64(len(m.tfs))
	score := 0.0
	for st, f := range m.tfs[i] {
		idf := math.Log(1 + (n-float64(m.df[st])+0.5)/(float64(m.df[st])+0.5))
		if st == m.focus {
			idf *= focusWeight
		}
		ff := float64(f) / 2
		score += idf * ff * (k1 + 1) / (ff + k1*(1-b+b*float64(m.lens[i])/m.avg))
	}
	return score * (1 + 0.3*float64(min(m.near[i], 3)))
}

// withoutQuestionNumbers blanks the numbers of s that the question
// itself holds: in "How much do the Tern 2 earbuds cost?" the "2" of the
// product's name is no answer.
func withoutQuestionNumbers(s, question string) string {
	for _, w := range strings.Fields(question) {
		w = strings.Trim(w, ".,;:?!()")
		if w != "" && isAllDigits(w) {
			s = strings.ReplaceAll(s, " "+w+" ", "  ")
		}
	}
	return s
}

// isFragment reports a short line that is no sentence: a heading, a
// label, a caption without a verb's full stop, a short question (a
// subheading such as "IS YOUR JAR AFFECTED?" or "Why now?", which answers
// nothing), or a line in capitals.
func isFragment(s string, words int) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"'”’»)")
	if words >= 6 {
		return false
	}
	if strings.HasSuffix(s, "?") || strings.HasSuffix(s, "؟") {
		return true
	}
	if strings.ToUpper(s) == s && strings.ToLower(s) != s {
		return true // "WHAT TO DO NOW."
	}
	return !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "。")
}

// irregularVerbs maps common irregular English forms to their base, which
// a suffix stemmer cannot do ("broke" and "break").
var irregularVerbs = map[string]string{
	"broke": "break", "broken": "break", "began": "begin", "begun": "begin", "fell": "fall", "fallen": "fall",
	"rose": "rise", "risen": "rise", "took": "take", "taken": "take", "gave": "give", "given": "give",
	"won": "win", "lost": "lose", "left": "leave", "met": "meet", "held": "hold", "sold": "sell",
	"paid": "pay", "struck": "strike", "spent": "spend", "built": "build", "led": "lead", "fled": "flee",
	"caught": "catch", "brought": "bring", "thought": "think", "bought": "buy", "sent": "send",
	"kept": "keep", "found": "find", "stood": "stand", "ran": "run", "came": "come", "went": "go",
	"gone": "go", "saw": "see", "seen": "see", "knew": "know", "known": "know", "grew": "grow",
	"grown": "grow", "drew": "draw", "flew": "fly", "chose": "choose", "chosen": "choose",
	"spoke": "speak", "spoken": "speak", "wrote": "write", "written": "write", "told": "tell",
	"said": "say", "says": "say", "did": "do", "done": "do", "made": "make", "hurt": "hurt",
	"shut": "shut", "cut": "cut", "hit": "hit", "set": "set", "quit": "quit", "put": "put",
}

// irregularFrenchVerbs maps French past participles, which a suffix
// stemmer leaves apart from their verb, to its infinitive: "Quand le
// théâtre rouvre-t-il ?" of "Le théâtre a rouvert samedi".
var irregularFrenchVerbs = map[string]string{
	"ouvert": "ouvrir", "ouverte": "ouvrir", "ouverts": "ouvrir", "ouvertes": "ouvrir",
	"rouvert": "rouvrir", "rouverte": "rouvrir", "rouverts": "rouvrir", "rouvertes": "rouvrir", "rouvrent": "rouvrir",
	"réouverture": "rouvrir", "couvert": "couvrir", "couverte": "couvrir", "offert": "offrir", "offerte": "offrir",
	"pris": "prendre", "prise": "prendre", "mis": "mettre", "mise": "mettre", "élu": "élire", "élue": "élire",
	"réélu": "réélire", "réélue": "réélire", "construit": "construire", "construite": "construire",
	"né": "naître", "née": "naître", "reçu": "recevoir", "reçue": "recevoir",
}

func answerStem(lang, w string) string {
	switch lang {
	case "en":
		if base, ok := irregularVerbs[strings.ToLower(w)]; ok {
			w = base
		}
	case "fr":
		if base, ok := irregularFrenchVerbs[strings.ToLower(w)]; ok {
			w = base
		}
	}
	return text.Stem(lang, w)
}

// prefixMatch returns the query stem that st extends or is extended by,
// for stems of four letters or more.
func prefixMatch(query map[string]bool, st string) string {
	if len(st) < 4 {
		return ""
	}
	for q := range query {
		if len(q) >= 4 && (strings.HasPrefix(st, q) || strings.HasPrefix(q, st)) {
			return q
		}
	}
	return ""
}

// firstWord is the first word of s.
func firstWord(s string) string {
	if f := strings.Fields(s); len(f) > 0 {
		return f[0]
	}
	return ""
}
