package extract

import (
	"regexp"
	"strconv"
	"strings"

	xhtml "golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// lazySrcAttrs hold the real image URL on lazy-loading templates, most
// specific first.
var lazySrcAttrs = []string{"data-src", "data-lazy-src", "data-original", "data-url", "data-hi-res-src", "data-full-src", "data-lazy", "data-echo", "data-img-src"}

// placeholderSrc matches the names of spacer and placeholder images.
var placeholderSrc = regexp.MustCompile(`(?i)(?:^|[/_.-])(?:pixel|spacer|blank|transparent|placeholder|lazy|loading|grey|gray|1x1|dot)(?:[_.-]|\.(?:gif|png|jpe?g|svg|webp)$)`)

// widgetSrc matches the images of share buttons and their widgets:
// "s7.addthis.com/static/btn/v2/lg-share-en.gif".
var widgetSrc = regexp.MustCompile(`(?i)//[^/]*\b(?:addthis|sharethis|addtoany)\.com/|[/_-]share[-_]?(?:button|btn|icon)s?[._/-]`)

// image resolves an <img> or <picture> (or the first image under n) to an
// Image, skipping tracking pixels and placeholders. ctx is where captions are
// looked for when the image is not inside a <figure>.
func (b *builder) image(n, ctx *xhtml.Node) (*Image, bool) {
	img := n
	if n.DataAtom != atom.Img {
		img = findFirst(n, atom.Img)
	}
	if img == nil {
		return nil, false
	}
	src := b.imageURL(img, n)
	if src == "" || widgetSrc.MatchString(src) {
		return nil, false
	}
	w, _ := strconv.Atoi(strings.TrimSuffix(attr(img, "width"), "px"))
	h, _ := strconv.Atoi(strings.TrimSuffix(attr(img, "height"), "px"))
	if w > 0 && w <= 4 || h > 0 && h <= 4 {
		return nil, false
	}
	im := &Image{URL: src, Alt: collapseSpace(attr(img, "alt")), Width: w, Height: h}
	im.Credit = collapseSpace(firstNonEmpty(attr(img, "data-credit"), attr(n, "data-credit"), attr(img, "data-copyright")))
	for a, i := img.Parent, 0; im.Credit == "" && a != nil && i < 4; a, i = a.Parent, i+1 {
		im.Credit = collapseSpace(attr(a, "data-credit"))
	}
	if n == ctx {
		b.looseCaption(n, im)
	}
	return im, true
}

// imageURL picks the best URL of img: the largest srcset candidate, then lazy
// attributes, then src, skipping data: URIs and placeholders.
func (b *builder) imageURL(img, pic *xhtml.Node) string {
	var cands []string
	if s := bestSrcset(attr(img, "data-srcset")); s != "" {
		cands = append(cands, s)
	}
	if s := bestSrcset(attr(img, "srcset")); s != "" {
		cands = append(cands, s)
	}
	if pic != img {
		for c := pic.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == xhtml.ElementNode && c.DataAtom == atom.Source {
				if s := bestSrcset(firstNonEmpty(attr(c, "data-srcset"), attr(c, "srcset"))); s != "" {
					cands = append(cands, s)
				}
			}
		}
	}
	for _, a := range lazySrcAttrs {
		if s := attr(img, a); s != "" {
			cands = append(cands, s)
		}
	}
	cands = append(cands, attr(img, "src"))
	for _, c := range cands {
		c = strings.TrimSpace(c)
		if c == "" || strings.HasPrefix(c, "data:") || placeholderSrc.MatchString(pathOf(c)) {
			continue
		}
		if u := b.resolve(c); u != "" {
			return u
		}
	}
	return ""
}

func pathOf(u string) string {
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	return u
}

// bestSrcset returns the widest candidate of a srcset attribute. URLs may
// hold commas; a candidate's URL ends at white space.
func bestSrcset(set string) string {
	best, bestW := "", -1.0
	for i := 0; i < len(set); {
		for i < len(set) && (set[i] == ',' || isASCIISpace(set[i])) {
			i++
		}
		start := i
		for i < len(set) && !isASCIISpace(set[i]) {
			i++
		}
		u := strings.TrimRight(set[start:i], ",")
		endsURL := strings.HasSuffix(set[start:i], ",")
		desc := ""
		if !endsURL {
			d := i
			for i < len(set) && set[i] != ',' {
				i++
			}
			desc = strings.TrimSpace(set[d:i])
		}
		if u == "" {
			continue
		}
		w := 1.0
		if len(desc) > 1 {
			if v, err := strconv.ParseFloat(desc[:len(desc)-1], 64); err == nil {
				w = v
				if desc[len(desc)-1] == 'x' {
					w *= 1000
				}
			}
		}
		if w > bestW {
			best, bestW = u, w
		}
	}
	return best
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if strings.TrimSpace(v) != "" {
			return v
		}
	}
	return ""
}
