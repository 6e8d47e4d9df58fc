package render

import (
	"cmp"
	"context"
	"errors"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/workers"
)

// makeChanged keys every job (the i-th output at jobs[i].path) and
// takes from the cache the outputs whose key it has, then makes the
// others, the largest first: a save that changes a post's state makes
// again a few large pages (its round's report and first page, the
// sitemap) among thousands that are only keyed, and a large page begun
// while the other cores run out of keys would end the render alone. The
// bytes do not depend on the order. made marks the outputs made; errs
// holds each failed making, which the cache does not keep. Once ctx is
// done no more pages are keyed or made, and the error is ctx's.
func (r *Renderer) makeChanged(ctx context.Context, jobs []job, shared chrome, cache *Cache, ks *keying, out []Output, made []bool, errs []error) error {
	// views holds, until it is made, the view of a page keyed by its view.
	views := make([]*Page, len(jobs))
	if err := workers.ForEachContext(ctx, len(jobs), func(i int) {
		o, j := &out[i], jobs[i]
		o.Path = j.path
		if in, ok := j.page.(inputPage); ok {
			o.Key = inputKey(ks, in)
		} else {
			views[i] = r.dressed(j, shared)
			o.Key = r.key(ks, j, views[i])
		}
		var found bool
		if o.Data, found = cache.hit(i, o.Path, o.Key); found {
			r.recycle(views[i])
			views[i] = nil
		}
		made[i] = !found
	}); err != nil {
		return err
	}
	var todo []int
	for i := range made {
		if made[i] {
			todo = append(todo, i)
		}
	}
	slices.SortStableFunc(todo, func(a, b int) int { return cmp.Compare(cache.lastSize(b), cache.lastSize(a)) })
	return workers.ForEachContext(ctx, len(todo), func(k int) {
		i := todo[k]
		j, page := jobs[i], views[i]
		if page == nil {
			page = r.dressed(j, shared)
		}
		defer r.recycle(page)
		if out[i].Data, errs[i] = r.make(j, page); errs[i] == nil {
			cache.keep(i, out[i].Path, out[i].Key, out[i].Data)
		}
	})
}

// makeAll makes every job and hands each output to sink as soon as it is
// made, keeping none (see Stream). It returns the first error of the
// sink, and ctx's once it is done (no page is made after).
func (r *Renderer) makeAll(ctx context.Context, jobs []job, shared chrome, sink Sink, out []Output, made []bool, errs []error) (sinkErr, err error) {
	sinkErrs := make([]error, len(jobs))
	err = workers.ForEachContext(ctx, len(jobs), func(i int) {
		o, j := &out[i], jobs[i]
		o.Path = j.path
		page := r.dressed(j, shared)
		defer r.recycle(page)
		made[i] = true
		errs[i] = r.makeWith(j, page, func(data []byte) { sinkErrs[i] = sink(Output{Path: o.Path, Data: data}) })
	})
	return errors.Join(sinkErrs...), err
}

// dressed is the view of j's page with the parts every page shares.
func (r *Renderer) dressed(j job, shared chrome) *Page {
	page := r.pageOf(j)
	shared.dress(page)
	return page
}
