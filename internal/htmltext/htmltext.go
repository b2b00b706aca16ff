// Package htmltext turns publisher HTML into plain text for listings,
// snippets and the search index.
package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// Plain returns the text of an HTML fragment with whitespace collapsed, cut
// to at most max runes (with an ellipsis) when max > 0. Script and style
// contents are dropped. Text without markup is only collapsed.
func Plain(s string, max int) string {
	if strings.ContainsAny(s, "<&") {
		s = textOf(s)
	}
	s = strings.Join(strings.Fields(s), " ")
	if max > 0 {
		if r := []rune(s); len(r) > max {
			s = strings.TrimSpace(string(r[:max])) + "…"
		}
	}
	return s
}

func textOf(s string) string {
	var b strings.Builder
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			return b.String()
		}
		name, _ := z.TagName()
		switch tt {
		case html.StartTagToken, html.EndTagToken:
			if t := string(name); t == "script" || t == "style" {
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			b.WriteByte(' ')
		case html.SelfClosingTagToken:
			b.WriteByte(' ')
		case html.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		}
	}
}
