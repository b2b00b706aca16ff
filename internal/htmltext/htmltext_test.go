package htmltext

import (
	"strings"
	"testing"
)

func TestPlain(t *testing.T) {
	tests := []struct {
		in   string
		max  int
		want string
	}{
		{"plain  text\n here", 0, "plain text here"},
		{"<p>One <b>bold</b></p><p>Two</p>", 0, "One bold Two"},
		{"<script>alert(1)</script>Safe<style>p{}</style>", 0, "Safe"},
		{"Fish &amp; chips &lt;3", 0, "Fish & chips <3"},
		{"<p>abcdef</p>", 3, "abc…"},
		{"one two three four five six", 14, "one two three…"},
		{"Привет мирмирмир", 12, "Привет мирми…"}, // the last space is not past half way, in runes
		{"<p>a <script/>b</p>", 0, "a"},           // what follows is script text
		{"Ünïcödé text", 5, "Ünïcö…"},
		{"<p>unclosed <b>tag", 0, "unclosed tag"},
		{"", 10, ""},
	}
	for _, tt := range tests {
		if got := Plain(tt.in, tt.max); got != tt.want {
			t.Errorf("Plain(%q, %d) = %q, want %q", tt.in, tt.max, got, tt.want)
		}
	}
}

func TestParagraphs(t *testing.T) {
	in := `<p>First <b>bold</b> para.</p><script>alert(1)</script><style>p{}</style><div>Second&nbsp;one</div>text<br>after`
	if got := Paragraphs(in); strings.Join(got, "|") != "First bold para.|Second one|text|after" {
		t.Errorf("Paragraphs = %q", got)
	}
}
