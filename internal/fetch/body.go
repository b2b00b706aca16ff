package fetch

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"fmt"
	"io"
	"net/http"
	"strings"
)

// acceptEncoding lists the codings readBody can undo. Brotli is left out on
// purpose: it would need a third-party decoder, and every server that offers
// br also offers gzip.
const acceptEncoding = "gzip, deflate"

// maxCodings bounds the Content-Encoding list. Every decoder allocates its
// window up front, so a server naming thousands of stacked codings (each
// layer a few bytes on the wire) could make one fetch take gigabytes of
// memory, whatever the body cap. Servers apply one coding, rarely two.
const maxCodings = 2

// bodyLimit caps how much of a body is read.
type bodyLimit struct {
	max int64
	// truncate keeps reading a body announced as too large, so the caller
	// gets its first max bytes along with ErrTooLarge.
	truncate bool
}

// readBody reads resp's body, undoing Content-Encoding, and fails with
// ErrTooLarge as soon as either the bytes on the wire or the decoded bytes
// exceed limit. Capping the decoded size is what stops a compression bomb;
// capping the wire size stops an endless stream of empty gzip members. On
// ErrTooLarge the first limit decoded bytes are returned as well, for callers
// that can use a truncated prefix (robots.txt).
func readBody(resp *http.Response, limit bodyLimit) ([]byte, error) {
	if resp.ContentLength > limit.max && !limit.truncate {
		return nil, fmt.Errorf("%w: Content-Length %d exceeds %d bytes", ErrTooLarge, resp.ContentLength, limit.max)
	}
	var r io.Reader = &cappedReader{r: resp.Body, left: limit.max}
	codings := strings.Split(resp.Header.Get("Content-Encoding"), ",")
	if len(codings) > maxCodings {
		return nil, fmt.Errorf("Content-Encoding lists %d codings; at most %d are undone", len(codings), maxCodings)
	}
	// Codings are listed in the order they were applied; undo them backwards.
	for i := len(codings) - 1; i >= 0; i-- {
		dec, err := decoder(strings.ToLower(strings.TrimSpace(codings[i])), r)
		if err != nil {
			return nil, err
		}
		r = dec
	}
	body, err := io.ReadAll(&cappedReader{r: r, left: limit.max})
	if err != nil {
		return body, fmt.Errorf("read body: %w", err)
	}
	return body, nil
}

func decoder(coding string, r io.Reader) (io.Reader, error) {
	switch coding {
	case "", "identity":
		return r, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(r)
		if err == io.EOF {
			return r, nil // empty body labelled gzip
		}
		if err != nil {
			return nil, fmt.Errorf("gzip body: %w", err)
		}
		return zr, nil
	case "deflate":
		return deflateReader(r)
	default:
		return nil, fmt.Errorf("unsupported Content-Encoding %q", coding)
	}
}

// deflateReader accepts both what RFC 9110 calls deflate (a zlib stream) and
// the raw DEFLATE data that some servers send under that name instead.
func deflateReader(r io.Reader) (io.Reader, error) {
	br := bufio.NewReader(r)
	head, err := br.Peek(2)
	if len(head) == 0 && err == io.EOF {
		return br, nil // empty body labelled deflate
	}
	if len(head) < 2 {
		return nil, fmt.Errorf("deflate body: %w", err)
	}
	// A zlib header has compression method 8 and a header checksum that makes
	// the first two bytes a multiple of 31.
	if head[0]&0x0f == 8 && (uint16(head[0])<<8|uint16(head[1]))%31 == 0 {
		zr, err := zlib.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("deflate body: %w", err)
		}
		return zr, nil
	}
	return flate.NewReader(br), nil
}

// cappedReader passes through at most left bytes and then reports
// ErrTooLarge if the source has more, reading at most one byte past the cap.
type cappedReader struct {
	r    io.Reader
	left int64
}

func (c *cappedReader) Read(p []byte) (int, error) {
	if c.left <= 0 {
		// Probe for one more byte to tell "exactly at the cap" from "over it".
		var one [1]byte
		for {
			n, err := c.r.Read(one[:])
			if n > 0 {
				return 0, ErrTooLarge
			}
			if err != nil {
				return 0, err
			}
		}
	}
	if int64(len(p)) > c.left {
		p = p[:c.left]
	}
	n, err := c.r.Read(p)
	c.left -= int64(n)
	return n, err
}
