package render

import (
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Most pages (a post's, a list's, a tandem's) are made from a few parts
// whose keys are known when the render plans them: the post view or
// the cards they show (sealed once per post), the round, tag, author or
// tandem they are about, their title and address. Such a page's key is
// made from those parts (its inputs) and its frame, not from its view,
// so an unchanged page costs a few hashes and its view is built only
// when it is made again: the work of a save follows what it changed.
//
// This holds only if a page's view is made from nothing but its frame
// and its inputs. So both are written in one place (an inputPage): its
// build reads exactly the values its input writes, and
// TestInputKeysFollowViews checks, over edited sites and a theme that
// reads everything, that pages with equal input keys have equal view
// keys (pageKey).

// frame is what every page of one kind shares in one render: the
// renderer (its fingerprint covers the theme and its strings, T), the
// programme, whether it is a preview, the base path, the navigation
// state, the kind and, for a kind whose templates name .AllPosts,
// every post's card. The planner's page sets exactly these fields
// besides Title and URL.
func (pl *planner) frame(kind string) Key {
	if key, ok := pl.frames[kind]; ok {
		return key
	}
	k := pl.ks.keyer().str("frame").sum32(pl.r.print).key(pl.prog.sum).bool(pl.s.Preview).str(pl.r.base)
	navFor(kind).key(k)
	k.str(kind)
	if k.present(pl.r.wantsAll[kind]) {
		k.key(pl.all.sum)
	}
	pl.frames[kind] = k.sum()
	return pl.frames[kind]
}

// pageHead is what every page has besides its kind's own fields: the
// planner whose frame it shares, its kind, title and address, and for a
// page keyed by its inputs the key of its frame.
type pageHead struct {
	pl               *planner
	kind, title, url string
	frame            Key
}

// head is the head of a page of kind with title and url.
func (pl *planner) head(kind, title, url string) pageHead {
	return pageHead{pl: pl, kind: kind, title: title, url: url}
}

// inHead is the head of a page keyed by its inputs (see addIn).
func (pl *planner) inHead(kind, title, url string) pageHead {
	return pageHead{pl: pl, kind: kind, title: title, url: url, frame: pl.frame(kind)}
}

// start sets every field of p to what the head gives, the kind's own
// fields to nothing.
func (h *pageHead) start(p *Page) {
	pl := h.pl
	*p = Page{Programme: pl.prog, Preview: pl.s.Preview, Base: pl.r.base, T: pl.r.strings.text, Nav: navFor(h.kind),
		Kind: h.kind, Title: h.title, URL: h.url}
	if pl.r.wantsAll[h.kind] {
		p.AllPosts = pl.all
	}
}

// key writes the head of a page keyed by its inputs: its frame, title
// and address, which is what start sets.
func (h *pageHead) key(k *keyer) { k.str("page-in").key(h.frame).str(h.title).str(h.url) }

// pageMaker builds the view of a page: build sets every field of p.
type pageMaker interface{ build(p *Page) }

// inputPage is a page made from nothing but its head and what input
// writes, so that is its key (see inputKey).
type inputPage interface {
	pageMaker
	input(k *keyer)
}

// inPage is an inputPage made by two functions: fill completes the view
// from nothing but what in writes.
type inPage struct {
	pageHead
	in   func(k *keyer)
	fill func(*Page)
}

func (p *inPage) build(pg *Page) { p.start(pg); p.fill(pg) }
func (p *inPage) input(k *keyer) { p.key(k); p.in(k) }

// addIn adds a page of kind at path with title and url, whose view fill
// completes from nothing but what input writes. The page's key is made
// from its frame, title, url and input where the page is made.
func (pl *planner) addIn(path, kind, title, url string, input func(k *keyer), fill func(*Page)) {
	pl.jobs = append(pl.jobs, job{path: path, page: &inPage{pageHead: pl.inHead(kind, title, url), in: input, fill: fill}})
}

// cardKeys writes the keys of the cards of list (posts.cardsOf).
func (ps *posts) cardKeys(k *keyer, list []*site.Post) {
	k.int(len(list))
	for _, p := range list {
		k.key(ps.sums[p.Number])
	}
}

// inputKey is the key of a page with inputs (see addIn).
func inputKey(ks *keying, in inputPage) Key {
	k := ks.keyer()
	in.input(k)
	return k.sum()
}

// inputKeys returns the key of each of jobs that is a page with inputs,
// by its place in jobs (the others' are zero). It keys them in the
// order they were planned, which is the order of the posts they show
// (a post's page after the last post's), not of their paths: keying
// reads the posts' models, views and keys from front to back instead
// of all over memory, which took about a seventh of the CPU of a save
// of the bench site (BenchmarkServeSaveToReload).
func inputKeys(ks *keying, jobs []job) []Key {
	keys := make([]Key, len(jobs))
	workers.ForEach(len(jobs), func(i int) {
		if in, ok := jobs[i].page.(inputPage); ok {
			keys[i] = inputKey(ks, in)
		}
	})
	return keys
}
