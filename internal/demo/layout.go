package demo

import (
	"fmt"
	"hash/fnv"
	"net/url"
	"strings"
	"unicode"
)

// layout is everything that differs between publisher sites apart from the
// HTML itself: URL scheme, where the feed lives, and the feed's quirks.
// Real publishers differ in exactly these ways, and Herald has to cope.
type layout struct {
	template    string // templates/<template>.html
	articlePath func(a Article) string
	feedPath    string
	// discoveryOnly marks a feed path no aggregator would guess; the home
	// page's <link rel="alternate"> is the only way to find it.
	discoveryOnly bool
	// trackingParams are appended to item links in the feed, the way
	// publishers tag their traffic; article pages keep a clean canonical.
	trackingParams string
	// guidPermaLink makes the RSS guid the canonical URL; otherwise it is an
	// opaque CMS id.
	guidPermaLink bool
	// authorEmail switches RSS from <dc:creator>Name</dc:creator> to the
	// RSS 2.0 <author>email (Name)</author>.
	authorEmail  string
	feedTTL      int  // RSS <ttl> in minutes; 0 leaves it out
	fullContent  bool // Atom/JSON Feed carry the whole body as HTML
	shortLinks   bool // article pages advertise /s/<code> short links
	feedTitle    string
	feedSubtitle string
}

// layoutFor returns the layout of a known publisher, or a plain one derived
// from the feed format for any other.
func layoutFor(p Publisher) layout {
	switch p.Key {
	case "northwind-wire":
		return layout{
			template: "northwind-wire", feedPath: "/atom.xml",
			articlePath: func(a Article) string {
				return "/article/" + sectionSlug(a.Section) + "/" + a.Slug() + "-id" + strings.ToUpper(shortHash(a.ID, 8))
			},
			feedTitle:    "Northwind Wire | Top News",
			feedSubtitle: "Breaking news from Northwind, the news agency of Ardenia",
		}
	case "harbor-gazette":
		return layout{
			template: "harbor-gazette", feedPath: "/feed", feedTTL: 60, guidPermaLink: true,
			articlePath: func(a Article) string {
				return "/news/" + sectionSlug(a.Section) + "/" + a.Published.Format("2006/01/02") + "/" + a.Slug()
			},
			feedTitle:    "The Harbor Gazette",
			feedSubtitle: "Port Calder's newspaper since 1887",
		}
	case "civic-ledger":
		return layout{
			template: "civic-ledger", feedPath: "/syndication/ledger.rdf", discoveryOnly: true,
			articlePath:  func(a Article) string { return a.Published.Format("/2006/01/") + a.Slug() + ".html" },
			feedTitle:    "The Civic Ledger",
			feedSubtitle: "Public affairs, policy and power in Ardenia",
		}
	case "meridian-times":
		return layout{
			template: "meridian-times", feedPath: "/feed.json", fullContent: true,
			articlePath: func(a Article) string {
				return "/" + sectionSlug(a.Section) + "/" + strings.ToLower(a.Published.Format("2006/Jan/02")) + "/" + a.Slug()
			},
			feedTitle:    "Meridian Times",
			feedSubtitle: "National and international news, business and markets",
		}
	case "valley-courier":
		return layout{
			template: "valley-courier", feedPath: "/rss.xml", shortLinks: true, guidPermaLink: true,
			trackingParams: "utm_source=rss&utm_medium=feed&utm_campaign=valley-courier",
			articlePath:    func(a Article) string { return "/news/" + sectionSlug(a.Section) + "/" + a.Slug() },
			feedTitle:      "Valley Courier - Latest News",
			feedSubtitle:   "News, farming, weather and sport from the provinces",
		}
	case "daily-lantern":
		return layout{
			template: "daily-lantern", feedPath: "/api/feeds/latest.rss", discoveryOnly: true,
			trackingParams: "utm_source=feedburner&utm_medium=rss&ito=1490",
			articlePath: func(a Article) string {
				return "/news/" + sectionSlug(a.Section) + "/article-" + numericID(a.ID, 8) + "/" + a.Slug() + ".html"
			},
			feedTitle:    "The Daily Lantern",
			feedSubtitle: "Ardenia’s liveliest daily – news, sport, showbiz & more",
		}
	case "techsignal":
		return layout{
			template: "techsignal", feedPath: "/feed/atom/", discoveryOnly: true, fullContent: true,
			articlePath:  func(a Article) string { return a.Published.Format("/2006/01/02/") + a.Slug() + "/" },
			feedTitle:    "TechSignal",
			feedSubtitle: "Technology, science and the people building it",
		}
	case "petit-observateur":
		return layout{
			template: "petit-observateur", feedPath: "/rss/une.xml", discoveryOnly: true,
			articlePath: func(a Article) string {
				return "/" + sectionSlug(a.Section) + "/article" + a.Published.Format("/2006/01/02/") + a.Slug() + "_" + numericID(a.ID, 7) + "_3232.html"
			},
			feedTitle:    "Le Petit Observateur : À la une",
			feedSubtitle: "L’actualité de Belrive et du monde",
		}
	case "al-manara":
		return layout{
			template: "al-manara", feedPath: "/rss", shortLinks: true,
			authorEmail:  "newsroom@almanara.example",
			articlePath:  func(a Article) string { return "/ar/news/" + numericID(a.ID, 6) + "/" + a.Slug() },
			feedTitle:    "المنارة - آخر الأخبار",
			feedSubtitle: "أخبار أردينيا والعالم على مدار الساعة",
		}
	}
	return layout{
		template: "harbor-gazette", feedPath: commonFeedPath(p.Feed), guidPermaLink: true,
		articlePath:  func(a Article) string { return "/" + sectionSlug(a.Section) + "/" + a.Slug() },
		feedTitle:    p.Name,
		feedSubtitle: p.Name,
	}
}

func commonFeedPath(format string) string {
	switch format {
	case "atom":
		return "/atom.xml"
	case "jsonfeed":
		return "/feed.json"
	case "rdf":
		return "/index.rdf"
	}
	return "/rss.xml"
}

// sectionSlug turns "Économie" into "economie" and "Local Sport" into
// "local-sport". Letters of other scripts stay (an Arabic section keeps its
// name, percent-encoded in URLs), combining marks are dropped, and an empty
// result becomes "news".
func sectionSlug(section string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(section) {
		r = foldLatin(r)
		switch {
		case unicode.IsMark(r):
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		default:
			dash = true
		}
	}
	if b.Len() == 0 {
		return "news"
	}
	return b.String()
}

// foldLatin strips the accents French section names carry.
func foldLatin(r rune) rune {
	switch r {
	case 'à', 'â', 'ä':
		return 'a'
	case 'é', 'è', 'ê', 'ë':
		return 'e'
	case 'î', 'ï':
		return 'i'
	case 'ô', 'ö':
		return 'o'
	case 'ù', 'û', 'ü':
		return 'u'
	case 'ç':
		return 'c'
	}
	return r
}

// shortHash is a stable hex code derived from s.
func shortHash(s string, n int) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	return fmt.Sprintf("%016x", h.Sum64())[:n]
}

// numericID is a stable decimal id of n digits derived from s, like the
// article numbers content management systems put in URLs.
func numericID(s string, n int) string {
	h := fnv.New64a()
	h.Write([]byte(s))
	digits := fmt.Sprintf("%020d", h.Sum64())
	return "1" + digits[len(digits)-n+1:]
}

// escapePath percent-encodes a path for use in a URL (slugs may, in
// principle, hold non-ASCII letters).
func escapePath(p string) string {
	return (&url.URL{Path: p}).EscapedPath()
}
