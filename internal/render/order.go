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

// sortJobs returns jobs sorted by path, and for each the place it had in
// the plan (at[n] for the n-th; not to be changed). It takes the order from the
// cache when the last render planned exactly the same paths in the same
// order, which is the rule after an edit that adds and removes no page,
// and keeps the order it computes otherwise.
func (c *Cache) sortJobs(jobs []job) (sorted []job, at []int) {
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
	sorted = make([]job, len(jobs))
	for n, i := range o.perm {
		sorted[n] = jobs[i]
	}
	return sorted, o.perm
}

// inPlanOrder returns the errors of the jobs, made in the order at gives
// (see sortJobs; nil when made as planned), and their paths in the order
// of the plan: problems name the first page that failed as planned,
// however the pages were made.
func inPlanOrder(errs []error, jobs []job, at []int) ([]error, []string) {
	planned, paths := make([]error, len(errs)), make([]string, len(jobs))
	for n := range jobs {
		i := n
		if at != nil {
			i = at[n]
		}
		planned[i], paths[i] = errs[n], jobs[n].path
	}
	return planned, paths
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
