package feed

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// TestFeedparserConformance runs Herald's Parse over Python feedparser's
// fixtures (../shared/data/feeds/feedparser-tests) and checks every
// expectation that maps onto Herald's model. Each fixture states its
// expectation as a Python expression; pyexpr_test.go parses it and
// conformance_rules_test.go says what each key means for Herald or why it
// does not apply. Failures must be listed in knownDeviations with a reason.

const minConformance = 0.95

var (
	fixtureExpect = regexp.MustCompile(`(?s)Description:\s*(.*?)\s*Expect:\s*(.*?)\s*-->`)
	fixtureHeader = regexp.MustCompile(`(?m)^Header:\s+([^:]+):(.*)$`)
)

type fixtureOutcome struct {
	path       string
	applicable bool
	naReason   string
	passed     bool
	category   string
	detail     string
}

func TestFeedparserConformance(t *testing.T) {
	root := sharedDataDir(t, "feeds/feedparser-tests")
	var paths []string
	for _, dir := range []string{"wellformed", "illformed", "encoding", "entities", "json"} {
		err := filepath.WalkDir(filepath.Join(root, dir), func(p string, d os.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if !d.IsDir() && (strings.HasSuffix(p, ".xml") || strings.HasSuffix(p, ".json")) {
				paths = append(paths, p)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("walk %s: %v", dir, err)
		}
	}
	sort.Strings(paths)

	var outcomes []fixtureOutcome
	for _, p := range paths {
		rel, _ := filepath.Rel(root, p)
		outcomes = append(outcomes, runFixture(t, p, filepath.ToSlash(rel)))
	}
	reportConformance(t, outcomes)
}

// sharedDataDir finds the shared data folder: $HERALD_SHARED_DATA, else
// ../shared/data beside the repository (three levels up from this package).
func sharedDataDir(t *testing.T, sub string) string {
	t.Helper()
	base := os.Getenv("HERALD_SHARED_DATA")
	if base == "" {
		base = filepath.Join("..", "..", "..", "shared", "data")
	}
	dir := filepath.Join(base, sub)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("shared data not found at %s (set HERALD_SHARED_DATA to the folder holding feeds/feedparser-tests): %v", dir, err)
	}
	return dir
}

func runFixture(t *testing.T, path, rel string) fixtureOutcome {
	out := fixtureOutcome{path: rel}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read %s: %v", rel, err)
	}
	m := fixtureExpect.FindSubmatch(fixtureText(data))
	if m == nil {
		out.naReason = "fixture states no expectation"
		return out
	}
	expr, err := parsePy(string(m[2]))
	if err != nil {
		out.naReason = "expectation not parsed: " + err.Error()
		return out
	}

	contentType, feedURL := "", ""
	headers := map[string]string{}
	for _, h := range fixtureHeader.FindAllSubmatch(fixtureText(data), -1) {
		headers[strings.ToLower(strings.TrimSpace(string(h[1])))] = strings.TrimSpace(string(h[2]))
	}
	if strings.Contains(rel, "http") {
		// feedparser serves these over HTTP with their Header: lines.
		contentType = "text/xml"
		if ct, ok := headers["content-type"]; ok {
			contentType = ct
		}
		feedURL = "http://127.0.0.1:8097/tests/" + rel
		for _, h := range []string{"content-location", "content-language"} {
			if _, ok := headers[h]; ok {
				out.naReason = "fixture depends on the " + h + " response header, which the fetch stage handles"
				return out
			}
		}
	}

	f, perr := Parse(data, contentType, feedURL)
	if perr != nil && !errors.Is(perr, ErrMalformed) && !errors.Is(perr, ErrNotAFeed) {
		t.Errorf("%s: error wraps neither ErrMalformed nor ErrNotAFeed: %v", rel, perr)
	}
	h := &heraldResult{feed: f, err: perr}

	var clauses []pyNode
	if b, ok := expr.(*pyBoolOp); ok && b.op == "and" {
		clauses = b.xs
	} else {
		clauses = []pyNode{expr}
	}
	var results []clauseResult
	fieldClauses, bozoClauses := 0, 0
	for _, c := range clauses {
		r := evalClause(c, h)
		if r.applicable && (r.category == "summary" || r.category == "content") && strings.HasPrefix(rel, "wellformed/sanitize/") {
			r = clauseResult{naReason: "HTML sanitizing: Herald sanitizes summaries and content in a later stage, with its own policy"}
		}
		results = append(results, r)
		switch {
		case r.applicable && r.bozo:
			bozoClauses++
		case r.applicable:
			fieldClauses++
		case r.naReason != "" && out.naReason == "":
			out.naReason = r.naReason
		}
	}
	// A fixture counts when one of its field checks maps, or when checking
	// well-formedness is all it does; "not bozo" next to an unmapped key
	// alone would only inflate the score.
	out.applicable = fieldClauses > 0 || bozoClauses > 0 && out.naReason == ""
	if !out.applicable {
		if out.naReason == "" {
			out.naReason = "expectation is always true"
		}
		return out
	}
	out.naReason = ""
	out.passed = true
	for _, r := range results {
		if r.applicable && !r.passed {
			out.passed = false
			out.category = r.category
			out.detail = r.detail
			break
		}
	}
	return out
}

