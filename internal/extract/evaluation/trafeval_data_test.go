package evaluation

import (
	"archive/tar"
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"

	"github.com/ulikunitz/xz"
)

// writeTarXZ writes files (name to body) as an xz-compressed tar to path.
func writeTarXZ(t *testing.T, path string, files map[string]string) {
	t.Helper()
	var buf bytes.Buffer
	xw, err := xz.NewWriter(&buf)
	if err != nil {
		t.Fatal(err)
	}
	tw := tar.NewWriter(xw)
	if err := tw.WriteHeader(&tar.Header{Name: "html/", Typeflag: tar.TypeDir, Mode: 0o755}); err != nil {
		t.Fatal(err)
	}
	for name, body := range files {
		if err := tw.WriteHeader(&tar.Header{Name: name, Typeflag: tar.TypeReg, Mode: 0o644, Size: int64(len(body))}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write([]byte(body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := xw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLoadTrafEvalFromArchive(t *testing.T) {
	dir := t.TempDir()
	evaldata := `{
 "https://b.example/x": {"file": "b.html", "with": ["kept"], "without": ["dropped"]},
 "a::plätzchen": {"file": "plätzchen.html", "with": ["one", "two"], "without": ["three"]}
}`
	if err := os.WriteFile(filepath.Join(dir, "evaldata.json"), []byte(evaldata), 0o644); err != nil {
		t.Fatal(err)
	}
	writeTarXZ(t, filepath.Join(dir, "html.tar.xz"), map[string]string{
		"html/b.html":         "<p>kept</p>",
		"html/plätzchen.html": "<p>one</p>",
		"html/unused.html":    "<p>x</p>",
	})
	docs, err := LoadTrafEval(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 || docs[0].Key != "a::plätzchen" || string(docs[0].HTML) != "<p>one</p>" ||
		string(docs[1].HTML) != "<p>kept</p>" || len(docs[0].With) != 2 || docs[1].Without[0] != "dropped" {
		t.Errorf("docs = %+v", docs)
	}
}

func TestLoadTrafEvalReportsMissingPage(t *testing.T) {
	dir := t.TempDir()
	evaldata := `{"k": {"file": "gone.html", "with": ["a"], "without": ["b"]}}`
	if err := os.WriteFile(filepath.Join(dir, "evaldata.json"), []byte(evaldata), 0o644); err != nil {
		t.Fatal(err)
	}
	writeTarXZ(t, filepath.Join(dir, "html.tar.xz"), map[string]string{"html/other.html": "x"})
	if _, err := LoadTrafEval(dir); err == nil {
		t.Error("want an error for a page missing from the archive")
	}
}

func TestReadTarXZRejectsGarbage(t *testing.T) {
	err := readTarXZ(bytes.NewReader([]byte("not xz at all")), func(string, []byte) {})
	if err == nil {
		t.Error("want an error for a stream that is not xz")
	}
}

func TestExtractorRunRecoversPanic(t *testing.T) {
	e := Extractor{Name: "boom", Extract: func([]byte, string) (string, error) { panic("bad page") }}
	text, err := e.Run(nil, "")
	if text != "" || !errors.Is(err, errPanicked) || !isPanic(err) {
		t.Errorf("Run = %q, %v; want a panic error", text, err)
	}
}
