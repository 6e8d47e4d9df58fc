package render

import (
	"cmp"
	"html/template"
	"slices"

	"github.com/tandem-mentoring/tandem/internal/site"
)

// diaryLinks is how many other posts of its diary a post page lists;
// relatedCount how many related posts it shows as cards; relatedScan how
// many posts of a round's or a tag's list relatedPosts looks at, at most,
// so a post's page costs the same on a site of any size.
const (
	diaryLinks   = 5
	relatedCount = 3
	relatedScan  = 200
)

// postPages adds the page of every post: the post's view, its tandem
// (people and goals), the nearest posts of its diary and related posts.
func (pl *planner) postPages() {
	s, ps := pl.s, pl.ps
	// Each tandem's view is keyed once, and its pages' keys take that
	// key; the keys of its diary's cards sit side by side for the
	// windows of its posts' pages.
	type sealedTandem struct {
		view  *TandemView
		sum   Key
		cards []Key
		aside func() (template.HTML, error)
	}
	tandems := make(map[*site.Tandem]sealedTandem, len(s.Tandems))
	rel := newRelations(len(s.Posts), s.Rounds, s.Tandems)
	for _, t := range s.Tandems {
		tv := pl.r.tandemView(t)
		k := pl.ks.keyer().str("tandem-view")
		tv.key(k)
		cards := make([]Key, len(t.Diary))
		for i, p := range t.Diary {
			cards[i] = ps.sums[p.Number]
		}
		tandems[t] = sealedTandem{view: &tv, sum: k.sum(), cards: cards, aside: pl.tandemAside(&tv)}
	}
	head := pl.inHead("post", "", "")
	for _, p := range s.Posts {
		head.url = p.URL
		pp := &postPage{pageHead: head, post: p, rel: rel, view: ps.views[p.Number],
			noIndex: !p.Verdict.Published(), aside: noAside}
		if p.Tandem != nil {
			st := tandems[p.Tandem]
			pp.tandem, pp.tandemSum, pp.aside = st.view, st.sum, st.aside
			pp.lo, pp.hi = diaryWindow(rel.place[p.Number], len(p.Tandem.Diary))
			pp.diaryCards = st.cards[pp.lo:pp.hi]
		}
		pl.jobs = append(pl.jobs, job{path: p.URL + site.IndexPage, page: pp})
	}
}

// postPage is a post's page, made from its head and the model: the
// post's view, whether it is indexed, its tandem's view and key and the
// tandem box, and the window [lo, hi) of its diary that the page lists
// with the keys of that window's cards. One value per page, made once
// and never changed, which input and build both read.
type postPage struct {
	pageHead
	post       *site.Post
	rel        *relations
	view       *PostView
	noIndex    bool
	tandem     *TandemView
	tandemSum  Key
	aside      func() (template.HTML, error)
	diaryCards []Key
	lo, hi     int
}

// input writes what the page is made from. The title is the view's,
// which its key covers; the diary's links are their posts' titles and
// addresses, which their cards' keys cover. The related posts are chosen
// where the page is keyed and again where it is made (on every core),
// from the model, which nothing changes during a render.
func (pp *postPage) input(k *keyer) {
	pp.key(k)
	k.bool(pp.noIndex).key(pp.view.sum)
	if k.present(pp.tandem != nil) {
		k.key(pp.tandemSum)
	}
	k.int(pp.lo).int(pp.hi)
	for _, c := range pp.diaryCards {
		k.key(c)
	}
	related := relatedPosts(pp.post, pp.rel, pp.lo, pp.hi)
	pp.pl.ps.cardKeys(k, related.list())
}

func (pp *postPage) build(pg *Page) {
	pp.start(pg)
	v, p := pp.view, pp.post
	pg.Title, pg.Post, pg.Description, pg.NoIndex, pg.Tandem = v.Title, v, v.Excerpt, pp.noIndex, pp.tandem
	related := relatedPosts(p, pp.rel, pp.lo, pp.hi)
	pg.Related = pp.pl.ps.cardsOf(related.list())
	if p.Tandem != nil {
		for _, d := range p.Tandem.Diary[pp.lo:pp.hi] {
			if d != p {
				pg.Diary = append(pg.Diary, Link{Name: d.Title, Href: d.Href})
			}
		}
	}
	var errs [3]error
	pg.TandemAside, errs[0] = pp.aside()
	pg.DiaryItems, errs[1] = pp.pl.links.list(pg.Diary)
	pg.TagItems, errs[2] = pp.pl.links.list(v.Tags)
	pg.PostLine, pg.PrevNext = postLine(v, pp.pl.r.strings), prevNext(v, pp.pl.r.strings.text)
	pg.PostAside = postAside(pg)
	pg.err = cmp.Or(errs[:]...)
}

