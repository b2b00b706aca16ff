package enrich

import "strings"

// commentatorIntro is where a commentator is introduced: the tokens of
// the apposition after the name, in one paragraph.
type commentatorIntro struct {
	person         *cluster
	para, from, to int
}

// commentatorIntros finds the people the article introduces as outside
// voices as they speak: "said Matt Maley, equity strategist at Miller
// Tabak", "Ian Hamilton, an expert in drug use, said", "said Lt. Matt
// Harris, Columbus Police Department spokesman". They explain a story
// without being in it, and on real pages their tags were wrong nine times
// in ten. Neither the title nor the first paragraph names a commentator:
// a professor who wins a prize, a researcher who is jailed, is the story.
func (a *analysis) commentatorIntros() []commentatorIntro {
	type voice struct {
		lead, spoke bool
		silent      int
	}
	voices := map[*cluster]*voice{}
	for _, m := range a.mentions {
		if m.cluster < 0 || m.cluster >= len(a.clusters) || a.clusters[m.cluster].typ != Person {
			continue
		}
		c := a.clusters[m.cluster]
		v := voices[c]
		if v == nil {
			v = &voice{}
			voices[c] = v
		}
		v.lead = v.lead || m.para == 0
		v.spoke = v.spoke || m.spoke
		if !m.spoke {
			v.silent++
		}
	}
	var out []commentatorIntro
	for _, m := range a.mentions {
		if len(out) == maxCommentators {
			break // a hostile page of a thousand analysts: the cost stays bounded
		}
		if m.cluster < 0 || m.cluster >= len(a.clusters) {
			continue
		}
		c := a.clusters[m.cluster]
		if c.typ != Person || len(c.words) < 2 || c.mentions >= commentatorMaxMentions {
			continue
		}
		// The introduction may be silent ("said X, a strategist" puts the
		// verb out of reach), and one more mention; a person named more
		// often without speaking is talked about ("Shelton's views",
		// "Shelton has called for"), so in the story.
		if v := voices[c]; v.lead || !v.spoke || v.silent > 2 || a.titleNames(c) {
			continue
		}
		if end, ok := a.commentatorApposition(m); ok && a.speaksIn(m) {
			out = append(out, commentatorIntro{c, m.para, m.tok1, end})
		}
	}
	return out
}

// maxCommentators bounds the introductions read in one article.
const maxCommentators = 32

// titleNames reports a title holding a word of c's name.
func (a *analysis) titleNames(c *cluster) bool {
	title := lower(a.title)
	for _, w := range c.words {
		if len(w) >= 2 && containsWords(title, lower(w)) {
			return true
		}
	}
	return false
}

// speaksIn reports a speech verb in the sentence of mention m: the
// commentator is introduced as they speak ("said Matt Maley, equity
// strategist at Miller Tabak"), not in a list of a story's people
// ("Pierre Agostini, a professor at Ohio State University, ... will
// share the prize").
func (a *analysis) speaksIn(m mention) bool {
	toks := a.paras[m.para].toks
	sent := toks[m.tok0].sent
	for i := m.tok0; i >= 0 && toks[i].sent == sent; i-- {
		if speechVerbs[lower(toks[i].text)] {
			return true
		}
	}
	for i := m.tok1; i < len(toks) && toks[i].sent == sent; i++ {
		if speechVerbs[lower(toks[i].text)] {
			return true
		}
	}
	return false
}

// commentators returns the commentators of intros and the bodies the
// article names only in their introductions ("Kotak Securities" of "Head
// of Research at Kotak Securities").
func (a *analysis) commentators(intros []commentatorIntro) map[*cluster]bool {
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
// "at", "of", "with" or "for" in the introductions that the
// text writes nowhere else ("Miller Tabak"): the topic phrases that name
// them are no topics either.
func (a *analysis) commentatorEmployers(intros []commentatorIntro) map[string]bool {
	var out map[string]bool
	for _, in := range intros {
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

// commentatorApposition reports a mention followed by a comma and a noun
// phrase whose head, within its first five words, is one of commentary's
// trades: "Maley, equity strategist at", "Oza, Head of Fundamental
// Research at". Not a clause ("Biden, speaking at a cancer research
// centre", "Vindman, who is the council's Ukraine expert"), nor a trade
// further on.
// It returns where the apposition ends (the token after it).
func (a *analysis) commentatorApposition(m mention) (int, bool) {
	toks := a.paras[m.para].toks
	if m.tok1+1 >= len(toks) || toks[m.tok1].text != "," {
		return 0, false
	}
	sent := toks[m.tok0].sent
	found, verb := false, false
	i := m.tok1 + 1
	for ; i < len(toks) && toks[i].sent == sent; i++ {
		w := lower(toks[i].text)
		switch {
		case w == "," || w == "." || w == ";":
			return i, found
		case i == m.tok1+1 && (w == "who" || w == "whose" || w == "whom" || w == "which" || w == "that"):
			return 0, false
		case !found && i <= m.tok1+5 && commentatorWords[w] && !verb:
			found = true
		case !found && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || w == "given"):
			verb = true
		}
	}
	return i, found
}

// commentatorWords are the trades of people news copy asks to explain a
// story: analysts, researchers, academics, pollsters and spokespeople.
var commentatorWords = wordSet(`analyst analysts strategist economist expert researcher research professor
lecturer scholar commentator pollster portfolio spokesman spokeswoman spokesperson`)
