package web

import (
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"hash/fnv"
	"html"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

//go:embed static
var staticFS embed.FS

// assets are the embedded stylesheet, script and API description, each
// served under a name that carries its hash, so browsers can keep them
// for a year and still see every change.
type assets struct {
	files map[string][]byte // by plain name
	hash  map[string]string
}

func loadAssets() (*assets, error) {
	a := &assets{files: map[string][]byte{}, hash: map[string]string{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		name := path.Base(p)
		sum := sha256.Sum256(b)
		a.files[name] = b
		a.hash[name] = hex.EncodeToString(sum[:5])
		return nil
	})
	return a, err
}

// path is the versioned address of a static file: /static/site.3fa9c.css.
func (a *assets) path(name string) string {
	ext := path.Ext(name)
	return "/static/" + strings.TrimSuffix(name, ext) + "." + a.hash[name] + ext
}

// static serves /static/NAME.HASH.EXT; an old hash still gets the current
// file, but only the current one may be cached for long.
func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	ext := path.Ext(file)
	stem := strings.TrimSuffix(file, ext)
	base, hash := stem, ""
	if i := strings.LastIndexByte(stem, '.'); i >= 0 {
		base, hash = stem[:i], stem[i+1:]
	}
	name := base + ext
	body, ok := s.assets.files[name]
	if !ok {
		s.notFound(w, r)
		return
	}
	if hash == s.assets.hash[name] {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		w.Header().Set("Cache-Control", "public, no-cache")
	}
	ctype := mime.TypeByExtension(ext)
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	// Embedded files have no modified time; the ETag validates them.
	s.serveBytes(w, r, ctype, body, time.Time{})
}

// siteFavicon draws Herald's own icon.
func (s *Server) siteFavicon(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Cache-Control", "public, max-age=86400")
	s.serveBytes(w, r, "image/svg+xml", letterIcon("H", "#b3261e"), time.Time{})
}

// sourceFavicon draws a publisher's icon: its initial on a colour taken
// from its name, so it is recognisable and costs no request to the
// publisher (which would tell it who reads what).
func (s *Server) sourceFavicon(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		s.notFound(w, r)
		return
	}
	src, err := s.store.Source(r.Context(), id)
	if err != nil {
		s.pageFail(w, r, "Source", err)
		return
	}
	w.Header().Set("Cache-Control", "public, max-age=86400")
	s.serveBytes(w, r, "image/svg+xml", letterIcon(initial(sourceName(src)), nameColor(sourceName(src))), time.Time{})
}

func letterIcon(letter, color string) []byte {
	return []byte(fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32">`+
		`<rect width="32" height="32" rx="7" fill="%s"/>`+
		`<text x="16" y="22.5" text-anchor="middle" font-family="Georgia,serif" font-size="19" font-weight="700" fill="#fff">%s</text></svg>`,
		color, html.EscapeString(letter)))
}

// initial is the first letter of a name, skipping "The" and "Le".
func initial(name string) string {
	words := strings.Fields(name)
	for i, w := range words {
		lw := strings.ToLower(w)
		if i < len(words)-1 && (lw == "the" || lw == "le" || lw == "la" || lw == "les" || lw == "el" || lw == "die") {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return strings.ToUpper(string(r))
			}
		}
	}
	if r, _ := utf8.DecodeRuneInString(name); r != utf8.RuneError {
		return strings.ToUpper(string(r))
	}
	return "?"
}

// nameColor is a stable, dark enough colour for white text on it.
func nameColor(name string) string {
	h := fnv.New32a()
	h.Write([]byte(name))
	return fmt.Sprintf("hsl(%d,55%%,36%%)", h.Sum32()%360)
}
