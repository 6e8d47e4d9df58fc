package workers

import (
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// ForEach calls do(i) for every i in [0, n), on GOMAXPROCS goroutines, and
// returns when all calls have returned. Each goroutine takes the next
// index from a shared counter, in increasing order: no goroutine hands
// the indices out, so a job costs an atomic add, not a channel hand-over
// that wakes a goroutine.
func ForEach(n int, do func(i int)) {
	forEach(n, func() struct{} { return struct{}{} }, func(_ struct{}, i int) { do(i) })
}

// ForEachWith is ForEachContext giving each goroutine a state of its own,
// made by state as the goroutine starts and passed to every call it
// makes: a buffer it reuses for every index it takes, say.
func ForEachWith[S any](ctx context.Context, n int, state func() S, do func(s S, i int)) error {
	forEach(n, state, func(s S, i int) {
		if ctx == nil || ctx.Err() == nil {
			do(s, i)
		}
	})
	if ctx == nil {
		return nil
	}
	return ctx.Err()
}

// forEach is ForEach with a state per goroutine (ForEachWith).
func forEach[S any](n int, state func() S, do func(s S, i int)) {
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			s := state()
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				do(s, i)
			}
		})
	}
	wg.Wait()
}

// ForEachContext is ForEach that stops once ctx is done: the calls under
// way finish, no new one starts, and it returns ctx.Err(). Which indices ran is then undefined, so a caller that gets
// an error throws the results away. A nil ctx never stops.
func ForEachContext(ctx context.Context, n int, do func(i int)) error {
	if ctx == nil {
		ForEach(n, do)
		return nil
	}
	ForEach(n, func(i int) {
		if ctx.Err() == nil {
			do(i)
		}
	})
	return ctx.Err()
}
