package enrich

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Quote is one direct quotation and who said it.
type Quote struct {
	Text string `json:"text"`
	// Speaker is the canonical entity name when the speaker is a known
	// entity, otherwise the words that name them ("an American official"),
	// or empty when no speaker could be found safely.
	Speaker    string `json:"speaker"`
	SpeakerKey string `json:"speaker_key,omitempty"` // EntityKey of the speaker, when an entity
	Paragraph  int    `json:"paragraph"`             // index of the paragraph the quote starts in
}

// minQuoteWords separates quotations from scare quotes ("a 'goodwill
// gesture'"): shorter quoted spans count only when a speech verb sits
// right beside them.
const minQuoteWords = 4

// Quotes finds the direct quotations in doc with their speakers, in order.
func Quotes(doc Document) []Quote {
	return analyze(doc).quotes
}

// rawQuote is a quotation span before filtering.
type rawQuote struct {
	para, span int
	text       string
	speaker    string
	key        string
	adjacent   bool // attribution found right beside the quote
	tokStart   int  // first token index inside the quote
	tokEnd     int  // token index just after the closing mark
	startsSent bool
	comma      bool // the quoted words end with a comma: the sentence goes on
	words      int
}

func (a *analysis) attributeQuotes() {
	var prevPara []rawQuote
	var kept []keptQuote
	for pi := range a.paras {
		p := &a.paras[pi]
		var cur []rawQuote
		var lastSpoken *rawQuote // the latest quote in this paragraph with a speaker
		for si, s := range p.quotes {
			q := rawQuote{para: pi, span: si, text: cleanQuoteText(p.text[s.innerStart:s.innerEnd])}
			q.tokStart, q.tokEnd = tokRange(p.toks, s)
			q.words = countWords(q.text)
			q.comma = strings.HasSuffix(strings.TrimSpace(p.text[s.innerStart:s.innerEnd]), ",")
			if q.words == 0 {
				continue
			}
			q.startsSent = q.tokStart == 0 || q.tokStart < len(p.toks) && p.toks[q.tokStart].sentStart ||
				q.tokStart > 0 && p.toks[q.tokStart-1].sentStart
			q.speaker, q.key, q.adjacent = a.directSpeaker(pi, s, q)
			if !q.adjacent && (a.quotesALaw(pi, q) || a.isTypedText(pi, q)) {
				continue // a law's wording, or words typed into a machine
			}
			// A quotation resumed after its attribution: "'What worries me,' he
			// said, 'is that ...'".
			if n := len(cur); n > 0 && continuesQuote(p, cur[n-1], s) {
				last := &cur[n-1]
				last.text = last.text + " " + q.text
				last.words += q.words
				last.tokEnd = q.tokEnd
				if last.speaker == "" {
					last.speaker, last.key = q.speaker, q.key
				}
				continue
			}
			if q.speaker == "" {
				q.speaker, q.key = a.contextSpeaker(pi, q, lastSpoken, prevPara)
			}
			cur = append(cur, q)
			if q.speaker != "" {
				lastSpoken = &cur[len(cur)-1]
			}
		}
		for _, q := range cur {
			if q.speaker == "" && echoesTitle(q.text, a.title) && namesHeadline(p.text) {
				continue // "... under the headline “NordGrid fault leaves ...”"
			}
			if (q.speaker == "" || !q.adjacent) && namesAThing(q.text, a.lang) || a.nameInSentence(pi, q) {
				// a sign or a title in quotation marks ("hit singles like
				// “What a Fool Believes.”"): nobody's words, whoever the
				// paragraphs around were quoting
				continue
			}
			// Arabic copy puts names in guillemets ("لـ«المنارة»"): a
			// word or two there is no quotation, whoever stands near.
			if q.words >= minQuoteWords || q.adjacent && q.speaker != "" && (a.lang != "ar" || q.words > 2) {
				kept = append(kept, keptQuote{Quote{Text: q.text, Speaker: q.speaker, SpeakerKey: q.key, Paragraph: pi}, q.adjacent})
			}
		}
		prevPara = cur
	}
	a.quotes = dropRepeatedQuotes(kept)
}

