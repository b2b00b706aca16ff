package feed

import (
	"reflect"
	"testing"
)

func TestDiscover(t *testing.T) {
	tests := []struct {
		name, page, pageURL string
		want                []string
	}{
		{
			name: "several feeds, relative hrefs, duplicates",
			page: `<html><head>
				<link rel="alternate" type="application/rss+xml" title="RSS" href="/feed.xml">
				<link rel="stylesheet" href="/style.css">
				<link rel="alternate" type="application/atom+xml" href="atom.xml"/>
				<link rel="alternate" type="application/feed+json" href="https://other.example/feed.json">
				<link rel="alternate" type="application/rss+xml" href="/feed.xml#dup">
				<link rel="alternate" hreflang="fr" type="text/html" href="/fr/">
				</head></html>`,
			pageURL: "https://example.com/blog/post.html",
			want:    []string{"https://example.com/feed.xml", "https://example.com/blog/atom.xml", "https://other.example/feed.json"},
		},
		{
			name: "type and rel variants",
			page: `<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=utf-8" HREF="/a">
				<link rel=alternate type=application/rdf+xml href=/b>
				<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/1">
				<link rel="feed alternate" type="application/atom+xml" href="/c">
				<link rel="alternate" type="application/rss+xml">`,
			pageURL: "http://example.com/",
			want:    []string{"http://example.com/a", "http://example.com/b", "http://example.com/c"},
		},
		{
			name:    "base href",
			page:    `<head><base href="https://static.example.com/site/"><link rel="alternate" type="application/rss+xml" href="rss"></head>`,
			pageURL: "https://example.com/",
			want:    []string{"https://static.example.com/site/rss"},
		},
		{
			name:    "none",
			page:    `<html><head><title>No feeds</title><link rel="icon" href="/favicon.ico"></head><body><a href="/feed">feed</a></body></html>`,
			pageURL: "https://example.com/",
			want:    nil,
		},
		{
			name:    "relative href without a page URL is skipped",
			page:    `<link rel="alternate" type="application/rss+xml" href="/feed">`,
			pageURL: "",
			want:    nil,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Discover([]byte(tt.page), tt.pageURL); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Discover = %q, want %q", got, tt.want)
			}
		})
	}
}
