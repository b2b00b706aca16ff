package enrich

import "strings"

// commentatorIntro is where a commentator is introduced: the tokens of
// the apposition after the name, in one paragraph.
type commentatorIntro struct {
	person         *cluster
	para, from, to int
}

// commentatorIntros finds the people the article introduces as outside
// voices: "Matt Maley, equity strategist at Miller Tabak", "Ian Hamilton,
// an expert in drug use", "Lt. Matt Harris, Columbus Police Department
// spokesman". They explain a story without being in it, and on real pages
// their tags were wrong nine times in ten. A person the title names (a
// word of the name) is the story's, whatever the apposition says.
func (a *analysis) commentatorIntros() []commentatorIntro {
	var out []commentatorIntro
	title := lower(a.title)
	for _, m := range a.mentions {
		if m.cluster < 0 || m.cluster >= len(a.clusters) {
			continue
		}
		c := a.clusters[m.cluster]
		if c.typ != Person || len(c.words) < 2 || c.mentions >= commentatorMaxMentions {
			continue
		}
		end, ok := a.commentatorApposition(m)
		if !ok {
			continue
		}
		named := false
		for _, w := range c.words {
			named = named || len(w) > 2 && containsWords(title, lower(w))
		}
		if !named {
			out = append(out, commentatorIntro{c, m.para, m.tok1, end})
		}
	}
	return out
}

// commentators returns the commentators and the bodies the article names
// only in their introductions ("Kotak Securities" of "Head of Research at
// Kotak Securities").
func (a *analysis) commentators() map[*cluster]bool {
	intros := a.commentatorIntros()
	if len(intros) == 0 {
		return nil
	}
	out := map[*cluster]bool{}
	for _, in := range intros {
		out[in.person] = true
	}
	onlyThere := map[*cluster]bool{}
	for _, m := range a.mentions {
		if m.cluster < 0 || m.cluster >= len(a.clusters) || a.clusters[m.cluster].typ != Organization {
			continue
		}
		c, inside := a.clusters[m.cluster], false
		for _, in := range intros {
			inside = inside || in.para == m.para && m.tok0 > in.from && m.tok1 <= in.to
		}
		if prev, seen := onlyThere[c]; !seen || prev {
			onlyThere[c] = inside
		}
	}
	for c, only := range onlyThere {
		if only {
			out[c] = true
		}
	}
	return out
}

// commentatorEmployers returns the slugs of the capitalised names after
// "at", "of", "with" or "for" in commentators' introductions that the
// text writes nowhere else ("Miller Tabak"): the topic phrases that name
// them are no topics either.
func (a *analysis) commentatorEmployers() map[string]bool {
	var out map[string]bool
	for _, in := range a.commentatorIntros() {
		p := a.paras[in.para]
		for i := in.from; i+1 < in.to; i++ {
			switch lower(p.toks[i].text) {
			case "at", "of", "with", "for":
			default:
				continue
			}
			j := i + 1
			for j < in.to && p.toks[j].word && p.toks[j].upper {
				j++
			}
			if j == i+1 {
				continue
			}
			name := p.text[p.toks[i+1].start:p.toks[j-1].end]
			if a.timesWritten(name) == 1 {
				if out == nil {
					out = map[string]bool{}
				}
				out[slug(name)] = true
			}
		}
	}
	return out
}

// timesWritten counts the paragraphs' occurrences of s.
func (a *analysis) timesWritten(s string) int {
	n := 0
	for _, p := range a.paras {
		n += strings.Count(p.text, s)
	}
	return n
}

// commentatorMaxMentions is how often a person is named before the story
// is about them, whatever their trade: a witness "who is the Council's
// Ukraine expert" named nine times.
const commentatorMaxMentions = 8

// commentatorApposition reports a mention followed by a comma and, before
// the next comma or the sentence's end, a word of commentary's trades; not
// a relative clause ("Vindman, who is the Council's Ukraine expert"). It
// returns where the apposition ends (the token after it).
func (a *analysis) commentatorApposition(m mention) (int, bool) {
	toks := a.paras[m.para].toks
	if m.tok1+1 >= len(toks) || toks[m.tok1].text != "," {
		return 0, false
	}
	switch lower(toks[m.tok1+1].text) {
	case "who", "whose", "whom", "which", "that":
		return 0, false
	}
	sent := toks[m.tok0].sent
	found := false
	i := m.tok1 + 1
	for ; i < len(toks) && toks[i].sent == sent; i++ {
		w := lower(toks[i].text)
		if w == "," || w == "." || w == ";" || i > m.tok1+10 && !found {
			break
		}
		found = found || commentatorWords[w]
	}
	return i, found
}

// commentatorWords are the trades of people news copy asks to explain a
// story: analysts, researchers, academics, pollsters and spokespeople.
var commentatorWords = wordSet(`analyst analysts strategist economist expert researcher research professor
lecturer scholar fellow commentator pollster portfolio spokesman spokeswoman spokesperson`)
