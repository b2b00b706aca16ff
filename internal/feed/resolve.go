package feed

import (
	"bytes"
	"html"
	"net/url"
	"strings"

	nethtml "golang.org/x/net/html"
)

// urlAttributes are the HTML attributes whose values are URLs that a
// relative reference in feed content may need resolved.
var urlAttributes = map[string]bool{
	"href": true, "src": true, "poster": true, "cite": true, "background": true,
	"longdesc": true, "action": true, "usemap": true, "codebase": true, "data": true,
}

// parseBase parses a base URL, returning nil for an empty or relative one:
// resolving against a relative base would only move the problem.
func parseBase(raw string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || !u.IsAbs() {
		return nil
	}
	return u
}

// webLink keeps an absolute http or https URL and drops anything else.
// Links are republished where no HTML template filters them (the JSON API,
// Herald's own feeds), so a feed's javascript: or data: "link" must not be
// stored as one.
func webLink(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	if s := strings.ToLower(u.Scheme); s != "http" && s != "https" {
		return ""
	}
	return raw
}

// resolveRef makes ref absolute against base. References that do not parse
// are returned trimmed, unchanged.
func resolveRef(base *url.URL, ref string) string {
	ref = strings.TrimSpace(ref)
	if ref == "" || base == nil {
		return ref
	}
	u, err := url.Parse(ref)
	if err != nil {
		return ref
	}
	if u.IsAbs() {
		return ref
	}
	return base.ResolveReference(u).String()
}

// resolveHTML rewrites relative URLs in an HTML fragment's attributes against
// base. The fragment is otherwise left byte for byte as the feed gave it, so
// the sanitizer downstream sees the publisher's markup, not a re-rendering.
// Only here is the document's base known; later stages see just the HTML.
func resolveHTML(base *url.URL, fragment string) string {
	if base == nil || !strings.Contains(fragment, "=") {
		return fragment
	}
	var out bytes.Buffer
	changed := false
	z := nethtml.NewTokenizer(strings.NewReader(fragment))
	for {
		tt := z.Next()
		if tt == nethtml.ErrorToken {
			break
		}
		raw := z.Raw()
		if tt != nethtml.StartTagToken && tt != nethtml.SelfClosingTagToken {
			out.Write(raw)
			continue
		}
		tok := z.Token()
		rewrote := false
		for i, a := range tok.Attr {
			if !urlAttributes[a.Key] || a.Namespace != "" {
				continue
			}
			if abs := resolveRef(base, a.Val); abs != strings.TrimSpace(a.Val) {
				tok.Attr[i].Val = abs
				rewrote = true
			}
		}
		if !rewrote {
			out.Write(raw)
			continue
		}
		changed = true
		writeTag(&out, tok)
	}
	if !changed {
		return fragment
	}
	return out.String()
}

func writeTag(b *bytes.Buffer, tok nethtml.Token) {
	b.WriteByte('<')
	b.WriteString(tok.Data)
	for _, a := range tok.Attr {
		b.WriteByte(' ')
		if a.Namespace != "" {
			b.WriteString(a.Namespace + ":")
		}
		b.WriteString(a.Key)
		b.WriteString(`="`)
		b.WriteString(html.EscapeString(a.Val))
		b.WriteByte('"')
	}
	if tok.Type == nethtml.SelfClosingTagToken {
		b.WriteString(" />")
		return
	}
	b.WriteByte('>')
}
