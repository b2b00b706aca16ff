package enrich

import (
	"context"
	"math"
	"slices"
	"strings"
	"unicode"

	"herald/internal/text"
)

// Citation is one sentence of the article offered in support of an answer.
type Citation struct {
	Sentence int     `json:"sentence"` // index into ArticleSentences(doc)
	Text     string  `json:"text"`     // the sentence, verbatim
	Score    float64 `json:"score"`    // relevance; 0 when cited by the LLM
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
// refer to this list.
func ArticleSentences(doc Document) []string {
	body := doc.Text
	if len(body) > maxAnalyzedBytes {
		body = strings.ToValidUTF8(body[:maxAnalyzedBytes], "")
	}
	return text.Sentences(body)
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
// first. Sentences are ranked by BM25 over stemmed content words, boosted
// when they hold what the question asks for: a person for "who", a date
// for "when", a number for "how many", a place for "where"; demoted when a
// "when" or "how many" finds no date or number (but the question's own,
// "Tern 2"); a heading is never cited. It never writes text: every
// citation is a sentence of the article.
func Answer(doc Document, question string, n int) []Citation {
	return answerFrom(doc, ArticleSentences(doc), question, n)
}

// questionKind is what a question asks for.
type questionKind int

const (
	askAnything questionKind = iota
	askPerson
	askDate
	askNumber
	askPlace
	askReason
)

func classifyQuestion(q string) questionKind {
	q = " " + strings.ToLower(strings.Join(strings.Fields(q), " ")) + " "
	switch {
	case strings.Contains(q, " how many ") || strings.Contains(q, " how much ") ||
		strings.Contains(q, " what percentage ") || strings.Contains(q, " what share ") ||
		strings.Contains(q, " combien "):
		return askNumber
	case strings.Contains(q, " who ") || strings.Contains(q, " whom ") || strings.Contains(q, " whose ") || strings.Contains(q, " qui "):
		return askPerson
	case strings.Contains(q, " when ") || strings.Contains(q, " what year ") || strings.Contains(q, " what date ") ||
		strings.Contains(q, " what day ") || strings.Contains(q, " quand "):
		return askDate
	case strings.Contains(q, " where ") || strings.Contains(q, " où "):
		return askPlace
	case strings.Contains(q, " why ") || strings.Contains(q, " pourquoi "):
		return askReason
	}
	return askAnything
}

func answerFrom(doc Document, sents []string, question string, n int) []Citation {
	if n <= 0 || len(sents) == 0 {
		return nil
	}
	lang := doc.lang()
	query := map[string]bool{}
	for _, t := range text.Tokens(question) {
		if t.Kind == text.Punct || text.IsStopWord(lang, t.Text) || isQuestionWord(t.Text) {
			continue
		}
		query[answerStem(lang, t.Text)] = true
	}
	if len(query) == 0 {
		return nil
	}
	// Term frequencies per sentence, and document frequencies over sentences.
	tfs := make([]map[string]int, len(sents))
	near := make([]int, len(sents)) // pairs of different query terms close together
	lens := make([]int, len(sents))
	df := map[string]int{}
	total := 0
	for i, s := range sents {
		tf := map[string]int{}
		lastPos, lastTerm, pos := -10, "", 0
		for _, t := range text.Tokens(s) {
			if t.Kind == text.Punct {
				continue
			}
			lens[i]++
			if text.IsStopWord(lang, t.Text) {
				continue
			}
			pos++
			st := answerStem(lang, t.Text)
			term := ""
			if query[st] {
				tf[st] += 2
				term = st
			} else if q := prefixMatch(query, st); q != "" {
				tf[q]++ // "leads" and "leader": half a match
				term = q
			}
			if term != "" {
				if term != lastTerm && pos-lastPos == 1 {
					near[i]++ // "union leader", "ferry strike"
				}
				lastPos, lastTerm = pos, term
			}
		}
		for st := range tf {
			df[st]++
		}
		tfs[i] = tf
		total += lens[i]
	}
	avg := float64(total) / float64(len(sents))
	kind := classifyQuestion(question)
	var cues *answerCues
	if kind == askPerson || kind == askPlace {
		cues = newAnswerCues(doc)
	}
	const k1, b = 1.2, 0.75
	var out []Citation
	for i, tf := range tfs {
		score := 0.0
		for st, f := range tf {
			idf := math.Log(1 + (float64(len(sents))-float64(df[st])+0.5)/(float64(df[st])+0.5))
			ff := float64(f) / 2
			score += idf * ff * (k1 + 1) / (ff + k1*(1-b+b*float64(lens[i])/avg))
		}
		if score <= 0 {
			continue
		}
		score *= 1 + 0.3*float64(min(near[i], 3))
		switch {
		case kindMatches(kind, withoutQuestionNumbers(sents[i], question), cues):
			score *= 1.5
		case kind == askNumber || kind == askDate:
			score *= 0.5 // no number or date, no answer to "how many" or "when"
		}
		if isFragment(sents[i], lens[i]) {
			continue // a heading or a label answers nothing: "What Atlas does"
		}
		out = append(out, Citation{Sentence: i, Text: sents[i], Score: math.Round(score*1000) / 1000})
	}
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
// label, a caption without a verb's full stop.
func isFragment(s string, words int) bool {
	s = strings.TrimRight(strings.TrimSpace(s), "\"'”’»)")
	return words < 6 && !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "!") && !strings.HasSuffix(s, "?") &&
		!strings.HasSuffix(s, "؟") && !strings.HasSuffix(s, "。")
}

func isQuestionWord(w string) bool {
	switch strings.ToLower(w) {
	case "who", "whom", "whose", "what", "when", "where", "why", "how", "which", "many", "much",
		"qui", "quand", "où", "pourquoi", "comment", "combien", "quel", "quelle":
		return true
	}
	return false
}

// answerCues are the names of people and places in the document, for
// "who" and "where" questions.
type answerCues struct {
	people, places []string
}

func newAnswerCues(doc Document) *answerCues {
	c := &answerCues{}
	for _, e := range Entities(doc) {
		names := append([]string{e.Name}, e.Aliases...)
		switch e.Type {
		case Person:
			c.people = append(c.people, names...)
		case Place:
			c.places = append(c.places, names...)
		}
	}
	return c
}

func kindMatches(kind questionKind, s string, cues *answerCues) bool {
	switch kind {
	case askPerson:
		return containsAny(s, cues.people) || strings.Contains(s, " said") || strings.Contains(s, " told")
	case askPlace:
		return containsAny(s, cues.places)
	case askDate:
		return hasDate(s)
	case askNumber:
		return hasNumber(s)
	case askReason:
		l := strings.ToLower(s)
		return strings.Contains(l, "because") || strings.Contains(l, " over ") || strings.Contains(l, "due to") ||
			strings.Contains(l, " after ") || strings.Contains(l, " since ") || strings.Contains(l, "parce que")
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
		switch strings.Trim(w, ".,;:") {
		case "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
			"twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands", "million", "millions", "billion", "dozen", "dozens":
			return true
		}
	}
	return false
}

func hasDate(s string) bool {
	for _, w := range strings.Fields(s) {
		w = strings.Trim(w, ".,;:()")
		if isTimeWord(w) {
			return true
		}
		switch strings.ToLower(w) {
		case "yesterday", "today", "tomorrow", "tonight", "week", "month", "year", "morning", "evening", "afternoon", "night":
			return true
		}
		if len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isAllDigits(w) {
			return true
		}
	}
	return false
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

func answerStem(lang, w string) string {
	if lang == "en" {
		if base, ok := irregularVerbs[strings.ToLower(w)]; ok {
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
