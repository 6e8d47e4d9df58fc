package render

import (
	"context"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// bodyVersion goes into every body key; raise it when the conversion
// changes (goldmark's settings, link resolving, the summary).
const bodyVersion = 2

// bodyInput is what a post's converted Markdown is made from: the
// post's file (its hash covers the body), the address its relative links
// resolve against, whether the body is also made with lower headings,
// and the photos of content/static/ its images may show (static, see
// staticSum: a body that links none is made again too when they change,
// which is seldom, and costs no more than a change of images.sizes).
// A post without a file hash (made in memory) is known by its body. Posts
// with equal inputs convert to equal bodies, so == on inputs tells
// whether a converted body can be kept, without hashing anything.
type bodyInput struct {
	hash   [32]byte
	text   string // the body of a post without a file hash
	href   string
	nested bool
	static [32]byte
}

// bodyInputOf is the body input of p in a site whose static photos have
// the sum static (staticSum).
func bodyInputOf(p *site.Post, static [32]byte) bodyInput {
	in := bodyInput{hash: p.Hash, href: p.Href, nested: nested(p), static: static}
	if p.Hash == ([32]byte{}) {
		in.text = string(p.Body)
	}
	return in
}

// key is the body's key, which views and feeds hold in place of its
// HTML: a hash of the input, made when the body is converted.
func (in bodyInput) key(ks *keying) Key {
	k := ks.keyer().str("body").int(bodyVersion)
	if k.present(in.hash == ([32]byte{})) {
		k.str(in.text)
	} else {
		k.sum32(in.hash)
	}
	return k.str(in.href).bool(in.nested).sum32(in.static).sum()
}

func nested(p *site.Post) bool { return p.Kind == content.KindRetrospective }

// posts are the cards and views of one render's posts, by post number
// (site.Post.Number).
type posts struct {
	cards []*Card
	views []*PostView
	// sums are the cards' keys, side by side: a list page's key reads
	// them (cardKeys) without touching the cards.
	sums []Key
}

// newPosts returns room for the cards and views of n posts.
func newPosts(n int) *posts {
	return &posts{cards: make([]*Card, n), views: make([]*PostView, n), sums: make([]Key, n)}
}

// set makes v and c the view and card of the i-th post.
func (ps *posts) set(i int, v *PostView, c *Card) {
	ps.views[i], ps.cards[i], ps.sums[i] = v, c, c.sum
}

// cardsOf returns the cards of list.
func (ps *posts) cardsOf(list []*site.Post) []*Card {
	out := make([]*Card, len(list))
	for i, p := range list {
		out[i] = ps.cards[p.Number]
	}
	return out
}

// prepare makes the cards and views of s's posts, with their bodies.
// With a cache, a post whose input (postInput) is the one it had in the
// last render gets that render's view, card and body, and a post whose
// body input is the one it had gets its body; only the others are made.
// stream lets each post's Markdown go once converted. Once ctx is done it
// makes no more and returns nil.
func (r *Renderer) prepare(ctx context.Context, s *site.Site, ks *keying, c *Cache, stream bool) (*posts, diag.List) {
	n := len(s.Posts)
	made := make([]*cachedPost, n)
	fresh, conv := make([]bool, n), make([]bool, n)
	static := staticSum(s.Static)
	workers.ForEach(n, func(i int) {
		p, body := s.Posts[i], bodyInputOf(s.Posts[i], static)
		old, ok := c.lastPost(i, p.Path)
		if ok && r.sameInput(s, p, body, &old.in) {
			made[i] = old
			return
		}
		made[i], fresh[i] = &cachedPost{in: r.inputOf(s, p, body)}, true
		if ok && old.body.from == body {
			made[i].body = old.body
		} else {
			conv[i] = true
		}
	})
	var todo, convert []int // the posts whose view is made; of those, whose body is
	for i := range made {
		if fresh[i] {
			todo = append(todo, i)
			if conv[i] {
				convert = append(convert, i)
			}
		}
	}
	failed := make([]bool, n)
	problems := r.convert(ctx, s, made, convert, stream, failed, ks)
	if ctx.Err() != nil {
		return nil, problems
	}
	ps := newPosts(n)
	workers.ForEach(n, func(i int) {
		if fresh[i] {
			made[i].view, made[i].card = r.viewOf(&made[i].in, made[i].body, ks)
		}
		ps.set(i, made[i].view, made[i].card)
	})
	problems.Add(r.cardHTML(ps, s, todo, failed)...)
	if c != nil {
		c.keepPosts(made, failed)
	}
	return ps, problems
}

// convert converts the Markdown of the posts numbered todo, each body
// carrying the key of its input; a post that fails is reported and
// marked in failed. stream lets each post's Markdown go once converted.
// Once ctx is done it converts no more.
func (r *Renderer) convert(ctx context.Context, s *site.Site, made []*cachedPost, todo []int, stream bool, failed []bool, ks *keying) diag.List {
	errs := make([]error, len(todo))
	_ = workers.ForEachContext(ctx, len(todo), func(k int) { // the caller looks at ctx
		i := todo[k]
		p, m := s.Posts[i], made[i]
		conv := r.converters.Get().(*converter)
		m.body, errs[k] = conv.convert(p.Body, p.Href, nested(p), p.Images, s.Static)
		m.body.from, m.body.source = m.in.facts.Body, m.in.facts.Body.key(ks)
		r.converters.Put(conv)
		if stream {
			p.Body = nil
		}
	})
	var problems diag.List
	for k, err := range errs {
		if err != nil {
			problems.Add(markdownProblem(s.Posts[todo[k]], err))
			failed[todo[k]] = true
		}
	}
	return problems
}

// views builds the card and view of every post, with their bodies, and
// no card's HTML.
func (r *Renderer) views(s *site.Site, bodies []Body, ks *keying) *posts {
	ps := newPosts(len(s.Posts))
	static := staticSum(s.Static)
	workers.ForEach(len(s.Posts), func(i int) {
		in := r.inputOf(s, s.Posts[i], bodyInputOf(s.Posts[i], static))
		v, c := r.viewOf(&in, bodies[i], ks)
		ps.set(i, v, c)
	})
	return ps
}

// viewOf makes the view and card of a post from its input and body,
// both sealed.
func (r *Renderer) viewOf(in *postInput, b Body, ks *keying) (*PostView, *Card) {
	v := r.postView(in, b)
	c := cardOf(&v, ks)
	v.seal(ks)
	return &v, &c
}

// postView computes everything templates print about a post from its
// input and its converted body b. The view is not sealed yet (see
// PostView.seal).
func (r *Renderer) postView(in *postInput, b Body) PostView {
	f := &in.facts
	v := PostView{Title: f.Title, Href: f.Href, DateISO: f.Date.Format("2006-01-02"), DateText: r.strings.Date(f.Date),
		Kind: f.Kind, State: string(f.State), StateText: r.strings.T("state_" + string(f.State)), Unpublished: f.State != review.Published,
		Content: b.HTML, Nested: b.Nested, Highlights: b.Highlights, Excerpt: f.Summary, ReadMinutes: max(1, (b.Words+199)/200), body: b.source}
	if v.Excerpt == "" {
		v.Excerpt = b.Summary
	}
	v.Image = in.cover(b.FirstImage, r.images.Settings.CardSizes)
	if f.Kind != content.KindDiary {
		v.KindText = r.strings.T(f.Kind)
	}
	// One array holds every link of the view: its slices and pointers
	// share it.
	links := append(make([]Link, 0, len(in.links)+4), in.links...)
	v.Authors = links[:f.Authors:f.Authors]
	v.Tags = links[f.Authors:len(in.links):len(in.links)]
	v.Round = addLink(&links, f.HasRound, f.Round)
	v.Tandem = addLink(&links, f.HasTandem, f.Tandem)
	v.Prev = addLink(&links, f.HasPrev, f.Prev)
	v.Next = addLink(&links, f.HasNext, f.Next)
	if f.Preview {
		v.Review = r.reviewView(f)
	}
	return v // sealed by viewOf, with its card
}

// addLink appends link to links, which has room for it, and points to
// it; nil when there is none.
func addLink(links *[]Link, there bool, link Link) *Link {
	if !there {
		return nil
	}
	*links = append(*links, link)
	return &(*links)[len(*links)-1]
}

// reason explains p's verdict in the site's language.
func (r *Renderer) reason(p *site.Post) string {
	if p.Verdict.ReasonText.Format != "" {
		return p.Verdict.ReasonText.In(r.messages())
	}
	return p.Verdict.Reason
}

// reviewView is a post's review record, for a preview.
func (r *Renderer) reviewView(f *postFacts) *ReviewView {
	rec := &f.Review
	return &ReviewView{Path: f.Path, Reason: f.Reason, ApprovedBy: rec.ApprovedBy, ApprovedAt: r.strings.Date(rec.ApprovedAt),
		ChangesRequested: rec.Changes, ChangesBy: rec.ChangesBy, ChangesAt: r.strings.Date(rec.ChangesAt), ChangesNote: rec.ChangesNote,
		WaitingDays: rec.WaitingDays, Changes: rec.Diff}
}

// reviewOf is p's review record, for the review dashboard.
func (r *Renderer) reviewOf(s *site.Site, p *site.Post) ReviewView {
	f := postFacts{Path: p.Path, Reason: r.reason(p), Review: r.reviewInputOf(s, p)}
	return *r.reviewView(&f)
}

// cardOf is the card of a post view, sealed.
func cardOf(v *PostView, ks *keying) Card {
	c := Card{Title: v.Title, Href: v.Href, DateISO: v.DateISO, DateText: v.DateText, Kind: v.Kind, KindText: v.KindText,
		State: v.State, StateText: v.StateText, Unpublished: v.Unpublished, Authors: v.Authors, Round: v.Round, Tandem: v.Tandem,
		Tags: v.Tags, Excerpt: v.Excerpt, ReadMinutes: v.ReadMinutes, Image: v.Image}
	c.seal(ks)
	return c
}

// tandemName is how a tandem is named in links: its mentee, or its id.
func tandemName(t *site.Tandem) string {
	if t.Mentee != nil {
		return t.Mentee.Name
	}
	return t.ID
}

// cardHTML renders the cards of the posts numbered todo. A card that
// fails is reported, left empty and marked in failed.
func (r *Renderer) cardHTML(ps *posts, s *site.Site, todo []int, failed []bool) diag.List {
	errs := make([]error, len(todo))
	workers.ForEach(len(todo), func(k int) {
		card := ps.cards[todo[k]]
		card.Meta = cardMeta(card, r.strings)
		if r.cardInGo {
			card.HTML = postCard(card)
		} else {
			card.HTML, errs[k] = r.fragment("post-card", card)
		}
	})
	for k, err := range errs {
		if err != nil {
			failed[todo[k]] = true
		}
	}
	return r.sources.failures(errs, func(k int) diag.Text { return diag.T("the card of %s", s.Posts[todo[k]].Path) }, cardHint())
}
