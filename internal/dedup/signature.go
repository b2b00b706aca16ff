// Package dedup recognises near-duplicate articles: syndicated wire copies
// republished with light edits. Each text gets a MinHash signature of its
// word shingles; locality-sensitive hashing (LSH banding) finds candidate
// copies without comparing every pair, and the signatures' agreement
// estimates the Jaccard similarity that decides. Nothing is ever deleted:
// the index only reports "X is a copy of Y", Y being the first-seen original.
package dedup

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode"
)

// Config tunes signing and matching. Signatures are comparable only when made
// with the same NumHashes and ShingleSize.
type Config struct {
	// ShingleSize is the number of consecutive words in one shingle.
	ShingleSize int
	// NumHashes is the signature length; Bands divides it into LSH bands
	// of NumHashes/Bands rows.
	NumHashes int
	Bands     int
	// Threshold is the least estimated Jaccard similarity of shingle sets
	// for a near-duplicate.
	Threshold float64
	// MinShingles: texts shorter than this many shingles (a bare headline)
	// are never called copies; two headlines alike say nothing about the
	// articles.
	MinShingles int
}

// DefaultConfig detects copies that keep at least 40% of their word trigrams
// in common. In the demo corpus the lightly edited wire reprints (new
// headline, trimmed or reworded sentences) share 59% or more, while
// different reports of one event share at most 12%. With 64 bands of 2 rows
// a pair at 40% becomes a candidate with probability 1-(1-0.4²)^64 > 0.9999.
func DefaultConfig() Config {
	return Config{ShingleSize: 3, NumHashes: 128, Bands: 64, Threshold: 0.4, MinShingles: 20}
}

func (c Config) validate() error {
	if c.ShingleSize < 1 || c.NumHashes < 1 || c.Bands < 1 || c.NumHashes%c.Bands != 0 {
		return fmt.Errorf("dedup config: shingle size %d, %d hashes in %d bands: %w",
			c.ShingleSize, c.NumHashes, c.Bands, errBadConfig)
	}
	return nil
}

var errBadConfig = errors.New("want positive sizes and hashes divisible by bands")

// Signature is the MinHash signature of one text: for each of NumHashes
// hash functions, the least hash over the text's shingles. An empty
// signature means the text was too short to sign.
type Signature []uint64

// Sign computes the signature of a text (title and body together).
func (c Config) Sign(text string) Signature {
	words := normalisedWords(text)
	k := c.ShingleSize
	if len(words) < k {
		return nil
	}
	shingles := len(words) - k + 1
	if shingles < c.MinShingles {
		return nil
	}
	sig := make(Signature, c.NumHashes)
	for i := range sig {
		sig[i] = ^uint64(0)
	}
	seed := make([]uint64, c.NumHashes)
	for j := range seed {
		seed[j] = seeds(j)
	}
	for i := 0; i < shingles; i++ {
		h := hashShingle(words[i : i+k])
		for j := range sig {
			// One base hash remixed with a per-function seed stands in
			// for NumHashes independent hash functions.
			if v := mix64(h ^ seed[j]); v < sig[j] {
				sig[j] = v
			}
		}
	}
	return sig
}

// Similarity estimates the Jaccard similarity of the two texts' shingle sets
// as the share of signature positions that agree.
func Similarity(a, b Signature) float64 {
	if len(a) == 0 || len(a) != len(b) {
		return 0
	}
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// MarshalBinary encodes the signature as little-endian uint64s, for storage.
func (s Signature) MarshalBinary() ([]byte, error) {
	out := make([]byte, 8*len(s))
	for i, v := range s {
		binary.LittleEndian.PutUint64(out[8*i:], v)
	}
	return out, nil
}

// ErrBadSignature reports stored bytes that are not a signature.
var ErrBadSignature = errors.New("dedup: malformed signature")

// UnmarshalBinary decodes what MarshalBinary wrote.
func (s *Signature) UnmarshalBinary(data []byte) error {
	if len(data)%8 != 0 {
		return fmt.Errorf("%w: %d bytes", ErrBadSignature, len(data))
	}
	out := make(Signature, len(data)/8)
	for i := range out {
		out[i] = binary.LittleEndian.Uint64(data[8*i:])
	}
	*s = out
	return nil
}

// normalisedWords lower-cases and keeps runs of letters and digits, so
// punctuation and typography changes ("’" for "'") do not break shingles.
func normalisedWords(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
}

// hashShingle is FNV-1a over the words with a separator: stable across runs
// and machines, which persisted signatures need.
func hashShingle(words []string) uint64 {
	const offset, prime = 14695981039346656037, 1099511628211
	h := uint64(offset)
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			h ^= uint64(w[i])
			h *= prime
		}
		h ^= 0xff
		h *= prime
	}
	return h
}

// mix64 is the SplitMix64 finaliser: a fast bijection that spreads bits.
func mix64(x uint64) uint64 {
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// seeds gives hash function j its fixed seed; computed, not stored, so there
// is no table to keep in sync.
func seeds(j int) uint64 { return mix64(uint64(j)*0x9e3779b97f4a7c15 + 0x632be59bd9b4e019) }
