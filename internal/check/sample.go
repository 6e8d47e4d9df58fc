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
func samplePages(o *render.Outline) []int {
	shapes := newPostShapes()
	ownBest, shownBest := map[pageShapeKey]int{}, map[any]int{}
	shown := func(i int) int { return len(o.Pages[i].Page.Posts) + len(o.Pages[i].Page.Pinned) }
	fewer := func(a, b int) bool { return shown(a) < shown(b) }
	for i, p := range o.Pages {
		own := pageShape(p.Page)
		if p.Page.Post != nil {
			own.post = shapes.of(p.Page.Post)
		}
		if b, ok := ownBest[own]; !ok || fewer(i, b) {
			ownBest[own] = i
		}
		for _, shape := range shownShapes(shapes, p.Page) {
			if b, ok := shownBest[shape]; !ok || fewer(i, b) {
				shownBest[shape] = i
			}
		}
	}
	picked := map[int]bool{}
	covered := map[any]bool{}
	for _, i := range ownBest {
		picked[i] = true
		for _, shape := range shownShapes(shapes, o.Pages[i].Page) {
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

// shownShapes are the shapes of the posts p lists as cards and pins.
func shownShapes(shapes *postShapes, p *render.Page) []any {
	out := make([]any, 0, len(p.Posts)+len(p.Pinned))
	for _, v := range p.Posts {
		out = append(out, card(shapes.of(v)))
	}
	for _, v := range p.Pinned {
		out = append(out, pinned(shapes.of(v)))
	}
	return out
}

// card and pinned are a post's shape (numbered) as shown in a list and
// above it.
type (
	card   int
	pinned int
)

// postShapes numbers the shapes of posts, computing each post's once.
type postShapes struct {
	ids  map[postKind]int
	post map[*render.PostView]int
}

func newPostShapes() *postShapes {
	return &postShapes{ids: map[postKind]int{}, post: map[*render.PostView]int{}}
}

// of returns the number of v's shape.
func (s *postShapes) of(v *render.PostView) int {
	id, ok := s.post[v]
	if !ok {
		k := postShape(v)
		if id, ok = s.ids[k]; !ok {
			id = len(s.ids)
			s.ids[k] = id
		}
		s.post[v] = id
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
	round                 [4]bool // summary, tandems, current, dates
	tandem                tandemKind
	authorDepartment      bool
}

type tandemKind struct {
	mentee, round, goals, topics, cadence bool
	mentors, mentorPages                  string
}

func pageShape(p *render.Page) pageShapeKey {
	k := pageShapeKey{kind: p.Kind, pager: pagerShape(p.Pager), posts: amount(len(p.Posts)), pinned: len(p.Pinned) > 0, feed: p.Feed != "", noIndex: p.NoIndex}
	if r := p.Round; r != nil {
		k.round = [4]bool{r.Summary != "", len(r.Tandems) > 0, r == p.Site.Current, !r.Start.IsZero() && !r.End.IsZero()}
	}
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

// postKind is what templates can branch on in a post: its kind and
// review state, bundle files, neighbours, how many authors and tags it
// has, its round and tandem, summary and review record.
type postKind struct {
	kind, state                                               string
	files, prev, next                                         bool
	authors, authorPages, tags                                string
	round, tandem, mentee, summary, reason, approved, changes bool
}

func postShape(v *render.PostView) postKind {
	p := v.Post
	authorPages := 0
	for _, a := range v.Authors {
		if a.Href != "" {
			authorPages++
		}
	}
	return postKind{kind: p.Kind, state: string(p.Verdict.State), files: len(p.Files) > 0, prev: v.Prev != nil, next: v.Next != nil,
		authors: amount(len(v.Authors)), authorPages: amount(authorPages), tags: amount(len(v.Tags)),
		round: v.Round != nil, tandem: p.Tandem != nil, mentee: p.Tandem != nil && p.Tandem.Mentee != nil, summary: p.Summary != "",
		reason: p.Verdict.Reason != "", approved: p.Review.ApprovedBy != "", changes: p.Review.ChangesRequested != nil}
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
