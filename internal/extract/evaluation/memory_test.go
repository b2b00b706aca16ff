package evaluation

import (
	"runtime"
	"testing"
	"time"
)

func TestHeapSamplerSeesPeak(t *testing.T) {
	runtime.GC()
	base := HeapBytes()
	s := StartHeapSampler(time.Millisecond)
	block := make([]byte, 32<<20)
	for i := range block {
		block[i] = byte(i)
	}
	time.Sleep(5 * time.Millisecond)
	runtime.KeepAlive(block)
	runtime.GC()
	peak := s.Stop()
	if peak < base+30<<20 {
		t.Errorf("peak %d MB, want at least %d MB (base) + 30 MB", peak>>20, base>>20)
	}
	if MaxRSSBytes() == 0 && runtime.GOOS == "linux" {
		t.Error("max RSS unknown on Linux")
	}
}
