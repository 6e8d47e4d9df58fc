package render

import "github.com/tandem-mentoring/tandem/internal/site"

// Most pages (a post's, a list's, a tandem's) are made from a few parts
// whose keys are known when the render plans them: the post view or
// the cards they show (sealed once per post), the round, tag, author or
// tandem they are about, their title and address. Such a page's key is
// made from those parts (its inputs) and its frame, not from its view,
// so an unchanged page costs a few hashes and its view is built only
// when it is made again: the work of a save follows what it changed.
//
// This holds only if a page's view is made from nothing but its frame
// and its inputs. So both are written in one place (addIn): the
// constructor of the view closes over exactly the values its input
// function writes, and TestInputKeysFollowViews checks, over edited
// sites and a theme that reads everything, that pages with equal input
// keys have equal view keys (pageKey).

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

// addIn adds a page of kind at path with title and url, whose view fill
// completes from nothing but what input writes. The page's key is made
// from its frame, title, url and input where the page is made.
func (pl *planner) addIn(path, kind, title, url string, input func(k *keyer), fill func(*Page)) {
	frame := pl.frame(kind)
	pl.jobs = append(pl.jobs, job{path: path, page: pl.page(kind, title, url, fill), input: func(k *keyer) {
		k.str("page-in").key(frame).str(title).str(url)
		input(k)
	}})
}

// cardKeys writes the keys of the cards of list (posts.cardsOf).
func (ps *posts) cardKeys(k *keyer, list []*site.Post) {
	k.int(len(list))
	for _, p := range list {
		k.key(ps.sums[p.Number])
	}
}

// cardsSum is one key over the keys of the cards of list, for a list
// that many pages show.
func (ps *posts) cardsSum(ks *keying, list []*site.Post) Key {
	k := ks.keyer().str("cards")
	ps.cardKeys(k, list)
	return k.sum()
}

// inputKey is the key of a job with inputs (see addIn).
func (j job) inputKey(ks *keying) Key {
	k := ks.keyer()
	j.input(k)
	return k.sum()
}
