package dedup

import (
	"sync"
	"time"
)

// Match says that an added text is a near-duplicate.
type Match struct {
	// Original is the first-seen text of the family of copies.
	Original string
	// Nearest is the indexed text most similar to the new one (often the
	// original itself) and Similarity the estimated Jaccard with it.
	Nearest    string
	Similarity float64
}

// maxBucket bounds one LSH bucket.
const maxBucket = 64

// Index finds near-duplicates among the texts added so far. It is safe for
// concurrent use.
type Index struct {
	cfg  Config
	rows int

	mu      sync.Mutex
	docs    map[string]*doc
	buckets []map[uint64][]string // one map per band: band hash -> ids
}

type doc struct {
	sig        Signature
	original   string // "" when this text is itself an original
	nearest    string
	similarity float64
	at         time.Time
}

// NewIndex returns an empty index.
func NewIndex(cfg Config) (*Index, error) {
	if err := cfg.validate(); err != nil {
		return nil, err
	}
	ix := &Index{cfg: cfg, rows: cfg.NumHashes / cfg.Bands, docs: make(map[string]*doc)}
	ix.buckets = make([]map[uint64][]string, cfg.Bands)
	for i := range ix.buckets {
		ix.buckets[i] = make(map[uint64][]string)
	}
	return ix, nil
}

// Add indexes a text by id with its signature and publication time, and
// reports whether it is a near-duplicate of a text added before. A copy is
// indexed too, so a copy of a copy still leads back to the original. Adding
// an id again changes nothing and reports the first answer.
func (ix *Index) Add(id string, sig Signature, at time.Time) (Match, bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	if d, ok := ix.docs[id]; ok {
		return ix.matchOf(d)
	}
	d := &doc{at: at}
	ix.docs[id] = d
	if len(sig) != ix.cfg.NumHashes {
		return Match{}, false // unsigned (too short) or signed differently
	}
	d.sig = sig
	var best string
	bestSim := 0.0
	seen := make(map[string]bool)
	for b, key := range ix.bandKeys(sig) {
		for _, other := range ix.buckets[b][key] {
			if seen[other] {
				continue
			}
			seen[other] = true
			sim := Similarity(sig, ix.docs[other].sig)
			if sim > bestSim || (sim == bestSim && other < best) {
				best, bestSim = other, sim
			}
		}
		list := append(ix.buckets[b][key], id)
		if len(list) > maxBucket {
			// Thousands of copies of one text would make every later
			// copy compare with all of them; the most recent suffice,
			// since each knows the family's original.
			list = append(list[:0:0], list[len(list)-maxBucket:]...)
		}
		ix.buckets[b][key] = list
	}
	if best == "" || bestSim < ix.cfg.Threshold {
		return Match{}, false
	}
	d.original = best
	if o := ix.docs[best].original; o != "" {
		d.original = o
	}
	d.nearest, d.similarity = best, bestSim
	return ix.matchOf(d)
}

func (ix *Index) matchOf(d *doc) (Match, bool) {
	if d.original == "" {
		return Match{}, false
	}
	return Match{Original: d.original, Nearest: d.nearest, Similarity: d.similarity}, true
}

// bandKeys hashes each band of rows to one bucket key.
func (ix *Index) bandKeys(sig Signature) []uint64 {
	keys := make([]uint64, ix.cfg.Bands)
	for b := range keys {
		h := uint64(b) + 1
		for _, v := range sig[b*ix.rows : (b+1)*ix.rows] {
			h = mix64(h ^ v)
		}
		keys[b] = h
	}
	return keys
}

// Prune forgets texts published before the cutoff, so memory follows the
// window in which copies appear (wire copies follow within hours or days),
// not the archive. It returns how many were forgotten. A forgotten original
// is still named by the matches already reported.
func (ix *Index) Prune(before time.Time) int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	gone := make(map[string]bool)
	for id, d := range ix.docs {
		if !d.at.IsZero() && d.at.Before(before) {
			gone[id] = true
		}
	}
	if len(gone) == 0 {
		return 0
	}
	for id := range gone {
		d := ix.docs[id]
		delete(ix.docs, id)
		if len(d.sig) != ix.cfg.NumHashes {
			continue
		}
		for b, key := range ix.bandKeys(d.sig) {
			list := ix.buckets[b][key]
			kept := list[:0]
			for _, other := range list {
				if !gone[other] {
					kept = append(kept, other)
				}
			}
			if len(kept) == 0 {
				delete(ix.buckets[b], key)
			} else {
				ix.buckets[b][key] = kept
			}
		}
	}
	return len(gone)
}

// Len is the number of texts indexed.
func (ix *Index) Len() int {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	return len(ix.docs)
}
