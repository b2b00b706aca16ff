package demo

import (
	"bytes"
	"testing"

	"github.com/mmcdole/gofeed"
)

// TestFeedsParseWithGofeed checks the feeds against a lenient real-world
// parser too, the one Herald's feed package is likely to sit on.
func TestFeedsParseWithGofeed(t *testing.T) {
	c := loadFixtures(t)
	for _, p := range c.Publishers {
		t.Run(p.Key, func(t *testing.T) {
			p, base := servePublisher(t, c, p.Key)
			_, body := get(t, base+FeedPath(p), nil)
			feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
			if err != nil {
				t.Fatalf("gofeed: %v", err)
			}
			articles := c.ByPublisher(p.Key)
			if len(feed.Items) != len(articles) {
				t.Fatalf("gofeed sees %d items, want %d", len(feed.Items), len(articles))
			}
			for i, item := range feed.Items {
				if item.Title != articles[i].Title {
					t.Errorf("item %d title = %q, want %q", i, item.Title, articles[i].Title)
				}
				if item.PublishedParsed == nil || !item.PublishedParsed.Equal(articles[i].Published) {
					t.Errorf("item %d published = %v, want %v", i, item.PublishedParsed, articles[i].Published)
				}
				if len(item.Authors) == 0 || item.Authors[0].Name != articles[i].Author {
					t.Errorf("item %d authors = %v, want %q", i, item.Authors, articles[i].Author)
				}
			}
		})
	}
}
