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
// the plan (at[n] for the n-th; not to be changed). It keeps, for
// Cache.last, where each sorted path was among the last render's
// outputs. The order becomes the cache's when the render finishes.
func (c *Cache) sortJobs(jobs []job) (sorted []job, at []int) {
	o := &c.next.order
	o.paths = o.paths[:0]
	for _, j := range jobs {
		o.paths = append(o.paths, j.path)
	}
	o.perm, c.was = c.order.reorder(o.paths, o.perm[:0])
	sorted = make([]job, len(jobs))
	for n, i := range o.perm {
		sorted[n] = jobs[i]
	}
	return sorted, o.perm
}

// reorder appends to perm the sorted order of paths, a plan made after
// the plan o, and returns it with where each sorted path was in o's
// sorted order (-1 for a new path), or nil when paths are o's paths.
// Two plans of one site share a first and a last part (a save changes
// the search index's files, say, which come near the end): those keep
// their order, and only the part between is sorted and merged in.
func (o *planOrder) reorder(paths []string, perm []int) ([]int, []int) {
	old, shift := o.paths, len(paths)-len(o.paths)
	head := 0
	for head < min(len(old), len(paths)) && old[head] == paths[head] {
		head++
	}
	if head == len(old) && head == len(paths) {
		return append(perm, o.perm...), nil
	}
	tail := 0
	for tail < min(len(old), len(paths))-head && old[len(old)-1-tail] == paths[len(paths)-1-tail] {
		tail++
	}
	// kept are the outputs of the shared parts in sorted order (their
	// places in the new plan), keptWas their places in the old order;
	// gone the old order's places of the others.
	var kept, keptWas, gone []int
	for n, i := range o.perm {
		switch {
		case i < head:
			kept, keptWas = append(kept, i), append(keptWas, n)
		case i >= len(old)-tail:
			kept, keptWas = append(kept, i+shift), append(keptWas, n)
		default:
			gone = append(gone, n)
		}
	}
	between := make([]int, 0, len(paths)-head-tail)
	for i := head; i < len(paths)-tail; i++ {
		between = append(between, i)
	}
	slices.SortFunc(between, func(a, b int) int { return strings.Compare(paths[a], paths[b]) })
	was := make([]int, 0, len(paths))
	for k, m, g := 0, 0, 0; k < len(kept) || m < len(between); {
		if m == len(between) || k < len(kept) && paths[kept[k]] <= paths[between[m]] {
			perm, was = append(perm, kept[k]), append(was, keptWas[k])
			k++
			continue
		}
		// A path between may have been in the old plan elsewhere.
		path, w := paths[between[m]], -1
		for g < len(gone) && old[o.perm[gone[g]]] < path {
			g++
		}
		if g < len(gone) && old[o.perm[gone[g]]] == path {
			w = gone[g]
			g++
		}
		perm, was = append(perm, between[m]), append(was, w)
		m++
	}
	return perm, was
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
