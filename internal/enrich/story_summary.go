package enrich

import (
	"cmp"
	"slices"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"herald/internal/text"
)

// Report is one article of a story, as the story's summary reads it: its
// key points (Summarize) rather than its whole text, so that summing up a
// story costs little however long its articles are.
type Report struct {
	ID        int64
	Source    string
	Language  string
	Published time.Time
	Title     string
	KeyPoints []string
	// Standfirst holds the sentences the text opens with that its key
	// points leave out because the article page shows them first (see
	// Standfirst). The story page shows none, and a standfirst is often
	// the report's best lede, so its sentences may open the summary; as
	// later points they would retell it.
	Standfirst []string
	// CopyOf is set on a wire copy; a copy repeats its original, so it
	// neither contributes sentences nor vouches for them.
	CopyOf int64

	vectors *reportVectors // see Prepare
}

// reportVectors are a report's headline, key points and standfirst as
// vectors.
type reportVectors struct {
	title      map[string]float64
	points     []map[string]float64
	standfirst []map[string]float64
}

// Prepare turns the report's sentences into what SummarizeStory compares
// (stemming is most of its cost), so that a caller that keeps reports
// from one summary to the next (a story is summed up again with each new
// article) pays for each report once. The report must not change after.
func (r *Report) Prepare() {
	if r.vectors != nil {
		return
	}
	stems := map[string]string{}
	v := &reportVectors{title: storyVector(r.Language, r.Title, stems)}
	for _, s := range r.KeyPoints {
		v.points = append(v.points, storyVector(r.Language, s, stems))
	}
	for _, s := range r.Standfirst {
		v.standfirst = append(v.standfirst, storyVector(r.Language, s, stems))
	}
	r.vectors = v
}

// StoryPoint is one sentence of a story summary, with the article it was
// copied from.
type StoryPoint struct {
	Text      string `json:"text"`
	ArticleID int64  `json:"article_id"`
}

// Weights of a candidate sentence's score; see SummarizeStory.
const (
	storyLeadWeight     = 0.2  // the article's own first key point, then decaying
	storyFirstWeight    = 0.1  // the story's first report
	storyContextPenalty = 0.3  // needs the sentences around it: opens with a pronoun, or is (part of) a quotation
	storyVaguePenalty   = 0.2  // names no one, no place and no number: scene-setting, not news
	storyRedundancy     = 0.8  // weight of the closest sentence already chosen
	storyDuplicate      = 0.6  // cosine from which two sentences say the same thing
	storyLongWords      = 45   // sentences longer than this lose a little
	storyMinPoints      = 3    // a summary this short takes a sentence that adds no fact
	storyMinExtra       = 0.05 // the least score, less redundancy, of a point beyond storyMinPoints
	// storyStandfirstWords is the shortest standfirst sentence that may
	// lead: shorter ones tease rather than tell who did what, where.
	storyStandfirstWords = 15
)

