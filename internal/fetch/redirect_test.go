package fetch

import (
	"context"
	"errors"
	"net/http"
	"testing"
)

func TestRedirectFollowed(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/old":
			http.Redirect(w, r, "/middle", http.StatusMovedPermanently)
		case "/middle":
			http.Redirect(w, r, "/new", http.StatusTemporaryRedirect)
		default:
			_, _ = w.Write([]byte("here"))
		}
	})
	f := newTestFetcher(t, testConfig())
	resp, err := f.Get(context.Background(), Request{URL: s.URL + "/old"})
	if err != nil {
		t.Fatal(err)
	}
	if resp.URL != s.URL+"/new" || string(resp.Body) != "here" {
		t.Errorf("got URL %q body %q", resp.URL, resp.Body)
	}
}

func TestRedirectLoop(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/a" {
			http.Redirect(w, r, "/b", http.StatusFound)
			return
		}
		http.Redirect(w, r, "/a", http.StatusFound)
	})
	cfg := testConfig()
	cfg.MaxRedirects = 3
	f := newTestFetcher(t, cfg)
	_, err := f.Get(context.Background(), Request{URL: s.URL + "/a"})
	if !errors.Is(err, ErrTooManyRedirects) {
		t.Fatalf("Get = %v, want ErrTooManyRedirects", err)
	}
	// The first request plus MaxRedirects hops, no more.
	if got := s.count("/a") + s.count("/b"); got != cfg.MaxRedirects+1 {
		t.Errorf("server saw %d requests, want %d", got, cfg.MaxRedirects+1)
	}
}

func TestRedirectsDisabled(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		http.Redirect(w, r, "/elsewhere", http.StatusFound)
	})
	cfg := testConfig()
	cfg.MaxRedirects = -1
	f := newTestFetcher(t, cfg)
	if _, err := f.Get(context.Background(), Request{URL: s.URL + "/a"}); !errors.Is(err, ErrTooManyRedirects) {
		t.Fatalf("Get = %v, want ErrTooManyRedirects", err)
	}
	if s.count("/elsewhere") != 0 {
		t.Error("redirect followed although MaxRedirects < 0")
	}
}

func TestRedirectToOtherSchemeRefused(t *testing.T) {
	for _, target := range []string{"file:///etc/passwd", "ftp://example.com/feed", "gopher://example.com/"} {
		s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
			w.Header().Set("Location", target)
			w.WriteHeader(http.StatusFound)
		})
		f := newTestFetcher(t, testConfig())
		_, err := f.Get(context.Background(), Request{URL: s.URL + "/feed"})
		if !errors.Is(err, ErrUnsupportedScheme) {
			t.Errorf("redirect to %s: Get = %v, want ErrUnsupportedScheme", target, err)
		}
	}
}

func TestRedirectWithoutLocationIsStatusError(t *testing.T) {
	s := newSite(t, "", func(w http.ResponseWriter, r *http.Request) {
		w.WriteHeader(http.StatusFound)
	})
	f := newTestFetcher(t, testConfig())
	var se *StatusError
	if _, err := f.Get(context.Background(), Request{URL: s.URL}); !errors.As(err, &se) || se.Code != http.StatusFound {
		t.Fatalf("Get = %v, want StatusError 302", err)
	}
}
