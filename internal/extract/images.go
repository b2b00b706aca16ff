package extract

import (
	"regexp"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lazySrcAttrs hold the real image URL on lazy-loading templates, most
// specific first.
var lazySrcAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-full-src", "data-lazy", "data-echo", "data-img-src"}

// placeholderSrc matches the names of spacer and placeholder images.
var placeholderSrc = regexp.MustCompile(`(?i)(?:^|[/_.-])(?:pixel|spacer|blank|transparent|placeholder|lazy|loading|grey|gray|1x1|dot)(?:[_.-]|\.(?:gif|png|jpe?g|svg|webp)$)`)

// creditClass marks caption parts that name the photographer or agency.
var creditClass = regexp.MustCompile(`(?i)credit|copyright|photographer|byline|author|source|attribution|courtesy|rights`)

// captionClass marks elements holding an image caption outside <figure>.
var captionClass = regexp.MustCompile(`(?i)caption|legend|wp-caption-text|image-text|img-desc`)

// creditLabel splits "caption Photo: Name/Agency" into caption and credit; the
// label is dropped from the credit.
var creditLabel = regexp.MustCompile(`(?i)(?:^|[\s(\[|–—-])(?:photo(?:graph)?s?(?: by)?|picture|image|credit|crédit(?: photo)?|photo credit|foto(?:s)?|bild|quelle|source|copyright|©|\(c\)|tasvir|تصوير|صورة|المصدر)\s*[:：]?\s*([^:：]{2,120}?)[)\]]?\s*$`)

// agencyLine is a bare "Name/Agency" or "Agency via Getty" credit line.
var agencyLine = regexp.MustCompile(`^[\p{L}\p{M}0-9 .,'’&()-]{2,80}(?:/|\bvia\b| - )[\p{L}\p{M}0-9 .,'’&()/-]{2,100}$`)

// image resolves an <img> or <picture> (or the first image under n) to an
// Image, skipping tracking pixels and placeholders. ctx is where captions are
// looked for when the image is not inside a <figure>.
func (b *builder) image(n, ctx *xhtml.Node) (*Image, bool) {
	img := n
	if n.DataAtom != atom.Img {
		img = findFirst(n, atom.Img)
	}
	if img == nil {
		return nil, false
	}
	src := b.imageURL(img, n)
	if src == "" {
		return nil, false
	}
	w, _ := strconv.Atoi(strings.TrimSuffix(attr(img, "width"), "px"))
	h, _ := strconv.Atoi(strings.TrimSuffix(attr(img, "height"), "px"))
	if w > 0 && w <= 4 || h > 0 && h <= 4 {
		return nil, false
	}
	im := &Image{URL: src, Alt: collapseSpace(attr(img, "alt")), Width: w, Height: h}
	im.Credit = collapseSpace(firstNonEmpty(attr(img, "data-credit"), attr(n, "data-credit"), attr(img, "data-copyright")))
	if n == ctx {
		b.looseCaption(n, im)
	}
	return im, true
}

// imageURL picks the best URL of img: the largest srcset candidate, then lazy
// attributes, then src, skipping data: URIs and placeholders.
func (b *builder) imageURL(img, pic *xhtml.Node) string {
	var cands []string
	if s := bestSrcset(attr(img, "data-srcset")); s != "" {
		cands = append(cands, s)
	}
	if s := bestSrcset(attr(img, "srcset")); s != "" {
		cands = append(cands, s)
	}
	if pic != img {
		for c := pic.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.ElementNode && c.DataAtom == atom.Source {
				if s := bestSrcset(firstNonEmpty(attr(c, "data-srcset"), attr(c, "srcset"))); s != "" {
					cands = append(cands, s)
				}
			}
		}
	}
	for _, a := range lazySrcAttrs {
		if s := attr(img, a); s != "" {
			cands = append(cands, s)
		}
	}
	cands = append(cands, attr(img, "src"))
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if c == "" || strings.HasPrefix(c, "data:") || placeholderSrc.MatchString(pathOf(c)) {
			continue
		}
		if u := b.resolve(c); u != "" {
			return u
		}
	}
	return ""
}

func pathOf(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return u
}

// bestSrcset returns the widest candidate of a srcset attribute.
func bestSrcset(set string) string {
	if set == "" {
		return ""
	}
	best, bestW := "", -1.0
	for _, part := range strings.Split(set, ",") {
		f := strings.Fields(part)
		if len(f) == 0 {
			continue
		}
		w := 1.0
		if len(f) > 1 {
			d := f[1]
			if v, err := strconv.ParseFloat(d[:len(d)-1], 64); err == nil && len(d) > 1 {
				w = v
				if d[len(d)-1] == 'x' {
					w *= 1000
				}
			}
		}
		if w > bestW {
			best, bestW = f[0], w
		}
	}
	return best
}

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
		return cap, strings.TrimSpace(text[m[2]:m[3]])
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

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
