// Package text holds the language-aware basics the enrichment stage builds
// on: language detection, sentence splitting, tokenization with byte
// offsets, stemming, stop words and accent folding.
//
// English is served first; French, Spanish, German and Arabic have language
// detection, tokenization, sentence splitting and stop words, and stemming
// where a Snowball stemmer exists (en, fr, es). Everything here is pure,
// allocation-light and safe on arbitrary UTF-8 (invalid bytes are treated as
// separators, never as a panic).
package text