// SummarizeStory picks up to n key points of a story from its reports' key
// points (and, for the lede, their standfirsts), each copied verbatim and
// credited to its article. It never writes text. A sentence counts for
// more when other publishers report the same thing (its best match among
// each other publisher's key points and headline, averaged over them): the
// facts every report shares are the story, one paper's colour or argument
// is not. Position counts too (an
// article's first key point is its lede), and the first report a little;
// a sentence leaning on the one before ("It narrows the deficit...") is a
// poor key point out of its article. Only reports in the story's main
// language are read (when they all come from one publisher, the others
// vouch through shared names and numbers), and choices avoid repeating
// each other (maximal marginal relevance). After the lede, a point must
// add a name or a number the points before it have not told (a retelling
// is taken only to reach storyMinPoints), and one past storyMinPoints must
// score above storyMinExtra. With one report, it gives that report's key
// points.
// A lede (a report's first key point) comes first, then the others in the
// story's order.
func SummarizeStory(reports []Report, n int) []StoryPoint {
	if n <= 0 {
		return nil
	}
	lang := mainLanguage(reports)
	var own []Report
	for _, r := range reports {
		if r.CopyOf == 0 && r.Language == lang && len(r.KeyPoints) > 0 {
			own = append(own, r)
		}
	}
	if len(own) == 0 {
		return nil
	}
	slices.SortStableFunc(own, func(a, b Report) int { return a.Published.Compare(b.Published) })

	type candidate struct {
		point         StoryPoint
		report, index int // its place in the story: report, then key point
		vec           map[string]float64
		score         float64
		standfirst    bool // a lede only
	}
	for i := range own {
		own[i].Prepare()
	}
	// Each witness's key points and headline, as vectors, vouch for the
	// sentences of other publishers.
	witnesses := storyWitnesses(reports, own, lang)
	vouch := make([][]map[string]float64, len(witnesses))
	for i := range witnesses {
		witnesses[i].Prepare()
		if v := witnesses[i].vectors.title; len(v) > 0 {
			vouch[i] = append(vouch[i], v)
		}
		for _, v := range witnesses[i].vectors.points {
			if len(v) > 0 {
				vouch[i] = append(vouch[i], v)
			}
		}
	}
	var cands []candidate
	for i, r := range own {
		sentences, vectors := slices.Concat(r.Standfirst, r.KeyPoints), slices.Concat(r.vectors.standfirst, r.vectors.points)
		for kk, s := range sentences {
			standfirst := kk < len(r.Standfirst)
			k := kk - len(r.Standfirst) // a standfirst's sentences count as ledes
			if standfirst {
				k = 0
			}
			v := vectors[kk]
			if len(v) == 0 || standfirst && len(strings.Fields(s)) < storyStandfirstWords {
				continue // a teaser: "The Bank of Ardenia trimmed its key rate to 3.50 per cent."
			}
			support, others := 0.0, 0
			seen := map[string]bool{r.Source: true}
			for j, o := range witnesses {
				if seen[o.Source] {
					continue // a publisher vouches once, and never for itself
				}
				seen[o.Source] = true
				others++
				best := 0.0
				for _, w := range vouch[j] {
					best = max(best, sumCosine(v, w))
				}
				support += best
			}
			if others > 0 {
				support /= float64(others)
			}
			score := support + storyLeadWeight/float64(k+1)
			if i == 0 {
				score += storyFirstWeight
			}
			if sumDangles(s, lang) || sumOpensWithQuote(s) || sumStartsInsideQuote(s) {
				score -= storyContextPenalty
			}
			if !namesOrCounts(s) {
				score -= storyVaguePenalty
			}
			if words := len(strings.Fields(s)); words > storyLongWords {
				score -= 0.1 * float64(words-storyLongWords) / storyLongWords
			}
			cands = append(cands, candidate{StoryPoint{s, r.ID}, i, k, v, score, standfirst})
		}
	}
	var picked []int
	var chosen []map[string]float64
	used := make([]bool, len(cands))
	// The summary opens with a lede, the first key point of one of the
	// reports: the sentence written to say what happened.
	lede := -1
	for i, c := range cands {
		if c.index == 0 && (lede < 0 || c.score > cands[lede].score) {
			lede = i
		}
	}
	told := map[string]bool{} // the words of the sentences chosen so far
	for i, c := range cands {
		used[i] = c.standfirst // not after the lede: it would retell it
	}
	if lede >= 0 {
		used[lede] = true
		chosen = append(chosen, cands[lede].vec)
		picked = append(picked, lede)
		storyWords(cands[lede].point.Text, told)
	}
	// A sentence that adds no name or number to those already told is
	// another telling or colour; it is taken only to reach storyMinPoints.
	for _, strict := range []bool{true, false} {
		for len(picked) < n && (strict || len(picked) < storyMinPoints) {
			best, bestScore := -1, 0.0
			for i, c := range cands {
				if used[i] || (strict && !addsFact(c.point.Text, told)) {
					continue
				}
				red := 0.0
				for _, v := range chosen {
					red = max(red, sumCosine(c.vec, v))
				}
				if red >= storyDuplicate {
					continue // another publisher's telling of a point already made
				}
				if s := c.score - storyRedundancy*red; best < 0 || s > bestScore {
					best, bestScore = i, s
				}
			}
			if best < 0 || (len(picked) >= storyMinPoints && bestScore < storyMinExtra) {
				break
			}
			used[best] = true
			chosen = append(chosen, cands[best].vec)
			picked = append(picked, best)
			storyWords(cands[best].point.Text, told)
		}
	}
	// The lede leads; the rest follow in the order the story was told:
	// earlier reports first, each in its own order.
	slices.SortFunc(picked[min(1, len(picked)):], func(a, b int) int {
		return cmp.Or(cmp.Compare(cands[a].report, cands[b].report), cmp.Compare(cands[a].index, cands[b].index))
	})
	out := make([]StoryPoint, len(picked))
	for i, c := range picked {
		out[i] = cands[c].point
	}
	return out
}

