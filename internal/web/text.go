package web

import (
	"fmt"
	"strings"
	"time"

	"golang.org/x/net/html"
)

// plainText reduces publisher HTML to text for listings, at most n runes.
// Templates escape the result, so no publisher markup reaches the page.
func plainText(s string, n int) string {
	if strings.ContainsAny(s, "<&") {
		var b strings.Builder
		z := html.NewTokenizer(strings.NewReader(s))
		skip := 0
		for {
			tt := z.Next()
			if tt == html.ErrorToken {
				break
			}
			name, _ := z.TagName()
			switch tt {
			case html.StartTagToken:
				if t := string(name); t == "script" || t == "style" {
					skip++
				}
				b.WriteByte(' ')
			case html.EndTagToken:
				if t := string(name); (t == "script" || t == "style") && skip > 0 {
					skip--
				}
				b.WriteByte(' ')
			case html.TextToken:
				if skip == 0 {
					b.Write(z.Text())
				}
			}
		}
		s = b.String()
	}
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); len(r) > n {
		s = strings.TrimSpace(string(r[:n])) + "…"
	}
	return s
}

// ago renders a time the way readers say it: "5 hours ago".
func (s *Server) ago(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	d := s.now().Sub(t)
	switch {
	case d < time.Minute:
		return "just now"
	case d < time.Hour:
		return plural(int(d/time.Minute), "minute") + " ago"
	case d < 24*time.Hour:
		return plural(int(d/time.Hour), "hour") + " ago"
	case d < 30*24*time.Hour:
		return plural(int(d/(24*time.Hour)), "day") + " ago"
	default:
		return t.Format("2 Jan 2006")
	}
}

func plural(n int, unit string) string {
	if n == 1 {
		return "1 " + unit
	}
	return fmt.Sprintf("%d %ss", n, unit)
}
