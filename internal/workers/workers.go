// Package workers runs independent jobs on one goroutine per core. The
// load, render and write stages use it to spread per-file work; results
// go into slices indexed by job, so the output never depends on timing.
package workers

import (
	"runtime"
	"sync"
)

// ForEach calls do(i) for every i in [0, n), on GOMAXPROCS goroutines, and
// returns when all calls have returned.
func ForEach(n int, do func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range min(runtime.GOMAXPROCS(0), max(n, 1)) {
		wg.Go(func() {
			for i := range next {
				do(i)
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
}
