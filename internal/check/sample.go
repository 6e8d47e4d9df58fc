package check

import (
	"maps"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// samplePages picks the pages whose rendering shows every address the
// theme's templates write: for every shape of page (pageShape), the page
// of that shape that lists and pins the fewest posts (each post a page
// lists or pins is converted from Markdown to render it), the first of
// them in the outline's order; then for every shape of post shown as a
// card in a list or pinned above it (postShape) that none of these pages
// shows, the page with the fewest such posts that does. Pages and posts
// of the same shape have the same data in every field a template can
// branch on, so they differ only in the values the site model fills in
// (titles, the addresses of posts, people and lists), not in what the
// templates write. The views are looked at in runs of pages on every
// core, so view must be safe for concurrent use (render.Outline's
// PageInto is: a build makes its views on every core).
func samplePages(pages int, view func(i int, p *render.Page)) []int {
	shown := make([]int, pages) // how many posts each page lists and pins
	parts := make([]bestPages, sampleParts)
	workers.ForEach(sampleParts, func(part int) {
		parts[part] = bestOf(part*pages/sampleParts, (part+1)*pages/sampleParts, view, shown)
	})
	best := parts[0]
	for _, part := range parts[1:] { // in page order: the first page of the fewest posts wins
		best.merge(part, shown)
	}
	picked := map[int]bool{}
	covered := map[shownShape]bool{}
	p := new(render.Page)
	for _, i := range best.own {
		picked[i] = true
		view(i, p)
		for _, shape := range shownShapes(p, nil) {
			covered[shape] = true
		}
	}
	for shape, i := range best.shown {
		if !covered[shape] {
			picked[i] = true
		}
	}
	return slices.Sorted(maps.Keys(picked))
}

// sampleParts is how many runs of pages samplePages looks at side by
// side: a few per core, so that a core with a run of slow pages does not
// hold the others up.
const sampleParts = 16

// bestPages is, for each shape of page (own) and of post shown in a list
// or pinned above it (shown), the first page of that shape that lists and
// pins the fewest posts.
type bestPages struct {
	own   map[pageShapeKey]int
	shown map[shownShape]int
}

// bestOf finds the best pages among the pages [from, to), looking at one
// after the other in p, and records how many posts each shows in shown.
func bestOf(from, to int, view func(i int, p *render.Page), shown []int) bestPages {
	b := bestPages{own: map[pageShapeKey]int{}, shown: map[shownShape]int{}}
	p := new(render.Page) // each page's view in turn (see render.Outline)
	var list []shownShape
	for i := from; i < to; i++ {
		view(i, p)
		shown[i] = len(p.Posts) + len(p.Pinned)
		own := pageShape(p)
		if p.Post != nil {
			own.post = viewShape(*p.Post)
		}
		if j, ok := b.own[own]; !ok || shown[i] < shown[j] {
			b.own[own] = i
		}
		list = shownShapes(p, list[:0])
		for _, shape := range list {
			if j, ok := b.shown[shape]; !ok || shown[i] < shown[j] {
				b.shown[shape] = i
			}
		}
	}
	return b
}

// merge takes the best pages of later, a run of pages after b's, where
// they show fewer posts than b's.
func (b bestPages) merge(later bestPages, shown []int) {
	for shape, i := range later.own {
		if j, ok := b.own[shape]; !ok || shown[i] < shown[j] {
			b.own[shape] = i
		}
	}
	for shape, i := range later.shown {
		if j, ok := b.shown[shape]; !ok || shown[i] < shown[j] {
			b.shown[shape] = i
		}
	}
}

// shownShapes appends to out the shapes of the posts p lists as cards
// and pins.
func shownShapes(p *render.Page, out []shownShape) []shownShape {
	for _, c := range p.Posts {
		out = append(out, shownShape{post: cardShape(*c)})
	}
	for _, v := range p.Pinned {
		out = append(out, shownShape{pinned: true, post: viewShape(*v)})
	}
	return out
}

// shownShape is a post's shape as shown in a list (a card) or pinned
// above it: a plain comparable value, so a map keyed by it allocates
// nothing per key.
type shownShape struct {
	pinned bool
	post   postKind
}

// pageShapeKey is what the templates of a page can branch on: its kind,
// where it is in a paginated list, whether it lists or pins posts, has a
// feed, and the shape of the post, round, tandem or author it shows.
type pageShapeKey struct {
	kind, pager, posts    string
	pinned, feed, noIndex bool
	post                  postKind // the post's shape
	round, current        [3]bool  // summary, tandems, dates
	tandem                tandemKind
	authorDepartment      bool
}

type tandemKind struct {
	mentee, round, goals, topics, cadence bool
	mentors, mentorPages                  string
}

func pageShape(p *render.Page) pageShapeKey {
	k := pageShapeKey{kind: p.Kind, pager: pagerShape(p.Pager), posts: amount(len(p.Posts)), pinned: len(p.Pinned) > 0, feed: p.Feed != "", noIndex: p.NoIndex}
	k.round, k.current = roundShape(p.Round), roundShape(p.Current)
	if t := p.Tandem; t != nil {
		mentorPages := 0
		for _, m := range t.Mentors {
			if m.Href != "" {
				mentorPages++
			}
		}
		k.tandem = tandemKind{mentee: t.Mentee != nil, round: t.Round != nil, goals: len(t.Goals) > 0, topics: len(t.Topics) > 0, cadence: t.Cadence != "",
			mentors: amount(len(t.Mentors)), mentorPages: amount(mentorPages)}
	}
	if a := p.Author; a != nil {
		k.authorDepartment = a.Department != ""
	}
	return k
}

func roundShape(r *render.RoundView) [3]bool {
	if r == nil {
		return [3]bool{}
	}
	return [3]bool{r.Summary != "", len(r.Tandems) > 0, r.Start != "" && r.End != ""}
}

// postKind is what templates can branch on in a post: its kind and
// review state, neighbours, how many authors and tags it has, its round
// and tandem, excerpt and review record.
type postKind struct {
	kind, state                                     string
	prev, next                                      bool
	authors, authorPages, tags                      string
	round, tandem, excerpt, reason, approved, asked bool
}

func cardShape(c render.Card) postKind {
	return postKind{kind: c.Kind, state: c.State, authors: amount(len(c.Authors)), authorPages: amount(authorPages(c.Authors)), tags: amount(len(c.Tags)),
		round: c.Round != nil, tandem: c.Tandem != nil, excerpt: c.Excerpt != ""}
}

func viewShape(v render.PostView) postKind {
	k := postKind{kind: v.Kind, state: v.State, prev: v.Prev != nil, next: v.Next != nil, authors: amount(len(v.Authors)),
		authorPages: amount(authorPages(v.Authors)), tags: amount(len(v.Tags)), round: v.Round != nil, tandem: v.Tandem != nil, excerpt: v.Excerpt != ""}
	if r := v.Review; r != nil {
		k.reason, k.approved, k.asked = r.Reason != "", r.ApprovedBy != "", r.ChangesRequested
	}
	return k
}

func authorPages(authors []render.Link) int {
	n := 0
	for _, a := range authors {
		if a.Href != "" {
			n++
		}
	}
	return n
}

// pagerShape says where a page is in its list: "only", "first",
// "middle" or "last", or "none" for a page without pages.
func pagerShape(p *render.Pager) string {
	switch {
	case p == nil:
		return "none"
	case p.Total == 1:
		return "only"
	case p.Number == 1:
		return "first"
	case p.Number == p.Total:
		return "last"
	}
	return "middle"
}

// amount tells none, one and several apart: what a template's if, with
// and range can tell.
func amount(n int) string {
	switch n {
	case 0:
		return "0"
	case 1:
		return "1"
	}
	return "n"
}
