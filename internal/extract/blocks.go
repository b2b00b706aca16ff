package extract

import (
	"html"
	"net/url"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// builder turns the chosen content elements into Blocks and body HTML,
// dropping furniture paragraph by paragraph as it goes.
type builder struct {
	st       statsTable
	base     *url.URL
	title    string
	authors  []string
	blocks   []Block
	skip     map[*xhtml.Node]bool // caption and credit elements already attached to an image
	root     *xhtml.Node          // the content element being walked
	stopList bool                 // a "Related:" line asked to drop the list after it
	stopped  bool                 // a "Related stories" heading ended the body section
	dropped  bool                 // a template line was dropped since the last heading
	kind     string               // block kind for paragraphs: "p", or "blockquote" inside one
	text     strings.Builder      // current paragraph, raw
	markup   strings.Builder      // current paragraph, inline HTML
	chars    int
	linkText int
	inLink   int
	lastBr   bool
}

func newBuilder(st statsTable, base *url.URL, title string, authors []string) *builder {
	return &builder{st: st, base: base, title: title, authors: authors, skip: map[*xhtml.Node]bool{}, kind: "p"}
}

// inlineTags are kept as markup inside a paragraph's HTML.
var inlineTags = map[atom.Atom]string{
	atom.Em: "em", atom.I: "em", atom.Strong: "strong", atom.B: "strong",
	atom.Code: "code", atom.Sub: "sub", atom.Sup: "sup", atom.Mark: "mark", atom.Q: "q",
	atom.Cite: "cite", atom.Abbr: "abbr", atom.Small: "small", atom.S: "s", atom.Del: "del", atom.Ins: "ins",
}

func (b *builder) node(n *xhtml.Node) {
	if b.skip[n] {
		return
	}
	switch n.Type {
	case xhtml.TextNode:
		b.addText(n.Data)
		return
	case xhtml.ElementNode:
	default:
		return
	}
	switch n.DataAtom {
	case atom.Br:
		if b.lastBr {
			b.flush()
			return
		}
		b.text.WriteByte('\n')
		b.markup.WriteString("<br>")
		b.lastBr = true
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		b.flush()
		b.heading(n)
		return
	case atom.Ul, atom.Ol:
		b.flush()
		b.list(n)
		return
	case atom.Table:
		b.flush()
		if isLayoutTable(n) {
			b.children(n)
			b.flush()
			return
		}
		b.table(n)
		return
	case atom.Figure:
		b.flush()
		b.figure(n)
		return
	case atom.Img, atom.Picture:
		if img, ok := b.image(n, n); ok {
			b.flush()
			b.blocks = append(b.blocks, Block{Kind: "figure", Image: img})
		}
		return
	case atom.Pre:
		b.flush()
		if t := strings.TrimRight(textOfPre(n), "\n "); strings.TrimSpace(t) != "" {
			b.blocks = append(b.blocks, Block{Kind: "pre", Text: t})
		}
		return
	case atom.Blockquote:
		b.flush()
		prev, first := b.kind, len(b.blocks)
		b.kind = "blockquote"
		signature, by := quoteSignature(n)
		for _, s := range signature {
			b.skip[s] = true
		}
		b.children(n)
		b.flush()
		b.kind = prev
		if last := len(b.blocks) - 1; by != "" && last >= first && b.blocks[last].Kind == "blockquote" {
			b.blocks[last].Cite = by
		}
		return
	case atom.A:
		b.inLink++
		href := b.resolve(attr(n, "href"))
		if href != "" && !strings.HasPrefix(href, "javascript:") {
			b.markup.WriteString(`<a href="` + html.EscapeString(href) + `">`)
			b.children(n)
			b.markup.WriteString("</a>")
		} else {
			b.children(n)
		}
		b.inLink--
		return
	}
	if n != b.root && b.st[n] != nil && b.st[n].text < 500 {
		if ci := classID(n); ci != "" && (captionElement.MatchString(ci) || creditElement.MatchString(ci)) {
			b.flush()
			if findFirst(n, atom.Img) != nil {
				// "wp-caption" style wrappers hold the image and its caption
				b.figure(n)
				return
			}
			b.attachCaption(n, creditElement.MatchString(ci) && !captionElement.MatchString(ci))
			return
		}
		if isTeaser(n, b.st) {
			return
		}
	}
	if tag, ok := inlineTags[n.DataAtom]; ok {
		b.markup.WriteString("<" + tag + ">")
		b.children(n)
		b.markup.WriteString("</" + tag + ">")
		return
	}
	if isBlock(n) {
		b.flush()
		b.children(n)
		b.flush()
		return
	}
	b.children(n)
}

func (b *builder) children(n *xhtml.Node) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.node(c)
	}
}

