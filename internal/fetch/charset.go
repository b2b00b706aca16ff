package fetch

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

var (
	// xmlDeclaration matches an XML declaration at the start of a document
	// (after optional whitespace); xmlEncoding its encoding pseudo-attribute.
	xmlDeclaration = regexp.MustCompile(`^\s*<\?xml\s[^>]*?\?>`)
	xmlEncoding    = regexp.MustCompile(`encoding\s*=\s*("[^"]*"|'[^']*')`)
)

// ToUTF8 converts a downloaded document to UTF-8, the only encoding the
// parsers downstream accept. The encoding is taken from, in order: a byte
// order mark; the charset parameter of contentType; the XML declaration's
// encoding; an HTML <meta> charset in the first 1024 bytes. Declarations are
// often wrong, so the bytes get a say:
//
//   - a body that is valid UTF-8 is kept as UTF-8 whatever a legacy
//     single- or multi-byte label claims (a Latin-1 text with accents is
//     practically never valid UTF-8, the reverse mislabelling is common);
//     only UTF-16 and the 7-bit ISO-2022 encodings, which look like valid
//     UTF-8, are decoded as declared;
//   - a body declared UTF-8 that is not falls through to the next
//     declaration, and without one to windows-1252, the usual real
//     encoding of such files (ISO-8859-1 labels are windows-1252 too, as
//     the WHATWG Encoding Standard prescribes) — unless it does contain
//     well-formed multi-byte sequences, in which case it is UTF-8 with a few
//     bad bytes, which become U+FFFD.
//
// The result is always valid UTF-8. An XML declaration in it is rewritten to
// say encoding="utf-8", so an XML decoder does not convert a second time.
func ToUTF8(body []byte, contentType string) ([]byte, error) {
	if enc, n := bomEncoding(body); enc != nil {
		out, err := decode(enc, body[n:])
		if err != nil {
			return nil, err
		}
		return markXMLAsUTF8(out), nil
	}
	valid := utf8.Valid(body)
	for _, label := range declaredCharsets(body, contentType) {
		enc, name := charset.Lookup(label)
		switch {
		case enc == nil || name == "replacement":
			continue // unknown label, or one the WHATWG standard refuses to decode
		case name == "utf-8":
			if valid {
				return markXMLAsUTF8(body), nil
			}
			continue
		case valid && !looksLikeValidUTF8(name):
			return markXMLAsUTF8(body), nil
		}
		out, err := decode(enc, body)
		if err != nil {
			return nil, fmt.Errorf("decode %s: %w", name, err)
		}
		return markXMLAsUTF8(out), nil
	}
	switch {
	case valid:
		return markXMLAsUTF8(body), nil
	case hasMultiByteRune(body):
		return markXMLAsUTF8(bytes.ToValidUTF8(body, []byte("\uFFFD"))), nil
	}
	out, err := decode(charmap.Windows1252, body)
	if err != nil {
		return nil, fmt.Errorf("decode windows-1252: %w", err)
	}
	return markXMLAsUTF8(out), nil
}

// looksLikeValidUTF8 names the encodings whose text is usually also valid
// UTF-8, so validity says nothing about them.
func looksLikeValidUTF8(name string) bool {
	switch name {
	case "utf-16le", "utf-16be", "iso-2022-jp":
		return true
	}
	return false
}

func bomEncoding(body []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(body, []byte{0xEF, 0xBB, 0xBF}):
		return encoding.Nop, 3
	case bytes.HasPrefix(body, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(body, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

// declaredCharsets lists the charset labels a document carries, in order of
// precedence.
func declaredCharsets(body []byte, contentType string) []string {
	var labels []string
	if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
		labels = append(labels, params["charset"])
	}
	if decl := xmlDeclaration.Find(body); decl != nil {
		if m := xmlEncoding.FindSubmatch(decl); m != nil {
			labels = append(labels, string(m[1][1:len(m[1])-1]))
		}
	}
	if label := htmlMetaCharset(body); label != "" {
		labels = append(labels, label)
	}
	return labels
}

// htmlMetaCharset runs the HTML standard's <meta> prescan of
// charset.DetermineEncoding over the first 1024 bytes. Bytes above 0x7F are
// blanked first: without a <meta> the function falls back to sniffing, and
// on pure ASCII that fallback is always windows-1252, which this then
// reports as "nothing declared" — the same verdict ToUTF8 reaches on its own.
func htmlMetaCharset(body []byte) string {
	head := bytes.Clone(body[:min(len(body), 1024)])
	for i, b := range head {
		if b >= 0x80 {
			head[i] = ' '
		}
	}
	_, name, _ := charset.DetermineEncoding(head, "")
	if name == "windows-1252" {
		return ""
	}
	return name
}

func decode(enc encoding.Encoding, body []byte) ([]byte, error) {
	if enc == encoding.Nop {
		return bytes.ToValidUTF8(body, []byte("\uFFFD")), nil
	}
	return enc.NewDecoder().Bytes(body)
}

// hasMultiByteRune reports whether body contains at least one well-formed
// multi-byte UTF-8 sequence.
func hasMultiByteRune(body []byte) bool {
	for len(body) > 0 {
		r, size := utf8.DecodeRune(body)
		if r != utf8.RuneError && size > 1 {
			return true
		}
		body = body[size:]
	}
	return false
}

// markXMLAsUTF8 makes an XML declaration, if any, state encoding="utf-8".
func markXMLAsUTF8(doc []byte) []byte {
	loc := xmlDeclaration.FindIndex(doc)
	if loc == nil {
		return doc
	}
	decl := doc[loc[0]:loc[1]]
	fixed := xmlEncoding.ReplaceAll(decl, []byte(`encoding="utf-8"`))
	if bytes.Equal(decl, fixed) {
		return doc
	}
	out := make([]byte, 0, len(doc)-len(decl)+len(fixed))
	out = append(out, doc[:loc[0]]...)
	out = append(out, fixed...)
	return append(out, doc[loc[1]:]...)
}
