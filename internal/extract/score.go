package extract

import (
	"regexp"
	"sort"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

var (
	positiveClass = regexp.MustCompile(`article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich`)
	negativeClass = regexp.MustCompile(`hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|teaser|byline|author|caption|credit|newsletter|social|nav|menu|reference|bibliograph`)
)

// positiveWeight is the share of classWeight that comes from article-like names.
func positiveWeight(n *html.Node) float64 {
	w := 0.0
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		if v != "" && positiveClass.MatchString(v) {
			w += 25
		}
	}
	if ci := classID(n); ci != "" && contentClass.MatchString(ci) {
		w += 25
	}
	return w
}

// classWeight scores an element's class and id: article-like names up,
// furniture-like names down.
func classWeight(n *html.Node) float64 {
	w := 0.0
	for _, v := range []string{attr(n, "class"), attr(n, "id")} {
		if v == "" {
			continue
		}
		if negativeClass.MatchString(v) {
			w -= 25
		}
		if positiveClass.MatchString(v) {
			w += 25
		}
	}
	if attr(n, "itemprop") == "articleBody" {
		w += 50
	}
	if ci := classID(n); ci != "" && contentClass.MatchString(ci) {
		w += 25
	}
	return w
}

// tagWeight is the prior of an element as a content container.
func tagWeight(n *html.Node) float64 {
	switch n.DataAtom {
	case atom.Div, atom.Article, atom.Main, atom.Section:
		return 5
	case atom.Pre, atom.Td, atom.Blockquote:
		return 3
	case atom.Address, atom.Ol, atom.Ul, atom.Dl, atom.Dd, atom.Dt, atom.Li, atom.Form:
		return -3
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Th:
		return -5
	}
	return 0
}

// paragraphScore scores one text-bearing element; zero when too short to count.
func paragraphScore(n *html.Node, st statsTable, direct int) float64 {
	s := st[n]
	text := s.text
	if direct > 0 {
		text = direct
	}
	if text < 25 {
		return 0
	}
	score := 1 + float64(s.commas) + min(float64(text)/100, 10)
	return score
}

// directText counts the characters of n that are not inside a block child:
// the text of "<div>words<br>words</div>" layouts.
func directText(n *html.Node, st statsTable) int {
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			t, _ := countText(c.Data)
			total += t
		case c.Type == html.ElementNode && !isBlock(c):
			if s := st[c]; s != nil {
				total += s.text
			}
		}
	}
	return total
}

// candidate is an element that received paragraph scores.
type candidate struct {
	n     *html.Node
	score float64
}

