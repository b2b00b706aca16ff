package feed

import "testing"

func TestCanonicalURL(t *testing.T) {
	tests := []struct{ name, raw, base, want string }{
		{"already canonical", "https://example.com/a/b?x=1", "", "https://example.com/a/b?x=1"},
		{"tracking removed, order kept", "https://example.com/a?b=2&utm_source=rss&a=1&fbclid=X&utm_Medium=m", "", "https://example.com/a?b=2&a=1"},
		{"every listed tracker", "http://example.com/?gclid=1&dclid=2&msclkid=3&mc_cid=4&mc_eid=5&yclid=6&_ga=7&igshid=8&ref_src=9&keep=1", "", "http://example.com/?keep=1"},
		{"only trackers leaves no query", "http://example.com/a?utm_campaign=x", "", "http://example.com/a"},
		{"fragment dropped", "http://example.com/a#comments", "", "http://example.com/a"},
		{"scheme and host lower-cased, path kept", "HTTP://WWW.Example.COM/Path/To", "", "http://www.example.com/Path/To"},
		{"default http port", "http://example.com:80/a", "", "http://example.com/a"},
		{"default https port", "https://example.com:443/a", "", "https://example.com/a"},
		{"other port kept", "https://example.com:8443/a", "", "https://example.com:8443/a"},
		{"empty path becomes /", "https://example.com", "", "https://example.com/"},
		{"relative path", "../b/c?utm_source=x", "https://example.com/a/feed.xml", "https://example.com/b/c"},
		{"root-relative", "/news/1", "http://example.com/feed", "http://example.com/news/1"},
		{"protocol-relative", "//cdn.example.com/x", "https://example.com/", "https://cdn.example.com/x"},
		{"relative without base stays relative", "/news/1#top", "", "/news/1"},
		{"surrounding space", "  https://example.com/a  ", "", "https://example.com/a"},
		{"encoded query value kept as written", "https://example.com/s?q=a%20b&utm_term=z", "", "https://example.com/s?q=a%20b"},
		{"non-HTTP URL", "mailto:me@example.com", "", "mailto:me@example.com"},
		{"tag URI", "tag:example.com,2024:1", "", "tag:example.com,2024:1"},
		{"IPv6 default port", "http://[::1]:80/a", "", "http://[::1]/a"},
		{"empty", "", "http://example.com/", ""},
		{"unparseable", "http://[::1", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := CanonicalURL(tt.raw, tt.base); got != tt.want {
				t.Errorf("CanonicalURL(%q, %q) = %q, want %q", tt.raw, tt.base, got, tt.want)
			}
		})
	}
}
