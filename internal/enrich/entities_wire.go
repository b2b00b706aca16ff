package enrich

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Wire copy wraps a story in furniture that names places and people the
// story is not about: the dateline says where it was filed ("QASR AL-NUR,
// Nov 25 (Northwind) -"), the credits say who wrote, edited or
// photographed it ("(Reporting by Daniel Okoro; Editing by Aksel Mørk)",
// "Photo: Tariq Nasser/Northwind Wire"). Entities and hashtags read past
// it; the dateline place is still a place, but not a reason to tag it.

// dateline is the parsed opening of a wire story, as byte offsets into
// its paragraph.
type dateline struct {
	place  [2]int // the place in capitals
	region [2]int // an ordinary-case region after it ("LINDHAVEN, Ardenia"); empty when none
	end    int    // where the story's own words begin
}

// parseDateline recognises "PLACE[, Region][, Mon DD] [(Agency)] -" at the
// start of s. A run of capitals must be followed by a date, an agency in
// brackets or a dash, so shouted headlines ("COMMUTER CHAOS: ...", "WHAT
// YOU NEED TO KNOW") are not datelines.
func parseDateline(s string) (dateline, bool) {
	var d dateline
	i, letters := 0, 0
	comma := false
	for {
		w0, w1 := nextField(s, i)
		word := strings.TrimSuffix(s[w0:w1], ",")
		if word == "" || !isShoutedWord(word) {
			break
		}
		letters += countUpper(word)
		d.place[1] = w0 + len(word)
		i = w1
		if strings.HasSuffix(s[w0:w1], ",") {
			comma = true
			break
		}
	}
	if letters < 3 {
		return d, false
	}
	dated, agency, dash := false, false, false
	if comma {
		// An optional region in ordinary case, then an optional date.
		r0 := skipSpace(s, i)
		j := r0
		for n := 0; n < 3; n++ {
			w0, w1 := nextField(s, j)
			word := strings.TrimSuffix(s[w0:w1], ",")
			if word == "" || !unicode.IsUpper(runeAt(word, 0)) || isMonthWord(word) || strings.HasPrefix(word, "(") {
				break
			}
			j = w1
			n0, n1 := nextField(s, j)
			next := s[n0:n1]
			switch {
			case strings.HasSuffix(s[w0:w1], ","):
				d.region = [2]int{r0, w1 - 1}
			case strings.HasPrefix(next, "(") || next == "-" || next == "–" || next == "—":
				d.region = [2]int{r0, w1} // "EL PASO, Texas (AP) —"
			default:
				continue
			}
			i = w1
			break
		}
		w0, w1 := nextField(s, i)
		if isMonthWord(strings.TrimSuffix(s[w0:w1], ".")) {
			i = w1
			if n0, n1 := nextField(s, i); n1 > n0 && isAllDigits(strings.TrimSuffix(s[n0:n1], ",")) {
				i = n1
				dated = true
			}
		}
	}
	i = skipSpace(s, i)
	if strings.HasPrefix(s[i:], "(") {
		if j := strings.IndexByte(s[i:], ')'); j > 1 && j < 40 {
			i = skipSpace(s, i+j+1)
			agency = true
		}
	}
	for _, dsh := range []string{"—", "–", "--", "-"} {
		if strings.HasPrefix(s[i:], dsh) {
			i = skipSpace(s, i+len(dsh))
			dash = true
			break
		}
	}
	if !dated && !agency && !dash {
		return dateline{}, false
	}
	d.end = i
	return d, true
}

// isShoutedWord is a word in capitals, hyphens and stops allowed
// ("AL-NUR", "D.C."), with no lower-case letter.
func isShoutedWord(w string) bool {
	upper := 0
	for _, r := range w {
		switch {
		case unicode.IsLower(r):
			return false
		case unicode.IsUpper(r):
			upper++
		case r == '-' || r == '.' || r == '\'' || r == '’':
		default:
			return false
		}
	}
	return upper > 0
}

func countUpper(w string) int {
	n := 0
	for _, r := range w {
		if unicode.IsUpper(r) {
			n++
		}
	}
	return n
}

func isMonthWord(w string) bool {
	switch strings.ToLower(strings.TrimSuffix(w, ".")) {
	case "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec":
		return true
	}
	return isTimeWord(w)
}

// nextField returns the bounds of the next space-separated field at or
// after i.
func nextField(s string, i int) (int, int) {
	i = skipSpace(s, i)
	j := i
	for j < len(s) && s[j] != ' ' && s[j] != '\t' {
		j++
	}
	return i, j
}

func skipSpace(s string, i int) int {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return i
}

