package extract

import (
	"strings"
	"testing"
)

// TestSignedBlockquote checks that a pull quote keeps who it is by: its
// text reads as that person's quotation, and its HTML keeps the <cite>
// inside the quotation rather than as a blockquote of its own.
func TestSignedBlockquote(t *testing.T) {
	tests := []struct {
		name, quote, text, html string
	}{
		{"cite element",
			`<blockquote><p>Water that crosses a border should carry trust with it.</p><cite>Helena Marsk, Prime Minister</cite></blockquote>`,
			"“Water that crosses a border should carry trust with it.” — Helena Marsk, Prime Minister",
			"<blockquote><p>Water that crosses a border should carry trust with it.</p><p><cite>Helena Marsk, Prime Minister</cite></p></blockquote>"},
		{"footer with a dash",
			`<blockquote><p>We are choosing to repair before we build.</p><footer>— Ilse Brandvold</footer></blockquote>`,
			"“We are choosing to repair before we build.” — Ilse Brandvold", ""},
		{"a paragraph holding only a cite",
			`<blockquote><p>It does this all day.</p><p><cite>Deniz, shop assistant</cite></p></blockquote>`,
			"“It does this all day.” — Deniz, shop assistant", ""},
		{"a closing dash line, already in quotation marks",
			`<blockquote><p>« Ma langue, c’est le français. »</p><p>– Jean Morel</p></blockquote>`,
			"« Ma langue, c’est le français. » — Jean Morel", ""},
		{"an element whose class names the author",
			`<blockquote class="quote-box"><p>«لن نفتح الجسر قبل التقرير»</p><span class="quote-author">يوهان برانت</span></blockquote>`,
			"«لن نفتح الجسر قبل التقرير» — يوهان برانت", ""},
		{"a plain span is no signature",
			`<blockquote><p>The first line of the council's letter.</p><span>And the rest of the letter.</span></blockquote>`,
			"The first line of the council's letter.", ""},
		{"no signature",
			`<blockquote><p>The corridor between two offices is only forty metres long.</p></blockquote>`,
			"The corridor between two offices is only forty metres long.",
			"<blockquote>The corridor between two offices is only forty metres long.</blockquote>"},
		{"a second paragraph is no signature",
			`<blockquote><p>The first paragraph of a letter the council published.</p><p>And its second paragraph, which says more.</p></blockquote>`,
			"The first paragraph of a letter the council published.\n\nAnd its second paragraph, which says more.", ""},
		{"a cite alone signs nothing",
			`<blockquote><cite>Helena Marsk</cite></blockquote>`,
			"Helena Marsk", ""},
		{"an embedded post signed in loose text and a link",
			`<blockquote><p>Polls close at eight tonight.</p>&mdash; Election Office (@votes) <a href="https://example.com/s/1">March 1, 2026</a></blockquote>`,
			"“Polls close at eight tonight.” — Election Office (@votes) March 1, 2026", ""},
	}
	filler := `<p>The council met on Tuesday evening to discuss the plan for the harbour, which has been delayed twice since the spring.</p>
<p>Residents filled the hall and many stayed until the vote, which came shortly before midnight after a long debate.</p>`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			page := "<html><head><title>Harbour plan</title></head><body><article><h1>Harbour plan</h1>" +
				filler + tt.quote + filler + "</article></body></html>"
			a, err := Extract([]byte(page), "https://example.com/news/harbour", Options{})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(a.Text, "\n\n"+tt.text+"\n\n") {
				t.Errorf("text lacks paragraph %q:\n%s", tt.text, a.Text)
			}
			if tt.html != "" && !strings.Contains(a.HTML, tt.html) {
				t.Errorf("HTML lacks %q:\n%s", tt.html, a.HTML)
			}
		})
	}
}
