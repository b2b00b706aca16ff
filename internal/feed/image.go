package feed

import (
	"path"
	"strings"

	"github.com/mmcdole/gofeed"
	ext "github.com/mmcdole/gofeed/extensions"
)

// imageURL picks the entry's picture from explicit markup, best first: a
// Media RSS image (full size before thumbnail), then what gofeed found (a
// JSON Feed image, itunes:image or an image enclosure). Content is not
// scanned for <img>: the first one is too often a tracking pixel.
func imageURL(it *gofeed.Item) string {
	media := it.Extensions["media"]
	var groups []map[string][]ext.Extension
	if media != nil {
		groups = append(groups, media)
		for _, g := range media["group"] {
			groups = append(groups, g.Children)
		}
	}
	for _, g := range groups {
		for _, c := range g["content"] {
			if u := strings.TrimSpace(c.Attrs["url"]); u != "" && isImageMedia(c.Attrs) {
				return u
			}
		}
	}
	for _, g := range groups {
		for _, t := range g["thumbnail"] {
			if u := strings.TrimSpace(t.Attrs["url"]); u != "" {
				return u
			}
		}
	}
	if it.Image != nil && strings.TrimSpace(it.Image.URL) != "" {
		return strings.TrimSpace(it.Image.URL)
	}
	for _, e := range it.Enclosures {
		if strings.HasPrefix(strings.ToLower(e.Type), "image/") && strings.TrimSpace(e.URL) != "" {
			return strings.TrimSpace(e.URL)
		}
	}
	return itunesImage(it.Extensions)
}

// isImageMedia reports whether a media:content element is an image, by its
// medium, its type or, when both are missing, its file extension.
func isImageMedia(attrs map[string]string) bool {
	if medium := strings.ToLower(attrs["medium"]); medium != "" {
		return medium == "image"
	}
	if typ := strings.ToLower(attrs["type"]); typ != "" {
		return strings.HasPrefix(typ, "image/")
	}
	u := strings.ToLower(attrs["url"])
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	switch path.Ext(u) {
	case ".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif":
		return true
	}
	return false
}

// mediaText returns a Media RSS text element (media:title,
// media:description) of the item or of its media:group.
func mediaText(exts ext.Extensions, name string) string {
	media := exts["media"]
	if media == nil {
		return ""
	}
	for _, e := range media[name] {
		if v := strings.TrimSpace(e.Value); v != "" {
			return v
		}
	}
	for _, g := range media["group"] {
		for _, e := range g.Children[name] {
			if v := strings.TrimSpace(e.Value); v != "" {
				return v
			}
		}
	}
	return ""
}

// itunesImage reads itunes:image (href, or the url some feeds use) and
// itunes:link rel="image".
func itunesImage(exts ext.Extensions) string {
	it := exts["itunes"]
	for _, e := range it["image"] {
		if u := firstNonEmpty(e.Attrs["href"], e.Attrs["url"], e.Value); u != "" {
			return u
		}
	}
	for _, e := range it["link"] {
		if strings.EqualFold(e.Attrs["rel"], "image") && strings.TrimSpace(e.Attrs["href"]) != "" {
			return strings.TrimSpace(e.Attrs["href"])
		}
	}
	return ""
}
