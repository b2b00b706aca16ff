package feed

import "testing"

func TestPublisherName(t *testing.T) {
	tests := []struct{ title, site, want string }{
		{"Northwind Wire | Top News", "https://northwind.example/", "Northwind Wire"},
		{"BBC News - Home", "https://www.bbc.co.uk/news", "BBC News"},
		{"Le Petit Observateur : À la une", "https://petit-observateur.example/", "Le Petit Observateur"},
		{"المنارة - آخر الأخبار", "", "المنارة"},
		{"Politics - The Guardian", "https://www.theguardian.com/politics", "The Guardian"},
		{"Meridian Times", "https://meridian.example/", "Meridian Times"},
		{"  The   Civic Ledger ", "", "The Civic Ledger"},
		{"Hacker News: Front Page", "", "Hacker News: Front Page"}, // a colon without a space before it is part of the name
		{" | Top News", "", "| Top News"},
		{"", "", ""},
	}
	for _, tc := range tests {
		if got := PublisherName(tc.title, tc.site); got != tc.want {
			t.Errorf("PublisherName(%q, %q) = %q, want %q", tc.title, tc.site, got, tc.want)
		}
	}
}
