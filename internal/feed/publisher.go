package feed

import (
	"net/url"
	"strings"
	"unicode"
)

// titleSeparators split a feed title into the publisher's name and the
// section the feed carries.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " : ", " :: ", " » ", " > "}

// PublisherName is the publisher's name in a feed title. Many feeds add
// the section after a separator ("BBC News - Home", "Northwind Wire | Top
// News", "Le Petit Observateur : À la une"), which would otherwise follow
// the publisher's name on every page that credits it. Of the parts, the
// one the site's host spells ("Politics - The Guardian" on
// theguardian.com) is the name; without such a part, the first. A title
// without a separator is kept whole.
func PublisherName(title, siteURL string) string {
	title = strings.Join(strings.Fields(title), " ")
	var parts []string
	for _, sep := range titleSeparators {
		if strings.Contains(title, sep) {
			parts = strings.Split(title, sep)
			break
		}
	}
	if len(parts) < 2 {
		return title
	}
	host := ""
	if u, err := url.Parse(siteURL); err == nil {
		host = squash(strings.TrimPrefix(u.Hostname(), "www."))
	}
	for _, p := range parts {
		if s := squash(p); len(s) >= 3 && host != "" && strings.Contains(host, s) {
			return strings.TrimSpace(p)
		}
	}
	if first := strings.TrimSpace(parts[0]); first != "" {
		return first
	}
	return title
}

// squash keeps the lower-cased letters and digits of s: "The Guardian"
// and "theguardian.com" meet as "theguardian".
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}
