package web

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"net"
	"net/http"
	"net/netip"
	"strings"
)

// Forms are protected by a double-submit token: a random value in an
// HttpOnly, SameSite=Lax cookie that every form repeats in a hidden field.
// A cross-site page can make the browser send the cookie but cannot read it
// to fill the field. http.CrossOriginProtection (Handler) is the second line.
const (
	csrfCookie = "herald_csrf"
	csrfField  = "csrf"
	csrfHeader = "X-CSRF-Token"
)

// csrfToken returns the client's token, issuing a cookie when it has none.
func (s *Server) csrfToken(w http.ResponseWriter, r *http.Request) string {
	if c, err := r.Cookie(csrfCookie); err == nil && validToken(c.Value) {
		return c.Value
	}
	for _, sc := range w.Header().Values("Set-Cookie") {
		if v, ok := strings.CutPrefix(sc, csrfCookie+"="); ok {
			v, _, _ = strings.Cut(v, ";")
			return v // already issued while answering this request
		}
	}
	b := make([]byte, 24)
	rand.Read(b)
	tok := base64.RawURLEncoding.EncodeToString(b)
	http.SetCookie(w, &http.Cookie{Name: csrfCookie, Value: tok, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteLaxMode, Secure: s.overHTTPS(r), MaxAge: 60 * 60 * 24 * 365})
	return tok
}

// overHTTPS reports whether the reader reached the site over HTTPS, so
// that its cookies are never sent in clear: Herald terminated TLS itself,
// the site's public address is https, or a trusted reverse proxy says it
// terminated TLS (X-Forwarded-Proto). Behind a proxy r.TLS is always nil.
func (s *Server) overHTTPS(r *http.Request) bool {
	if r.TLS != nil || strings.HasPrefix(strings.ToLower(s.opts.BaseURL), "https://") {
		return true
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	peer, err := netip.ParseAddr(host)
	return err == nil && isTrusted(peer, s.opts.TrustedProxies) &&
		strings.EqualFold(strings.TrimSpace(r.Header.Get("X-Forwarded-Proto")), "https")
}

func validToken(v string) bool {
	return len(v) == 32 && strings.Trim(v, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == ""
}

// checkCSRF reports whether a form POST carries the cookie's token.
func checkCSRF(r *http.Request) bool {
	c, err := r.Cookie(csrfCookie)
	if err != nil || !validToken(c.Value) {
		return false
	}
	sent := r.PostFormValue(csrfField)
	if sent == "" {
		sent = r.Header.Get(csrfHeader)
	}
	return subtle.ConstantTimeCompare([]byte(sent), []byte(c.Value)) == 1
}

// themeOf reads the reader's chosen theme; "" follows the system.
func themeOf(r *http.Request) string {
	if c, err := r.Cookie("theme"); err == nil && (c.Value == "light" || c.Value == "dark") {
		return c.Value
	}
	return ""
}

// setTheme is the no-JavaScript theme switch: a form POST that sets the
// cookie and goes back where the reader was.
func (s *Server) setTheme(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, 4<<10)
	if !checkCSRF(r) {
		s.errorPage(w, r, http.StatusForbidden, "This form has expired", "Reload the page and try again: the form's security token did not match.")
		return
	}
	theme := r.PostFormValue("theme")
	if theme != "light" && theme != "dark" {
		theme = ""
	}
	c := &http.Cookie{Name: "theme", Value: theme, Path: "/", SameSite: http.SameSiteLaxMode, Secure: s.overHTTPS(r), MaxAge: 60 * 60 * 24 * 365}
	if theme == "" {
		c.MaxAge = -1
	}
	http.SetCookie(w, c)
	http.Redirect(w, r, localPath(r.PostFormValue("return")), http.StatusSeeOther)
}

// localPath keeps a return address on this site: "/x?y" stays, anything
// that could leave ("//evil", "https://", "\\") becomes "/". Control
// characters are refused too: browsers drop tabs and newlines anywhere in
// a URL, so "/\t/evil" would arrive as "//evil".
func localPath(p string) string {
	if !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsRune(p, '\\') ||
		strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f }) {
		return "/"
	}
	return p
}