// echoesTitle reports whether quoted words are the article's own headline,
// as print-edition credits quote it ("under the headline ..."): the
// publisher citing itself, not anyone speaking. A headline that quotes
// someone ('We are running out of time') is still their quotation.
func echoesTitle(quote, title string) bool {
	norm := func(s string) string {
		return strings.ToLower(strings.Join(strings.FieldsFunc(s, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r)
		}), " "))
	}
	t := norm(title)
	return t != "" && norm(quote) == t
}

// namesHeadline reports a paragraph that speaks of a headline, as print
// credits do: "under the headline", "sous le titre", "unter dem Titel".
func namesHeadline(s string) bool {
	l := strings.ToLower(s)
	for _, w := range []string{"headline", "sous le titre", "unter dem titel", "con el título", "con il titolo"} {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

func cleanQuoteText(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimRight(s, ",;:— ")
}

func countWords(s string) int {
	n := 0
	in := false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

// tokRange maps a span to its first inner token and the token after it.
func tokRange(toks []token, s quoteSpan) (int, int) {
	start := sort.Search(len(toks), func(k int) bool { return toks[k].start >= s.innerStart })
	end := sort.Search(len(toks), func(k int) bool { return toks[k].start >= s.close })
	return start, end
}

// continuesQuote reports whether span s resumes the quotation q after a
// short attribution and begins in lower case.
func continuesQuote(p *para, q rawQuote, s quoteSpan) bool {
	// "'What worries me,' he said, 'is that ...'": a comma stands before
	// the second mark; "..., adding that it "remains committed"" is a
	// second quotation.
	if !strings.HasSuffix(strings.TrimSpace(p.text[:s.open]), ",") {
		return false
	}
	r := runeAt(p.text, s.innerStart)
	if !unicode.IsLower(r) {
		return false
	}
	gap := p.toks[q.tokEnd:]
	words := 0
	verb := false
	for gi, t := range gap {
		if t.start >= s.open {
			break
		}
		if t.word {
			words++
			verb = verb || speechVerbAt(gap, gi)
		} else if isSentenceEnd(t.text) {
			return false
		}
	}
	return verb && words <= 8
}

// namesAThing reports quoted words that name a thing rather than say
// something: a sign or title in capitals ("« Bélanger & Fils – Hardware –
// Quincaillerie »"), or a law's title ("« Loi sur la langue commune de
// Belrive »", "the “Clean Air Act”"), short and with no full stop.
func namesAThing(q, lang string) bool {
	q = strings.TrimSpace(q)
	words := strings.Fields(q)
	if len(words) > 0 && len(words) <= 6 && strings.HasSuffix(q, ".") && !strings.HasSuffix(q, "..") {
		q = strings.TrimSuffix(q, ".") // "“Takin’ It to the Streets.”": a title, stopped in American style
	}
	if q == "" || len(words) > 10 || strings.ContainsAny(q[len(q)-1:], ".!?…") {
		return false
	}
	if lang != "de" && (allCapitalised(q) || titleCased(q)) {
		return true
	}
	return documentWords[strings.ToLower(words[0])] || documentWords[strings.ToLower(words[len(words)-1])]
}

// titleCased reports words written as a title: every word capitalised
// but the small ones between ("The Medium is the Message", "Knights of
// the Zodiac", "Il Signore degli Anelli"), the first and the last
// capitalised.
func titleCased(q string) bool {
	words := strings.Fields(q)
	if len(words) == 0 {
		return false
	}
	capitals := 0
	for i, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			capitals++
		case unicode.IsDigit(r) || !unicode.IsLetter(r):
		case titleSmallWords[strings.ToLower(w)] && i > 0 && i < len(words)-1:
		default:
			return false
		}
	}
	first, _ := utf8.DecodeRuneInString(words[0])
	last, _ := utf8.DecodeRuneInString(words[len(words)-1])
	return capitals >= 2 && unicode.IsUpper(first) && unicode.IsUpper(last)
}

// titleSmallWords stay lower-case inside a title.
var titleSmallWords = wordSet(`a an the of to in on at for and or but nor is are was be by from as with
de du des la le les et en à del della delle degli dei di e il lo para seus suas em da do das dos y el los las`)

// documentWords open or close the title of a law or charter.
var documentWords = wordSet(`loi charte code règlement décret act bill charter treaty traité convention accord`)
