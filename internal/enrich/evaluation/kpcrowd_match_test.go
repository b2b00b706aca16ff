package evaluation

import "testing"

func TestMatchKey(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Sleeping Beauty", "sleep beauti"},
		{"ex-CIA", "excia"},
		{"exCIA", "excia"},
		{"Deadline.com", "deadlinecom"},
		{"Posada's", "posada"},
		{"  Oscar  nominated ", "oscar nomin"},
		{"---", ""},
	}
	for _, tt := range tests {
		if got := MatchKey(tt.in); got != tt.want {
			t.Errorf("MatchKey(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestF1AtK(t *testing.T) {
	gold := []string{"Taliban", "bounties", "Zalmay Khalilzad", "Kabul"}
	pred := []string{"taliban", "Bounty", "talibans", "Kabul airport", "Kabul"}
	// Keys: talib, bounti, (talib repeated: skipped), kabul airport, kabul.
	got := F1AtK(pred, gold, 3)
	// First 3 distinct keys: talib (hit), bounti (hit), kabul airport (miss).
	if !near(got.P, 2.0/3) || !near(got.R, 2.0/4) || !near(got.F, 2*(2.0/3)*(0.5)/(2.0/3+0.5)) {
		t.Errorf("F1AtK = %+v", got)
	}
	if z := F1AtK(nil, gold, 10); z != (PRF{}) {
		t.Errorf("no predictions scored %+v", z)
	}
}
