package enrich

import (
	"strings"
	"testing"
)

func TestQuotesReviewFixes(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // "speaker|text prefix" of every quotation, in order
	}{
		{"a section of a law is no speaker, and its wording no quotation",
			"The shortest clause matters most. Section 58 declares the act to be “of provincial public order”, a phrase lawyers will test.",
			nil},
		{"an article of a charter guarantees, it does not say",
			"Article 22 of the national charter guarantees minorities “reasonable access to public services in a language they understand”.",
			nil},
		{"a lawyer quoted on a law is still quoted",
			"Professor Hélène Varin said Section 58 was “a signal to the court rather than a shield against it”.",
			[]string{"Hélène Varin|a signal to the court"}},
		{"a prompt that pulls up a paragraph is typed, not said",
			"Atlas answers questions about your own files: “What did we agree with the supplier about delivery dates?” pulled the right paragraph from a contract.",
			nil},
		{"typed into the assistant",
			"Reviewer Tom Ashby typed “summarise the last three board meetings for me” and waited ten seconds.",
			nil},
		{"asked it",
			"We asked it “Which invoices are still unpaid this month?” and it listed four.",
			nil},
		{"a colon lead-in that names no one continues the last speaker",
			"Opposition leader Tomas Reyvik rose first. Reyvik was on blistering form. \"The lights went out, and the answer is to ask for more patience,\" he roared.\n\nThen came the killer line: \"This government survives today. It does not govern.\"",
			[]string{"Tomas Reyvik|The lights went out", "Tomas Reyvik|This government survives today"}},
		{"a possessive name and answer introduce the speaker",
			"Farmers asked Prime Minister Helena Marsk who would pay in a dry year. Marsk’s answer: “No farmer will pay for this treaty with his harvest.”",
			[]string{"Helena Marsk|No farmer will pay"}},
		{"a reply noun with that",
			"Critics doubted the forecast. The Finance Ministry's response, that growth would be “well within the range of forecasts”, came on Monday.",
			[]string{"Finance Ministry|well within the range"}},
		{"a phrase quoted and then quoted in full is one quotation",
			"Finance Minister Ilse Brandvold said the bridge would be “first in line”. “The Harbour Bridge is first in line, and it will not be the last,” Brandvold said.",
			[]string{"Ilse Brandvold|The Harbour Bridge is first in line"}},
		{"the full version keeps the speaker read beside the short one",
			"Ilse Brandvold said the government was “choosing to repair before we build”. Professor Gunnar Ekholm chairs the council.\n\n“We are choosing to repair before we build, and to build before we borrow.”",
			[]string{"Ilse Brandvold|We are choosing to repair"}},
		{"a standfirst's shortened quote is the body's",
			"Union boss: \"We're not angels, we're exhausted.\"\n\nArdenian Nurses' Union chief Maren Holt spoke on the picket line.\n\n\"People call us angels. We're not angels, we're professionals, and we're exhausted,\" she said.",
			[]string{"Maren Holt|People call us angels"}},
		{"two different quotations stay two",
			"“We will not close a single branch,” Anna Lind said. “We will not close any branch this year or next, and we will open two,” she added later.",
			[]string{"Anna Lind|We will not close a single", "Anna Lind|We will not close any"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, q := range Quotes(Document{Text: tt.text, Language: "en"}) {
				got = append(got, q.Speaker+"|"+q.Text)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("quotes = %q, want %q", got, tt.want)
			}
			for i, w := range tt.want {
				if !strings.HasPrefix(got[i], w) {
					t.Errorf("quote %d = %q, want prefix %q", i, got[i], w)
				}
			}
		})
	}
}
