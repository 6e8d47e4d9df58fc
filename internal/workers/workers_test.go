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

// TestForEachContextStops cancels the context from inside a call: once
// cancel has returned, each goroutine may finish the call it is in and
// start the one it had already taken, no other; and the error says why.
// (Calls that start after the 10th but before cancel returns are not
// counted: the cancelling goroutine may wait for the processor meanwhile.)
func TestForEachContextStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	var calls, late atomic.Int32
	var done atomic.Bool
	err := ForEachContext(ctx, 100000, func(i int) {
		if done.Load() {
			late.Add(1)
		}
		if calls.Add(1) == 10 {
			cancel()
			done.Store(true)
		}
	})
	if err != context.Canceled {
		t.Errorf("error %v, want context.Canceled", err)
	}
	if n := late.Load(); !done.Load() || n > int32(runtime.GOMAXPROCS(0)) {
		t.Errorf("%d calls started after cancel returned (%d goroutines)", n, runtime.GOMAXPROCS(0))
	}
	if err := ForEachContext(context.Background(), 5, func(int) { calls.Add(1) }); err != nil {
		t.Errorf("an open context gave %v", err)
	}
}

// TestForEachWithGivesEachGoroutineItsState: every index is called once,
// and no state is used by two goroutines at once (each is made once per
// goroutine, at most GOMAXPROCS of them).
func TestForEachWithGivesEachGoroutineItsState(t *testing.T) {
	type state struct{ busy atomic.Bool }
	var made atomic.Int32
	seen := make([]int32, 500)
	err := ForEachWith(context.Background(), len(seen), func() *state { made.Add(1); return &state{} }, func(s *state, i int) {
		if !s.busy.CompareAndSwap(false, true) {
			t.Error("a state used by two goroutines at once")
		}
		atomic.AddInt32(&seen[i], 1)
		runtime.Gosched()
		s.busy.Store(false)
	})
	if err != nil || int(made.Load()) > runtime.GOMAXPROCS(0) {
		t.Errorf("err %v, %d states made", err, made.Load())
	}
	for i, c := range seen {
		if c != 1 {
			t.Fatalf("index %d called %d times", i, c)
		}
	}
}
