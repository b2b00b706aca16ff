package fetch

import (
	"bytes"
	"math"
	"strconv"
	"strings"
)

// normalizeRobots rewrites a robots.txt so that robotstxt.FromBytes reads it
// the way RFC 9309 asks. Two gaps in the library are covered:
//
//   - it rejects the whole file when one line is bad (a rule before any
//     User-agent line, an unparsable Crawl-delay); such lines are dropped,
//     as a lenient parser would;
//   - of two matching rules of equal length it keeps the first in the file,
//     while the RFC says Allow wins; Allow lines are moved ahead of the other
//     lines of their group, which changes nothing else since rule order
//     within a group carries no meaning.
//
// Everything else is passed through for the library to interpret.
func normalizeRobots(body []byte) []byte {
	var out, allows, others [][]byte
	flush := func() {
		out = append(out, allows...)
		out = append(out, others...)
		allows, others = allows[:0], others[:0]
	}
	inGroup := false
	for _, line := range bytes.Split(body, []byte("\n")) {
		key, value := robotsDirective(line)
		switch key {
		case "user-agent", "useragent":
			flush()
			inGroup = true
			out = append(out, line)
		case "allow":
			if inGroup {
				allows = append(allows, line)
			}
		case "disallow":
			if inGroup {
				others = append(others, line)
			}
		case "crawl-delay", "crawldelay":
			if inGroup && validCrawlDelay(value) {
				others = append(others, line)
			}
		default:
			others = append(others, line)
		}
	}
	flush()
	return bytes.Join(out, []byte("\n"))
}

// robotsDirective splits a robots.txt line into its lower-cased field name
// and value, without the comment.
func robotsDirective(line []byte) (key, value string) {
	s, _, _ := strings.Cut(string(line), "#")
	k, v, ok := strings.Cut(s, ":")
	if !ok {
		return "", ""
	}
	return strings.ToLower(strings.TrimSpace(k)), strings.TrimSpace(v)
}

func validCrawlDelay(v string) bool {
	d, err := strconv.ParseFloat(v, 64)
	return err == nil && d >= 0 && !math.IsInf(d, 0) && !math.IsNaN(d)
}

// dropPartialLine cuts a truncated robots.txt back to its last complete
// line, so a rule cut in the middle is not read as a shorter, broader one.
func dropPartialLine(body []byte) []byte {
	if i := bytes.LastIndexByte(body, '\n'); i >= 0 {
		return body[:i+1]
	}
	return nil
}
