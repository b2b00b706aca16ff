package extract

import (
	"fmt"
	"net/url"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// minBodyChars is the least body text that makes a page an article.
const minBodyChars = 100

func extract(page []byte, pageURL string, opts Options) (*Article, error) {
	limit := opts.MaxBytes
	if limit <= 0 {
		limit = DefaultMaxBytes
	}
	if int64(len(page)) > limit {
		return nil, fmt.Errorf("%w: %d bytes, limit %d", ErrTooLarge, len(page), limit)
	}
	doc, err := parsePage(page)
	if err != nil {
		return nil, err
	}
	base, _ := url.Parse(pageURL)
	if b := findFirst(doc, atom.Base); b != nil && base != nil {
		if h, err := url.Parse(attr(b, "href")); err == nil && attr(b, "href") != "" {
			base = base.ResolveReference(h)
		}
	}
	meta := readMeta(doc, base)
	art := &Article{
		Title: meta.title, Authors: meta.authors, PublishedAt: meta.published, ModifiedAt: meta.modified,
		Language: meta.language, SiteName: meta.siteName, CanonicalURL: meta.canonical,
		LeadImage: meta.leadImage, Description: meta.description,
	}
	art.Blocks = bodyBlocks(doc, base, meta, true)
	finish(art)
	if utf8.RuneCountInString(art.Text) < retryBelowChars {
		// Furniture rules removed the article itself (a wrapper classed like
		// a widget): try again on a fresh tree with tag rules only.
		if doc2, err := parsePage(page); err == nil {
			if blocks := bodyBlocks(doc2, base, meta, false); textLen(blocks) > 2*utf8.RuneCountInString(art.Text) {
				art.Blocks = blocks
				finish(art)
			}
		}
	}
	if utf8.RuneCountInString(art.Text) < minBodyChars {
		return art, ErrNotArticle
	}
	return art, nil
}

// retryBelowChars is the body length under which a second, gentler pass runs.
const retryBelowChars = 250

// bodyBlocks finds the article body in doc. strict applies the class and id
// furniture rules before choosing the content element.
func bodyBlocks(doc *html.Node, base *url.URL, meta pageMeta, strict bool) []Block {
	body := findFirst(doc, atom.Body)
	if body == nil {
		return nil
	}
	dropTags(body)
	st := measure(body)
	if strict {
		cleanTree(body, st)
		st = measure(body)
	}
	roots := pickContent(body, st)
	if len(roots) > 0 {
		if intro := findIntro(roots[0], st); intro != nil {
			roots = append([]*html.Node{intro}, roots...)
		}
	}
	b := newBuilder(st, base, meta.title, meta.authors)
	for _, r := range roots {
		b.root = r
		b.node(r)
		b.flush()
	}
	return trimBlocks(b.blocks)
}

func textLen(blocks []Block) int {
	n := 0
	for _, b := range blocks {
		if b.Kind != "figure" {
			n += utf8.RuneCountInString(b.Text)
		}
	}
	return n
}

// trimBlocks drops leading and trailing furniture left inside the content
// element: headings with nothing after them, lone short lines.
func trimBlocks(blocks []Block) []Block {
	for len(blocks) > 0 {
		last := blocks[len(blocks)-1]
		if last.Kind == "h2" || last.Kind == "h3" {
			blocks = blocks[:len(blocks)-1]
			continue
		}
		if last.Kind == "p" && utf8.RuneCountInString(last.Text) < 40 && !endsSentence(last.Text) {
			blocks = blocks[:len(blocks)-1]
			continue
		}
		if (last.Kind == "p" || last.Kind == "h2" || last.Kind == "h3") && utf8.RuneCountInString(last.Text) < 250 && promoWords.MatchString(last.Text) {
			blocks = blocks[:len(blocks)-1]
			continue
		}
		break
	}
	return blocks
}

// finish fills Text, HTML and Images from Blocks.
func finish(art *Article) {
	var text, markup strings.Builder
	art.Images = nil
	for _, bl := range art.Blocks {
		if bl.Kind == "figure" {
			if bl.Image != nil {
				art.Images = append(art.Images, *bl.Image)
				writeFigure(&markup, bl.Image)
			}
			continue
		}
		if text.Len() > 0 {
			text.WriteString("\n\n")
		}
		if bl.Cite != "" {
			text.WriteString(signedQuote(bl.Text, bl.Cite))
		} else {
			text.WriteString(bl.Text)
		}
		writeBlockHTML(&markup, bl)
	}
	art.Text = text.String()
	art.HTML = sanitizeHTML(markup.String())
	if art.LeadImage == "" && len(art.Images) > 0 {
		art.LeadImage = art.Images[0].URL
	}
}

func writeBlockHTML(w *strings.Builder, bl Block) {
	switch bl.Kind {
	case "ul", "ol":
		w.WriteString("<" + bl.Kind + ">")
		for _, it := range bl.Items {
			w.WriteString("<li>" + html.EscapeString(it) + "</li>")
		}
		w.WriteString("</" + bl.Kind + ">\n")
	case "table":
		w.WriteString("<table>")
		for _, row := range bl.Items {
			w.WriteString("<tr>")
			for _, c := range strings.Split(row, " | ") {
				w.WriteString("<td>" + html.EscapeString(c) + "</td>")
			}
			w.WriteString("</tr>")
		}
		w.WriteString("</table>\n")
	case "pre":
		w.WriteString("<pre>" + html.EscapeString(bl.Text) + "</pre>\n")
	default:
		inner := bl.html
		if inner == "" {
			inner = html.EscapeString(bl.Text)
		}
		if bl.Cite != "" {
			inner = "<p>" + inner + "</p><p><cite>" + html.EscapeString(bl.Cite) + "</cite></p>"
		}
		w.WriteString("<" + bl.Kind + ">" + inner + "</" + bl.Kind + ">\n")
	}
}

func writeFigure(w *strings.Builder, im *Image) {
	w.WriteString(`<figure><img src="` + html.EscapeString(im.URL) + `" alt="` + html.EscapeString(im.Alt) + `">`)
	if im.Caption != "" || im.Credit != "" {
		w.WriteString("<figcaption>" + html.EscapeString(im.Caption))
		if im.Credit != "" {
			w.WriteString(` <small class="credit">` + html.EscapeString(im.Credit) + `</small>`)
		}
		w.WriteString("</figcaption>")
	}
	w.WriteString("</figure>\n")
}

// promoWords mark the closing lines of many templates: app and social
// promotions, membership appeals, reprint notices. They are dropped only at
// the end of the body, where such lines sit.
var promoWords = regexp.MustCompile(`(?i)\b(?:download (?:our|the)|our app|apps? (?:for|on) (?:ios|android)|app store|google play|telegram|whatsapp|youtube|instagram|facebook|twitter|newsletter|subscribe|suscríbete|únete|abonnieren|abonnez|hazte (?:miembro|socio)|become a (?:member|subscriber)|support (?:us|our)|unterstütze|copyrighted|all rights reserved|derechos reservados|alle rechte vorbehalten|tous droits réservés|reprint|nachdruck|written permission|letter to the editor|leserbrief)`)

// bylinePrefix matches "By Jane Doe" lines in many languages.
var bylinePrefix = regexp.MustCompile(`(?i)^(?:(?:by|von|par|por|di|door|av|af|przez|от|بقلم|كتب|written by|reporting by)\s+\S|(?:text|texte|auteur|autor|autorin|author|édition|edition|redaktion|rédaction)\s*:)`)

// isBylineText reports whether a short line is a byline repeated in the body.
func isBylineText(s string, authors []string) bool {
	if bylinePrefix.MatchString(s) && len(s) < 100 && !endsSentence(s) {
		return true
	}
	for _, a := range authors {
		if a != "" && strings.EqualFold(strings.TrimSpace(s), a) {
			return true
		}
	}
	return false
}
