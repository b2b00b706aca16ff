package feed

import (
	"bytes"
	"encoding/xml"
	"net/url"
	"strings"
)

const (
	xmlNamespace   = "http://www.w3.org/XML/1998/namespace"
	xhtmlNamespace = "http://www.w3.org/1999/xhtml"
)

// docFacts are what gofeed's universal model drops but Herald needs: the
// declared type of text constructs, xml:lang and xml:base in scope, Atom ids
// as written (gofeed re-serialises them as URLs), RDF identifiers, Atom 0.3
// links written as element text and XHTML bodies in RSS items.
type docFacts struct {
	base     *url.URL  // base in scope at the document element
	language string    // xml:lang of the document element
	title    textFacts // the feed's own title
	entries  []entryFacts
}

type entryFacts struct {
	about    string   // rdf:about, the RDF item's identifier
	id       string   // atom:id as written
	language string   // xml:lang in scope at the entry
	base     *url.URL // xml:base in scope at the entry, resolved
	links    []linkFacts
	title    textFacts
	summary  textFacts
	content  textFacts
	body     string // inner XML of an XHTML <body> child
}

// textFacts is how a text construct declared its content.
type textFacts struct {
	typ, mode string
}

type linkFacts struct {
	rel, href string
}

// scanDocument walks a well-formed document once and collects docFacts in
// document order; entries are <item> and <entry> elements not nested in
// another entry. feedURL is the base that xml:base values resolve against.
func scanDocument(doc []byte, feedURL string) *docFacts {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	type scope struct {
		name string
		lang string
		base *url.URL
	}
	facts := &docFacts{}
	stack := []scope{{base: parseBase(feedURL)}}
	var (
		cur       *entryFacts
		entryAt   = -1 // stack depth of the open entry
		text      strings.Builder
		collect   string // name of the entry child whose text is collected
		link      *linkFacts
		bodyStart int64 = -1
	)
	for {
		before := d.InputOffset()
		tok, err := d.Token()
		if err != nil {
			return facts
		}
		switch t := tok.(type) {
		case xml.StartElement:
			parent := stack[len(stack)-1]
			s := scope{name: strings.ToLower(t.Name.Local), lang: parent.lang, base: parent.base}
			for _, a := range t.Attr {
				if a.Name.Space == xmlNamespace && a.Name.Local == "lang" {
					s.lang = normalizeLanguage(a.Value)
				}
				if a.Name.Space == xmlNamespace && a.Name.Local == "base" {
					s.base = resolveBase(s.base, a.Value)
				}
			}
			stack = append(stack, s)
			depth := len(stack)
			switch {
			case depth == 2:
				facts.language, facts.base = s.lang, s.base
			case cur == nil && s.name == "title" && facts.title == (textFacts{}) &&
				(depth == 3 || depth == 4 && stack[2].name == "channel"):
				facts.title = declared(t)
			case cur == nil && (s.name == "item" || s.name == "entry"):
				cur = &entryFacts{language: s.lang, base: s.base}
				entryAt = depth
				for _, a := range t.Attr {
					if a.Name.Local == "about" {
						cur.about = strings.TrimSpace(a.Value)
					}
				}
			case cur != nil && depth == entryAt+1:
				switch s.name {
				case "title":
					cur.title = declared(t)
				case "summary":
					cur.summary = declared(t)
				case "content":
					cur.content = declared(t)
				case "id":
					collect = "id"
					text.Reset()
				case "body":
					if t.Name.Space == xhtmlNamespace {
						bodyStart = d.InputOffset()
					}
				case "link":
					link = &linkFacts{rel: "alternate"}
					for _, a := range t.Attr {
						switch a.Name.Local {
						case "rel":
							link.rel = strings.TrimSpace(a.Value)
						case "href":
							link.href = resolveRef(s.base, a.Value)
						}
					}
					collect = "link"
					text.Reset()
				}
			}
		case xml.CharData:
			if collect != "" {
				text.Write(t)
			}
		case xml.EndElement:
			depth := len(stack)
			if cur != nil && depth == entryAt+1 {
				switch {
				case collect == "id":
					cur.id = strings.TrimSpace(text.String())
				case collect == "link":
					if link.href == "" {
						link.href = resolveRef(stack[depth-1].base, text.String())
					}
					cur.links = append(cur.links, *link)
					link = nil
				case bodyStart >= 0:
					cur.body = strings.TrimSpace(string(doc[bodyStart:before]))
					bodyStart = -1
				}
				collect = ""
			}
			if cur != nil && depth == entryAt {
				facts.entries = append(facts.entries, *cur)
				cur, entryAt = nil, -1
			}
			if depth > 1 {
				stack = stack[:depth-1]
			}
		}
	}
}

func declared(t xml.StartElement) textFacts {
	var f textFacts
	for _, a := range t.Attr {
		switch a.Name.Local {
		case "type":
			f.typ = strings.ToLower(strings.TrimSpace(a.Value))
		case "mode":
			f.mode = strings.ToLower(strings.TrimSpace(a.Value))
		}
	}
	if f == (textFacts{}) {
		f.typ = "-" // present, type not declared
	}
	return f
}

// isHTML reports whether a text construct declared HTML or XHTML content.
func (f textFacts) isHTML() bool {
	return strings.Contains(f.typ, "html") || f.mode == "xml"
}

// isText reports whether a text construct declared plain text.
func (f textFacts) isText() bool {
	return f.typ == "text" || f.typ == "text/plain"
}

func resolveBase(parent *url.URL, raw string) *url.URL {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return parent
	}
	if parent == nil {
		if u.IsAbs() {
			return u
		}
		return parent
	}
	return parent.ResolveReference(u)
}
