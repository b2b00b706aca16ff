package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"
)

// entityDecl matches a general entity declared with a literal value in a
// DOCTYPE's internal subset; external and parameter entities are ignored.
var entityDecl = regexp.MustCompile(`<!ENTITY\s+([A-Za-z_:][-A-Za-z0-9._:]*)\s+(?:"([^"]*)"|'([^']*)')\s*>`)

// maxEntityValue bounds declared entity values; repairXML also caps the
// total it expands, so a hostile DOCTYPE cannot inflate a document.
const maxEntityValue = 1024

// xmlProblem describes where a document stops being well-formed XML.
type xmlProblem struct {
	Line, Column int
	Msg          string
}

func (p *xmlProblem) Error() string {
	return fmt.Sprintf("line %d, column %d: %s", p.Line, p.Column, p.Msg)
}

// checkWellFormed reports the first well-formedness error in a UTF-8
// document, or nil. gofeed reads XML leniently and never says when it had to
// guess; this strict pass is what lets Parse flag ErrMalformed. It checks what
// encoding/xml checks (syntax, entities, characters) plus what it leaves to
// callers: matching end tags, declared namespace prefixes and a single root.
func checkWellFormed(doc []byte) *xmlProblem {
	d := xml.NewDecoder(bytes.NewReader(doc))
	d.Strict = true
	var (
		stack []xml.Name
		// scopes holds, per open element, the prefixes it declares.
		scopes   [][]string
		declared = map[string]int{"xml": 1, "xmlns": 1}
		roots    int
	)
	fail := func(format string, args ...any) *xmlProblem {
		line, col := d.InputPos()
		return &xmlProblem{Line: line, Column: col, Msg: fmt.Sprintf(format, args...)}
	}
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var syn *xml.SyntaxError
			if errors.As(err, &syn) {
				return fail("%s", syn.Msg)
			}
			return fail("%v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) == 0 {
				roots++
				if roots > 1 {
					return fail("second root element <%s>", qualified(t.Name))
				}
			}
			var scope []string
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" {
					scope = append(scope, a.Name.Local)
					declared[a.Name.Local]++
				}
			}
			if p := t.Name.Space; p != "" && declared[p] == 0 {
				return fail("undeclared namespace prefix %q on <%s>", p, qualified(t.Name))
			}
			for _, a := range t.Attr {
				if p := a.Name.Space; p != "" && declared[p] == 0 {
					return fail("undeclared namespace prefix %q on attribute %s", p, qualified(a.Name))
				}
			}
			stack = append(stack, t.Name)
			scopes = append(scopes, scope)
		case xml.EndElement:
			if len(stack) == 0 {
				return fail("unexpected end tag </%s>", qualified(t.Name))
			}
			open := stack[len(stack)-1]
			if open != t.Name {
				return fail("element <%s> closed by </%s>", qualified(open), qualified(t.Name))
			}
			for _, p := range scopes[len(scopes)-1] {
				declared[p]--
			}
			stack, scopes = stack[:len(stack)-1], scopes[:len(scopes)-1]
		case xml.CharData:
			if len(stack) == 0 && len(bytes.TrimSpace(t)) > 0 {
				return fail("text outside the root element")
			}
		case xml.Directive:
			// Only whether an entity is declared matters here; empty
			// values keep a hostile DOCTYPE from inflating the text.
			if ents := declaredEntities(t); len(ents) > 0 {
				d.Entity = map[string]string{}
				for k := range ents {
					d.Entity[k] = ""
				}
			}
		}
	}
	if len(stack) > 0 {
		return fail("document ends inside <%s>", qualified(stack[len(stack)-1]))
	}
	if roots == 0 {
		return fail("no root element")
	}
	return nil
}

// declaredEntities returns the internal general entities of a DOCTYPE.
func declaredEntities(directive []byte) map[string]string {
	if !bytes.HasPrefix(directive, []byte("DOCTYPE")) {
		return nil
	}
	var ents map[string]string
	for _, m := range entityDecl.FindAllSubmatch(directive, -1) {
		value := string(m[2]) + string(m[3])
		if len(value) > maxEntityValue || strings.ContainsAny(value, "&<") {
			// Nested references and markup would need a real DTD
			// processor; leaving them undeclared reports them instead.
			continue
		}
		if ents == nil {
			ents = map[string]string{}
		}
		ents[string(m[1])] = value
	}
	return ents
}

func qualified(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}
