package feed

import (
	"encoding/base64"
	"html"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// Text constructs (titles, summaries, content) declare their type in Atom
// and leave it to guesswork in RSS. These helpers turn a value into the form
// Herald stores, honouring a declaration when there is one.

// titleText returns a title as plain text: HTML titles lose their markup,
// declared plain text is kept literally, undeclared titles are guessed.
func titleText(value string, f textFacts) string {
	value = demoronize(decodeMode(value, f))
	switch {
	case f.isHTML():
		return collapseSpace(htmlToText(value))
	case f.isText():
		return collapseSpace(value)
	}
	return plainText(value)
}

// atomHTML returns an Atom text construct as HTML. Text is escaped; a value
// without a declared type that nonetheless looks like HTML is kept, as
// publishers often forget type="html".
func atomHTML(value string, f textFacts) string {
	value = demoronize(decodeMode(value, f))
	switch {
	case f.isText():
		return textToHTML(value)
	case f.isHTML(), f.typ != "-" && f.typ != "":
		return value // HTML, XHTML or inline XML
	case looksLikeHTML(value):
		return value
	}
	return textToHTML(value)
}

// decodeMode undoes Atom 0.3's mode="base64" when gofeed has not already.
func decodeMode(value string, f textFacts) string {
	if f.mode != "base64" {
		return value
	}
	compact := strings.Join(strings.Fields(value), "")
	decoded, err := base64.StdEncoding.DecodeString(compact)
	if err != nil || !utf8.Valid(decoded) {
		return value
	}
	return string(decoded)
}

// demoronize replaces C1 control characters with the windows-1252
// characters they were meant to be: publishers paste curly quotes from
// Word into "Latin-1" or "UTF-8" feeds and U+0092 is never intended.
func demoronize(s string) string {
	if !strings.ContainsFunc(s, isC1) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isC1(r) {
			if w := charmap.Windows1252.DecodeByte(byte(r)); w != utf8.RuneError {
				return w
			}
		}
		return r
	}, s)
}

func isC1(r rune) bool { return r >= 0x80 && r <= 0x9F }

// textToHTML escapes plain text for a field that holds HTML, keeping its
// line breaks.
func textToHTML(s string) string {
	s = strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n"))
	return strings.ReplaceAll(html.EscapeString(s), "\n", "<br>")
}
