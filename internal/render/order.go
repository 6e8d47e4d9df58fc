package render

import (
	"slices"
	"strings"
)

// planOrder is the order of one plan's outputs by path: paths are the
// paths as planned, and perm[n] is the position in the plan of the n-th
// path in sorted order, which is the n-th output the render made.
type planOrder struct {
	paths []string
	perm  []int
}

// sortJobs returns jobs sorted by path, and for each the place it had in
// the plan (at[n] for the n-th; not to be changed). A plan of the paths
// of the last (most saves plan the same pages) takes the last one's
// order; another is sorted, and Cache.was says where each sorted path
// was among the last render's outputs. The order becomes the cache's
// when the render finishes.
func (c *Cache) sortJobs(jobs []job) (sorted []job, at []int) {
	o := &c.next.order
	o.paths, o.perm, c.was = o.paths[:0], o.perm[:0], nil
	for _, j := range jobs {
		o.paths = append(o.paths, j.path)
	}
	if slices.Equal(o.paths, c.order.paths) {
		o.perm = append(o.perm, c.order.perm...)
	} else {
		for i := range jobs {
			o.perm = append(o.perm, i)
		}
		slices.SortFunc(o.perm, func(a, b int) int { return strings.Compare(o.paths[a], o.paths[b]) })
		c.was = c.lastPlaces(o.paths, o.perm)
	}
	sorted = make([]job, len(jobs))
	for n, i := range o.perm {
		sorted[n] = jobs[i]
	}
	return sorted, o.perm
}

// lastPlaces returns where the n-th of paths in the order perm (sorted)
// was among the last render's outputs, which are sorted by path too:
// -1 for a path it did not make.
func (c *Cache) lastPlaces(paths []string, perm []int) []int {
	was := make([]int, len(perm))
	j := 0
	for n, i := range perm {
		for j < len(c.pages) && c.pages[j].path < paths[i] {
			j++
		}
		was[n] = -1
		if j < len(c.pages) && c.pages[j].path == paths[i] {
			was[n] = j
		}
	}
	return was
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
