package extract

import (
	"regexp"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// creditClass marks caption parts that name the photographer or agency.
var creditClass = regexp.MustCompile(`(?i)credit|copyright|photographer|byline|author|source|attribution|courtesy|rights`)

// captionClass marks elements holding an image caption outside <figure>.
var captionClass = regexp.MustCompile(`(?i)caption|legend|wp-caption-text|image-text|img-desc`)

// captionElement and creditElement name caption parts outside <figure>;
// their text is attached to the image and kept out of the body text.
var (
	captionElement = regexp.MustCompile(`caption|legend|image-?desc|img-?desc|photo-?desc|bildunterschrift|legende`)
	creditElement  = regexp.MustCompile(`credit|copyright|photographer|image-?source|photo-?source|bildquelle|attribution`)
)

// creditLabel splits "caption Photo: Name/Agency" into caption and credit; the
// label is dropped from the credit.
var creditLabel = regexp.MustCompile(`(?i)(?:^|[\s(\[|–—-])(?:photo(?:graph)?s?(?: by)?|picture|image|credit|crédit(?: photo)?|photo credit|foto(?:s)?|bild|quelle|source|copyright|©|\(c\)|tasvir|تصوير|صورة|المصدر)\s*[:：]?\s*([^:：]{2,120}?)[)\]]?\s*$`)

// bracketedPhotoCredit ends a caption with its picture's credit in
// brackets: "(credit: NASA/Jude Guidry)", "(Photo: Lena Berg)"; not a
// body paragraph's "(source: company filings)".
var bracketedPhotoCredit = regexp.MustCompile(`(?i)\((?:photo(?:graph)?s?|picture|image|credit|foto|ap photo|getty)[^()]*\)\s*$`)

// agencyLine is a bare "Name/Agency" or "Agency via Getty" credit line.
var agencyLine = regexp.MustCompile(`^[\p{L}\p{M}0-9 .,'’&()-]{2,80}(?:/|\bvia\b| - )[\p{L}\p{M}0-9 .,'’&()/-]{2,100}$`)

// figure emits a <figure> as one image block with caption and credit apart.
func (b *builder) figure(n *xhtml.Node) {
	im, ok := b.image(n, nil)
	if !ok {
		// a figure without an image may hold a quote or a table
		b.children(n)
		b.flush()
		return
	}
	var capNode *xhtml.Node
	walk(n, func(c *xhtml.Node) bool {
		if capNode != nil {
			return false
		}
		if c.Type == xhtml.ElementNode && c.DataAtom == atom.Figcaption {
			capNode = c
			return false
		}
		return true
	})
	if capNode == nil {
		walk(n, func(c *xhtml.Node) bool {
			if capNode != nil || c.Type != xhtml.ElementNode {
				return capNode == nil
			}
			if c != n && captionClass.MatchString(classID(c)) {
				capNode = c
				return false
			}
			return true
		})
	}
	if capNode != nil {
		caption, credit := splitCaption(capNode)
		im.Caption = caption
		if credit != "" {
			im.Credit = credit
		}
	}
	// A credit in its own element next to the caption.
	if im.Credit == "" {
		walk(n, func(c *xhtml.Node) bool {
			if im.Credit != "" {
				return false
			}
			if c.Type == xhtml.ElementNode && c != n && c != capNode && creditClass.MatchString(classID(c)) {
				im.Credit = stripCreditLabel(textOf(c))
				return false
			}
			return true
		})
	}
	if im.Credit == "" {
		b.creditAfter(n, im)
	}
	b.blocks = append(b.blocks, Block{Kind: "figure", Image: im})
}

// splitCaption separates the credit from a caption element: a child with a
// credit class, a "Photo: Name" tail, or a last line that reads "Name/Agency".
func splitCaption(c *xhtml.Node) (caption, credit string) {
	var creditNode *xhtml.Node
	walk(c, func(x *xhtml.Node) bool {
		if creditNode != nil {
			return false
		}
		if x != c && x.Type == xhtml.ElementNode && creditClass.MatchString(classID(x)) {
			creditNode = x
			return false
		}
		return true
	})
	if creditNode != nil {
		credit = stripCreditLabel(textOf(creditNode))
		creditNode.Parent.RemoveChild(creditNode)
		caption = textOf(c)
		return strings.TrimSpace(caption), credit
	}
	lines := blockLines(c)
	if len(lines) > 1 {
		last := lines[len(lines)-1]
		if cr := creditOfLine(last); cr != "" {
			return strings.Join(lines[:len(lines)-1], " "), cr
		}
	}
	text := strings.Join(lines, " ")
	return splitCreditTail(text)
}

// splitCreditTail splits "A caption. Photo: Name/Agency".
func splitCreditTail(text string) (caption, credit string) {
	if m := creditLabel.FindStringSubmatchIndex(text); m != nil {
		cap := strings.TrimRight(strings.TrimSpace(text[:m[0]]), "(|–—-[ ")
		credit := strings.TrimSpace(text[m[2]:m[3]])
		// the pattern leaves out a closing bracket; put back one that
		// closes a bracket inside the credit, "Name (reader submission)"
		if rest := text[m[3]:]; strings.Count(credit, "(") > strings.Count(credit, ")") && strings.HasPrefix(strings.TrimSpace(rest), ")") {
			credit += ")"
		}
		return cap, credit
	}
	return text, ""
}

// creditOfLine returns the credit in a line that is only a credit.
func creditOfLine(line string) string {
	if _, cr := splitCreditTail(line); cr != "" && len(line)-len(cr) < 25 {
		return cr
	}
	if agencyLine.MatchString(line) && !endsSentence(line) {
		return line
	}
	return ""
}

// stripCreditLabel removes a "Photo:" style label from a credit.
func stripCreditLabel(s string) string {
	s = strings.TrimSpace(s)
	if _, cr := splitCreditTail(s); cr != "" && len(s)-len(cr) < 25 {
		return cr
	}
	return s
}

// blockLines splits the text of n at block elements and <br>.
func blockLines(n *xhtml.Node) []string {
	var lines []string
	var cur strings.Builder
	flush := func() {
		if t := collapseSpace(cur.String()); t != "" {
			lines = append(lines, t)
		}
		cur.Reset()
	}
	var visit func(*xhtml.Node)
	visit = func(x *xhtml.Node) {
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == xhtml.TextNode:
				cur.WriteString(c.Data)
			case c.Type == xhtml.ElementNode && c.DataAtom == atom.Br:
				flush()
			case isBlock(c):
				flush()
				visit(c)
				flush()
			case c.Type == xhtml.ElementNode:
				visit(c)
			}
		}
	}
	visit(n)
	flush()
	return lines
}

