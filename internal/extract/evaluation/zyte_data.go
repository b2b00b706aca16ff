package evaluation

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// ZyteDir is the Zyte benchmark's folder inside the shared data folder.
const ZyteDir = "extraction/zyte"

// maxGunzipped bounds one decompressed file: the largest Zyte page is a few
// MB, so a bigger one means a corrupt or hostile archive.
const maxGunzipped = 256 << 20

// ZyteTruth is one page's ground truth.
type ZyteTruth struct {
	ArticleBody string `json:"articleBody"`
	URL         string `json:"url"`
}

// ZytePage is one benchmark page held in memory.
type ZytePage struct {
	ID    string
	URL   string
	Truth string
	HTML  []byte // decompressed
}

// LoadZyteTruth reads ground-truth.json from the benchmark folder dir.
func LoadZyteTruth(dir string) (map[string]ZyteTruth, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "ground-truth.json"))
	if err != nil {
		return nil, fmt.Errorf("read zyte ground truth: %w", err)
	}
	var truth map[string]ZyteTruth
	if err := json.Unmarshal(raw, &truth); err != nil {
		return nil, fmt.Errorf("parse zyte ground truth: %w", err)
	}
	if len(truth) == 0 {
		return nil, errors.New("zyte ground truth is empty")
	}
	return truth, nil
}

// LoadZytePages reads the ground truth and every page (html/<id>.html.gz),
// decompressed, sorted by id.
func LoadZytePages(dir string) ([]ZytePage, error) {
	truth, err := LoadZyteTruth(dir)
	if err != nil {
		return nil, err
	}
	pages := make([]ZytePage, 0, len(truth))
	for id, t := range truth {
		html, err := readGzipFile(filepath.Join(dir, "html", id+".html.gz"))
		if err != nil {
			return nil, fmt.Errorf("zyte page %s: %w", id, err)
		}
		pages = append(pages, ZytePage{ID: id, URL: t.URL, Truth: t.ArticleBody, HTML: html})
	}
	sort.Slice(pages, func(i, j int) bool { return pages[i].ID < pages[j].ID })
	return pages, nil
}

// LoadZytePredictions reads an extractor's published outputs in the
// benchmark's format ({"<id>": {"articleBody": ...}}, optionally wrapped as
// {"version": ..., "output": {...}}), plain or gzip'ed, and returns the
// bodies by id and the version string. A missing or null articleBody is an
// empty prediction, as in evaluate.py.
func LoadZytePredictions(path string) (map[string]string, string, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, "", fmt.Errorf("read predictions: %w", err)
	}
	if strings.HasSuffix(path, ".gz") {
		if raw, err = gunzip(raw); err != nil {
			return nil, "", fmt.Errorf("decompress %s: %w", path, err)
		}
	}
	var top map[string]json.RawMessage
	if err := json.Unmarshal(raw, &top); err != nil {
		return nil, "", fmt.Errorf("parse %s: %w", path, err)
	}
	version := ""
	if wrapped, ok := unwrapVersioned(top); ok {
		top, version = wrapped.Output, wrapped.Version
	}
	preds := make(map[string]string, len(top))
	for id, entry := range top {
		var e struct {
			ArticleBody *string `json:"articleBody"`
		}
		if err := json.Unmarshal(entry, &e); err != nil {
			return nil, "", fmt.Errorf("parse %s: page %s: %w", path, id, err)
		}
		if e.ArticleBody != nil {
			preds[id] = *e.ArticleBody
		} else {
			preds[id] = ""
		}
	}
	return preds, version, nil
}

type versionedPredictions struct {
	Version string
	Output  map[string]json.RawMessage
}

// unwrapVersioned mirrors load_prediction: exactly the keys "version" and
// "output", with output an object.
func unwrapVersioned(top map[string]json.RawMessage) (versionedPredictions, bool) {
	out, hasOut := top["output"]
	ver, hasVer := top["version"]
	if len(top) != 2 || !hasOut || !hasVer {
		return versionedPredictions{}, false
	}
	var v versionedPredictions
	if err := json.Unmarshal(out, &v.Output); err != nil || v.Output == nil {
		return versionedPredictions{}, false
	}
	var s any
	if err := json.Unmarshal(ver, &s); err == nil && s != nil {
		v.Version = fmt.Sprint(s)
	}
	return v, true
}

// ScoreZytePredictions scores predictions against the ground truth. Like
// evaluate.py it refuses a prediction set whose ids differ from the truth's.
func ScoreZytePredictions(truth map[string]ZyteTruth, preds map[string]string) ([]PageResult, error) {
	if len(truth) != len(preds) {
		return nil, fmt.Errorf("prediction has %d pages, ground truth %d", len(preds), len(truth))
	}
	ids := make([]string, 0, len(truth))
	for id := range truth {
		if _, ok := preds[id]; !ok {
			return nil, fmt.Errorf("prediction lacks page %s", id)
		}
		ids = append(ids, id)
	}
	sort.Strings(ids)
	results := make([]PageResult, len(ids))
	for i, id := range ids {
		results[i] = ScorePage(id, truth[id].ArticleBody, preds[id])
	}
	return results, nil
}

func readGzipFile(path string) ([]byte, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return gunzip(raw)
}

func gunzip(raw []byte) ([]byte, error) {
	zr, err := gzip.NewReader(bytes.NewReader(raw))
	if err != nil {
		return nil, err
	}
	defer zr.Close()
	out, err := io.ReadAll(io.LimitReader(zr, maxGunzipped+1))
	if err != nil {
		return nil, err
	}
	if len(out) > maxGunzipped {
		return nil, fmt.Errorf("decompressed size above %d bytes", maxGunzipped)
	}
	return out, nil
}
