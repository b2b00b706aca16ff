package feed

import (
	"bytes"
	"html"
	"strconv"
	"strings"
	"unicode/utf8"
)

// voidHTML lists HTML elements that never have content. Feeds paste them
// unescaped and unclosed ("<br>") into descriptions; closing them at once
// keeps them from swallowing the rest of the item.
var voidHTML = map[string]bool{
	"br": true, "hr": true, "img": true, "input": true, "wbr": true,
	"area": true, "col": true, "embed": true, "param": true,
}

// repairXML rewrites a document that is not well-formed into one that is,
// keeping as much of it as its markup allows: stray ampersands and angle
// brackets become text, HTML entities become character references, entities
// declared in the DOCTYPE are expanded, unclosed elements are closed where
// their parent ends, end tags that close nothing are dropped, and a document
// cut short is closed at its end. gofeed then reads the result, so a broken
// feed goes through the same mapping as a good one.
func repairXML(doc []byte) []byte {
	r := repairer{src: doc, entities: map[string]string{}}
	r.out.Grow(len(doc) + len(doc)/8)
	r.run()
	return r.out.Bytes()
}

type repairer struct {
	src      []byte
	i        int
	out      bytes.Buffer
	stack    []string
	starts   []int // output offset of each open element's start tag
	rootDone bool
	entities map[string]string
	expanded int // bytes added by DOCTYPE entities so far
}

// maxExpansion caps what DOCTYPE entities may add to a document; references
// beyond it stay literal text.
const maxExpansion = 1 << 20

func (r *repairer) run() {
	for r.i < len(r.src) {
		if r.src[r.i] != '<' {
			end := bytes.IndexByte(r.src[r.i:], '<')
			if end < 0 {
				end = len(r.src) - r.i
			}
			r.text(r.src[r.i : r.i+end])
			r.i += end
			continue
		}
		rest := r.src[r.i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			r.skipPast("-->")
		case bytes.HasPrefix(rest, []byte("<![CDATA[")):
			r.cdata()
		case bytes.HasPrefix(rest, []byte("<!")):
			r.directive()
		case bytes.HasPrefix(rest, []byte("<?")):
			r.skipPast("?>")
		case bytes.HasPrefix(rest, []byte("</")):
			r.endTag()
		case len(rest) > 1 && isNameStart(rest[1:]):
			r.startTag()
		default:
			r.text([]byte("<"))
			r.i++
		}
	}
	r.dropCutEntry()
	for len(r.stack) > 0 {
		r.close()
	}
}

// dropCutEntry removes an entry the document ended inside: its fields are
// cut short (a title ending mid-word, a missing link), so storing it would
// store a wrong article.
func (r *repairer) dropCutEntry() {
	for k, name := range r.stack {
		if l := strings.ToLower(localName(name)); l == "item" || l == "entry" {
			r.out.Truncate(r.starts[k])
			r.stack, r.starts = r.stack[:k], r.starts[:k]
			return
		}
	}
}

func (r *repairer) inRoot() bool { return len(r.stack) > 0 }

func (r *repairer) skipPast(marker string) {
	end := bytes.Index(r.src[r.i:], []byte(marker))
	if end < 0 {
		r.i = len(r.src)
		return
	}
	r.i += end + len(marker)
}

func (r *repairer) cdata() {
	start := r.i + len("<![CDATA[")
	end := bytes.Index(r.src[start:], []byte("]]>"))
	content := r.src[start:]
	r.i = len(r.src)
	if end >= 0 {
		content = r.src[start : start+end]
		r.i = start + end + len("]]>")
	}
	if r.inRoot() {
		r.out.WriteString("<![CDATA[")
		r.out.Write(dropIllegalChars(content))
		r.out.WriteString("]]>")
	}
}

// directive skips a <!...> declaration, remembering the entities a DOCTYPE
// declares. The internal subset may itself contain '>', so brackets count.
func (r *repairer) directive() {
	depth := 0
	for j := r.i + 2; j < len(r.src); j++ {
		switch r.src[j] {
		case '[':
			depth++
		case ']':
			depth--
		case '>':
			if depth <= 0 {
				for k, v := range declaredEntities(r.src[r.i+2 : j]) {
					r.entities[k] = v
				}
				r.i = j + 1
				return
			}
		}
	}
	r.i = len(r.src)
}

func (r *repairer) endTag() {
	j := r.i + 2
	name, n := scanName(r.src[j:])
	j += n
	if gt := bytes.IndexByte(r.src[j:], '>'); gt >= 0 {
		j += gt + 1
	} else {
		j = len(r.src)
	}
	r.i = j
	if name == "" {
		return
	}
	match := -1
	for k := len(r.stack) - 1; k >= 0; k-- {
		if r.stack[k] == name {
			match = k
			break
		}
	}
	if match < 0 {
		for k := len(r.stack) - 1; k >= 0; k-- {
			if strings.EqualFold(r.stack[k], name) {
				match = k
				break
			}
		}
	}
	if match < 0 {
		return // closes nothing that is open
	}
	for len(r.stack) > match {
		r.close()
	}
}

func (r *repairer) close() {
	name := r.stack[len(r.stack)-1]
	r.stack, r.starts = r.stack[:len(r.stack)-1], r.starts[:len(r.starts)-1]
	r.out.WriteString("</" + name + ">")
	if len(r.stack) == 0 {
		r.rootDone = true
	}
}

