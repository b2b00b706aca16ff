package extract

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

func (b *builder) list(n *xhtml.Node) {
	if b.st.linkDensity(n) > 0.5 || b.stopped {
		return
	}
	if b.stopList {
		b.stopList = false
		return
	}
	if hasRichItems(n) {
		// items holding paragraphs, images or captions are walked like any
		// container so their furniture is filtered and images kept
		b.children(n)
		b.flush()
		return
	}
	var items, marks []string
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != xhtml.ElementNode || li.DataAtom != atom.Li || b.skip[li] {
			continue
		}
		t := textOf(li)
		if t == "" || isBoilerplateText(t) || len(t) < 160 && metaLine.MatchString(t) {
			continue
		}
		items = append(items, t)
		marks = append(marks, html.EscapeString(t))
	}
	if len(items) == 0 {
		return
	}
	kind := "ul"
	if n.DataAtom == atom.Ol {
		kind = "ol"
	}
	b.blocks = append(b.blocks, Block{Kind: kind, Items: items, Text: strings.Join(items, "\n")})
}

// hasRichItems reports whether a list's items hold block content or images
// rather than a line of text each.
func hasRichItems(n *xhtml.Node) bool {
	rich := false
	walk(n, func(c *xhtml.Node) bool {
		if rich {
			return false
		}
		if c != n && c.Type == xhtml.ElementNode {
			switch c.DataAtom {
			case atom.Img, atom.Picture, atom.Figure, atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.Table, atom.Blockquote:
				rich = true
				return false
			}
		}
		return true
	})
	return rich
}

// isLayoutTable reports whether a table lays out a page rather than holding data.
func isLayoutTable(n *xhtml.Node) bool {
	layout := false
	walk(n, func(c *xhtml.Node) bool {
		if layout {
			return false
		}
		if c != n && c.Type == xhtml.ElementNode {
			switch c.DataAtom {
			case atom.Table, atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.Ul, atom.Blockquote:
				layout = true
				return false
			}
		}
		return true
	})
	return layout
}

func (b *builder) table(n *xhtml.Node) {
	if b.st.linkDensity(n) > 0.5 {
		return
	}
	var rows []string
	walk(n, func(c *xhtml.Node) bool {
		if c.Type == xhtml.ElementNode && c.DataAtom == atom.Tr {
			var cells []string
			for td := c.FirstChild; td != nil; td = td.NextSibling {
				if td.Type == xhtml.ElementNode && (td.DataAtom == atom.Td || td.DataAtom == atom.Th) {
					cells = append(cells, textOf(td))
				}
			}
			if row := strings.TrimSpace(strings.Join(cells, " | ")); strings.Trim(row, "| ") != "" {
				rows = append(rows, row)
			}
			return false
		}
		return true
	})
	if len(rows) > 0 {
		b.blocks = append(b.blocks, Block{Kind: "table", Text: strings.Join(rows, "\n"), Items: rows})
	}
}

func textOfPre(n *xhtml.Node) string {
	var sb strings.Builder
	walk(n, func(c *xhtml.Node) bool {
		if c.Type == xhtml.TextNode {
			sb.WriteString(c.Data)
		}
		if c.Type == xhtml.ElementNode && c.DataAtom == atom.Br {
			sb.WriteByte('\n')
		}
		return true
	})
	return sb.String()
}
