package evaluation

import (
	"bytes"
	"strings"
	"testing"
)

const benchOutput = `goos: linux
cpu: AMD EPYC
BenchmarkExtract/herald-2         	       3	 385423898 ns/op	         0.9720 alloc-MB/page	         0 failed/pass	       128.0 maxrss-MB	       313.9 pages/s	        51.81 peak-heap-MB	123320632 B/op	 1603330 allocs/op
BenchmarkExtract/go-trafilatura-2 	       3	 4000000000 ns/op	         4.0 alloc-MB/page	         1 failed/pass	       300.0 maxrss-MB	       30.25 pages/s	        90.0 peak-heap-MB	123 B/op	 1 allocs/op
BenchmarkExtract/herald-2         	       3	 385423898 ns/op	         0.9720 alloc-MB/page	         0 failed/pass	       130.0 maxrss-MB	       250.0 pages/s	        51.81 peak-heap-MB	123320632 B/op	 1603330 allocs/op
PASS
`

func TestParseSpeedResultsKeepsFastestRound(t *testing.T) {
	got, err := ParseSpeedResults(strings.NewReader(benchOutput))
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || got[0].Name != "herald" || got[1].Name != NameTrafilatura {
		t.Fatalf("results = %+v", got)
	}
	if m := got[0].Metrics; m["pages/s"] != 313.9 || m["maxrss-MB"] != 128 || m["B/op"] != 123320632 {
		t.Errorf("herald metrics = %v", m)
	}
}

func TestWriteSpeedTableRatioToTrafilatura(t *testing.T) {
	var b bytes.Buffer
	if err := WriteSpeedTable(&b, strings.NewReader(benchOutput)); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"| herald | 313.9 | 10.38 | 3.19 | 52 | 0.97 | 128 | 0 |",
		"| go-trafilatura | 30.2 | 1.00 | 33.06 | 90 | 4.00 | 300 | 1 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("table lacks %q:\n%s", want, out)
		}
	}
}

func TestParseSpeedResultsRejectsEmptyInput(t *testing.T) {
	if _, err := ParseSpeedResults(strings.NewReader("PASS\nok x 1s\n")); err == nil {
		t.Error("want an error when no benchmark ran (data absent means a skipped benchmark)")
	}
}

func TestWriteZyteTable(t *testing.T) {
	var b bytes.Buffer
	WriteZyteTable(&b, []ZyteRow{
		{Name: "herald", Source: "measured here", Score: ZyteScore{F1: 0.97654, Precision: 0.96, Recall: 0.99, Accuracy: 0.3}, Errors: 2},
		{Name: "goose3", Source: "published output", Score: ZyteScore{F1: 0.9, Precision: 0.9, Recall: 0.9}},
	})
	want := "| herald | measured here | 0.977 | 0.960 | 0.990 | 0.300 | 2 |\n| goose3 | published output | 0.900 | 0.900 | 0.900 | 0.000 | - |\n"
	if !strings.HasSuffix(b.String(), want) {
		t.Errorf("got\n%s\nwant suffix\n%s", b.String(), want)
	}
}
