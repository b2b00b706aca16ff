// Package htmltext turns publisher HTML into plain text for listings,
// snippets, pages that fall back to the feed's text, and the search index.
package htmltext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// Plain returns the text of an HTML fragment with whitespace collapsed, cut
// to at most max runes (see Truncate) when max > 0. Script and style
// contents are dropped. Text without markup is only collapsed.
func Plain(s string, max int) string {
	if strings.ContainsAny(s, "<&") {
		s = strings.Join(Paragraphs(s), " ")
	}
	s = strings.Join(strings.Fields(s), " ")
	if max > 0 {
		s = Truncate(s, max)
	}
	return s
}

// Truncate cuts s to at most n runes, at a word boundary when one falls in
// the second half, and marks the cut with an ellipsis.
func Truncate(s string, n int) string {
	if r := []rune(s); len(r) > n {
		cut := strings.TrimSpace(string(r[:n]))
		if i := strings.LastIndexByte(cut, ' '); i > 0 && utf8.RuneCountInString(cut[:i]) > n/2 {
			cut = cut[:i]
		}
		return strings.TrimRight(cut, ",;:-– ") + "…"
	}
	return s
}

// blockTags end a paragraph.
var blockTags = map[string]bool{"p": true, "div": true, "br": true, "li": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "blockquote": true, "figure": true, "figcaption": true, "tr": true, "section": true}

// Paragraphs is the text of an HTML fragment in paragraphs (block elements
// end one), whitespace collapsed, without scripts and styles.
func Paragraphs(s string) []string {
	var paras []string
	var cur strings.Builder
	flush := func() {
		if t := strings.Join(strings.Fields(cur.String()), " "); t != "" {
			paras = append(paras, t)
		}
		cur.Reset()
	}
	z := html.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		name, _ := z.TagName()
		tag := string(name)
		switch tt {
		case html.StartTagToken, html.SelfClosingTagToken, html.EndTagToken:
			if tag == "script" || tag == "style" {
				// "<script/>" opens a script too: the tokenizer reads what
				// follows as its raw text, as browsers do.
				if tt != html.EndTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			}
			if blockTags[tag] {
				flush()
			} else {
				cur.WriteByte(' ')
			}
		case html.TextToken:
			if skip == 0 {
				cur.Write(z.Text())
			}
		}
	}
	flush()
	return paras
}
