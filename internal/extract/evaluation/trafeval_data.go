package evaluation

import (
	"archive/tar"
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"sort"

	"github.com/ulikunitz/xz"
)

// TrafEvalDir is trafilatura's evaluation set inside the shared data folder.
const TrafEvalDir = "extraction/trafilatura-eval"

// maxTarMember bounds one page read from the archive (the largest is a few
// MB).
const maxTarMember = 64 << 20

// TrafDoc is one annotated page of trafilatura's evaluation set.
type TrafDoc struct {
	Key     string   // the evaldata.json key, usually the page URL
	File    string   // the HTML file name inside html.tar.xz's html/ folder
	With    []string `json:"with"`
	Without []string `json:"without"`
	HTML    []byte   // filled by LoadTrafEval
}

// LoadTrafEvalAnnotations reads evaldata.json, sorted by key.
func LoadTrafEvalAnnotations(dir string) ([]TrafDoc, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "evaldata.json"))
	if err != nil {
		return nil, fmt.Errorf("read trafilatura evaldata: %w", err)
	}
	var byKey map[string]struct {
		File    string   `json:"file"`
		With    []string `json:"with"`
		Without []string `json:"without"`
	}
	if err := json.Unmarshal(raw, &byKey); err != nil {
		return nil, fmt.Errorf("parse trafilatura evaldata: %w", err)
	}
	if len(byKey) == 0 {
		return nil, errors.New("trafilatura evaldata is empty")
	}
	docs := make([]TrafDoc, 0, len(byKey))
	for key, d := range byKey {
		if d.File == "" {
			return nil, fmt.Errorf("trafilatura evaldata %s: no file", key)
		}
		docs = append(docs, TrafDoc{Key: key, File: d.File, With: d.With, Without: d.Without})
	}
	sort.Slice(docs, func(i, j int) bool { return docs[i].Key < docs[j].Key })
	return docs, nil
}

// LoadTrafEval reads the annotations and the pages they name, decompressing
// html.tar.xz in memory (about 66 MB), so nothing is unpacked on disk.
func LoadTrafEval(dir string) ([]TrafDoc, error) {
	docs, err := LoadTrafEvalAnnotations(dir)
	if err != nil {
		return nil, err
	}
	wanted := make(map[string]int, len(docs))
	for i, d := range docs {
		wanted[d.File] = i
	}
	f, err := os.Open(filepath.Join(dir, "html.tar.xz"))
	if err != nil {
		return nil, fmt.Errorf("open trafilatura pages: %w", err)
	}
	defer f.Close()
	err = readTarXZ(f, func(name string, body []byte) {
		if i, ok := wanted[path.Base(name)]; ok {
			docs[i].HTML = body
		}
	})
	if err != nil {
		return nil, fmt.Errorf("read html.tar.xz: %w", err)
	}
	for _, d := range docs {
		if d.HTML == nil {
			return nil, fmt.Errorf("trafilatura page %s (%s) not in html.tar.xz", d.File, d.Key)
		}
	}
	return docs, nil
}

// readTarXZ calls fn for every regular file of an xz-compressed tar stream.
func readTarXZ(r io.Reader, fn func(name string, body []byte)) error {
	xr, err := xz.NewReader(bufio.NewReaderSize(r, 1<<20))
	if err != nil {
		return err
	}
	tr := tar.NewReader(xr)
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if hdr.Typeflag != tar.TypeReg {
			continue
		}
		if hdr.Size > maxTarMember {
			return fmt.Errorf("%s: %d bytes, above the %d limit", hdr.Name, hdr.Size, maxTarMember)
		}
		body, err := io.ReadAll(tr)
		if err != nil {
			return fmt.Errorf("%s: %w", hdr.Name, err)
		}
		fn(hdr.Name, body)
	}
}
