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
const minBodyChars = 150

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
	body := findFirst(doc, atom.Body)
	if body == nil {
		return art, ErrNotArticle
	}
	dropTags(body)
	st := measure(body)
	cleanTree(body, st)
	st = measure(body)
	roots := pickContent(body, st)
	b := newBuilder(st, base, meta.title, meta.authors)
	for _, r := range roots {
		b.root = r
		b.node(r)
		b.flush()
	}
	art.Blocks = trimBlocks(b.blocks)
	finish(art)
	if utf8.RuneCountInString(art.Text) < minBodyChars {
		return art, ErrNotArticle
	}
	return art, nil
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
		text.WriteString(bl.Text)
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

// bylinePrefix matches "By Jane Doe" lines in many languages.
var bylinePrefix = regexp.MustCompile(`(?i)^(?:by|von|par|por|di|door|av|af|przez|от|بقلم|كتب|written by|reporting by|text:)\s+\S`)

// isBylineText reports whether a short line is a byline repeated in the body.
func isBylineText(s string, authors []string) bool {
	if bylinePrefix.MatchString(s) && len(s) < 100 {
		return true
	}
	for _, a := range authors {
		if a != "" && strings.EqualFold(strings.TrimSpace(s), a) {
			return true
		}
	}
	return false
}
