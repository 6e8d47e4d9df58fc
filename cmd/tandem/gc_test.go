package main

import (
	"runtime/debug"
	"testing"
)

// gcPercent is the garbage collector's percent now.
func gcPercent() int {
	p := debug.SetGCPercent(100)
	debug.SetGCPercent(p)
	return p
}

// TestOneShotGC: check and build set its percent and puts the one before back, and
// leaves the collector alone when GOGC or GOMEMLIMIT is set.
func TestOneShotGC(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	for _, tc := range []struct {
		env  map[string]string
		want int
	}{
		{nil, oneShotGCPercent},
		{map[string]string{"GOGC": "50"}, 150},
		{map[string]string{"GOMEMLIMIT": "1GiB"}, 150},
	} {
		restore := oneShotGC(env{getenv: func(k string) string { return tc.env[k] }})
		if got := gcPercent(); got != tc.want {
			t.Errorf("with %v: percent %d during the command, want %d", tc.env, got, tc.want)
		}
		restore()
		if got := gcPercent(); got != 150 {
			t.Errorf("with %v: percent %d after the command, want 150 back", tc.env, got)
		}
	}
}
