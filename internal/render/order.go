package render

import (
	"slices"
	"strings"
)

// outputOrder remembers how the last render's outputs were sorted. A
// render that makes the same paths in the same order as the last one
// (every render after an edit that adds or removes no page) puts them in
// that order again instead of sorting thousands of paths.
type outputOrder struct {
	paths []string // before sorting
	perm  []int    // the i-th sorted output was output perm[i] before
}

// sortOutputs returns the outputs of made and then kept, sorted by path.
// It takes the two lists as they are, so that the thousands of kept
// outputs are copied once, into the result.
func (c *Cache) sortOutputs(made, kept []Output) []Output {
	at := func(i int) *Output {
		if i < len(made) {
			return &made[i]
		}
		return &kept[i-len(made)]
	}
	n := len(made) + len(kept)
	o := &c.order
	if !samePaths(n, at, o.paths) {
		o.paths = make([]string, n)
		o.perm = make([]int, n)
		for i := range n {
			o.paths[i], o.perm[i] = at(i).Path, i
		}
		slices.SortFunc(o.perm, func(a, b int) int { return strings.Compare(at(a).Path, at(b).Path) })
	}
	sorted := make([]Output, n)
	for i, from := range o.perm {
		sorted[i] = *at(from)
	}
	return sorted
}

func samePaths(n int, at func(int) *Output, paths []string) bool {
	if n != len(paths) {
		return false
	}
	for i := range n {
		if at(i).Path != paths[i] {
			return false
		}
	}
	return true
}
