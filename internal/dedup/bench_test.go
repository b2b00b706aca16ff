package dedup

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// BenchmarkSign signs an article of 800 words.
func BenchmarkSign(b *testing.B) {
	cfg := DefaultConfig()
	text := strings.Join(words(0, 800), " ")
	for b.Loop() {
		cfg.Sign(text)
	}
}

// BenchmarkIndexAdd adds distinct articles to an index of 20,000.
func BenchmarkIndexAdd(b *testing.B) {
	cfg := DefaultConfig()
	ix, _ := NewIndex(cfg)
	for i := range 20_000 {
		ix.Add(fmt.Sprint(i), cfg.Sign(strings.Join(words(i*7, 60), " ")), time.Time{})
	}
	sigs := make([]Signature, 1000)
	for i := range sigs {
		sigs[i] = cfg.Sign(strings.Join(words(1_000_000+i*7, 60), " "))
	}
	b.ResetTimer()
	i := 0
	for b.Loop() {
		ix.Add(fmt.Sprint("new", i), sigs[i%len(sigs)], time.Time{})
		i++
	}
}
