package cluster

import (
	"unicode/utf8"

	"herald/internal/text"
)

// Tokenize is the default analyser: words and numbers of s, stop words of
// lang removed, words Snowball-stemmed and accent-folded, so "strikes" and
// "striking" meet and so do "Québec" and "Quebec". lang is an ISO 639-1 code;
// "" means English. A caller with another analyser sets Config.Tokenize.
func Tokenize(lang, s string) []string {
	var out []string
	for _, tok := range text.Tokens(s) {
		switch tok.Kind {
		case text.Number:
			out = append(out, tok.Text)
		case text.Word:
			if text.IsStopWord(lang, tok.Text) {
				continue
			}
			w := text.Fold(text.Stem(lang, tok.Text))
			// One letter is no evidence ("s" of a stripped possessive, an
			// initial).
			if utf8.RuneCountInString(w) < 2 || isFiller(w) {
				continue
			}
			out = append(out, w)
		}
	}
	return out
}

// isFiller is headline and wire filler that says nothing about the event and
// that the general stop lists keep: "update 2", "(video)", "exclusive".
func isFiller(w string) bool {
	switch w {
	case "updat", "video", "exclus", "photo", "watch", "live", "report", "say", "said":
		return true
	}
	return false
}

// articleLanguage is the language to analyse an article in: the caller's,
// else detected from enough text to be reliable; headlines alone are too
// short to tell and are taken as English.
func articleLanguage(a Article) string {
	if a.Language != "" {
		return a.Language
	}
	if len(a.Text) >= 200 {
		return text.Language(a.Title + "\n" + a.Text)
	}
	return ""
}