// diaryWindow is the part [lo, hi) of a diary of n posts that the page
// of its i-th post lists: the post and up to diaryLinks others, centred
// on it where the diary allows.
func diaryWindow(i, n int) (lo, hi int) {
	lo = max(0, i-diaryLinks/2)
	hi = min(n, lo+diaryLinks+1)
	lo = max(0, hi-diaryLinks-1)
	return lo, hi
}

// relations is what relatedPosts looks up, made once per render: each
// post's place in its tandem's diary, and for each round and tag the
// posts of the round's first relatedScan (its head) that have the tag.
type relations struct {
	place []int
	heads map[roundTag][]*site.Post
}

type roundTag struct {
	round *site.Round
	tag   *site.Tag
}

// newRelations indexes the n posts of rounds and tandems.
func newRelations(n int, rounds []*site.Round, tandems []*site.Tandem) *relations {
	rel := &relations{place: make([]int, n), heads: map[roundTag][]*site.Post{}}
	for _, t := range tandems {
		for i, p := range t.Diary {
			rel.place[p.Number] = i
		}
	}
	for _, r := range rounds {
		for _, q := range head(r.Posts) {
			for _, t := range q.Tags {
				rel.heads[roundTag{r, t}] = append(rel.heads[roundTag{r, t}], q)
			}
		}
	}
	return rel
}

// head is the part of a round's or a tag's list that relatedPosts
// looks at.
func head(list []*site.Post) []*site.Post { return list[:min(relatedScan, len(list))] }

// related is the choice of relatedPosts: up to relatedCount posts, kept
// in place so that keying a page allocates nothing.
type related struct {
	posts [relatedCount]*site.Post
	n     int
}

func (r *related) list() []*site.Post { return r.posts[:r.n] }
func (r *related) full() bool         { return r.n == relatedCount }
func (r *related) add(q *site.Post)   { r.posts[r.n] = q; r.n++ }

// relatedPosts chooses up to relatedCount posts for p's page, none of
// them p or a post of its diary's window [lo, hi) (listed already): the
// nearest other posts of its tandem's diary, then posts of its round's
// head, then posts of its tags' heads sharing its tags; within the round
// and the tags the posts sharing the most tags first, then the newest.
// The choice depends on the site alone, so it is the same in every
// build.
func relatedPosts(p *site.Post, rel *relations, lo, hi int) related {
	var out related
	taken := func(q *site.Post) bool {
		if q == p || slices.Contains(out.list(), q) {
			return true
		}
		return q.Tandem != nil && q.Tandem == p.Tandem && rel.place[q.Number] >= lo && rel.place[q.Number] < hi
	}
	if t := p.Tandem; t != nil {
		// The j-th post of p's diary is taken when it is in the window
		// (p is), so the diary's nearest are chosen by place alone,
		// without reading their posts.
		i := rel.place[p.Number]
		for d := 1; !out.full() && (i-d >= 0 || i+d < len(t.Diary)); d++ {
			for _, j := range [2]int{i - d, i + d} {
				if j >= 0 && j < len(t.Diary) && !out.full() && (j < lo || j >= hi) {
					out.add(t.Diary[j])
				}
			}
		}
	}
	if p.Round != nil {
		// The head's posts sharing a tag, found by tag; when they are
		// too few, every other one shares none, and the newest come next.
		for !out.full() {
			b := best{p: p}
			for _, t := range p.Tags {
				for _, q := range rel.heads[roundTag{p.Round, t}] {
					if !taken(q) {
						b.consider(q)
					}
				}
			}
			if b.post == nil {
				break
			}
			out.add(b.post)
		}
		for _, q := range head(p.Round.Posts) {
			if out.full() {
				break
			}
			if !taken(q) {
				out.add(q)
			}
		}
	}
	for !out.full() {
		b := best{p: p}
		for _, t := range p.Tags {
			for _, q := range head(t.Posts) {
				if !taken(q) && sharedTags(p, q) > 0 {
					b.consider(q)
				}
			}
		}
		if b.post == nil {
			break
		}
		out.add(b.post)
	}
	return out
}

// best is the post, of those considered, to list first on p's page
// among related posts: the one sharing the most tags with p, then the
// newest (the lowest number). Choosing the best again and again, the
// chosen taken, orders the posts as sorting them would, without a copy.
type best struct {
	p      *site.Post
	post   *site.Post
	shared int
}

func (b *best) consider(q *site.Post) {
	if q == b.post {
		return
	}
	n := sharedTags(b.p, q)
	if b.post == nil || n > b.shared || n == b.shared && q.Number < b.post.Number {
		b.post, b.shared = q, n
	}
}

// sharedTags is how many tags p and q share.
func sharedTags(p, q *site.Post) int {
	n := 0
	for _, t := range p.Tags {
		if slices.Contains(q.Tags, t) {
			n++
		}
	}
	return n
}
