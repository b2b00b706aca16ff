package feed

import (
	"bytes"
	"fmt"
	"mime"
	"regexp"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"golang.org/x/text/encoding/unicode/utf32"
)

// xmlDeclEncoding finds the encoding pseudo-attribute of an XML declaration.
var xmlDeclEncoding = regexp.MustCompile(`^\s*<\?xml[^>]*?\sencoding\s*=\s*["']([^"']*)["']`)

// toUTF8 converts a feed body to UTF-8 and rewrites the XML declaration to
// say so. Doing it once, up front, means gofeed, the well-formedness check and
// the repair pass all read the same text, and an HTTP charset (which gofeed
// never sees) takes part in the decision.
//
// The order follows RFC 7303: a byte order mark, then the HTTP charset, then
// the XML declaration, then UTF-8. problem is non-empty when the declared
// encoding was unknown or the bytes were not valid in it; the body is still
// converted as well as possible.
func toUTF8(data []byte, contentType string) (out []byte, problem string) {
	enc, body, fromBOM := sniffBOM(data)
	if !fromBOM {
		label, source := declaredCharset(data, contentType)
		if label != "" {
			var err error
			enc, err = lookupEncoding(label, data)
			if err != nil {
				problem = fmt.Sprintf("%s declares unknown encoding %q", source, label)
			}
		}
	}

	if enc == nil || enc == unicode.UTF8 {
		out, problem = repairUTF8(body, problem)
	} else {
		decoded, err := enc.NewDecoder().Bytes(body)
		if err != nil {
			// Decoders replace what they cannot map; an error here means
			// the input was cut mid-sequence. Keep what was decoded.
			problem = fmt.Sprintf("decoding: %v", err)
		}
		out = decoded
	}
	return rewriteDeclaredEncoding(out), problem
}

// sniffBOM reports the encoding a byte order mark (or the UTF-16/32 pattern
// of "<?" without one) announces, and the body without the mark.
func sniffBOM(data []byte) (encoding.Encoding, []byte, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0x00, 0x00, 0xFE, 0xFF}):
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), data[4:], true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE, 0x00, 0x00}):
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), data[4:], true
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, data[3:], true
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data[2:], true
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data[2:], true
	case bytes.HasPrefix(data, []byte{0x00, 0x00, 0x00, '<'}):
		return utf32.UTF32(utf32.BigEndian, utf32.IgnoreBOM), data, true
	case bytes.HasPrefix(data, []byte{'<', 0x00, 0x00, 0x00}):
		return utf32.UTF32(utf32.LittleEndian, utf32.IgnoreBOM), data, true
	case bytes.HasPrefix(data, []byte{0x00, '<', 0x00}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), data, true
	case bytes.HasPrefix(data, []byte{'<', 0x00, '?', 0x00}) ||
		bytes.HasPrefix(data, []byte{'<', 0x00, '!', 0x00}) ||
		bytes.HasPrefix(data, []byte{'<', 0x00, 'r', 0x00}) ||
		bytes.HasPrefix(data, []byte{'<', 0x00, 'f', 0x00}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), data, true
	}
	return nil, data, false
}

// declaredCharset returns the charset named by the Content-Type header or,
// failing that, by the XML declaration, and where it came from.
func declaredCharset(data []byte, contentType string) (label, source string) {
	if contentType != "" {
		if _, params, err := mime.ParseMediaType(contentType); err == nil && params["charset"] != "" {
			label, source = params["charset"], "Content-Type"
		}
	}
	fromDecl := ""
	if m := xmlDeclEncoding.FindSubmatch(prefix(data, 512)); m != nil {
		fromDecl = strings.TrimSpace(string(m[1]))
	}
	if label != "" {
		// Servers often send a Latin-1 charset by default for bodies that
		// are really UTF-8 and say so; trust the document in that case.
		if isLatin1Label(label) && strings.EqualFold(fromDecl, "utf-8") && utf8.Valid(data) {
			return fromDecl, "XML declaration"
		}
		return label, source
	}
	if fromDecl != "" {
		return fromDecl, "XML declaration"
	}
	return "", ""
}

func isLatin1Label(label string) bool {
	switch strings.ToLower(strings.TrimSpace(label)) {
	case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "windows-1252", "cp1252":
		return true
	}
	return false
}

// lookupEncoding maps a charset label to an encoding. A UTF-16 or UTF-32
// label on a body that starts with plain ASCII "<" is a mislabel (the BOM
// check would have caught real UTF-16), so it reads as UTF-8.
func lookupEncoding(label string, data []byte) (encoding.Encoding, error) {
	l := strings.ToLower(strings.TrimSpace(label))
	if strings.HasPrefix(l, "utf-16") || strings.HasPrefix(l, "utf-32") || l == "ucs-2" || l == "ucs-4" {
		return unicode.UTF8, nil
	}
	switch l {
	case "utf-8", "utf8", "unicode-1-1-utf-8":
		return unicode.UTF8, nil
	case "us-ascii", "ascii", "iso-8859-1", "latin1", "iso_8859-1":
		// WHATWG reads all of these as windows-1252, which keeps the
		// curly quotes publishers paste into "Latin-1" feeds.
		return charmap.Windows1252, nil
	}
	enc, _ := charset.Lookup(l)
	if enc == nil {
		return unicode.UTF8, fmt.Errorf("unknown encoding %q", label)
	}
	return enc, nil
}

// repairUTF8 returns body unchanged when it is valid UTF-8. Otherwise each
// invalid byte is read as windows-1252, the usual culprit when a "UTF-8"
// feed pastes in legacy text, and problem records where it first happened.
func repairUTF8(body []byte, problem string) ([]byte, string) {
	if utf8.Valid(body) {
		return body, problem
	}
	var b bytes.Buffer
	b.Grow(len(body) + 16)
	first := -1
	for i := 0; i < len(body); {
		r, size := utf8.DecodeRune(body[i:])
		if r == utf8.RuneError && size <= 1 {
			if first < 0 {
				first = i
			}
			b.WriteRune(charmap.Windows1252.DecodeByte(body[i]))
			i++
			continue
		}
		b.Write(body[i : i+size])
		i += size
	}
	if problem == "" {
		problem = fmt.Sprintf("invalid UTF-8 at byte %d", first)
	}
	return b.Bytes(), problem
}

// rewriteDeclaredEncoding makes the XML declaration agree with the UTF-8
// text, so no later decoder converts it a second time.
func rewriteDeclaredEncoding(doc []byte) []byte {
	loc := xmlDeclEncoding.FindSubmatchIndex(prefix(doc, 512))
	if loc == nil {
		return doc
	}
	out := make([]byte, 0, len(doc))
	out = append(out, doc[:loc[2]]...)
	out = append(out, "UTF-8"...)
	return append(out, doc[loc[3]:]...)
}

func prefix(b []byte, n int) []byte {
	if len(b) > n {
		return b[:n]
	}
	return b
}
