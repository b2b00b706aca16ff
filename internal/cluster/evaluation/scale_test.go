package evaluation

import (
	"fmt"
	"os"
	"runtime"
	"syscall"
	"testing"
	"time"

	"herald/internal/cluster"
)

// cpuTime is the process's user+system CPU time: on a shared machine it
// measures the work done, where wall time also measures the neighbours.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// TestScale places a stream of synthetic articles (a million by default)
// with DefaultConfig and prints, every 100,000 articles, the wall and CPU
// time taken by the 10,000 articles before that point, the live state and
// the heap after a GC. Gated, since it takes many minutes:
// HERALD_SCALE=1 runs it, HERALD_SCALE_N sets the number of articles.
func TestScale(t *testing.T) {
	if os.Getenv("HERALD_SCALE") == "" {
		t.Skip("scale run: set HERALD_SCALE=1 (takes many minutes; add -timeout 60m)")
	}
	total := 1_000_000
	if n := os.Getenv("HERALD_SCALE_N"); n != "" {
		if _, err := fmt.Sscan(n, &total); err != nil || total < 100_000 {
			t.Fatalf("HERALD_SCALE_N=%q: want a number of at least 100000", n)
		}
	}
	// A row every 100,000 articles (and one early, at 20,000): the 10,000
	// articles before each row are timed.
	rows := map[int]bool{20_000: true, total: true}
	for n := 100_000; n <= total; n += 100_000 {
		rows[n] = true
	}
	const window = 10_000
	g := newSyntheticStream(1)
	c := cluster.New(cluster.DefaultConfig())
	// Labels are kept for the timed window only, so the heap measured is
	// the clusterer's; merges are followed for the whole run (few).
	as := cluster.NewAssignments()
	var wallStart time.Time
	var cpuStart time.Duration
	cpuPer := make(map[int]time.Duration)
	gold := make([]int, 0, window)
	ids := make([]string, 0, window)
	fmt.Println("| articles placed | wall time per 10,000 | CPU time per 10,000 | live stories | live articles | vocabulary | postings | heap after GC | NMI of last 10,000 |")
	fmt.Println("|---|---|---|---|---|---|---|---|---|")
	for i := 1; i <= total; i++ {
		timing := rows[i+window-1] || !wallStart.IsZero()
		if rows[i+window-1] {
			wallStart, cpuStart = time.Now(), cpuTime()
			gold, ids = gold[:0], ids[:0]
		}
		a, story := g.next()
		p, err := c.Add(a)
		if err != nil {
			t.Fatal(err)
		}
		if timing {
			as.Record(a.ID, p)
			gold, ids = append(gold, story), append(ids, a.ID)
		} else if len(p.Merged) > 0 || len(p.Settled) > 0 {
			as.Record("", p) // the merge matters to later windows
		}
		if !rows[i] {
			continue
		}
		wall, cpu := time.Since(wallStart), cpuTime()-cpuStart
		cpuPer[i] = cpu
		pred := make([]cluster.StoryID, len(ids))
		for k, id := range ids {
			pred[k] = as.Story(id)
		}
		wallStart = time.Time{}
		as.Forget(ids)
		s, err := Score(gold, pred)
		if err != nil {
			t.Fatal(err)
		}
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		st := c.Stats()
		fmt.Printf("| %d | %v | %v | %d | %d | %d | %d | %.1f MiB | %.3f |\n", i, wall.Round(time.Millisecond), cpu.Round(time.Millisecond),
			st.Stories, st.Articles, st.Terms, st.Postings, float64(ms.HeapAlloc)/(1<<20), s.NMI)
	}
	if r := float64(cpuPer[total]) / float64(cpuPer[100_000]); r > 1.5 {
		t.Errorf("CPU time per 10,000 grew %.2fx from 100,000 to %d articles (target at most 1.5x)", r, total)
	}
}
