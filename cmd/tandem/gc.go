package main

import "runtime/debug"

// oneShotGCPercent is the garbage collector's percent in tandem check and
// tandem build: the heap may grow to three times what is live before the
// next collection, not twice (Go's default, 100).
const oneShotGCPercent = 200

// oneShotGC sets the garbage collector for a command that runs once and
// exits (check, build) and returns what puts the setting back (the tests
// run commands in one process). Their live heap is small (about 100 MB
// for check and 150 MB for build on 10,000 posts) next to what they
// allocate (1.5 GB per build, most of it goldmark's nodes), so half the
// collections save about 5–8 % of their CPU for about 60–120 MB more at
// the peak, within a quarter of Hugo's on 10,000 and 50,000 posts
// (docs/internals.md, "Garbage collection"). No memory limit comes with
// it: a limit below the live heap of a large site makes the collector run
// without pause. serve keeps Go's default (it runs for hours). A GOGC or
// GOMEMLIMIT in the environment is left to decide.
func oneShotGC(e env) (restore func()) {
	if e.getenv == nil || e.getenv("GOGC") != "" || e.getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(oneShotGCPercent)
	return func() { debug.SetGCPercent(percent) }
}
