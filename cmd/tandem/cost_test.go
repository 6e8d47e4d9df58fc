package main

import (
	"strings"
	"testing"
)

// TestCostLimitsInEveryCommand checks that check, build and build
// --preview refuse the same hostile posts with the same positioned
// errors (serve compiles through the same loader as build).
func TestCostLimitsInEveryCommand(t *testing.T) {
	t.Parallel()
	site := "../../internal/build/testdata/invalid/cost-bombs"
	want := []string{
		site + "/content/posts/wide-table.md:8:1: error: the table has 3,000 columns; at most 64 are allowed",
		site + "/content/posts/references.md:9:1: error: the link references used up to here copy 90,006 bytes",
		site + "/content/posts/emphasis.md:6:1: error: this paragraph has 1,200 emphasis and link markers",
	}
	for _, args := range [][]string{
		{"check", "-s", site},
		{"check", "-s", site, "--preview"},
		{"build", "-s", site, "-d", t.TempDir()},
		{"build", "-s", site, "-d", t.TempDir(), "--preview"},
	} {
		code, out, errs := runCmd(t, args...)
		if code != 1 {
			t.Errorf("%v: exit %d, want 1", args, code)
		}
		for _, w := range want {
			if !strings.Contains(out+errs, w) {
				t.Errorf("%v: output lacks %q:\n%s%s", args, w, out, errs)
			}
		}
	}
}
