package render

import (
	"slices"
	"strings"
)

// planOrder is the order of one plan's outputs by path: paths are the
// paths as planned, and perm[n] is the position in the plan of the n-th
// path in sorted order.
type planOrder struct {
	paths []string
	perm  []int
}

// sortJobs returns jobs sorted by path. It takes the order from the
// cache when the last render planned exactly the same paths in the same
// order, which is the rule after an edit that adds and removes no page,
// and keeps the order it computes otherwise.
func (c *Cache) sortJobs(jobs []job) []job {
	o := &c.order
	if !samePaths(o.paths, jobs) {
		o.paths = o.paths[:0]
		for _, j := range jobs {
			o.paths = append(o.paths, j.path)
		}
		o.perm = o.perm[:0]
		for i := range jobs {
			o.perm = append(o.perm, i)
		}
		slices.SortFunc(o.perm, func(a, b int) int { return strings.Compare(o.paths[a], o.paths[b]) })
	}
	sorted := make([]job, len(jobs))
	for n, i := range o.perm {
		sorted[n] = jobs[i]
	}
	return sorted
}

// samePaths reports whether jobs have the paths, in the same order.
func samePaths(paths []string, jobs []job) bool {
	if len(paths) != len(jobs) {
		return false
	}
	for i, j := range jobs {
		if paths[i] != j.path {
			return false
		}
	}
	return true
}
