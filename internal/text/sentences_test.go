package text

import (
	"reflect"
	"strings"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{"plain", "The bridge opened. Traffic was light! Was it worth it? Nobody knows.",
			[]string{"The bridge opened.", "Traffic was light!", "Was it worth it?", "Nobody knows."}},
		{"title abbreviations", "Mr. Smith met Dr. Jones and Sgt. Alexander Burnett on Monday. They talked.",
			[]string{"Mr. Smith met Dr. Jones and Sgt. Alexander Burnett on Monday.", "They talked."}},
		{"initialism inside", "The U.S. Army said the U.N. envoy left. He flew home.",
			[]string{"The U.S. Army said the U.N. envoy left.", "He flew home."}},
		{"initialism at the end", "Forces withdrew from the U.S. The Taliban took over.",
			[]string{"Forces withdrew from the U.S.", "The Taliban took over."}},
		{"month abbreviation", "The vote is on Jan. 5 in the capital. Polls open early.",
			[]string{"The vote is on Jan. 5 in the capital.", "Polls open early."}},
		{"initials", "The novel by J. K. Rowling sold well. Critics agreed.",
			[]string{"The novel by J. K. Rowling sold well.", "Critics agreed."}},
		{"initials before a surname", "George W. Bush and Anthony T. Van Dyke met. Robert E. Lee did not.",
			[]string{"George W. Bush and Anthony T. Van Dyke met.", "Robert E. Lee did not."}},
		{"a letter ending a sentence", "It hid half the stage from row K. The theatre reopened. Then came plan B. It failed.",
			[]string{"It hid half the stage from row K.", "The theatre reopened.", "Then came plan B.", "It failed."}},
		{"an initial after a given name before a function word", "The novel by Ursula K. Le Guin won. Columnist George F. Will wrote. Guitarist Brian H. May played.",
			[]string{"The novel by Ursula K. Le Guin won.", "Columnist George F. Will wrote.", "Guitarist Brian H. May played."}},
		{"a capitalised word and a letter before a clause", "They tried Plan B. It failed. Take Vitamin D. The study says so. He met John F. The Hague office.",
			[]string{"They tried Plan B.", "It failed.", "Take Vitamin D.", "The study says so.", "He met John F. The Hague office."}},
		{"a letter ending a French sentence", "Elle masquait la scène au rang K. Le Théâtre a rouvert.",
			[]string{"Elle masquait la scène au rang K.", "Le Théâtre a rouvert."}},
		{"decimals and percent", "Inflation rose 3.5% in March. Rates held at 4.25 per cent.",
			[]string{"Inflation rose 3.5% in March.", "Rates held at 4.25 per cent."}},
		{"quote closing after period", `"We will rebuild." The mayor left. 'It was a goodwill gesture.' Talks resumed.`,
			[]string{`"We will rebuild."`, "The mayor left.", "'It was a goodwill gesture.'", "Talks resumed."}},
		{"curly quotes", "“It is over,” she said. “We won.” Then silence.",
			[]string{"“It is over,” she said.", "“We won.”", "Then silence."}},
		{"ellipsis before lower case", "He paused... and then spoke. The room listened.",
			[]string{"He paused... and then spoke.", "The room listened."}},
		{"ellipsis before a sentence", "We waited… The train never came.",
			[]string{"We waited…", "The train never came."}},
		{"company abbreviation", "Lumio Inc. cut 400 jobs. The shares fell.",
			[]string{"Lumio Inc. cut 400 jobs.", "The shares fell."}},
		{"lower case after period is no break", "See e.g. the report. It is long.",
			[]string{"See e.g. the report.", "It is long."}},
		{"paragraphs", "First paragraph without a stop\n\nSecond paragraph.",
			[]string{"First paragraph without a stop", "Second paragraph."}},
		{"line per paragraph", "Headline Here\nThe body starts.",
			[]string{"Headline Here", "The body starts."}},
		{"hard-wrapped line", "The council met on Monday and\ndecided to close the bridge.",
			[]string{"The council met on Monday and\ndecided to close the bridge."}},
		{"french", "Le président a parlé. « Nous allons reconstruire », a-t-il dit. M. Dupont a répondu !",
			[]string{"Le président a parlé.", "« Nous allons reconstruire », a-t-il dit.", "M. Dupont a répondu !"}},
		{"french space before mark", "Est-ce la fin ? Personne ne le sait.",
			[]string{"Est-ce la fin ?", "Personne ne le sait."}},
		{"spanish", "¿Quién ganó? El equipo local. ¡Qué partido!",
			[]string{"¿Quién ganó?", "El equipo local.", "¡Qué partido!"}},
		{"arabic", "قال الوزير إن المحادثات مستمرة. هل ستنجح المفاوضات؟ لا أحد يعرف.",
			[]string{"قال الوزير إن المحادثات مستمرة.", "هل ستنجح المفاوضات؟", "لا أحد يعرف."}},
		{"empty", "  \n\n ", nil},
		{"no terminator", "Breaking news", []string{"Breaking news"}},
		{"url", "Read it at example.com today. Thanks.", []string{"Read it at example.com today.", "Thanks."}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Sentences(tt.in)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Sentences(%q)\n got %q\nwant %q", tt.in, got, tt.want)
			}
		})
	}
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"Mr. A. B. went home... Then? \"Yes.\" «Non !»", "a\n\nb", "\xff\xfe. X", "U.S. . . ."} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		pos := 0
		for _, sent := range Sentences(s) {
			if sent == "" || strings.TrimSpace(sent) != sent {
				t.Fatalf("sentence %q is empty or untrimmed", sent)
			}
			i := strings.Index(s[pos:], sent)
			if i < 0 {
				t.Fatalf("sentence %q is not a substring of the input after offset %d", sent, pos)
			}
			pos += i + len(sent)
		}
	})
}
