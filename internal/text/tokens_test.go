package text

import (
	"reflect"
	"testing"
	"unicode/utf8"
)

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The Taliban's well-known envoy.", []string{"The", "Taliban's", "well-known", "envoy", "."}},
		{"Inflation hit 3.5% (1,400 jobs)", []string{"Inflation", "hit", "3.5", "%", "(", "1,400", "jobs", ")"}},
		{"The U.S. and U.K. agreed", []string{"The", "U.S.", "and", "U.K.", "agreed"}},
		{"at 9 a.m. sharp", []string{"at", "9", "a.m.", "sharp"}},
		{"J. K. Rowling", []string{"J", ".", "K", ".", "Rowling"}},
		{"don't won’t", []string{"don't", "won’t"}},
		{"l'homme d'État qu'il aujourd'hui", []string{"l'", "homme", "d'", "État", "qu'", "il", "aujourd'hui"}},
		{"O'Brien's ISIS-K C-17", []string{"O'Brien's", "ISIS-K", "C-17"}},
		{"«Non», dit-il", []string{"«", "Non", "»", ",", "dit-il"}},
		{"'quoted' words", []string{"'", "quoted", "'", "words"}},
		{"قال الوزير، اليوم", []string{"قال", "الوزير", "،", "اليوم"}},
		{"Größe Straße", []string{"Größe", "Straße"}},
		{"trailing-", []string{"trailing", "-"}},
		{"bad\xffbyte", []string{"bad", "byte"}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokens(tt.in) {
			got = append(got, tok.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTokenKindsAndOffsets(t *testing.T) {
	s := "Éric paid 3.5 euros."
	want := []Token{
		{"Éric", 0, 5, Word}, {"paid", 6, 10, Word}, {"3.5", 11, 14, Number}, {"euros", 15, 20, Word}, {".", 20, 21, Punct},
	}
	if got := Tokens(s); !reflect.DeepEqual(got, want) {
		t.Errorf("Tokens(%q) = %+v, want %+v", s, got, want)
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"U.S.A. l'homme 3.5%", "a-", "'s", "\xff.\xfe", "A.B.c"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tok := range Tokens(s) {
			if tok.Start < end || tok.End <= tok.Start || tok.End > len(s) {
				t.Fatalf("token %+v out of order or range (previous end %d, len %d)", tok, end, len(s))
			}
			if s[tok.Start:tok.End] != tok.Text {
				t.Fatalf("token %+v does not match the input %q", tok, s[tok.Start:tok.End])
			}
			if !utf8.ValidString(tok.Text) {
				t.Fatalf("token %q is not valid UTF-8", tok.Text)
			}
			end = tok.End
		}
	})
}
