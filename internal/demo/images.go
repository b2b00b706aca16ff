package demo

import (
	"fmt"
	"hash/fnv"
	"html"
	"net/http"
	"strings"
	"time"
)

// serveImage draws /images/<photo-id>.svg: a coloured frame with the
// caption in it. The colour comes from the id, so a photo looks the same on
// every site that runs it, as a wire photo would.
func (s *publisherSite) serveImage(w http.ResponseWriter, r *http.Request) {
	id, ok := strings.CutSuffix(r.PathValue("file"), ".svg")
	photo, known := s.photos[id]
	if !ok || !known {
		s.serveNotFound(w, r)
		return
	}
	serveBody(w, r, "image/svg+xml", photoSVG(id, photo), s.modified)
}

// serveLogo draws the masthead used by templates and JSON-LD.
func (s *publisherSite) serveLogo(w http.ResponseWriter, r *http.Request) {
	svg := fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" width="600" height="60" viewBox="0 0 600 60">`+
		`<rect width="600" height="60" fill="%s"/>`+
		`<text x="20" y="40" font-family="Georgia, serif" font-size="30" fill="#fff">%s</text></svg>`,
		hashColor(s.pub.Key, 35), html.EscapeString(s.pub.Name))
	serveBody(w, r, "image/svg+xml", []byte(svg), time.Time{})
}

func photoSVG(id string, photo Block) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="450" viewBox="0 0 800 450" role="img" aria-label="%s">`,
		html.EscapeString(photo.Alt))
	fmt.Fprintf(&b, `<rect width="800" height="450" fill="%s"/>`, hashColor(id, 55))
	fmt.Fprintf(&b, `<rect x="40" y="40" width="720" height="300" fill="%s" opacity="0.6"/>`, hashColor(id+"/inner", 70))
	y := 375
	for _, line := range wrapText(photo.Caption, 70, 2) {
		fmt.Fprintf(&b, `<text x="40" y="%d" font-family="sans-serif" font-size="18" fill="#fff">%s</text>`, y, html.EscapeString(line))
		y += 24
	}
	fmt.Fprintf(&b, `<text x="760" y="430" text-anchor="end" font-family="sans-serif" font-size="12" fill="#eee">%s</text>`,
		html.EscapeString(photo.Credit))
	b.WriteString(`</svg>`)
	return []byte(b.String())
}

// hashColor is a stable colour of the given lightness for s.
func hashColor(s string, lightness int) string {
	h := fnv.New32a()
	h.Write([]byte(s))
	return fmt.Sprintf("hsl(%d, 45%%, %d%%)", h.Sum32()%360, lightness)
}

// wrapText breaks text into at most maxLines lines of about width runes,
// ending with an ellipsis when it had to cut.
func wrapText(text string, width, maxLines int) []string {
	var lines []string
	var line []rune
	for _, word := range strings.Fields(text) {
		if len(line) > 0 && len(line)+1+len([]rune(word)) > width {
			lines = append(lines, string(line))
			line = nil
			if len(lines) == maxLines {
				lines[maxLines-1] += " …"
				return lines
			}
		}
		if len(line) > 0 {
			line = append(line, ' ')
		}
		line = append(line, []rune(word)...)
	}
	if len(line) > 0 {
		lines = append(lines, string(line))
	}
	return lines
}

// placeholderGIF is the 1x1 transparent GIF lazy-loading templates put in
// src while the real image waits in data-src.
const placeholderGIF = "GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff" +
	"\x21\xf9\x04\x01\x00\x00\x00\x00\x2c\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02\x44\x01\x00\x3b"

func servePlaceholder(w http.ResponseWriter, r *http.Request) {
	serveBody(w, r, "image/gif", []byte(placeholderGIF), time.Time{})
}