// storyWitnesses are the reports that vouch for the sentences of own (the
// reports in the story's language lang): own itself, or, when own comes
// from one publisher, every original report, whose names and numbers
// vouch across languages (the English reports of a French bill vouch for
// "projet de loi 12" and "Desrosiers", not for a shop's tape measure).
func storyWitnesses(reports, own []Report, lang string) []Report {
	for _, r := range own[1:] {
		if r.Source != own[0].Source {
			return own
		}
	}
	witnesses := slices.Clone(own)
	for _, r := range reports {
		if r.CopyOf == 0 && r.Language != lang && len(r.KeyPoints) > 0 {
			witnesses = append(witnesses, r)
		}
	}
	return witnesses
}

// mainLanguage is the language most of the reports (copies aside) are in;
// on a tie, the earliest report's.
func mainLanguage(reports []Report) string {
	count := map[string]int{}
	first := map[string]time.Time{}
	for _, r := range reports {
		if r.CopyOf != 0 || len(r.KeyPoints) == 0 {
			continue
		}
		count[r.Language]++
		if t, ok := first[r.Language]; !ok || r.Published.Before(t) {
			first[r.Language] = r.Published
		}
	}
	best := ""
	for lang, n := range count {
		switch {
		case best == "", n > count[best],
			n == count[best] && first[lang].Before(first[best]),
			n == count[best] && first[lang].Equal(first[best]) && cmp.Less(lang, best):
			best = lang
		}
	}
	return best
}

// storyVector is the unit-length bag of a sentence's stemmed content words
// and numbers: numbers are the surest sign that two publishers report the
// same fact ("2.9 per cent", "600 jobs"). stems caches the stems of the
// words seen so far.
func storyVector(lang, s string, stems map[string]string) map[string]float64 {
	v := map[string]float64{}
	for _, t := range text.Tokens(s) {
		if t.Kind == text.Number {
			v[t.Text]++
			continue
		}
		if t.Kind != text.Word {
			continue
		}
		w := strings.ToLower(t.Text)
		if text.IsStopWord(lang, w) {
			continue
		}
		st, ok := stems[w]
		if !ok {
			st = answerStem(lang, w)
			stems[w] = st
		}
		v[st]++
	}
	sumNormalize(v)
	return v
}

// namesOrCounts reports whether s holds a number or a capitalised word
// after its first: reported facts name who, where or how many.
func namesOrCounts(s string) bool {
	first := true
	for _, t := range text.Tokens(s) {
		switch t.Kind {
		case text.Number:
			return true
		case text.Word:
			if r, _ := utf8.DecodeRuneInString(t.Text); !first && unicode.IsUpper(r) {
				return true
			}
			first = false
		}
	}
	return false
}