// looseCaption attaches a caption and credit that follow an image outside a
// <figure>: sibling elements classed as caption or credit.
func (b *builder) looseCaption(n *xhtml.Node, im *Image) {
	anchor := n
	for i := 0; i < 3 && anchor != nil; i++ {
		for s := anchor.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == xhtml.TextNode && strings.TrimSpace(s.Data) == "" {
				continue
			}
			if s.Type != xhtml.ElementNode {
				break
			}
			ci := classID(s)
			switch {
			case im.Caption == "" && captionClass.MatchString(ci):
				im.Caption, im.Credit = mergeCredit(splitCaption(s))(im.Credit)
				b.skip[s] = true
				continue
			case im.Credit == "" && creditClass.MatchString(ci):
				im.Credit = stripCreditLabel(textOf(s))
				b.skip[s] = true
				continue
			}
			break
		}
		if im.Caption != "" {
			return
		}
		if b.plainCaption(anchor, im) {
			return
		}
		// climb out of wrappers that hold only the image
		p := anchor.Parent
		if p == nil || p.DataAtom == atom.Body || b.st[p] != nil && b.st[p].text > 0 {
			return
		}
		anchor = p
	}
}

func mergeCredit(caption, credit string) func(string) (string, string) {
	return func(old string) (string, string) {
		if credit == "" {
			credit = old
		}
		return caption, credit
	}
}

// creditAfter takes a bare "Name/Agency" line right after a figure as its credit.
func (b *builder) creditAfter(n *xhtml.Node, im *Image) {
	for s := n.NextSibling; s != nil; s = s.NextSibling {
		if s.Type == xhtml.TextNode && strings.TrimSpace(s.Data) == "" {
			continue
		}
		if s.Type != xhtml.ElementNode {
			return
		}
		t := textOf(s)
		if len(t) <= 160 && (creditClass.MatchString(classID(s)) || creditOfLine(t) != "" && agencyLine.MatchString(t)) {
			im.Credit = stripCreditLabel(t)
			b.skip[s] = true
		}
		return
	}
}

// plainCaption reads the caption layout of templates without caption
// classes: the image, then a paragraph, then a "Name/Agency" credit line. The
// credit line is the evidence; without it a paragraph after an image is body.
func (b *builder) plainCaption(anchor *xhtml.Node, im *Image) bool {
	next := func(n *xhtml.Node) *xhtml.Node {
		for s := n.NextSibling; s != nil; s = s.NextSibling {
			if s.Type == xhtml.ElementNode {
				return s
			}
			if s.Type == xhtml.TextNode && strings.TrimSpace(s.Data) != "" {
				return nil
			}
		}
		return nil
	}
	p1 := next(anchor)
	if p1 == nil || !isBlock(p1) {
		return false
	}
	t1 := textOf(p1)
	if im.Credit == "" && len(t1) <= 160 && agencyLine.MatchString(t1) && !endsSentence(t1) {
		im.Credit = t1
		b.skip[p1] = true
		return true
	}
	// "The core stage of the first SLS ... (credit: NASA/Jude Guidry)":
	// a caption with its credit in brackets at the end.
	if caption, credit := splitCreditTail(t1); im.Caption == "" && len(t1) <= 400 && credit != "" && caption != "" &&
		bracketedPhotoCredit.MatchString(t1) {
		im.Caption = caption
		if im.Credit == "" {
			im.Credit = credit
		}
		b.skip[p1] = true
		return true
	}
	p2 := next(p1)
	if p2 == nil || !isBlock(p2) || len(t1) > 400 {
		return false
	}
	t2 := textOf(p2)
	if len(t2) > 160 || !agencyLine.MatchString(t2) || endsSentence(t2) {
		return false
	}
	im.Caption = t1
	if im.Credit == "" {
		im.Credit = t2
	}
	b.skip[p1], b.skip[p2] = true, true
	return true
}

// attachCaption gives a caption element's text to the image just before it.
func (b *builder) attachCaption(n *xhtml.Node, creditOnly bool) {
	for i := len(b.blocks) - 1; i >= 0 && i >= len(b.blocks)-2; i-- {
		im := b.blocks[i].Image
		if b.blocks[i].Kind != "figure" || im == nil {
			continue
		}
		if creditOnly {
			if im.Credit == "" {
				im.Credit = stripCreditLabel(textOf(n))
			}
			return
		}
		if im.Caption == "" {
			caption, credit := splitCaption(n)
			im.Caption = caption
			if im.Credit == "" {
				im.Credit = credit
			}
		}
		return
	}
}
