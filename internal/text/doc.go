// Package text holds the language-aware basics the enrichment stage builds
// on: language detection, sentence splitting, tokenization with byte
// offsets, stemming, stop words and accent folding.
//
// English is served first; French, Spanish, German and Arabic have the
// same: detection, tokenization (French elisions, Arabic script), sentence
// splitting (guillemets, inverted and Arabic question marks), stop lists
// and stemming (Snowball for en, fr, es; CISTEM for de; light10 for ar).
// Other languages get detection, tokens and sentences, with the English
// stop list as a fallback. Everything is pure Go, read-only tables only,
// safe on arbitrary bytes (invalid UTF-8 is treated as separators) and
// linear in the input.
package text
