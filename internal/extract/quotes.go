package extract

import (
	"regexp"
	"strings"
	"unicode/utf8"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// maxSignature is the longest attribution read as one: longer closing
// lines are the quotation's own text.
const maxSignature = 120

// quoteSignature finds the line that signs a blockquote, at its end: a
// <cite> or <footer> ("<cite>Helena Marsk, Prime Minister</cite>"), a
// paragraph holding only a <cite>, an element whose class says it signs
// (<span class="quote-author">), or a line opening with a dash, as a
// paragraph or as loose text and links ("— Robert Maguire (@rm)
// <a>November 18, 2019</a>" under an embedded post). It returns the nodes
// to leave out of the body and the name without its dash.
func quoteSignature(bq *xhtml.Node) ([]*xhtml.Node, string) {
	last := bq.LastChild
	for last != nil && last.Type == xhtml.TextNode && strings.TrimSpace(last.Data) == "" {
		last = last.PrevSibling
	}
	if last == nil || last == firstContent(bq) {
		return nil, "" // a quotation with nothing else is not signed
	}
	nodes := []*xhtml.Node{last}
	var text string
	switch {
	case last.Type == xhtml.ElementNode && (last.DataAtom == atom.Cite || last.DataAtom == atom.Footer):
		text = textOf(last)
	case last.Type == xhtml.ElementNode && last.DataAtom == atom.P && onlyCite(last):
		text = textOf(last)
	case last.Type == xhtml.ElementNode && last.DataAtom == atom.P:
		if text = textOf(last); !startsWithDash(text) {
			return nil, ""
		}
	default:
		// loose text and inline elements after the last paragraph
		nodes = nodes[:0]
		for c := last; c != nil && !isBlockNode(c); c = c.PrevSibling {
			nodes = append(nodes, c)
		}
		var b strings.Builder
		for i := len(nodes) - 1; i >= 0; i-- {
			if nodes[i].Type == xhtml.TextNode {
				b.WriteString(nodes[i].Data)
			} else {
				b.WriteString(" " + textOf(nodes[i]) + " ")
			}
		}
		if len(nodes) == 0 || nodes[len(nodes)-1] == firstContent(bq) {
			return nil, "" // a closing <div>, or nothing but inline content
		}
		text = collapseSpace(b.String())
		if !startsWithDash(text) && !(len(nodes) == 1 && last.Type == xhtml.ElementNode && signatureClass.MatchString(classID(last))) {
			return nil, ""
		}
	}
	text = strings.TrimSpace(strings.TrimLeft(text, "—–―-‒ \u00a0"))
	if text == "" || utf8.RuneCountInString(text) > maxSignature {
		return nil, ""
	}
	return nodes, text
}

// signatureClass names the element that signs a quotation:
// <span class="quote-author">, <span class="pullquote-attrib">.
var signatureClass = regexp.MustCompile(`(?i)author|attrib|cite|byline|speaker|\bwho\b`)

// isBlockNode reports an element that starts a paragraph of its own.
func isBlockNode(n *xhtml.Node) bool {
	if n.Type != xhtml.ElementNode {
		return false
	}
	switch n.DataAtom {
	case atom.P, atom.Div, atom.Ul, atom.Ol, atom.Table, atom.Figure, atom.Pre, atom.Br,
		atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote:
		return true
	}
	return false
}

// firstContent is bq's first child that is not white space.
func firstContent(bq *xhtml.Node) *xhtml.Node {
	c := bq.FirstChild
	for c != nil && c.Type == xhtml.TextNode && strings.TrimSpace(c.Data) == "" {
		c = c.NextSibling
	}
	return c
}

// onlyCite reports whether p holds a <cite> and nothing else but space.
func onlyCite(p *xhtml.Node) bool {
	found := false
	for c := p.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == xhtml.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == xhtml.ElementNode && c.DataAtom == atom.Cite && !found:
			found = true
		default:
			return false
		}
	}
	return found
}

func startsWithDash(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return r == '—' || r == '–' || r == '―' || (r == '-' && strings.HasPrefix(s, "- ")) || strings.HasPrefix(s, "--")
}

// quoteOpeners are the marks a quotation already opens with.
const quoteOpeners = "“\"«„‘'‹「"

// signedQuote is the plain text of a signed blockquote: the quotation in
// quotation marks, then a dash and who it is by, the way print signs a
// pull quote, so that later stages read it as that person's words.
func signedQuote(text, by string) string {
	if r, _ := utf8.DecodeRuneInString(text); !strings.ContainsRune(quoteOpeners, r) {
		text = "“" + text + "”"
	}
	return text + " — " + by
}