// fixtureText decodes a fixture by its byte order mark, as feedparser's
// helpers.get_file_contents does, so UTF-16 and UTF-32 headers are read.
func fixtureText(data []byte) []byte {
	var enc encoding.Encoding
	switch {
	case bytes.HasPrefix(data, []byte{0, 0, 0xFE, 0xFF}), bytes.HasPrefix(data, []byte{0, 0, 0, '<'}):
		enc = utf32.UTF32(utf32.BigEndian, utf32.UseBOM)
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0, 0}), bytes.HasPrefix(data, []byte{'<', 0, 0, 0}):
		enc = utf32.UTF32(utf32.LittleEndian, utf32.UseBOM)
	case bytes.HasPrefix(data, []byte{0, '<', 0, '?'}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		enc = unicode.UTF16(unicode.BigEndian, unicode.UseBOM)
	case bytes.HasPrefix(data, []byte{'<', 0, '?', 0}), bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		enc = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	default:
		return data
	}
	text, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return data
	}
	return text
}

type clauseResult struct {
	applicable, passed, bozo bool
	naReason, category       string
	detail                   string
}

func evalClause(n pyNode, h *heraldResult) clauseResult {
	switch x := n.(type) {
	case *pyName:
		if x.name == "bozo" {
			return bozoResult(h, true)
		}
	case *pyNot:
		if name, ok := x.x.(*pyName); ok && name.name == "bozo" {
			return bozoResult(h, false)
		}
		// not feed.has_key('k'): the key must be absent.
		if call, ok := x.x.(*pyCall); ok {
			if attr, ok := call.fn.(*pyAttr); ok && attr.name == "has_key" && len(call.args) == 1 {
				if k, ok := call.args[0].(*pyConst); ok {
					return evalCompare([]pyNode{&pyIndex{x: attr.x, idx: k}, &pyConst{v: nil}}, h)
				}
			}
		}
	case *pyConst:
		return clauseResult{naReason: "expectation is always true"}
	case *pyCompare:
		for _, op := range x.ops {
			if op != "==" {
				return clauseResult{naReason: naReasonFor(n, "comparison with "+op)}
			}
		}
		return evalCompare(x.operands, h)
	}
	return clauseResult{naReason: naReasonFor(n, "expression form not mapped")}
}

func bozoResult(h *heraldResult, want bool) clauseResult {
	return clauseResult{
		applicable: true, bozo: true, category: "bozo", passed: h.bozo() == want,
		detail: fmt.Sprintf("want bozo=%v, Parse returned %v", want, h.err),
	}
}

// evalCompare checks a (possibly chained) == between Herald fields and one
// constant.
func evalCompare(operands []pyNode, h *heraldResult) clauseResult {
	var want any
	haveWant := false
	type field struct {
		rule *fieldRule
		idx  []int
		wrap string
	}
	var fields []field
	for _, o := range operands {
		if c, ok := o.(*pyConst); ok {
			want, haveWant = c.v, true
			continue
		}
		key, idx, wrap, ok := keyPath(o)
		if !ok {
			return clauseResult{naReason: naReasonFor(o, "operand not mapped")}
		}
		rule, reason := classifyKey(key)
		if rule == nil {
			return clauseResult{naReason: reason}
		}
		if wrap != "" && !(wrap == "ord" && rule.category == "summary" || wrap == "len" && key == "entries") {
			return clauseResult{naReason: wrap + "() of " + key + " is not mapped"}
		}
		fields = append(fields, field{rule, idx, wrap})
	}
	if !haveWant || len(fields) == 0 {
		return clauseResult{naReason: "comparison between two fields"}
	}
	for _, f := range fields {
		w := want
		switch f.wrap {
		case "ord":
			n, _ := want.(int64)
			w = ordOf(n)
		case "len":
			n, _ := want.(int64)
			w = lenOf(n)
		}
		got, ok, err := f.rule.check(h, f.idx, w)
		if errors.Is(err, errHarnessNA) {
			return clauseResult{naReason: err.Error()}
		}
		if err != nil || !ok {
			detail := fmt.Sprintf("want %s, got %q", pyRepr(want), got)
			if err != nil {
				detail = fmt.Sprintf("want %s: %v", pyRepr(want), err)
			}
			return clauseResult{applicable: true, category: f.rule.category, detail: detail}
		}
	}
	return clauseResult{applicable: true, passed: true, category: fields[0].rule.category}
}

