package render

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
)

// TestReorder: the order reorder gives a plan is its paths sorted, and
// each path that the last plan had is found where the last render made
// it, whatever part of the plan changed.
func TestReorder(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	plan := func(n int) []string {
		out := make([]string, n)
		for i := range out {
			out[i] = fmt.Sprintf("p%03d/", rng.IntN(1000))
		}
		return out
	}
	for round := range 300 {
		old := plan(rng.IntN(40))
		o := planOrder{paths: old}
		for i := range old {
			o.perm = append(o.perm, i)
		}
		slices.SortFunc(o.perm, func(a, b int) int { return strings.Compare(old[a], old[b]) })
		// The new plan keeps a first and a last part of the old one and
		// has something else between, or is the old one.
		head := rng.IntN(len(old) + 1)
		tail := rng.IntN(len(old) - head + 1)
		paths := slices.Concat(old[:head], plan(rng.IntN(5)), old[head:][rng.IntN(len(old)-head+1):], old[len(old)-tail:])
		if round%10 == 0 {
			paths = slices.Clone(old)
		}
		perm, was := o.reorder(paths, nil)
		if len(perm) != len(paths) {
			t.Fatalf("%d outputs ordered for %d", len(perm), len(paths))
		}
		seen := make([]bool, len(paths))
		for n, i := range perm {
			seen[i] = true
			if n > 0 && paths[perm[n-1]] > paths[i] {
				t.Fatalf("not sorted: %q before %q", paths[perm[n-1]], paths[i])
			}
			w := n
			if was != nil {
				w = was[n]
			}
			if w >= 0 && old[o.perm[w]] != paths[i] {
				t.Fatalf("%q found at %q", paths[i], old[o.perm[w]])
			}
			if w < 0 && slices.Contains(old, paths[i]) && !slices.Contains(paths[:i], paths[i]) && !slices.Contains(paths[i+1:], paths[i]) {
				t.Fatalf("%q was in the old plan %q, not found (new %q)", paths[i], old, paths)
			}
		}
		if slices.Contains(seen, false) {
			t.Fatal("an output left out")
		}
	}
}
