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

// sortOutputs returns outs sorted by path.
func (c *Cache) sortOutputs(outs []Output) []Output {
	o := &c.order
	if !samePaths(outs, o.paths) {
		o.paths = make([]string, len(outs))
		o.perm = make([]int, len(outs))
		for i, out := range outs {
			o.paths[i], o.perm[i] = out.Path, i
		}
		slices.SortFunc(o.perm, func(a, b int) int { return strings.Compare(outs[a].Path, outs[b].Path) })
	}
	sorted := make([]Output, len(outs))
	for i, from := range o.perm {
		sorted[i] = outs[from]
	}
	return sorted
}

func samePaths(outs []Output, paths []string) bool {
	if len(outs) != len(paths) {
		return false
	}
	for i := range outs {
		if outs[i].Path != paths[i] {
			return false
		}
	}
	return true
}
