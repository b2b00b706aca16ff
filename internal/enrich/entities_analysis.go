package enrich

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// analysis is everything the entity and quote passes learn about one
// document; Enrich builds it once and reads entities and quotes from it.
type analysis struct {
	lang           string
	title          string
	paras          []para
	mentions       []mention
	clusters       []*cluster
	unsure         []*cluster // one-word names dropped as unsure (see unsureList)
	things         []*cluster // names dropped as products, ships or works (see cluster.thing)
	quotes         []Quote
	vocab          map[string]bool     // words seen in lower case
	byPara         [][]int             // mention indices per paragraph, in order
	titled         map[string]*cluster // title word -> the one person with it (nil when several)
	colonTitles    map[string]bool     // works written "A: B" (see findColonTitles)
	copyright      []map[int]bool      // per paragraph, its copyright sentences (see copyrightSentences)
	copyrightRead  []bool
	commonAcronyms map[string]bool          // acronyms of lower-case words (see commonAcronyms)
	described      map[string][]description // role noun -> the people it introduces (indexDescribed)
	rolePeople     map[string][]*cluster    // role synonym group -> the people it introduces (indexRolePeople)
	// arabicDefinite holds the words an Arabic article writes with the
	// article, without it (see noteArabicDefinites).
	arabicDefinite    map[string]bool
	arabicAfterSpeech map[string]bool // Arabic words right after a speech verb: "وقال برانت"
	arabicCounts      map[string]int  // occurrences of each Arabic word, alone or with a clitic
	gendersRead       bool            // the clusters' sex is read (see genderOf)
	// languages holds the demonyms the article uses as a language name
	// somewhere ("French-language", "speak French"), once asked.
	languages map[string]bool
	sports    int // 1 when the article reports a match, -1 when not, 0 until asked
	scores    int // 1 when it also gives a score ("88-83"), -1 when not, 0 until asked
	// placeNames holds the names of the places found, for merge.
	placeNames map[string]bool
	byKey      map[string]*cluster
	// namePairs holds the pairs of capitalised words the article writes
	// together mid-sentence ("in Port Calder"), once asked (see opensName).
	namePairs map[string]bool
	words     int // words in the paragraphs, once counted (see wordCount)
}

type para struct {
	text     string
	toks     []token
	quotes   []quoteSpan
	sents    [][2]int  // first and last token of each sentence
	dateline *dateline // the wire dateline opening the paragraph, if any
}

// mention is one naming of a candidate entity.
type mention struct {
	para       int
	tok0, tok1 int    // the name's tokens, title excluded
	start      int    // byte offset of the name in the paragraph
	surface    string // the name as written, possessive stripped
	form       string // the alias form kept: with its title when it had one
	title      string // lower-cased title word, if any
	votes      [3]int // evidence for person, organization, place
	// guessVotes is the part of votes from cues that often mislead about a
	// one-word name: speech verbs (companies speak too), "the X" (the
	// Algarve), a role word before it ("gaming leader Zynga") or after it
	// ("Lindhaven mayor"). They type a name, but are no evidence that
	// other articles should follow.
	guessVotes [3]int
	spoke      bool   // a speech verb beside it: "Tom said", "said Tom."
	weakPerson bool   // a multi-word name with no other evidence
	roleBefore bool   // a lower-case role just before: "chief executive Halvorsen"
	thing      bool   // names a ship or a work: "the trawler Marta Lise", "The Long Corridor by Margit Thorvald"
	model      bool   // numbered as a product model is: "MagSafe 2", "the 2020 Sentra" (see modelNumbered)
	kindAfter  string // the lower-case noun after the name or its list, singular: "library" in "the Central, Eastmoor and Northfield libraries"
	dateline   bool   // the place a wire story was filed from
	credit     bool   // in a picture's credit or a copyright line (see creditMention)
	teamCue    bool   // a place named as a team plays: "Boston beat", "against Miami" (see teamCue)
	place      string // canonical gazetteer place, if it is one
	demonym    bool
	quoted     bool
	sentStart  bool
	cluster    int // index into analysis.clusters, -1 when dropped
}

const (
	votePerson = iota
	voteOrg
	votePlace
)

// maxAnalyzedBytes bounds the work on hostile input; news articles are far
// below it.
const maxAnalyzedBytes = 200_000

