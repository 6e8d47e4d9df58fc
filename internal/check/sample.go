package check

import (
	"maps"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/render"
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
// templates write.
func samplePages(pages int, view func(i int, p *render.Page)) []int {
	shapes := newPostShapes()
	ownBest, shownBest := map[pageShapeKey]int{}, map[any]int{}
	shown := make([]int, pages) // how many posts each page lists and pins
	fewer := func(a, b int) bool { return shown[a] < shown[b] }
	p := new(render.Page) // each page's view in turn (see render.Outline)
	var list []any
	for i := range pages {
		view(i, p)
		shown[i] = len(p.Posts) + len(p.Pinned)
		own := pageShape(p)
		if p.Post != nil {
			own.post = shapes.of(viewShape(*p.Post))
		}
		if b, ok := ownBest[own]; !ok || fewer(i, b) {
			ownBest[own] = i
		}
		list = shownShapes(shapes, p, list[:0])
		for _, shape := range list {
			if b, ok := shownBest[shape]; !ok || fewer(i, b) {
				shownBest[shape] = i
			}
		}
	}
	picked := map[int]bool{}
	covered := map[any]bool{}
	for _, i := range ownBest {
		picked[i] = true
		view(i, p)
		for _, shape := range shownShapes(shapes, p, nil) {
			covered[shape] = true
		}
	}
	for shape, i := range shownBest {
		if !covered[shape] {
			picked[i] = true
		}
	}
	return slices.Sorted(maps.Keys(picked))
}

// shownShapes appends to out the shapes of the posts p lists as cards
// and pins.
func shownShapes(shapes *postShapes, p *render.Page, out []any) []any {
	for _, c := range p.Posts {
		out = append(out, card(shapes.of(cardShape(*c))))
	}
	for _, v := range p.Pinned {
		out = append(out, pinned(shapes.of(viewShape(*v))))
	}
	return out
}

// card and pinned are a post's shape (numbered) as shown in a list and
// above it.
type (
	card   int
	pinned int
)

// postShapes numbers the shapes of posts.
type postShapes struct {
	ids map[postKind]int
}

func newPostShapes() *postShapes {
	return &postShapes{ids: map[postKind]int{}}
}

// of returns the number of shape k.
func (s *postShapes) of(k postKind) int {
	id, ok := s.ids[k]
	if !ok {
		id = len(s.ids)
		s.ids[k] = id
	}
	return id
}

// pageShapeKey is what the templates of a page can branch on: its kind,
// where it is in a paginated list, whether it lists or pins posts, has a
// feed, and the shape of the post, round, tandem or author it shows.
type pageShapeKey struct {
	kind, pager, posts    string
	pinned, feed, noIndex bool
	post                  int     // the post's shape, numbered
	round, current        [3]bool // summary, tandems, dates
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
