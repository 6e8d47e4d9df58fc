package main

import "runtime/debug"

// checkGCPercent is the garbage collector's percent in tandem check: the
// heap may grow to three times what is live before the next collection,
// not twice (Go's default, 100).
const checkGCPercent = 200

// checkGC sets the garbage collector for tandem check and returns what
// puts the setting back (the tests run commands in one process). check
// runs once and exits; its live heap is small (about 100 MB for 10,000
// posts) next to what it allocates while loading, so half the
// collections save about 8 % of its CPU for about 60 MB more at its peak
// (docs/internals.md, "Garbage collection"). No memory limit comes with
// it: a limit below the live heap of a large site makes the collector run
// without pause. build and serve keep Go's defaults (build's peak would
// pass 450 MB on 10,000 posts). A GOGC or GOMEMLIMIT in the environment
// is left to decide.
func checkGC(e env) (restore func()) {
	if e.getenv == nil || e.getenv("GOGC") != "" || e.getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(checkGCPercent)
	return func() { debug.SetGCPercent(percent) }
}