func analyze(doc Document) *analysis {
	a := &analysis{lang: doc.Language, title: doc.Title}
	body := doc.Text
	if len(body) > maxAnalyzedBytes {
		body = body[:maxAnalyzedBytes]
	}
	body = strings.ToValidUTF8(body, "")
	paras := splitParagraphs(body)
	for i, p := range paras {
		pr := para{text: p, toks: tokenize(p), quotes: scanQuotes(p)}
		markQuoted(&pr)
		markFurniture(&pr, i >= len(paras)-2)
		for k, t := range pr.toks {
			if t.sent >= len(pr.sents) {
				pr.sents = append(pr.sents, [2]int{k, k})
			}
			pr.sents[len(pr.sents)-1][1] = k
		}
		a.paras = append(a.paras, pr)
	}
	a.colonTitles = findColonTitles(doc.Title, paras)
	a.vocab = map[string]bool{}
	for _, p := range a.paras {
		for _, t := range p.toks {
			if t.word && !t.upper {
				a.vocab[t.text] = true
			}
		}
	}
	for i := range a.paras {
		a.markNoProse(&a.paras[i])
	}
	markRepeatedLines(a.paras)
	a.commonAcronyms = commonAcronyms(a.paras)
	if a.lang == "ar" {
		a.noteArabicDefinites()
		for i := range a.paras {
			a.findArabicMentions(i)
			a.findArabicAppositions(i)
		}
		a.arabicRecurrences()
	} else {
		for i := range a.paras {
			a.findMentions(i)
		}
	}
	a.merge()
	a.dropPublisher(doc.Publisher)
	a.byPara = make([][]int, len(a.paras))
	for i, m := range a.mentions {
		a.byPara[m.para] = append(a.byPara[m.para], i)
	}
	a.titled = map[string]*cluster{}
	for _, c := range a.clusters {
		if c.typ != Person || c.title == "" {
			continue
		}
		if _, seen := a.titled[c.title]; seen {
			a.titled[c.title] = nil
		} else {
			a.titled[c.title] = c
		}
	}
	a.attributeQuotes()
	return a
}

// splitParagraphs splits on blank lines, and on line breaks before a line
// that does not start in lower case: extracted text puts each list item
// ("Hake, fish stew: 72 crowns") on a line of its own, and joining them
// would make "crowns Bottle of Belrive" a name inside a sentence. A line
// starting in lower case continues the one before (hard-wrapped text), as
// do one in a script without capitals (Arabic), where a line break says
// nothing about a new item, and any line after one ending in a comma.
func splitParagraphs(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	var out []string
	var cur strings.Builder
	flush := func() {
		if cur.Len() > 0 {
			out = append(out, cur.String())
			cur.Reset()
		}
	}
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			flush()
			continue
		}
		if r, _ := utf8.DecodeRuneInString(line); cur.Len() > 0 && (unicode.IsLetter(r) && !unicode.IsUpper(r) || endsInComma(cur.String())) {
			cur.WriteByte(' ')
		} else {
			flush()
		}
		cur.WriteString(line)
	}
	flush()
	return out
}

// endsInComma reports a line that stops mid-sentence at a comma, perhaps
// inside closing quotation marks: "“We will not go back,”" runs on into
// its speaker on the next line.
func endsInComma(s string) bool {
	s = strings.TrimRight(s, "”\"’'»")
	return strings.HasSuffix(s, ",") || strings.HasSuffix(s, "،")
}

// markFurniture flags the tokens of a dateline and of credits, which
// name no entity of the story (the dateline's place is added apart).
func markFurniture(p *para, nearEnd bool) {
	from := len(p.text)
	if isCreditLine(p.text, nearEnd) {
		from = 0
	} else if cs := creditStart(p.text); cs >= 0 {
		from = cs
	}
	to := 0
	if d, ok := parseDateline(p.text); ok && from > 0 {
		p.dateline, to = &d, d.end
	}
	for k := range p.toks {
		if p.toks[k].start < to || p.toks[k].start >= from {
			p.toks[k].skip = true
		}
	}
}

func markQuoted(p *para) {
	if len(p.quotes) == 0 {
		return
	}
	for k := range p.toks {
		t := &p.toks[k]
		t.quoted = inSpans(t.start, p.quotes)
		// The first word of a quotation starts a sentence of its own.
		if t.quoted && t.word && k > 0 && !p.toks[k-1].word && isOpeningMarkAt(p, k-1) {
			t.sentStart = true
		}
	}
}

func isOpeningMarkAt(p *para, k int) bool {
	at := p.toks[k].start
	i := sort.Search(len(p.quotes), func(i int) bool { return p.quotes[i].open >= at })
	return i < len(p.quotes) && p.quotes[i].open == at
}
