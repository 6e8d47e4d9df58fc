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

// TestCheckGC: check sets its percent and puts the one before back, and
// leaves the collector alone when GOGC or GOMEMLIMIT is set.
func TestCheckGC(t *testing.T) {
	before := debug.SetGCPercent(150)
	defer debug.SetGCPercent(before)
	for _, tc := range []struct {
		env  map[string]string
		want int
	}{
		{nil, checkGCPercent},
		{map[string]string{"GOGC": "50"}, 150},
		{map[string]string{"GOMEMLIMIT": "1GiB"}, 150},
	} {
		restore := checkGC(env{getenv: func(k string) string { return tc.env[k] }})
		if got := gcPercent(); got != tc.want {
			t.Errorf("with %v: percent %d during check, want %d", tc.env, got, tc.want)
		}
		restore()
		if got := gcPercent(); got != 150 {
			t.Errorf("with %v: percent %d after check, want 150 back", tc.env, got)
		}
	}
}
