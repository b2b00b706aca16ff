package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"net/http"
	"strings"
	"time"
)

// serveBytes answers with body and its validators: a strong ETag from the
// bytes and, when known, Last-Modified. http.ServeContent then answers
// If-None-Match, If-Modified-Since, HEAD and ranges. Large text bodies are
// gzipped for clients that accept it (a separate ETag per encoding).
func (s *Server) serveBytes(w http.ResponseWriter, r *http.Request, contentType string, body []byte, modified time.Time) {
	h := w.Header()
	h.Set("Content-Type", contentType)
	h.Add("Vary", "Accept-Encoding")
	if h.Get("Cache-Control") == "" {
		h.Set("Cache-Control", "public, no-cache")
	}
	sum := sha256.Sum256(body)
	tag := base64.RawURLEncoding.EncodeToString(sum[:12])
	if len(body) > 1024 && acceptsGzip(r) {
		var z bytes.Buffer
		zw, _ := s.gzipWriters.Get().(*gzip.Writer)
		if zw == nil {
			zw, _ = gzip.NewWriterLevel(&z, gzip.BestSpeed)
		} else {
			zw.Reset(&z)
		}
		zw.Write(body)
		zw.Close()
		s.gzipWriters.Put(zw) // a compressor is ~1 MB to allocate
		body = z.Bytes()
		tag += "-gz"
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", `"`+tag+`"`)
	if !modified.IsZero() {
		modified = modified.UTC().Truncate(time.Second)
		if now := s.now().UTC(); modified.After(now) {
			modified = now
		}
	}
	http.ServeContent(w, r, "", modified, bytes.NewReader(body))
}

// serveJSON is serveBytes for an API value.
func (s *Server) serveJSON(w http.ResponseWriter, r *http.Request, v any, modified time.Time) {
	s.serveBytes(w, r, "application/json; charset=utf-8", encodeJSON(v), modified)
}

func acceptsGzip(r *http.Request) bool {
	for _, part := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") {
			return !strings.Contains(strings.ReplaceAll(params, " ", ""), "q=0") || strings.Contains(params, "q=0.")
		}
	}
	return false
}
