package feed

import (
	"regexp"
	"strings"
	"time"
)

// gofeed parses dates on its own; parseDate covers the fields it leaves
// unparsed (extension dates, dates in repaired documents it rejected) with
// the formats seen in the wild. It returns the zero time when nothing fits:
// a bad date should cost an entry its date, not the entry.

var (
	weekdayPrefix = regexp.MustCompile(`(?i)^(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?\s+`)
	namedZone     = regexp.MustCompile(`\s*\b([A-Za-z]{1,5})$`)
	zoneOffsets   = map[string]string{
		"UT": "+0000", "UTC": "+0000", "GMT": "+0000", "Z": "+0000", "WET": "+0000",
		"EST": "-0500", "EDT": "-0400", "CST": "-0600", "CDT": "-0500",
		"MST": "-0700", "MDT": "-0600", "PST": "-0800", "PDT": "-0700",
		"AST": "-0400", "ADT": "-0300", "AKST": "-0900", "AKDT": "-0800",
		"HST": "-1000", "BST": "+0100", "IST": "+0530", "CET": "+0100",
		"CEST": "+0200", "MET": "+0100", "MEST": "+0200", "EET": "+0200",
		"EEST": "+0300", "MSK": "+0300", "JST": "+0900", "KST": "+0900",
		"AEST": "+1000", "AEDT": "+1100", "NZST": "+1200", "NZDT": "+1300",
	}
	dateLayouts = []string{
		time.RFC3339Nano,
		"2006-01-02T15:04:05Z0700",
		"2006-01-02T15:04Z07:00",
		"2006-01-02T15:04Z0700",
		"2006-01-02T15:04:05",
		"2006-01-02T15:04",
		"2006-01-02 15:04:05Z07:00",
		"2006-01-02 15:04:05 Z07:00",
		"2006-01-02 15:04:05 -0700",
		"2006-01-02 15:04:05",
		"2006-01-02 15:04",
		"20060102T150405Z0700",
		"2006-01-02",
		"2006-01",
		"2 Jan 2006 15:04:05 -0700",
		"2 Jan 2006 15:04 -0700",
		"2 Jan 06 15:04:05 -0700",
		"2 Jan 06 15:04 -0700",
		"2 January 2006 15:04:05 -0700",
		"2 January 2006 15:04 -0700",
		"2 Jan 2006 15:04:05",
		"2 January 2006",
		"2 Jan 2006",
		"Jan 2 2006 15:04:05 -0700",
		"Jan 2 15:04:05 2006",
		"Jan 2 15:04:05 -0700 2006",
		"January 2 2006 15:04:05 -0700",
		"January 2 2006 3:04 PM",
		"January 2 2006",
		"Jan 2 2006",
		"2006/01/02 15:04:05 -0700",
		"2006/01/02 15:04:05",
		"2006/01/02",
	}
)

func parseDate(s string) time.Time {
	s = collapseSpace(strings.ReplaceAll(s, ",", " "))
	s = weekdayPrefix.ReplaceAllString(s, "")
	if s == "" {
		return time.Time{}
	}
	if m := namedZone.FindStringSubmatchIndex(s); m != nil && m[2] > 0 {
		if off, ok := zoneOffsets[strings.ToUpper(s[m[2]:m[3]])]; ok {
			s = strings.TrimSpace(s[:m[0]]) + " " + off
		}
	}
	// A spaced "+01:00" zone reads as the "-0700" layouts.
	if n := len(s); n > 7 && s[n-7] == ' ' && (s[n-6] == '+' || s[n-6] == '-') && s[n-3] == ':' {
		s = s[:n-3] + s[n-2:]
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t.UTC()
		}
	}
	return time.Time{}
}
