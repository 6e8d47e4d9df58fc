package render

import "slices"

// list plans the pages of a paginated list, group name: size posts to a
// page, and shared, views every page shows besides its own posts. When
// the list was made from the same signature and shared views last time
// and still has as many posts, a page whose posts are the very same
// views is taken over as it was, and only the others are planned (plan
// returns page n of total): an edit to one post of a long list plans the
// one page that shows it. Otherwise every page is planned.
func (pl *planner) list(name, sig string, shared, posts []*PostView, size int, plan func(n, total int) job) {
	total := max(1, (len(posts)+size-1)/size)
	old := pl.cache.groups[name]
	same := old != nil && old.sig == sig && slices.Equal(old.shared, shared) && len(old.views) == len(posts) && len(old.pages) == total
	if same && slices.Equal(old.views, posts) {
		old.used = pl.cache.render
		pl.keep(old.pages...)
		return
	}
	g := &group{name: name, sig: sig, shared: slices.Clone(shared), views: slices.Clone(posts), pages: make([]cachedPage, total)}
	planned := false
	for n := 1; n <= total; n++ {
		from, to := (n-1)*size, min(n*size, len(posts))
		if same && slices.Equal(old.views[from:to], posts[from:to]) {
			g.pages[n-1] = old.pages[n-1]
			pl.keep(g.pages[n-1])
			continue
		}
		pl.later = append(pl.later, deferred{g: g, first: n - 1, plan: func() []job { return []job{plan(n, total)} }})
		planned = true
	}
	if !planned {
		pl.cache.store(g)
	}
}

// keep takes pages over from the cache.
func (pl *planner) keep(pages ...cachedPage) {
	for _, p := range pages {
		pl.kept = append(pl.kept, Output{Path: p.path, Data: p.data})
	}
}
