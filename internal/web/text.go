package web

import (
	"fmt"
	"html/template"
	"net/url"
	"strconv"
	"strings"
	"time"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"herald/internal/htmltext"
	"herald/internal/model"
)

// plainText reduces publisher HTML to text for listings, at most n runes.
// Templates escape the result, so no publisher markup reaches the page.
func plainText(s string, n int) string { return htmltext.Plain(s, n) }

func truncate(s string, n int) string { return htmltext.Truncate(s, n) }

// textParagraphs splits extracted text (paragraphs separated by blank
// lines) or plain feed text.
func textParagraphs(s string) []string {
	if strings.ContainsAny(s, "<") {
		return htmltext.Paragraphs(s)
	}
	var out []string
	for _, p := range strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n\n") {
		if p = strings.Join(strings.Fields(p), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// ago renders a time the way readers say it: "5 hours ago".
func (s *Server) ago(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := s.now().Sub(t)
	switch {
	case d < -time.Minute:
		return "in " + span(-d)
	case d < time.Minute:
		return "just now"
	case d < 30*24*time.Hour:
		return span(d) + " ago"
	default:
		return t.Format("2 Jan 2006")
	}
}

// span is a duration in the largest whole unit: "3 hours".
func span(d time.Duration) string {
	switch {
	case d < time.Hour:
		return plural(max(1, int(d/time.Minute)), "minute")
	case d < 24*time.Hour:
		return plural(int(d/time.Hour), "hour")
	default:
		return plural(int(d/(24*time.Hour)), "day")
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}

// slugify makes the readable part of an address from a headline:
// "Port Calder's bridge shut" → "port-calders-bridge-shut".
func slugify(s string) string {
	var b strings.Builder
	dash := false
	var base rune
	for _, r := range norm.NFKD.String(s) {
		switch {
		case unicode.Is(unicode.Mn, r) && base < 0x250:
			continue // accents of Latin letters go: "é" → "e"
		case unicode.Is(unicode.Mn, r):
			b.WriteRune(r) // other scripts keep theirs, recomposed below
			continue
		case r == '\'', r == '’':
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			base = r
			b.WriteString(string(unicode.ToLower(r)))
		default:
			dash = true
		}
	}
	slug := norm.NFC.String(strings.Trim(b.String(), "-"))
	// Long headlines keep their first words, cut at a hyphen.
	if len(slug) > 80 {
		slug = slug[:80]
		if i := strings.LastIndexByte(slug, '-'); i > 20 {
			slug = slug[:i]
		}
		slug = strings.ToValidUTF8(slug, "")
	}
	return slug
}

// articlePath is an article's shareable address.
func articlePath(id int64, title string) string {
	p := "/articles/" + strconv.FormatInt(id, 10)
	if slug := slugify(title); slug != "" {
		p += "/" + url.PathEscape(slug)
	}
	return p
}

// marks escapes a search snippet and turns its 0x02/0x03 marks into <mark>.
func marks(snippet string) template.HTML {
	esc := template.HTMLEscapeString(snippet)
	open := false
	var b strings.Builder
	for _, r := range esc {
		switch {
		case r == '\x02' && !open:
			b.WriteString("<mark>")
			open = true
		case r == '\x03' && open:
			b.WriteString("</mark>")
			open = false
		case r == '\x02' || r == '\x03':
		default:
			b.WriteRune(r)
		}
	}
	if open {
		b.WriteString("</mark>")
	}
	return template.HTML(b.String())
}

// unmark drops a snippet's marks, for feeds and the API's plain field.
func unmark(s string) string {
	return strings.NewReplacer("\x02", "", "\x03", "").Replace(s)
}

// sourceName is how a source is named on pages: its title, else its host.
func sourceName(src *model.Source) string {
	if src.Title != "" {
		return src.Title
	}
	if u, err := url.Parse(src.FeedURL); err == nil && u.Host != "" {
		return strings.TrimPrefix(u.Host, "www.")
	}
	return src.FeedURL
}

// publicURL is a source's feed or site address as the public site and API
// show it: without the user and password a private feed is fetched with.
func publicURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.User == nil {
		return raw
	}
	u.User = nil
	return u.String()
}

// hostOf is a URL's host without "www.", for "read at example.org".
func hostOf(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func (s *Server) funcs() template.FuncMap {
	return template.FuncMap{
		"ago":         s.ago,
		"iso":         func(t time.Time) string { return t.UTC().Format(time.RFC3339) },
		"exact":       func(t time.Time) string { return t.UTC().Format("Monday 2 January 2006, 15:04 MST") },
		"date":        func(t time.Time) string { return t.UTC().Format("2 Jan 2006") },
		"clock":       func(t time.Time) string { return t.UTC().Format("15:04") },
		"articlePath": articlePath,
		"favicon":     func(id int64) string { return "/sources/" + strconv.FormatInt(id, 10) + "/favicon.svg" },
		"marks":       marks,
		"host":        hostOf,
		"plain":       plainText,
		"join":        strings.Join,
		"add":         func(a, b int) int { return a + b },
		"plural":      plural,
		"initial":     initial,
		"lower":       strings.ToLower,
		"searchURL":   searchURL,
	}
}
