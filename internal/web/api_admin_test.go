package web_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"testing"
	"time"

	"herald/internal/model"
	"herald/internal/store/sqlite"
	"herald/internal/web"
)

func TestAdminReextract(t *testing.T) {
	ctx := context.Background()
	st, err := sqlite.Open(ctx, filepath.Join(t.TempDir(), "h.db"), nil)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	src := &model.Source{FeedURL: "https://pub.example/feed", Enabled: true}
	st.AddSource(ctx, src)
	ids, _ := st.SaveEntries(ctx, src.ID, []model.Article{{GUID: "1", URL: "https://pub.example/1", Title: "One"}})
	st.SetArticleStage(ctx, ids[0], "stories")

	post := func(h http.Handler, path, auth string) int {
		req := httptest.NewRequest(http.MethodPost, path, nil)
		if auth != "" {
			req.Header.Set("Authorization", auth)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		return rec.Code
	}
	disabled, _ := web.New(st, time.Now, nil)
	if code := post(disabled.Handler(), "/api/v1/admin/articles/1/reextract", "Bearer "); code != http.StatusUnauthorized {
		t.Fatalf("with admin disabled: %d", code)
	}
	srv, _ := web.New(st, time.Now, nil, web.Options{AdminToken: "s3cret"})
	h := srv.Handler()
	for _, auth := range []string{"", "Bearer wrong", "s3cret", "Basic s3cret", "Bearer s3cre"} {
		if code := post(h, "/api/v1/admin/articles/1/reextract", auth); code != http.StatusUnauthorized {
			t.Errorf("Authorization %q: %d, want 401", auth, code)
		}
	}
	if a, _ := st.Article(ctx, ids[0]); a.Stage != "stories" {
		t.Fatalf("a refused request changed the stage to %q", a.Stage)
	}
	if code := post(h, "/api/v1/admin/articles/1/reextract", "Bearer s3cret"); code != http.StatusAccepted {
		t.Fatalf("with the token: %d", code)
	}
	if a, _ := st.Article(ctx, ids[0]); a.Stage != model.StageFeed {
		t.Fatalf("stage after reextract = %q, want %q", a.Stage, model.StageFeed)
	}
	if code := post(h, "/api/v1/admin/articles/999/reextract", "Bearer s3cret"); code != http.StatusNotFound {
		t.Fatalf("unknown article: %d", code)
	}
	if code := post(h, "/api/v1/admin/articles/abc/reextract", "Bearer s3cret"); code != http.StatusBadRequest && code != http.StatusNotFound {
		t.Fatalf("bad id: %d", code)
	}
}
