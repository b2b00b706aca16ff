package dedup

import (
	"errors"
	"fmt"
	"math"
	"strings"
	"testing"
	"time"
)

// words returns n distinct words starting at word number from.
func words(from, n int) []string {
	out := make([]string, n)
	for i := range out {
		out[i] = fmt.Sprintf("w%d", from+i)
	}
	return out
}

func TestSimilarityEstimatesJaccard(t *testing.T) {
	cfg := DefaultConfig()
	cfg.NumHashes, cfg.Bands = 512, 64 // a longer signature for a tight estimate
	base := words(0, 200)
	tests := []struct {
		name    string
		other   []string
		jaccard float64 // exact, over word trigrams
	}{
		{"identical", base, 1},
		{"disjoint", words(1000, 200), 0},
		// Sharing the first 100 words: 98 common trigrams of 198 each, so
		// J = 98 / (198 + 198 - 98).
		{"half", append(words(0, 100), words(5000, 100)...), 98.0 / 298.0},
	}
	a := cfg.Sign(strings.Join(base, " "))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Similarity(a, cfg.Sign(strings.Join(tt.other, " ")))
			// Standard error of the estimate is sqrt(J(1-J)/512) < 0.023.
			if math.Abs(got-tt.jaccard) > 0.07 {
				t.Errorf("similarity %.3f, want about %.3f", got, tt.jaccard)
			}
		})
	}
}

func TestSignIgnoresCaseAndPunctuation(t *testing.T) {
	cfg := DefaultConfig()
	text := strings.Join(words(0, 40), " ")
	loud := strings.ToUpper(strings.ReplaceAll(text, " ", ", "))
	if got := Similarity(cfg.Sign(text), cfg.Sign(loud)); got != 1 {
		t.Errorf("case and punctuation changed the signature: similarity %v", got)
	}
}

func TestShortTextsAreNotSigned(t *testing.T) {
	cfg := DefaultConfig()
	for _, text := range []string{"", "Bridge shut", strings.Join(words(0, cfg.MinShingles), " ")} {
		if sig := cfg.Sign(text); sig != nil {
			t.Errorf("%q: signed a text of fewer than %d shingles", text, cfg.MinShingles)
		}
	}
	ix, _ := NewIndex(cfg)
	ix.Add("a", cfg.Sign("Bridge shut"), time.Time{})
	if _, dup := ix.Add("b", cfg.Sign("Bridge shut"), time.Time{}); dup {
		t.Error("two bare headlines called copies")
	}
}

func TestIndexCopyOfCopyLeadsToOriginal(t *testing.T) {
	cfg := DefaultConfig()
	ix, err := NewIndex(cfg)
	if err != nil {
		t.Fatal(err)
	}
	orig := words(0, 120)
	edit1 := append(append([]string{}, orig[:100]...), words(900, 20)...) // tail rewritten
	edit2 := append(words(950, 10), edit1[10:]...)                        // and then the lede
	t0 := time.Date(2026, 11, 23, 6, 0, 0, 0, time.UTC)
	if _, dup := ix.Add("orig", cfg.Sign(strings.Join(orig, " ")), t0); dup {
		t.Fatal("first text reported as a copy")
	}
	m1, dup := ix.Add("edit1", cfg.Sign(strings.Join(edit1, " ")), t0.Add(time.Hour))
	if !dup || m1.Original != "orig" {
		t.Fatalf("edit1: %+v %v, want a copy of orig", m1, dup)
	}
	m2, dup := ix.Add("edit2", cfg.Sign(strings.Join(edit2, " ")), t0.Add(2*time.Hour))
	if !dup || m2.Original != "orig" {
		t.Fatalf("edit2: %+v %v, want a copy of orig", m2, dup)
	}
	if _, dup := ix.Add("other", cfg.Sign(strings.Join(words(3000, 120), " ")), t0); dup {
		t.Error("unrelated text reported as a copy")
	}
	again, dup := ix.Add("edit1", nil, t0)
	if !dup || again != m1 {
		t.Errorf("adding edit1 again: %+v %v, want the first answer %+v", again, dup, m1)
	}
	if n := ix.Prune(t0.Add(90 * time.Minute)); n != 3 {
		t.Errorf("pruned %d, want orig, edit1 and other", n)
	}
	if ix.Len() != 1 {
		t.Errorf("%d texts left, want 1", ix.Len())
	}
	// edit2 is still indexed, and still knows its original.
	m3, dup := ix.Add("edit3", cfg.Sign(strings.Join(edit2, " ")), t0.Add(3*time.Hour))
	if !dup || m3.Original != "orig" || m3.Nearest != "edit2" {
		t.Errorf("after pruning: %+v %v, want orig via edit2", m3, dup)
	}
}

func TestSignatureBinaryRoundTrip(t *testing.T) {
	sig := DefaultConfig().Sign(strings.Join(words(0, 50), " "))
	data, err := sig.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var back Signature
	if err := back.UnmarshalBinary(data); err != nil {
		t.Fatal(err)
	}
	if Similarity(sig, back) != 1 || len(back) != len(sig) {
		t.Error("signature changed in a round trip")
	}
	if err := back.UnmarshalBinary(data[:13]); !errors.Is(err, ErrBadSignature) {
		t.Errorf("13 bytes: err = %v, want ErrBadSignature", err)
	}
}

func TestNewIndexRejectsBadConfig(t *testing.T) {
	for _, cfg := range []Config{
		{ShingleSize: 3, NumHashes: 100, Bands: 32},
		{ShingleSize: 0, NumHashes: 128, Bands: 32},
		{},
	} {
		if _, err := NewIndex(cfg); err == nil {
			t.Errorf("%+v accepted", cfg)
		}
	}
}

// The signature is persisted, so it must not change between releases: a
// change here silently breaks matching against stored signatures.
func TestSignatureIsStable(t *testing.T) {
	sig := DefaultConfig().Sign(strings.Join(words(0, 30), " "))
	// Golden value recorded when the format was fixed.
	const want = "0100925e41a68f72 06d2d2af6698115a"
	if got := fmt.Sprintf("%016x %016x", sig[0], sig[127]); got != want {
		t.Errorf("signature of the fixed text is %s, was %s", got, want)
	}
}

func FuzzSign(f *testing.F) {
	f.Add("Port Calder’s Harbour Bridge shut after engineers find cracks")
	f.Add("\xff\xfe garbage \x00 bytes")
	f.Fuzz(func(t *testing.T, text string) {
		cfg := DefaultConfig()
		cfg.MinShingles = 1
		sig := cfg.Sign(text)
		if sig != nil && Similarity(sig, cfg.Sign(text)) != 1 {
			t.Error("signing is not deterministic")
		}
	})
}

// Many copies of one text: every one is matched to the original, and the
// buckets stay bounded so the cost per copy does not grow with their number.
func TestManyCopiesStayBounded(t *testing.T) {
	cfg := DefaultConfig()
	ix, _ := NewIndex(cfg)
	sig := cfg.Sign(strings.Join(words(0, 100), " "))
	for i := range 500 {
		m, dup := ix.Add(fmt.Sprintf("c%d", i), sig, time.Time{})
		if i > 0 && (!dup || m.Original != "c0") {
			t.Fatalf("copy %d: %+v %v, want a copy of c0", i, m, dup)
		}
	}
	for b, buckets := range ix.buckets {
		for _, list := range buckets {
			if len(list) > maxBucket {
				t.Fatalf("band %d bucket holds %d ids", b, len(list))
			}
		}
	}
}
