package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits s into sentences, each trimmed of surrounding space and
// kept as a substring of s (nothing is rewritten).
//
// A sentence ends at ".", "!", "?", "…", the Arabic "؟" and "۔" or the CJK
// full stops, together with any closing quotes and brackets that follow,
// when a space and a plausible sentence start come next. It does not end
// after title abbreviations ("Mr.", "Sgt.", "Dr."), initials ("J. K."),
// inside numbers ("3.5%") or before a lower-case word; after other
// abbreviations ("U.S.", "Jan.", "Inc.") and ellipses only when a
// capitalised function word ("The", "He") follows. A blank line always
// ends a sentence; so does a line break unless the next line starts in
// lower case (hard-wrapped text).
func Sentences(s string) []string {
	var out []string
	start := 0
	emit := func(end int) {
		if t := strings.TrimSpace(s[start:end]); t != "" {
			out = append(out, t)
		}
		start = end
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			next, ends := lineBreak(s, i+size)
			if ends {
				emit(i)
			}
			i = next
		case isTerminator(r):
			end := i + size
			for end < len(s) {
				n, nsize := utf8.DecodeRuneInString(s[end:])
				if !isTerminator(n) && !isCloser(n) {
					break
				}
				end += nsize
			}
			if endsSentence(s, i, end) {
				emit(end)
			}
			i = end
		default:
			i += size
		}
	}
	emit(len(s))
	return out
}

func isTerminator(r rune) bool {
	switch r {
	case '.', '!', '?', '…', '؟', '۔', '。', '！', '？':
		return true
	}
	return false
}

func isCloser(r rune) bool {
	switch r {
	case '"', '\'', '”', '’', '»', ')', ']', '›', '」', '』':
		return true
	}
	return false
}

func isOpener(r rune) bool {
	switch r {
	case '"', '\'', '“', '‘', '«', '(', '[', '‹', '„', '「', '『', '¿', '¡', '-', '–', '—', '•':
		return true
	}
	return false
}

// lineBreak looks at the space after a line break that starts at next:
// it returns where the next line's text starts and whether the break ends
// a sentence (a blank line, or a next line not starting in lower case).
func lineBreak(s string, next int) (int, bool) {
	blank := false
	for next < len(s) {
		r, size := utf8.DecodeRuneInString(s[next:])
		if r == '\n' {
			blank = true
		} else if !unicode.IsSpace(r) {
			return next, blank || !unicode.IsLower(r)
		}
		next += size
	}
	return next, true
}

// endsSentence decides for the terminator run s[term:end] (with closers).
func endsSentence(s string, term, end int) bool {
	if end < len(s) {
		r, _ := utf8.DecodeRuneInString(s[end:])
		if !unicode.IsSpace(r) && r != utf8.RuneError {
			return false // "3.5", "example.com", "U.S.A"
		}
	}
	nextWord, first := followingWord(s, end)
	if first == 0 {
		return true // end of text or of the line
	}
	if unicode.IsLower(first) {
		return false
	}
	run := s[term:end]
	ellipsis := strings.HasPrefix(run, "...") || strings.HasPrefix(run, "…")
	if run[0] == '.' || ellipsis {
		prev := wordBefore(s, term)
		lp := strings.ToLower(prev)
		switch {
		case titleAbbreviations[lp]:
			return false
		case isSingleLetter(prev) && !ellipsis:
			// An initial ("J. K. Rowling", "Ursula K. Le Guin", "George F.
			// Will"), unless it follows a word in small letters and a
			// function word follows: "seats in row K. The theatre".
			if capitalisedBefore(s, term-len(prev)) {
				// A given name before it ("Ursula K. Le Guin"), unless a
				// pronoun or article opens a clause after it: "Plan B. It
				// failed.", "Vitamin D. The study".
				return clauseOpeners[strings.ToLower(nextWord)] && lowerAfter(s, end, nextWord)
			}
			return unicode.IsUpper(first) && (IsStopWord("en", nextWord) || IsStopWord("fr", nextWord)) && !nameParticles[strings.ToLower(nextWord)]
		case ellipsis || otherAbbreviations[lp] || strings.Contains(prev, "."):
			return unicode.IsUpper(first) && IsStopWord("en", nextWord)
		}
	}
	return unicode.IsUpper(first) || unicode.IsDigit(first) || isOpener(first) ||
		(unicode.IsLetter(first) && !unicode.IsLower(first))
}

// followingWord returns the word after position i on the same line and its
// first rune (which may be an opening quote); 0 at the end of the text or
// at a line break, which Sentences handles itself.
func followingWord(s string, i int) (string, rune) {
	for i < len(s) {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == '\n' {
			return "", 0
		}
		if !unicode.IsSpace(r) {
			j := i
			for j < len(s) {
				w, wsize := utf8.DecodeRuneInString(s[j:])
				if !isWordRune(w) && !isApostrophe(w) {
					break
				}
				j += wsize
			}
			return s[i:j], r
		}
		i += size
	}
	return "", 0
}

// wordBefore returns the letters and inner periods just before position i
// ("U.S" before the last period of "U.S.", "Sgt" before "Sgt.").
func wordBefore(s string, i int) string {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsLetter(r) && r != '.' {
			break
		}
		j -= size
	}
	return strings.Trim(s[j:i], ".")
}

// clauseOpeners are pronouns and articles that open a sentence and are no
// part of a name.
var clauseOpeners = map[string]bool{"it": true, "the": true, "this": true, "that": true, "these": true,
	"those": true, "he": true, "she": true, "they": true, "we": true, "there": true, "its": true, "his": true,
	"their": true, "our": true, "il": true, "elle": true, "ils": true, "elles": true, "cette": true, "ces": true}

// lowerAfter reports whether the word after word (which follows position
// i) starts with a small letter: "It failed", not "The Hague".
func lowerAfter(s string, i int, word string) bool {
	at := strings.Index(s[i:], word)
	if at < 0 {
		return false
	}
	_, first := followingWord(s, i+at+len(word))
	return unicode.IsLower(first)
}

// nameParticles are function words that also open surnames ("Van Dyke",
// "De Gaulle", "Al Nahyan"), so an initial before them stays an initial.
var nameParticles = map[string]bool{"de": true, "du": true, "des": true, "van": true, "von": true, "di": true, "da": true, "del": true, "al": true, "el": true}

// capitalisedBefore reports whether the word ending before position i
// (spaces skipped) starts with a capital: a given name before an initial.
func capitalisedBefore(s string, i int) bool {
	j := i
	for j > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:j])
		if !unicode.IsSpace(r) {
			break
		}
		j -= size
	}
	k := j
	for k > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:k])
		if !unicode.IsLetter(r) && r != '-' && r != '.' {
			break
		}
		k -= size
	}
	r, _ := utf8.DecodeRuneInString(s[k:j])
	return k < j && unicode.IsUpper(r)
}

func isSingleLetter(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	return size > 0 && size == len(w) && unicode.IsUpper(r)
}
