package cluster

import (
	"strconv"
	"strings"
	"time"

	"herald/internal/text"
)

// Reports of one event name the day it happened ("on Tuesday", "hier",
// "24 novembre"); reports of another event in the same week, with the same
// people and places, name another. eventDays resolves the day references
// of an article's lede to dates, relative to its publication: a weekday is
// its latest occurrence on or before the publication day, "today" and
// "yesterday" are what they say, a day and month is that date in the
// publication's year. The keys are language-neutral ("2026-11-24"), so
// they compare across languages too.

// dayWords maps lower-cased day words to a weekday, or to an offset in
// days from publication (today 0, yesterday -1) when the weekday is -1.
var dayWords = map[string]struct {
	weekday time.Weekday
	offset  int
}{
	"monday": {time.Monday, 0}, "tuesday": {time.Tuesday, 0}, "wednesday": {time.Wednesday, 0},
	"thursday": {time.Thursday, 0}, "friday": {time.Friday, 0}, "saturday": {time.Saturday, 0}, "sunday": {time.Sunday, 0},
	"lundi": {time.Monday, 0}, "mardi": {time.Tuesday, 0}, "mercredi": {time.Wednesday, 0},
	"jeudi": {time.Thursday, 0}, "vendredi": {time.Friday, 0}, "samedi": {time.Saturday, 0}, "dimanche": {time.Sunday, 0},
	"lunes": {time.Monday, 0}, "martes": {time.Tuesday, 0}, "miércoles": {time.Wednesday, 0},
	"jueves": {time.Thursday, 0}, "viernes": {time.Friday, 0}, "sábado": {time.Saturday, 0}, "domingo": {time.Sunday, 0},
	"montag": {time.Monday, 0}, "dienstag": {time.Tuesday, 0}, "mittwoch": {time.Wednesday, 0},
	"donnerstag": {time.Thursday, 0}, "freitag": {time.Friday, 0}, "samstag": {time.Saturday, 0}, "sonntag": {time.Sunday, 0},
	"الاثنين": {time.Monday, 0}, "الثلاثاء": {time.Tuesday, 0}, "الأربعاء": {time.Wednesday, 0},
	"الخميس": {time.Thursday, 0}, "الجمعة": {time.Friday, 0}, "السبت": {time.Saturday, 0}, "الأحد": {time.Sunday, 0},
	"today": {-1, 0}, "yesterday": {-1, -1}, "tonight": {-1, 0},
	"hier": {-1, -1}, "ayer": {-1, -1}, "hoy": {-1, 0}, "gestern": {-1, -1}, "heute": {-1, 0},
	"اليوم": {-1, 0}, "أمس": {-1, -1},
}

// monthWords maps month names and common abbreviations to months.
var monthWords = map[string]time.Month{
	"jan": 1, "january": 1, "janvier": 1, "enero": 1, "januar": 1,
	"feb": 2, "february": 2, "février": 2, "febrero": 2, "februar": 2,
	"mar": 3, "march": 3, "mars": 3, "marzo": 3, "märz": 3,
	"apr": 4, "april": 4, "avril": 4, "abril": 4,
	"may": 5, "mai": 5, "mayo": 5,
	"jun": 6, "june": 6, "juin": 6, "junio": 6, "juni": 6,
	"jul": 7, "july": 7, "juillet": 7, "julio": 7, "juli": 7,
	"aug": 8, "august": 8, "août": 8, "agosto": 8,
	"sep": 9, "sept": 9, "september": 9, "septembre": 9, "septiembre": 9,
	"oct": 10, "october": 10, "octobre": 10, "octubre": 10, "oktober": 10,
	"nov": 11, "november": 11, "novembre": 11, "noviembre": 11,
	"dec": 12, "december": 12, "décembre": 12, "diciembre": 12, "dezember": 12,
}

// eventDays lists the dates the first words of s refer to, as keys, in
// order of mention.
func eventDays(s string, published time.Time, words int) []string {
	if published.IsZero() {
		return nil
	}
	day := time.Date(published.Year(), published.Month(), published.Day(), 0, 0, 0, 0, time.UTC)
	toks := text.Tokens(leadingText(s, words))
	var out []string
	seen := 0
	for i, tok := range toks {
		if tok.Kind != text.Word && tok.Kind != text.Number {
			continue
		}
		if seen++; seen > words {
			break
		}
		w := strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(tok.Text, "'s"), "’s"))
		if d, ok := dayWords[w]; ok {
			at := day.AddDate(0, 0, d.offset)
			if d.weekday >= 0 {
				back := (int(day.Weekday()) - int(d.weekday) + 7) % 7
				at = day.AddDate(0, 0, -back)
			}
			out = append(out, at.Format(time.DateOnly))
			continue
		}
		// "Nov 24", "November 24", "24 November", "24 novembre".
		if tok.Kind == text.Number {
			n, err := strconv.Atoi(tok.Text)
			if err != nil || n < 1 || n > 31 {
				continue
			}
			var m time.Month
			if next := nextWord(toks, i); next != "" {
				m = monthWords[next]
			}
			if m == 0 {
				if prev := prevWord(toks, i); prev != "" {
					m = monthWords[prev]
				}
			}
			if m != 0 {
				out = append(out, time.Date(day.Year(), m, n, 0, 0, 0, 0, time.UTC).Format(time.DateOnly))
			}
		}
	}
	return out
}

func nextWord(toks []text.Token, i int) string {
	for j := i + 1; j < len(toks) && j <= i+2; j++ {
		if toks[j].Kind == text.Word {
			return monthWord(toks[j].Text)
		}
	}
	return ""
}

func prevWord(toks []text.Token, i int) string {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if toks[j].Kind == text.Word {
			return monthWord(toks[j].Text)
		}
	}
	return ""
}

// monthWord lower-cases w for monthWords, except that the English month
// names that are also common words ("may", "march") count only
// capitalised.
func monthWord(w string) string {
	lw := strings.ToLower(strings.TrimSuffix(w, "."))
	if (lw == "may" || lw == "march" || lw == "mar") && w[0] >= 'a' && w[0] <= 'z' {
		return ""
	}
	return lw
}

// otherDays tells whether two stories both name days and none in common.
func otherDays(a, b *centroid) bool {
	return a.norm2 > 0 && b.norm2 > 0 && a.cosineCentroid(b) == 0
}
