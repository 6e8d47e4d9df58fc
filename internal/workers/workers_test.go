package workers

import (
	"context"
	"runtime"
	"sync/atomic"
	"testing"
)

func TestForEachCallsEveryIndexOnce(t *testing.T) {
	for _, n := range []int{0, 1, 7, 1000} {
		seen := make([]int32, n)
		var calls atomic.Int32
		ForEach(n, func(i int) {
			atomic.AddInt32(&seen[i], 1)
			calls.Add(1)
		})
		if int(calls.Load()) != n {
			t.Errorf("n=%d: %d calls", n, calls.Load())
		}
		for i, c := range seen {
			if c != 1 {
				t.Fatalf("n=%d: index %d called %d times", n, i, c)
			}
		}
	}
}

// TestForEachContextStops cancels the context from inside a call: no call
// starts after that, and the error says why.
func TestForEachContextStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls atomic.Int32
	err := ForEachContext(ctx, 100000, func(i int) {
		if calls.Add(1) == 10 {
			cancel()
		}
	})
	if err != context.Canceled {
		t.Errorf("error %v, want context.Canceled", err)
	}
	// The calls under way when cancel ran (one per goroutine at most)
	// may finish; none starts after.
	if n := calls.Load(); n > 10+int32(runtime.GOMAXPROCS(0)) {
		t.Errorf("%d calls after cancelling at the 10th", n)
	}
	if err := ForEachContext(context.Background(), 5, func(int) { calls.Add(1) }); err != nil {
		t.Errorf("an open context gave %v", err)
	}
}
