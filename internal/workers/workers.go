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
