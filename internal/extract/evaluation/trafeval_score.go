package evaluation

import (
	"strings"
	"unicode"
)

// isPySpace reports whether r matches `\s` of Python's re module on str
// patterns, which is also what str.strip() removes: Go's unicode.IsSpace plus
// the four information separators U+001C..U+001F, which Python counts as
// whitespace and Go does not.
func isPySpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// NormalizeSpace is eval_common.norm: every run of whitespace becomes one
// space, and the ends are trimmed.
func NormalizeSpace(text string) string {
	var b strings.Builder
	b.Grow(len(text))
	pendingSpace := false
	for _, r := range text {
		if isPySpace(r) {
			pendingSpace = true
			continue
		}
		if pendingSpace && b.Len() > 0 {
			b.WriteByte(' ')
		}
		pendingSpace = false
		b.WriteRune(r)
	}
	return b.String()
}

// Confusion holds snippet counts summed over documents: a found "with"
// snippet is a true positive, a missing one a false negative; a found
// "without" snippet is a false positive, a missing one a true negative.
type Confusion struct {
	TP, FP, FN, TN int
}

// Add sums other into c.
func (c *Confusion) Add(other Confusion) {
	c.TP += other.TP
	c.FP += other.FP
	c.FN += other.FN
	c.TN += other.TN
}

// Precision is TP/(TP+FP), 0 when nothing was found.
func (c Confusion) Precision() float64 { return ratio(c.TP, c.TP+c.FP) }

// Recall is TP/(TP+FN), 0 when nothing was expected.
func (c Confusion) Recall() float64 { return ratio(c.TP, c.TP+c.FN) }

// Accuracy is (TP+TN) over all snippets.
func (c Confusion) Accuracy() float64 { return ratio(c.TP+c.TN, c.TP+c.TN+c.FP+c.FN) }

// F1 is 2TP/(2TP+FP+FN), as ConfusionMatrix.f1.
func (c Confusion) F1() float64 { return ratio(2*c.TP, 2*c.TP+c.FP+c.FN) }

func ratio(num, den int) float64 {
	if den == 0 {
		return 0
	}
	return float64(num) / float64(den)
}

// CountSnippets is eval_common.count_item: whitespace-normalised substring
// matching of the document's snippets in the extracted text. found is false
// for an extractor that failed (Python's None), which finds nothing.
func CountSnippets(doc TrafDoc, text string, found bool) Confusion {
	var c Confusion
	if found {
		norm := NormalizeSpace(text)
		for _, w := range doc.With {
			if strings.Contains(norm, NormalizeSpace(w)) {
				c.TP++
			}
		}
		for _, w := range doc.Without {
			if strings.Contains(norm, NormalizeSpace(w)) {
				c.FP++
			}
		}
	}
	c.FN = len(doc.With) - c.TP
	c.TN = len(doc.Without) - c.FP
	return c
}
