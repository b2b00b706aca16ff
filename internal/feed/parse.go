// Package feed turns feed documents into Herald's values: RSS, RDF, Atom
// and JSON Feed bodies into articles, HTML pages into feed URLs, OPML into
// subscriptions and back. It reads bytes and returns values; fetching and
// storing belong to other packages.
package feed

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"herald/internal/model"
)

var (
	// ErrMalformed marks a feed that is broken but was read as far as
	// possible: Parse returns what it recovered alongside it.
	ErrMalformed = errors.New("malformed feed")
	// ErrNotAFeed marks a body that is no feed at all, such as an HTML page.
	ErrNotAFeed = errors.New("not a feed")
)

// Feed is a parsed feed: what the channel says about itself and its entries.
type Feed struct {
	Title    string
	SiteURL  string
	Language string
	// TTL is how long the publisher asks readers to wait between polls
	// (RSS <ttl>, or the syndication module's period); zero when unstated.
	TTL time.Duration
	// Entries hold GUID, URL (canonical), Title, Summary, ContentHTML,
	// Authors, PublishedAt, UpdatedAt, ImageURL, Enclosures and Language.
	Entries []model.Article
}

// Parse reads RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0 or JSON Feed 1.0/1.1.
// data is the raw body and contentType the HTTP Content-Type (may be empty;
// its charset wins over the document's own declaration). feedURL is the
// address the body came from; relative links resolve against it.
//
// A feed that is not well-formed still yields the entries that could be
// read, together with an error wrapping ErrMalformed that says where it
// broke. A body that is no feed returns ErrNotAFeed.
func Parse(data []byte, contentType, feedURL string) (*Feed, error) {
	doc, encProblem := toUTF8(data, contentType)
	var (
		f       *Feed
		problem string
		err     error
	)
	switch sniffFormat(doc) {
	case formatJSON:
		f, problem, err = parseJSON(doc, feedURL)
	case formatXML:
		f, problem, err = parseXML(doc, feedURL)
	default:
		return nil, fmt.Errorf("%w: %s", ErrNotAFeed, describeBody(doc))
	}
	if err != nil {
		return nil, err
	}
	if problem == "" {
		problem = encProblem
	}
	if problem != "" {
		return f, fmt.Errorf("%w: %s", ErrMalformed, problem)
	}
	return f, nil
}

type format int

const (
	formatUnknown format = iota
	formatXML
	formatJSON
)

// sniffFormat looks at the first element (or JSON object) of the body.
func sniffFormat(doc []byte) format {
	trimmed := bytes.TrimLeft(doc, " \t\r\n\ufeff")
	if len(trimmed) > 0 && trimmed[0] == '{' {
		return formatJSON
	}
	root, _ := rootElement(doc)
	switch strings.ToLower(localName(root)) {
	case "rss", "rdf", "feed":
		return formatXML
	}
	return formatUnknown
}

func parseXML(doc []byte, feedURL string) (*Feed, string, error) {
	var problem string
	if p := checkWellFormed(doc); p != nil {
		problem = p.Error()
	}
	src := doc
	// The repair pass also expands DOCTYPE-declared entities, which gofeed
	// would keep as "&name;", and drops a long prolog: gofeed looks for the
	// root element only in the first 4 KB.
	_, rootAt := rootElement(doc)
	if problem != "" || rootAt > 4000 || bytes.Contains(prefix(doc, 8192), []byte("<!ENTITY")) {
		src = repairXML(doc)
	}
	gf, err := newGofeedParser().Parse(bytes.NewReader(maskXMLBase(src)))
	if err != nil {
		if problem == "" {
			problem = err.Error()
		}
		return nil, "", fmt.Errorf("%w: %s", ErrMalformed, problem)
	}
	return buildFeed(gf, scanDocument(src, feedURL), feedURL), problem, nil
}

func parseJSON(doc []byte, feedURL string) (*Feed, string, error) {
	var probe struct {
		Version string          `json:"version"`
		Items   json.RawMessage `json:"items"`
	}
	if err := json.Unmarshal(doc, &probe); err != nil {
		var syn *json.SyntaxError
		if errors.As(err, &syn) {
			line, col := position(doc, int(syn.Offset))
			return nil, "", fmt.Errorf("%w: JSON line %d, column %d: %s", ErrMalformed, line, col, syn.Error())
		}
		return nil, "", fmt.Errorf("%w: JSON: %v", ErrMalformed, err)
	}
	if !strings.Contains(probe.Version, "jsonfeed.org") && len(probe.Items) == 0 {
		return nil, "", fmt.Errorf("%w: JSON without a JSON Feed version or items", ErrNotAFeed)
	}
	gf, err := newGofeedParser().Parse(bytes.NewReader(doc))
	if err != nil {
		return nil, "", fmt.Errorf("%w: JSON Feed: %v", ErrMalformed, err)
	}
	return buildFeed(gf, nil, feedURL), "", nil
}

func newGofeedParser() *gofeed.Parser {
	p := gofeed.NewParser()
	p.KeepOriginalFeed = true
	// Herald picks images from explicit markup only; guessing the first
	// <img> of the body picks up tracking pixels and author avatars.
	p.RSSTranslator = &gofeed.DefaultRSSTranslator{DisableContentImageScan: true}
	return p
}

// rootElement returns the name and offset of the first element, skipping
// the prolog (declaration, comments, DOCTYPE) and any junk a server printed
// before it.
func rootElement(doc []byte) (string, int) {
	for i := 0; i < len(doc); {
		lt := bytes.IndexByte(doc[i:], '<')
		if lt < 0 {
			return "", -1
		}
		i += lt
		rest := doc[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest, []byte("-->"))
			if end < 0 {
				return "", -1
			}
			i += end + 3
		case bytes.HasPrefix(rest, []byte("<?")), bytes.HasPrefix(rest, []byte("<!")):
			i += skipDeclaration(rest)
		default:
			if name, n := scanName(rest[1:]); n > 0 {
				return name, i
			}
			i++
		}
	}
	return "", -1
}

// skipDeclaration returns the length of a <?...?> or <!...> construct,
// counting brackets so a DOCTYPE's internal subset does not end it early.
func skipDeclaration(b []byte) int {
	depth := 0
	for j := 2; j < len(b); j++ {
		switch b[j] {
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				return j + 1
			}
		}
	}
	return len(b)
}

func localName(name string) string {
	if i := strings.LastIndexByte(name, ':'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// describeBody names what a non-feed body seems to be, for error messages.
func describeBody(doc []byte) string {
	if len(bytes.TrimSpace(doc)) == 0 {
		return "empty body"
	}
	if root, _ := rootElement(doc); root != "" {
		return "document element is <" + root + ">"
	}
	return "no XML or JSON found"
}

// position converts a byte offset into a 1-based line and column.
func position(doc []byte, offset int) (line, col int) {
	if offset > len(doc) {
		offset = len(doc)
	}
	before := doc[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = offset - bytes.LastIndexByte(before, '\n')
	return line, col
}

// ttlMinutes converts an RSS <ttl> (minutes) to a duration, ignoring values
// that are not positive or implausibly large.
func ttlMinutes(s string) time.Duration {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n <= 0 || n > 366*24*60 {
		return 0
	}
	return time.Duration(n) * time.Minute
}