// keyPath turns feed['entries'][0]['title'] style access into a key pattern
// ("entries[].title") and its indexes; wrap names an enclosing ord() or len().
func keyPath(n pyNode) (key string, idx []int, wrap string, ok bool) {
	if call, isCall := n.(*pyCall); isCall {
		if fn, isName := call.fn.(*pyName); isName && (fn.name == "ord" || fn.name == "len") && len(call.args) == 1 {
			key, idx, _, ok = keyPath(call.args[0])
			return key, idx, fn.name, ok
		}
	}
	var parts []string
	for {
		switch x := n.(type) {
		case *pyName:
			parts = append(parts, x.name)
			for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
				parts[i], parts[j] = parts[j], parts[i]
			}
			for i, j := 0, len(idx)-1; i < j; i, j = i+1, j-1 {
				idx[i], idx[j] = idx[j], idx[i]
			}
			return strings.ReplaceAll(strings.Join(parts, "."), ".[]", "[]"), idx, "", true
		case *pyIndex:
			c, isConst := x.idx.(*pyConst)
			if !isConst {
				return "", nil, "", false
			}
			switch v := c.v.(type) {
			case string:
				parts = append(parts, v)
			case int64:
				parts = append(parts, "[]")
				idx = append(idx, int(v))
			default:
				return "", nil, "", false
			}
			n = x.x
		case *pyAttr:
			parts = append(parts, x.name)
			n = x.x
		case *pyCall:
			attr, isAttr := x.fn.(*pyAttr)
			if !isAttr || attr.name != "get" || len(x.args) != 1 {
				return "", nil, "", false
			}
			c, isConst := x.args[0].(*pyConst)
			s, isStr := c.v.(string)
			if !isConst || !isStr {
				return "", nil, "", false
			}
			parts = append(parts, s)
			n = attr.x
		default:
			return "", nil, "", false
		}
	}
}

// naReasonFor explains an unmapped clause by the first key it mentions.
func naReasonFor(n pyNode, fallback string) string {
	var found string
	var walk func(pyNode)
	walk = func(n pyNode) {
		if found != "" {
			return
		}
		if key, _, _, ok := keyPath(n); ok {
			if _, reason := classifyKey(key); reason != "" && !strings.HasPrefix(reason, "key not mapped") {
				found = reason
			}
			return
		}
		switch x := n.(type) {
		case *pyCompare:
			for _, o := range x.operands {
				walk(o)
			}
		case *pyNot:
			walk(x.x)
		case *pyCall:
			walk(x.fn)
			for _, a := range x.args {
				walk(a)
			}
		case *pyBoolOp:
			for _, o := range x.xs {
				walk(o)
			}
		}
	}
	walk(n)
	if found != "" {
		return found
	}
	return fallback
}

func reportConformance(t *testing.T, outcomes []fixtureOutcome) {
	var applicable, passed, explained int
	na := map[string]int{}
	failures := map[string][]fixtureOutcome{}
	for _, o := range outcomes {
		switch {
		case !o.applicable:
			na[o.naReason]++
		case o.passed:
			applicable++
			passed++
			if reason, ok := knownDeviations[o.path]; ok {
				t.Errorf("%s passes but is listed as a known deviation (%s): remove it", o.path, reason)
			}
		default:
			applicable++
			failures[o.category] = append(failures[o.category], o)
			if _, ok := knownDeviations[o.path]; ok {
				explained++
			} else {
				t.Errorf("unexplained failure %s [%s]: %s", o.path, o.category, o.detail)
			}
		}
	}
	rate := float64(passed) / float64(max(applicable, 1))
	t.Logf("feedparser conformance: %d fixtures, %d applicable, %d passed, pass rate %.1f%%; %d failures explained in knownDeviations",
		len(outcomes), applicable, passed, 100*rate, explained)

	reasons := make([]string, 0, len(na))
	for r := range na {
		reasons = append(reasons, r)
	}
	sort.Slice(reasons, func(i, j int) bool {
		return na[reasons[i]] > na[reasons[j]] || na[reasons[i]] == na[reasons[j]] && reasons[i] < reasons[j]
	})
	for _, r := range reasons {
		t.Logf("  not applicable %4d: %s", na[r], r)
	}
	cats := make([]string, 0, len(failures))
	for c := range failures {
		cats = append(cats, c)
	}
	sort.Strings(cats)
	for _, c := range cats {
		t.Logf("  failures in %s: %d", c, len(failures[c]))
		for _, o := range failures[c] {
			t.Logf("    %s: %s (%s)", o.path, o.detail, knownDeviations[o.path])
		}
	}
	if rate < minConformance {
		t.Errorf("pass rate %.1f%% is below %.0f%%", 100*rate, 100*minConformance)
	}
}