func (r *repairer) startTag() {
	j := r.i + 1
	name, n := scanName(r.src[j:])
	j += n
	var attrs []byte
	seen := map[string]bool{}
	selfClosing := false
	for j < len(r.src) {
		c := r.src[j]
		switch {
		case c == '>':
			j++
			goto done
		case c == '/' && j+1 < len(r.src) && r.src[j+1] == '>':
			selfClosing = true
			j += 2
			goto done
		case c == '<':
			goto done // a tag cut short; the next one starts here
		case isNameStart(r.src[j:]):
			attr, value, used := scanAttr(r.src[j:])
			j += used
			if !seen[attr] {
				seen[attr] = true
				attrs = append(attrs, ' ')
				attrs = append(attrs, attr...)
				attrs = append(attrs, `="`...)
				attrs = append(attrs, escapeAttr(r.decodeLoose(value))...)
				attrs = append(attrs, '"')
			}
		default:
			j++
		}
	}
done:
	r.i = j
	if r.rootDone {
		return // a second root would make the document ill-formed again
	}
	start := r.out.Len()
	r.out.WriteString("<" + name)
	r.out.Write(attrs)
	if selfClosing || voidHTML[strings.ToLower(name)] {
		r.out.WriteString("/>")
		if len(r.stack) == 0 {
			r.rootDone = true
		}
		return
	}
	r.out.WriteByte('>')
	r.stack = append(r.stack, name)
	r.starts = append(r.starts, start)
}

func (r *repairer) text(t []byte) {
	if !r.inRoot() {
		return
	}
	r.out.WriteString(escapeText(r.decodeLoose(t)))
}

// decodeLoose resolves character and entity references the way a browser
// would, leaving anything that is not one as literal text.
func (r *repairer) decodeLoose(t []byte) string {
	var b strings.Builder
	s := string(dropIllegalChars(t))
	for {
		amp := strings.IndexByte(s, '&')
		if amp < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:amp])
		s = s[amp:]
		semi := strings.IndexByte(s, ';')
		if semi > 1 && semi < 40 {
			if v, ok := r.entity(s[1:semi]); ok {
				b.WriteString(v)
				s = s[semi+1:]
				continue
			}
		}
		b.WriteByte('&')
		s = s[1:]
	}
}

func (r *repairer) entity(name string) (string, bool) {
	if strings.HasPrefix(name, "#") {
		num := name[1:]
		base := 10
		if strings.HasPrefix(num, "x") || strings.HasPrefix(num, "X") {
			num, base = num[1:], 16
		}
		n, err := strconv.ParseUint(num, base, 32)
		if err != nil || !isXMLChar(rune(n)) {
			return "", false
		}
		return string(rune(n)), true
	}
	if v, ok := r.entities[name]; ok && r.expanded+len(v) <= maxExpansion {
		r.expanded += len(v)
		return v, true
	}
	if v := html.UnescapeString("&" + name + ";"); v != "&"+name+";" {
		return v, true
	}
	return "", false
}

func escapeText(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;").Replace(s)
}

func escapeAttr(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", `"`, "&quot;", "\n", "&#10;", "\t", "&#9;").Replace(s)
}

// scanAttr reads name[=value] with the value quoted, unquoted or missing.
func scanAttr(b []byte) (name string, value []byte, used int) {
	name, used = scanName(b)
	j := used
	for j < len(b) && isSpace(b[j]) {
		j++
	}
	if j >= len(b) || b[j] != '=' {
		return name, []byte(name), used
	}
	j++
	for j < len(b) && isSpace(b[j]) {
		j++
	}
	if j < len(b) && (b[j] == '"' || b[j] == '\'') {
		q := b[j]
		end := bytes.IndexByte(b[j+1:], q)
		if end < 0 {
			// An unterminated quote: take the value up to the tag's end.
			end = bytes.IndexAny(b[j+1:], "<>")
			if end < 0 {
				end = len(b) - j - 1
			}
			return name, b[j+1 : j+1+end], j + 1 + end
		}
		return name, b[j+1 : j+1+end], j + 2 + end
	}
	start := j
	for j < len(b) && !isSpace(b[j]) && b[j] != '>' && b[j] != '<' {
		j++
	}
	return name, b[start:j], j
}

// scanName reads an XML name (letters, digits, and . - _ : after the first).
func scanName(b []byte) (string, int) {
	j := 0
	for j < len(b) {
		r, size := utf8.DecodeRune(b[j:])
		if !(r == '_' || r == ':' || r == '-' || r == '.' || r >= 0x80 ||
			'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || j > 0 && '0' <= r && r <= '9') {
			break
		}
		j += size
	}
	return string(b[:j]), j
}

func isNameStart(b []byte) bool {
	r, _ := utf8.DecodeRune(b)
	return r == '_' || r == ':' || r >= 0x80 && r != utf8.RuneError || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func isXMLChar(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D ||
		r >= 0x20 && r <= 0xD7FF || r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// dropIllegalChars removes characters XML forbids (C0 controls and the like).
func dropIllegalChars(b []byte) []byte {
	clean := true
	for _, r := range string(b) {
		if !isXMLChar(r) {
			clean = false
			break
		}
	}
	if clean {
		return b
	}
	out := make([]byte, 0, len(b))
	for _, r := range string(b) {
		if isXMLChar(r) {
			out = utf8.AppendRune(out, r)
		}
	}
	return out
}
