package fetch

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"context"
	"errors"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"
)

func compress(t *testing.T, coding string, data []byte) []byte {
	t.Helper()
	var buf bytes.Buffer
	var w io.WriteCloser
	switch coding {
	case "gzip":
		w = gzip.NewWriter(&buf)
	case "zlib":
		w = zlib.NewWriter(&buf)
	case "raw-deflate":
		fw, err := flate.NewWriter(&buf, flate.BestCompression)
		if err != nil {
			t.Fatal(err)
		}
		w = fw
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func serveEncoded(encoding string, body []byte) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Encoding", encoding)
		w.Header().Set("Content-Type", "application/rss+xml")
		_, _ = w.Write(body)
	}
}

func TestCompressedBodiesDecoded(t *testing.T) {
	feed := []byte(strings.Repeat("<item>news</item>", 200))
	tests := []struct {
		name, coding, header string
	}{
		{"gzip", "gzip", "gzip"},
		{"x-gzip", "gzip", "x-gzip"},
		{"deflate as zlib", "zlib", "deflate"},
		{"deflate as raw DEFLATE", "raw-deflate", "deflate"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var gotAE string
			encoded := compress(t, tt.coding, feed)
			s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
				gotAE = r.Header.Get("Accept-Encoding")
				serveEncoded(tt.header, encoded)(w, r)
			})
			f := newTestFetcher(t, testConfig())
			resp, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(resp.Body, feed) {
				t.Errorf("body = %.40q..., want the decoded feed", resp.Body)
			}
			if !strings.Contains(gotAE, "gzip") {
				t.Errorf("Accept-Encoding = %q, want gzip offered", gotAE)
			}
		})
	}
}

func TestGzipBombCapped(t *testing.T) {
	// 8 MiB of zeros compresses to about 8 KiB, far under the cap on the
	// wire; only the decoded size gives it away.
	bomb := compress(t, "gzip", make([]byte, 8<<20))
	s := newSite(t, "", serveEncoded("gzip", bomb))
	cfg := testConfig()
	cfg.MaxBodyBytes = 256 << 10
	f := newTestFetcher(t, cfg)
	if int64(len(bomb)) >= cfg.MaxBodyBytes {
		t.Fatalf("bomb is %d bytes on the wire; the test needs it under the cap", len(bomb))
	}
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/bomb"})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Get = %v, want ErrTooLarge", err)
	}
}

func TestEndlessBodyCutAtCap(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		chunk := bytes.Repeat([]byte("x"), 32<<10)
		for r.Context().Err() == nil {
			if _, err := w.Write(chunk); err != nil {
				return
			}
		}
	})
	cfg := testConfig()
	cfg.MaxBodyBytes = 256 << 10
	cfg.Timeout = 5 * time.Second
	f := newTestFetcher(t, cfg)
	start := time.Now()
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/stream"})
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("Get = %v, want ErrTooLarge", err)
	}
	// Well before the Timeout of 5s: the cap, not the clock, ended it.
	if elapsed := time.Since(start); elapsed > 2*time.Second {
		t.Errorf("took %s to give up on an endless body", elapsed)
	}
}

func TestContentLengthOverCapRefusedWithoutReading(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Length", strconv.Itoa(2<<20))
		_, _ = w.Write(make([]byte, 2<<20))
	})
	cfg := testConfig()
	cfg.MaxBodyBytes = 1 << 20
	f := newTestFetcher(t, cfg)
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/big"})
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "Content-Length") {
		t.Fatalf("Get = %v, want ErrTooLarge from Content-Length", err)
	}
}

func TestCappedReaderBoundary(t *testing.T) {
	const limit = 10
	tests := []struct {
		size    int
		wantErr bool
	}{{0, false}, {limit - 1, false}, {limit, false}, {limit + 1, true}, {1000, true}}
	for _, tt := range tests {
		src := &countingReader{r: bytes.NewReader(make([]byte, tt.size))}
		got, err := io.ReadAll(&cappedReader{r: src, left: limit})
		if tt.wantErr {
			if !errors.Is(err, ErrTooLarge) {
				t.Errorf("size %d: err = %v, want ErrTooLarge", tt.size, err)
			}
			if src.n > limit+1 {
				t.Errorf("size %d: read %d bytes from the source, want at most %d", tt.size, src.n, limit+1)
			}
			continue
		}
		if err != nil || len(got) != tt.size {
			t.Errorf("size %d: got %d bytes, err %v", tt.size, len(got), err)
		}
	}
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

func TestUnknownContentEncodingRefused(t *testing.T) {
	s := newSite(t, "", serveEncoded("br", []byte{0x0b, 0x02, 0x80}))
	f := newTestFetcher(t, testConfig())
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/br"})
	if err == nil || !strings.Contains(err.Error(), `"br"`) {
		t.Fatalf("Get = %v, want unsupported Content-Encoding error", err)
	}
}

// TestStackedContentEncodingsRefused: each coding listed costs a decoder
// with a 32 KiB window before a byte is read, so a header naming thousands
// (each layer adding a few bytes on the wire) would take gigabytes. Real
// servers apply one coding, rarely two.
func TestStackedContentEncodingsRefused(t *testing.T) {
	const layers = 200
	body := []byte("<rss></rss>")
	for range layers {
		body = compress(t, "gzip", body)
	}
	s := newSite(t, "", serveEncoded(strings.TrimSuffix(strings.Repeat("gzip, ", layers), ", "), body))
	f := newTestFetcher(t, testConfig())
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/layers"})
	if err == nil || !strings.Contains(err.Error(), "Content-Encoding") {
		t.Fatalf("Get = %v, want the stacked codings refused", err)
	}

	// Two codings are still undone.
	twice := compress(t, "gzip", compress(t, "gzip", []byte("<rss></rss>")))
	s2 := newSite(t, "", serveEncoded("gzip, gzip", twice))
	resp, err := f.Get(context.Background(), Request{URL: s2.URL + "/twice"})
	if err != nil || string(resp.Body) != "<rss></rss>" {
		t.Fatalf("Get(gzip, gzip) = %v, %v", resp, err)
	}
}
