package demo

import (
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// The corpus text names days ("on Tuesday", "mardi", "Nov 23", "17
// novembre") that match its own dates. Shift moves the dates by whole days
// and rewrites those names by as many days, so a shifted corpus tells the
// same week as the original: Herald reads the days an article names to
// tell one event from another, and a demo whose text said "Tuesday" of an
// article now published on a Thursday would cluster differently
// depending on the hour it was started.

var weekdayNames = map[string][7]string{
	"en": {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"},
	"fr": {"dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"},
	"ar": {"الأحد", "الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت"},
}

// weekdayOf maps every weekday name, lower-cased, to its day.
var weekdayOf = func() map[string]time.Weekday {
	m := map[string]time.Weekday{}
	for _, names := range weekdayNames {
		for d, n := range names {
			m[strings.ToLower(n)] = time.Weekday(d)
		}
	}
	return m
}()

// weekdayRe matches a weekday name as a whole word (Arabic names may carry
// the prefixes "و" and "ب" and stay whole words otherwise).
var weekdayRe = regexp.MustCompile(`(?i)\b(sunday|monday|tuesday|wednesday|thursday|friday|saturday|dimanche|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b|الأحد|الاثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت`)

var monthsEn = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
var monthsFr = []string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"}

// enDateRe matches "Nov 23", "Nov. 23", "Sept. 30", "November 23";
// frDateRe matches "17 novembre", "1er décembre".
var (
	enDateRe = regexp.MustCompile(`\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|May|June|July|August|September|October|November|December)(\.?) (\d{1,2})\b`)
	frDateRe = regexp.MustCompile(`\b(\d{1,2})(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre)\b`)
)

// shiftText rewrites the day names and dates of s as if s were written
// days later; year is the year of the text's publication, for dates that
// name no year.
func shiftText(s string, days, year int) string {
	if days == 0 || s == "" {
		return s
	}
	var b strings.Builder
	last := 0
	for _, m := range weekdayRe.FindAllStringIndex(s, -1) {
		w := s[m[0]:m[1]]
		d, ok := weekdayOf[strings.ToLower(w)]
		if !ok || !namesADate(s[:m[0]], s[m[1]:], w) {
			continue
		}
		to := time.Weekday((int(d) + days%7 + 7) % 7)
		for _, names := range weekdayNames {
			if strings.EqualFold(names[d], w) {
				b.WriteString(s[last:m[0]])
				b.WriteString(sameCase(w, names[to]))
				last = m[1]
				break
			}
		}
	}
	b.WriteString(s[last:])
	s = b.String()
	s = enDateRe.ReplaceAllStringFunc(s, func(m string) string {
		p := enDateRe.FindStringSubmatch(m)
		month := monthIndex(monthsEn, p[1])
		day, _ := strconv.Atoi(p[3])
		if month < 0 || day < 1 || day > 31 {
			return m
		}
		t := time.Date(year, time.Month(month+1), day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		name := monthsEn[t.Month()-1]
		if len(p[1]) <= 4 && p[1] != "June" && p[1] != "July" { // abbreviated: keep it so
			name = abbreviate(name, p[1])
		}
		return name + p[2] + " " + strconv.Itoa(t.Day())
	})
	s = frDateRe.ReplaceAllStringFunc(s, func(m string) string {
		p := frDateRe.FindStringSubmatch(m)
		day, _ := strconv.Atoi(p[1])
		month := monthIndex(monthsFr, p[3])
		if month < 0 || day < 1 || day > 31 {
			return m
		}
		t := time.Date(year, time.Month(month+1), day, 12, 0, 0, 0, time.UTC).AddDate(0, 0, days)
		suffix := ""
		if t.Day() == 1 {
			suffix = "er"
		}
		return strconv.Itoa(t.Day()) + suffix + " " + monthsFr[t.Month()-1]
	})
	return s
}

// namesADate tells a weekday that names one day ("on Tuesday", "Sunday's
// election", "mardi soir", "يوم الثلاثاء") from one that names a habit or a
// kind of day ("Sunday opening", "every Sunday", "on Sunday afternoons"),
// which must not change.
func namesADate(before, after, w string) bool {
	prev := strings.ToLower(lastWord(before))
	next := strings.ToLower(firstWord(after))
	if strings.HasPrefix(after, "'s") || strings.HasPrefix(after, "’s") {
		return true
	}
	if recurringAfter[next] || recurringBefore[prev] {
		return false
	}
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case !unicode.IsUpper(r) && !unicode.IsLower(r):
		return true // Arabic: the article al- makes it one day
	case unicode.IsLower(r) || strings.EqualFold(w, weekdayNames["fr"][weekdayOf[strings.ToLower(w)]]):
		return true // French writes a single day bare: "a annoncé mardi"
	}
	return datePrepositions[prev] || dayParts[next]
}

var (
	datePrepositions = wordSet("on last this next since until till by from through into early late of before after")
	dayParts         = wordSet("morning afternoon evening night overnight soir matin après-midi")
	recurringAfter   = wordSet("mornings afternoons evenings nights opening openings shifts trading hours service services")
	recurringBefore  = wordSet("every each chaque les tous")
)

func wordSet(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

func lastWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[len(f)-1], ",;:()\"'“”‘’«»")
}

func firstWord(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return ""
	}
	return strings.Trim(f[0], ",;:.()\"'“”‘’«»")
}

// monthIndex finds a month by its name or the first three or four
// letters of it.
func monthIndex(names []string, w string) int {
	for i, n := range names {
		if strings.EqualFold(n, w) || len(w) >= 3 && strings.HasPrefix(strings.ToLower(n), strings.ToLower(w)) {
			return i
		}
	}
	return -1
}

// abbreviate shortens a month name the way the original was: "Sept" keeps
// four letters for September, every other month three.
func abbreviate(month, like string) string {
	if month == "September" && len(like) == 4 {
		return "Sept"
	}
	if len(month) <= 4 {
		return month // May, June, July are written in full
	}
	return month[:3]
}

// sameCase writes to in the case of from: "TUESDAY", "Tuesday", "mardi",
// "Mardi".
func sameCase(from, to string) string {
	r, _ := utf8.DecodeRuneInString(from)
	switch {
	case !unicode.IsLetter(r) || !unicode.IsUpper(r) && !unicode.IsLower(r):
		return to // a script without case
	case strings.ToUpper(from) == from && utf8.RuneCountInString(from) > 1:
		return strings.ToUpper(to)
	case unicode.IsUpper(r):
		t, size := utf8.DecodeRuneInString(to)
		return string(unicode.ToUpper(t)) + to[size:]
	}
	return strings.ToLower(to)
}
