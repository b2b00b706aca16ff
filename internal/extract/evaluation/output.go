package evaluation

import (
	"encoding/json"
	"fmt"
	"os"
)

// writeJSON writes v as indented JSON to path, for evaluate.py and
// testdata/trafeval_counts.py to read.
func writeJSON(path string, v any) error {
	raw, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return fmt.Errorf("encode %s: %w", path, err)
	}
	if err := os.WriteFile(path, append(raw, '\n'), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// WriteZytePredictions writes a run's predictions in the Zyte benchmark's
// format, so that its evaluate.py can score them too (put the file in its
// output/ folder).
func WriteZytePredictions(path string, run *ZyteRun) error {
	type body struct {
		ArticleBody string `json:"articleBody"`
	}
	out := make(map[string]body, len(run.Predictions))
	for id, text := range run.Predictions {
		out[id] = body{ArticleBody: text}
	}
	return writeJSON(path, out)
}

// WriteTrafOutputs writes a run's outputs ({key: text, or null where the
// extractor failed}) for testdata/trafeval_counts.py.
func WriteTrafOutputs(path string, run *TrafRun) error {
	return writeJSON(path, run.Outputs)
}
