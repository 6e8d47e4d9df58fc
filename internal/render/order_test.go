package render

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// TestSortJobs: sortJobs orders a plan by its paths, and each path that
// the last render made is found where it made it (Cache.last), whether
// the plan is the last one or another (paths added, removed, moved).
func TestSortJobs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	plan := func(n int) []job {
		out := make([]job, n)
		for i := range out {
			out[i] = job{path: fmt.Sprintf("p%03d/", rng.IntN(1000))}
		}
		return out
	}
	render := func(c *Cache, jobs []job) []job {
		sorted, _ := c.sortJobs(jobs)
		c.startPages(len(sorted))
		for n, j := range sorted {
			c.next.pages[n] = cachedPage{path: j.path}
		}
		c.finish()
		return sorted
	}
	for round := range 300 {
		c := NewCache()
		old := plan(rng.IntN(40))
		render(c, old)
		made := map[string]bool{}
		for _, j := range old {
			made[j.path] = true
		}
		head := rng.IntN(len(old) + 1)
		jobs := slices.Concat(old[:head], plan(rng.IntN(5)), old[head:][rng.IntN(len(old)-head+1):])
		rng.Shuffle(len(jobs)/2, func(i, j int) { jobs[i], jobs[j] = jobs[j], jobs[i] })
		if round%10 == 0 {
			jobs = slices.Clone(old)
		}
		sorted, at := c.sortJobs(jobs)
		if len(sorted) != len(jobs) || len(at) != len(jobs) {
			t.Fatalf("%d outputs ordered for %d", len(sorted), len(jobs))
		}
		seen := make([]bool, len(jobs))
		for n, j := range sorted {
			seen[at[n]] = true
			if jobs[at[n]].path != j.path {
				t.Fatalf("output %d (%q) is not the job at %d of the plan", n, j.path, at[n])
			}
			if n > 0 && sorted[n-1].path > j.path {
				t.Fatalf("not sorted: %q before %q", sorted[n-1].path, j.path)
			}
			last, ok := c.last(n)
			if ok && last.path != j.path || !ok && made[j.path] {
				t.Fatalf("%q found at %q (%v); made last: %v", j.path, last.path, ok, made[j.path])
			}
		}
		if slices.Contains(seen, false) {
			t.Fatal("an output left out")
		}
	}
}