// shoutedToTitle writes a dateline place the way the story would:
// "QASR AL-NUR" gives "Qasr al-Nur", "SAINT-AUBERT" gives "Saint-Aubert".
func shoutedToTitle(s string) string {
	words := strings.Fields(s)
	for i, w := range words {
		parts := strings.Split(w, "-")
		for j, p := range parts {
			lp := strings.ToLower(p)
			if j == 0 && len(parts) > 1 && arabicParticles[lp] {
				parts[j] = lp
				continue
			}
			r, n := utf8.DecodeRuneInString(lp)
			parts[j] = string(unicode.ToUpper(r)) + lp[n:]
		}
		words[i] = strings.Join(parts, "-")
	}
	return strings.Join(words, " ")
}

// arabicParticles are the article and kinship words that prefix
// Arabic-origin names ("al-Nur", "bin Rashid"). They connect a name's
// parts; on their own they say nothing about what the name is.
var arabicParticles = wordSet(`al el ad as ash at an ar az ibn bin bint abu`)

// creditStart is the byte offset where a credit begins inside a
// paragraph ("... (Reporting by X; Editing by Y)"), or -1.
func creditStart(p string) int {
	best := -1
	for _, cue := range creditCues {
		i := strings.Index(p, cue)
		if i < 0 {
			continue
		}
		// The cue opens a bracket or a sentence.
		open := i > 0 && p[i-1] == '('
		if !open && i > 0 && !strings.HasSuffix(strings.TrimRight(p[:i], " "), ".") {
			continue
		}
		if open {
			i--
		}
		if best < 0 || i < best {
			best = i
		}
	}
	return best
}

// creditCues open a reporting or editing credit.
var creditCues = []string{"Reporting by", "Additional reporting by", "Writing by", "Editing by",
	"Compiled by", "Graphics by", "Research by", "Reported by", "Edited by", "Written by"}

// isCreditLine reports a paragraph that only credits the people behind the
// story: a photo credit ("Photo: Jonas Feld/Harbor Gazette", "Handout/Dep
// Spokesperson for the Afghan Ministry of Foreign Affairs", "Courtesy of
// Lumio") or a closing author note ("Theo Lindgren is a contributing writer
// at The Civic Ledger."; last only).
func isCreditLine(p string, last bool) bool {
	p = strings.TrimSpace(p)
	if p == "" {
		return false
	}
	lp := strings.ToLower(p)
	for _, pre := range creditPrefixes {
		if strings.HasPrefix(lp, pre) {
			return true
		}
	}
	if creditStart(p) == 0 {
		return true
	}
	words := strings.Fields(p)
	// "Name/Agency": a short line with a slash between two capitalised
	// words and no full stop at the end, as captions' credits are set.
	if len(words) <= 16 && !strings.ContainsAny(p[len(p)-1:], ".!?\"”") {
		for i := 1; i+1 < len(p); i++ {
			if p[i] == '/' && unicode.IsLetter(runeBefore(p, i)) && unicode.IsUpper(runeAt(p, i+1)) {
				return true
			}
		}
	}
	if last && len(words) >= 5 && len(words) <= 60 {
		for i := 1; i+2 < len(words) && i < 5; i++ {
			if words[i] == "is" && (words[i+1] == "a" || words[i+1] == "an" || words[i+1] == "the") {
				for _, w := range words[i+2 : min(len(words), i+7)] {
					if authorRoles[strings.Trim(strings.ToLower(w), ".,")] {
						return true
					}
				}
			}
		}
	}
	return false
}

var creditPrefixes = []string{"photo:", "photo :", "photos:", "photograph:", "picture:", "pictures:", "image:",
	"credit:", "courtesy of ", "handout/", "handout photo", "pool photo", "file photo", "illustration:"}

// authorRoles end a closing author note: "X is a contributing writer".
var authorRoles = wordSet(`writer correspondent reporter editor columnist contributor journalist author
freelance freelancer critic`)

// addDatelineMentions records the dateline's place (and region) as place
// mentions written the way the story would write them. They count as
// mentions but not towards hashtags (see cluster.datelines).
func (a *analysis) addDatelineMentions(pi int, d *dateline) {
	p := &a.paras[pi]
	for _, span := range [][2]int{d.place, d.region} {
		if span[1] <= span[0] {
			continue
		}
		k0, k1 := -1, -1
		for k, t := range p.toks {
			if t.word && t.start >= span[0] && t.end <= span[1] {
				if k0 < 0 {
					k0 = k
				}
				k1 = k + 1
			}
		}
		if k0 < 0 {
			continue
		}
		name := strings.TrimSpace(p.text[span[0]:span[1]])
		if isShoutedWord(strings.ReplaceAll(name, " ", "")) {
			name = shoutedToTitle(name)
		}
		m := mention{para: pi, tok0: k0, tok1: k1, start: span[0], surface: name, form: name,
			sentStart: true, dateline: true, cluster: -1}
		m.votes[votePlace] = 6
		if pl, ok := placeIndex[placeKey(name)]; ok {
			m.place = pl.name
		}
		a.mentions = append(a.mentions, m)
	}
}
