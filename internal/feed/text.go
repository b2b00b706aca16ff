package feed

import (
	"regexp"
	"strings"

	nethtml "golang.org/x/net/html"
)

var (
	closeTagRe = regexp.MustCompile(`</[A-Za-z][A-Za-z0-9]*\s*>`)
	entityRe   = regexp.MustCompile(`&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);`)
	tagNameRe  = regexp.MustCompile(`</?([A-Za-z][A-Za-z0-9]*)`)
	emailRe    = regexp.MustCompile(`[^\s()<>@,;:"\[\]]+@[^\s()<>@,;:"\[\]]+`)
)

// plainText turns a feed's title into text: markup stripped, entities
// decoded, whitespace collapsed. Only strings that look like HTML are read as
// HTML, so a literal "a < b" or "<blink>" in a plain title survives.
func plainText(s string) string {
	if looksLikeHTML(s) {
		s = htmlToText(s)
	}
	return collapseSpace(s)
}

// looksLikeHTML follows feedparser's guess for elements whose type is not
// declared: a close tag or an entity reference, and only HTML tag names.
func looksLikeHTML(s string) bool {
	if !closeTagRe.MatchString(s) && !entityRe.MatchString(s) {
		return false
	}
	for _, m := range tagNameRe.FindAllStringSubmatch(s, -1) {
		if !htmlElements[strings.ToLower(m[1])] {
			return false
		}
	}
	return true
}

// htmlToText returns the text of an HTML fragment, without the contents of
// elements that are never shown.
func htmlToText(s string) string {
	var b strings.Builder
	z := nethtml.NewTokenizer(strings.NewReader(s))
	skip := 0
	for {
		switch z.Next() {
		case nethtml.ErrorToken:
			return b.String()
		case nethtml.TextToken:
			if skip == 0 {
				b.Write(z.Text())
			}
		case nethtml.StartTagToken:
			name, _ := z.TagName()
			if hiddenElements[string(name)] {
				skip++
			} else if blockElements[string(name)] {
				b.WriteByte(' ')
			}
		case nethtml.SelfClosingTagToken:
			name, _ := z.TagName()
			if blockElements[string(name)] {
				b.WriteByte(' ')
			}
		case nethtml.EndTagToken:
			name, _ := z.TagName()
			if hiddenElements[string(name)] && skip > 0 {
				skip--
			} else if blockElements[string(name)] {
				b.WriteByte(' ')
			}
		}
	}
}

func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// authorName extracts a display name from the forms feeds use for people:
// "Name", "email (Name)", "Name (email)", "Name <email>". A bare address is
// kept, as it is the only name given.
func authorName(s string) string {
	s = plainText(s)
	if s == "" {
		return ""
	}
	if open := strings.LastIndexByte(s, '('); open > 0 && strings.HasSuffix(s, ")") {
		inside := strings.TrimSpace(s[open+1 : len(s)-1])
		outside := strings.TrimSpace(s[:open])
		switch {
		case isEmail(outside) && inside != "":
			return inside
		case isEmail(inside) && outside != "":
			return outside
		}
	}
	if lt := strings.IndexByte(s, '<'); lt > 0 && strings.HasSuffix(s, ">") && isEmail(s[lt+1:len(s)-1]) {
		return strings.Trim(strings.TrimSpace(s[:lt]), `"`)
	}
	if isEmail(strings.TrimPrefix(s, "mailto:")) {
		return strings.TrimPrefix(s, "mailto:")
	}
	return s
}

func isEmail(s string) bool {
	s = strings.TrimPrefix(strings.TrimSpace(s), "mailto:")
	return emailRe.FindString(s) == s && s != ""
}

// normalizeLanguage turns "en_US " into "en-US"; BCP 47 uses hyphens.
func normalizeLanguage(s string) string {
	return strings.ReplaceAll(strings.TrimSpace(s), "_", "-")
}

// hiddenElements hold content that is never shown as text. Plugin elements
// (object, iframe) are not here: their content is the fallback text.
var hiddenElements = map[string]bool{
	"script": true, "style": true, "template": true, "head": true,
}

var blockElements = map[string]bool{
	"br": true, "p": true, "div": true, "li": true, "tr": true, "td": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"blockquote": true, "pre": true, "hr": true, "table": true, "ul": true, "ol": true,
}

// htmlElements are the tag names that make a string look like HTML.
var htmlElements = func() map[string]bool {
	names := `a abbr acronym address applet area article aside audio b base basefont bdi bdo big
		blink blockquote body br button canvas caption center cite code col colgroup data datalist
		dd del details dfn dialog dir div dl dt em embed fieldset figcaption figure font footer
		form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html i iframe img input ins
		kbd keygen label legend li link main map mark marquee menu meta meter nav noscript object
		ol optgroup option output p param picture pre progress q rp rt ruby s samp script section
		select small source span strike strong style sub summary sup table tbody td template
		textarea tfoot th thead time title tr track tt u ul var video wbr math svg`
	m := map[string]bool{}
	for _, n := range strings.Fields(names) {
		m[n] = true
	}
	return m
}()
