package evaluation

import (
	"runtime/metrics"
	"sync"
	"time"
)

// heapObjectsMetric is the bytes of heap memory occupied by objects, live or
// not yet swept; reading it does not stop the world, unlike
// runtime.ReadMemStats, so sampling it barely disturbs a timed run.
const heapObjectsMetric = "/memory/classes/heap/objects:bytes"

// HeapSampler records the peak heap size while an extractor runs.
type HeapSampler struct {
	stop chan struct{}
	done sync.WaitGroup
	peak uint64
}

// StartHeapSampler samples the heap every interval until Stop.
func StartHeapSampler(interval time.Duration) *HeapSampler {
	s := &HeapSampler{stop: make(chan struct{}), peak: HeapBytes()}
	s.done.Add(1)
	go func() {
		defer s.done.Done()
		tick := time.NewTicker(interval)
		defer tick.Stop()
		sample := []metrics.Sample{{Name: heapObjectsMetric}}
		for {
			select {
			case <-s.stop:
				return
			case <-tick.C:
				metrics.Read(sample)
				s.peak = max(s.peak, sample[0].Value.Uint64())
			}
		}
	}()
	return s
}

// Stop ends sampling and returns the peak heap size in bytes.
func (s *HeapSampler) Stop() uint64 {
	close(s.stop)
	s.done.Wait()
	return max(s.peak, HeapBytes())
}

// HeapBytes is the current heap size in bytes.
func HeapBytes() uint64 {
	sample := []metrics.Sample{{Name: heapObjectsMetric}}
	metrics.Read(sample)
	return sample[0].Value.Uint64()
}