// pickContent returns the element most likely to hold the article body and
// its sibling elements that belong to it, in document order.
func pickContent(body *html.Node, st statsTable) []*html.Node {
	scores := map[*html.Node]float64{}
	good := map[*html.Node]int{} // text of link-poor paragraphs under each element
	var order []*html.Node
	add := func(n *html.Node, v float64) {
		if n == nil || n.Type != html.ElementNode {
			return
		}
		if _, ok := scores[n]; !ok {
			scores[n] = tagWeight(n) + classWeight(n)
			order = append(order, n)
		}
		scores[n] += v
	}
	walk(body, func(n *html.Node) bool {
		if n.Type != html.ElementNode {
			return false
		}
		var ps float64
		switch n.DataAtom {
		case atom.P, atom.Pre, atom.Td, atom.Blockquote, atom.Dd:
			ps = paragraphScore(n, st, 0)
		case atom.Div, atom.Section, atom.Article, atom.Main, atom.Span, atom.Font, atom.Center, atom.Li:
			if d := directText(n, st); d >= 25 {
				ps = paragraphScore(n, st, d)
			}
		}
		if ps > 0 && st.linkDensity(n) < 0.35 {
			t := st[n].text
			if n.DataAtom != atom.P && n.DataAtom != atom.Pre && n.DataAtom != atom.Td && n.DataAtom != atom.Blockquote && n.DataAtom != atom.Dd {
				t = directText(n, st)
			}
			for a := n; a != nil; a = a.Parent {
				good[a] += t
			}
		}
		if ps > 0 {
			level := 0
			for a := n.Parent; a != nil && level < 5; a = a.Parent {
				div := 1.0
				switch level {
				case 0:
				case 1:
					div = 2
				default:
					div = float64(level * 3)
				}
				add(a, ps/div)
				level++
			}
		}
		return n.DataAtom != atom.P && n.DataAtom != atom.Pre
	})
	if len(order) == 0 {
		return nil
	}
	cands := make([]candidate, 0, len(order))
	for _, n := range order {
		// An article-like class name is worth its bonus only on an element
		// with article-sized text: "text" and "content" name small boxes too.
		if w := positiveWeight(n); w > 0 {
			scores[n] -= w * (1 - min(1, float64(st[n].text)/500))
		}
		cands = append(cands, candidate{n, scores[n] * (1 - st.linkDensity(n))})
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	top := cands[0].n
	topScore := cands[0].score

	// Several near-best candidates under one ancestor: the body is split
	// into sections, so take the ancestor.
	var alts []*html.Node
	for _, c := range cands[1:min(len(cands), 6)] {
		if c.score >= topScore*0.75 {
			alts = append(alts, c.n)
		}
	}
	if len(alts) >= 3 {
		for p := top.Parent; p != nil && p.DataAtom != atom.Body; p = p.Parent {
			holds := 0
			for _, a := range alts {
				if contains(p, a) {
					holds++
				}
			}
			if holds >= 3 {
				top = p
				break
			}
		}
	}
	// An only child adds nothing: its parent may hold siblings' content.
	for top.Parent != nil && top.Parent.DataAtom != atom.Body && top.Parent.Type == html.ElementNode && onlyElementChild(top.Parent) == top {
		top = top.Parent
	}
	top = widen(top, good, st)
	topScore = scores[top] * (1 - st.linkDensity(top))

	threshold := max(10, topScore*0.2)
	var out []*html.Node
	parent := top.Parent
	if parent == nil {
		return []*html.Node{top}
	}
	topClass := attr(top, "class")
	for s := parent.FirstChild; s != nil; s = s.NextSibling {
		if s == top {
			out = append(out, s)
			continue
		}
		if s.Type != html.ElementNode {
			continue
		}
		bonus := 0.0
		if topClass != "" && attr(s, "class") == topClass {
			bonus = topScore * 0.2
		}
		if sc, ok := scores[s]; ok && sc*(1-st.linkDensity(s))+bonus >= threshold {
			out = append(out, s)
			continue
		}
		if s.DataAtom == atom.P {
			ss := st[s]
			ld := st.linkDensity(s)
			if ss.text > 80 && ld < 0.25 || ss.text > 0 && ss.text <= 80 && ld == 0 && endsSentence(textOf(s)) {
				out = append(out, s)
			}
		}
	}
	return out
}

func onlyElementChild(n *html.Node) *html.Node {
	var only *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.ElementNode:
			if only != nil {
				return nil
			}
			only = c
		case html.TextNode:
			if t, _ := countText(c.Data); t > 0 {
				return nil
			}
		}
	}
	return only
}

func contains(anc, n *html.Node) bool {
	for p := n; p != nil; p = p.Parent {
		if p == anc {
			return true
		}
	}
	return false
}

func endsSentence(s string) bool {
	if s == "" {
		return false
	}
	switch s[len(s)-1] {
	case '.', '!', '?', '"', ')':
		return true
	}
	return false
}

// widen climbs from the best element to an ancestor that adds more article
// paragraphs without diluting them: bodies split into chunks ("article__chunks"
// with ads between) or a lead paragraph kept apart from the rest.
func widen(top *html.Node, good map[*html.Node]int, st statsTable) *html.Node {
	ratio := func(n *html.Node) float64 {
		s := st[n]
		if s == nil || s.text == 0 {
			return 0
		}
		return float64(good[n]) / float64(s.text)
	}
	best := top
	base := ratio(top)
	a := top.Parent
	for level := 0; level < 6 && a != nil && a.DataAtom != atom.Body && a.DataAtom != atom.Html; level++ {
		if float64(good[a]) >= 1.15*float64(good[best]) && ratio(a) >= 0.75*base {
			best = a
		}
		a = a.Parent
	}
	return best
}

// introClass names the standfirst that templates keep apart from the body.
var introClass = regexp.MustCompile(`(?i)(?:^|[^a-z])(?:intro|lead|lede|teaser|excerpt|standfirst|summary|dek|abstract|chapeau|chapo|vorspann|sapo|entradilla|bajada)(?:$|[^a-z])`)

// findIntro returns a standfirst paragraph placed before the content element
// outside it, or nil.
func findIntro(top *html.Node, st statsTable) *html.Node {
	for a, level := top, 0; a != nil && level < 3 && a.DataAtom != atom.Body; a, level = a.Parent, level+1 {
		for s := a.PrevSibling; s != nil; s = s.PrevSibling {
			if s.Type != html.ElementNode {
				continue
			}
			if !introClass.MatchString(classID(s)) {
				continue
			}
			ss := st[s]
			if ss == nil || ss.text < 40 || ss.text > 800 || st.linkDensity(s) > 0.3 {
				continue
			}
			return s
		}
	}
	return nil
}