func (b *builder) addText(s string) {
	if s == "" {
		return
	}
	t, _ := countText(s)
	if t > 0 {
		b.lastBr = false
	}
	b.chars += t
	if b.inLink > 0 {
		b.linkText += t
	}
	b.text.WriteString(s)
	b.markup.WriteString(html.EscapeString(s))
}

// flush ends the current paragraph and keeps it unless it is furniture.
func (b *builder) flush() {
	raw := b.text.String()
	markup := b.markup.String()
	chars, links := b.chars, b.linkText
	b.text.Reset()
	b.markup.Reset()
	b.chars, b.linkText, b.lastBr = 0, 0, false
	text := collapseLines(raw)
	if b.stopped && len(text) > 150 && float64(links) < 0.1*float64(chars) {
		// the body goes on after a "More:" box in its middle
		b.stopped = false
	}
	if text == "" || b.stopped {
		return
	}
	if !hasWordChars(text) {
		return
	}
	if len(text) < 80 && sectionStop.MatchString(text) {
		b.stopList = true
		return
	}
	if chars > 0 && float64(links)/float64(chars) > 0.6 {
		return
	}
	if b.isFurniture(text) {
		b.dropped = true
		return
	}
	b.stopList = false
	b.blocks = append(b.blocks, Block{Kind: b.kind, Text: text, html: strings.TrimSpace(markup)})
}

// isFurniture reports whether a paragraph is template text: share prompts,
// the headline or byline repeated, ad labels.
func (b *builder) isFurniture(text string) bool {
	if isBoilerplateText(text) {
		return true
	}
	if len(text) < 160 && metaLine.MatchString(text) {
		return true
	}
	if b.title != "" && strings.EqualFold(text, b.title) {
		return true
	}
	if len(text) < 120 && isBylineText(text, b.authors) {
		return true
	}
	return false
}

func (b *builder) heading(n *xhtml.Node) {
	text := textOf(n)
	if text == "" {
		return
	}
	if b.dropped && len(b.blocks) > 0 && isHeading(b.blocks[len(b.blocks)-1]) {
		// the previous heading held only furniture ("Support us" over an
		// appeal): it goes with it
		b.blocks = b.blocks[:len(b.blocks)-1]
	}
	b.dropped = false
	if len(text) < 80 && sectionStop.MatchString(text) {
		b.stopped = true
		return
	}
	b.stopped, b.stopList = false, false
	if b.isFurniture(text) || b.isTitle(n, text) {
		return
	}
	if b.st.linkDensity(n) > 0.6 {
		return
	}
	kind := "h2"
	if n.DataAtom >= atom.H3 && n.DataAtom != atom.H2 {
		kind = "h3"
	}
	switch n.DataAtom {
	case atom.H1, atom.H2:
		kind = "h2"
	default:
		kind = "h3"
	}
	b.blocks = append(b.blocks, Block{Kind: kind, Text: text, html: html.EscapeString(text)})
}

func isHeading(bl Block) bool { return bl.Kind == "h2" || bl.Kind == "h3" }

// isTeaser reports whether n is a teaser card of another article: a short
// block whose heading is a link.
func isTeaser(n *xhtml.Node, st statsTable) bool {
	if !isBlock(n) || n.DataAtom == atom.P {
		return false
	}
	var first *xhtml.Node
	walk(n, func(c *xhtml.Node) bool {
		if first != nil || c.Type != xhtml.ElementNode {
			return first == nil
		}
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			first = c
			return false
		}
		return true
	})
	return first != nil && (st.linkDensity(first) > 0.8 || insideLink(first, n))
}

func insideLink(c, stop *xhtml.Node) bool {
	for p := c.Parent; p != nil && p != stop; p = p.Parent {
		if p.Type == xhtml.ElementNode && p.DataAtom == atom.A {
			return true
		}
	}
	return false
}

// isTitle reports whether heading n repeats the article's title: an <h1>
// before any paragraph, or any heading whose text opens the page title.
func (b *builder) isTitle(n *xhtml.Node, text string) bool {
	if n.DataAtom == atom.H1 {
		body := false
		for _, bl := range b.blocks {
			if bl.Kind == "p" {
				body = true
				break
			}
		}
		if !body {
			return true
		}
	}
	if b.title == "" || len(text) < 10 {
		return false
	}
	t, h := strings.ToLower(b.title), strings.ToLower(text)
	return strings.HasPrefix(t, h) || strings.HasPrefix(h, t)
}

// collapseLines collapses white space but keeps the line breaks of <br>.
func collapseLines(s string) string {
	if !strings.Contains(s, "\n") {
		return collapseSpace(s)
	}
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = collapseSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func (b *builder) resolve(ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || strings.HasPrefix(ref, "data:") {
		return ""
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ""
	}
	if b.base != nil {
		u = b.base.ResolveReference(u)
	}
	switch u.Scheme {
	case "http", "https", "":
		return u.String()
	}
	return ""
}
