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
const bodyVersion = 1

// bodyKey names what a post's converted Markdown is made from: the
// post's file (its hash covers the body), the address its relative links
// resolve against and whether the body is also made with lower headings.
// A post without a file hash (made in memory) is keyed by its body.
func bodyKey(ks *keying, p *site.Post) Key {
	k := ks.keyer().str("body").int(bodyVersion)
	if k.present(p.Hash == ([32]byte{})) {
		k.str(string(p.Body))
	} else {
		k.sum32(p.Hash)
	}
	return k.str(p.Href).bool(nested(p)).sum()
}

func nested(p *site.Post) bool { return p.Kind == content.KindRetrospective }

// posts are the cards and views of one render's posts, by post number
// (site.Post.Number).
type posts struct {
	cards []Card
	views []PostView
}

// cardsOf returns the cards of list.
func (ps *posts) cardsOf(list []*site.Post) []*Card {
	out := make([]*Card, len(list))
	for i, p := range list {
		out[i] = &ps.cards[p.Number]
	}
	return out
}

// convert converts the Markdown of every post, taking what the cache
// holds under the same body key; stream lets each post's Markdown go once
// converted. Once ctx is done it converts no more and returns nil.
func (r *Renderer) convert(ctx context.Context, s *site.Site, ks *keying, c *Cache, stream bool) ([]Body, diag.List) {
	bodies := make([]Body, len(s.Posts))
	keys := make([]Key, len(s.Posts))
	workers.ForEach(len(s.Posts), func(i int) { keys[i] = bodyKey(ks, s.Posts[i]) })
	var todo []int
	for i := range s.Posts {
		if c != nil {
			if b, ok := c.bodies[keys[i]]; ok {
				bodies[i] = b
				c.keepBody(keys[i], b)
				continue
			}
		}
		todo = append(todo, i)
	}
	errs := make([]error, len(todo))
	if err := workers.ForEachContext(ctx, len(todo), func(n int) {
		p := s.Posts[todo[n]]
		conv := r.converters.Get().(*converter)
		bodies[todo[n]], errs[n] = conv.convert(p.Body, p.Href, nested(p))
		bodies[todo[n]].source = keys[todo[n]]
		r.converters.Put(conv)
		if stream {
			p.Body = nil
		}
	}); err != nil {
		return nil, nil
	}
	var problems diag.List
	for n, i := range todo {
		switch {
		case errs[n] != nil:
			problems.Add(markdownProblem(s.Posts[i], errs[n]))
		case c != nil:
			c.keepBody(keys[i], bodies[i])
		}
	}
	return bodies, problems
}

// views builds the card and view of every post, with their bodies.
func (r *Renderer) views(s *site.Site, bodies []Body, ks *keying) *posts {
	ps := &posts{cards: make([]Card, len(s.Posts)), views: make([]PostView, len(s.Posts))}
	workers.ForEach(len(s.Posts), func(i int) {
		p := s.Posts[i]
		ps.views[i] = r.postView(s, p, bodies[i])
		ps.cards[i] = cardOf(&ps.views[i], ks)
		ps.views[i].sealWith(ks, ps.cards[i].sum)
	})
	return ps
}

// postView computes everything templates print about p, with its
// converted body b. The view is not sealed yet (see PostView.sealWith).
func (r *Renderer) postView(s *site.Site, p *site.Post, b Body) PostView {
	v := PostView{Title: p.Title, Href: p.Href, DateISO: p.Date.Format("2006-01-02"), DateText: r.strings.Date(p.Date),
		Kind: p.Kind, State: string(p.Verdict.State), StateText: r.strings.T("state_" + string(p.Verdict.State)), Unpublished: !p.Verdict.Published(),
		Content: b.HTML, Nested: b.Nested, Excerpt: p.Summary, ReadMinutes: max(1, (b.Words+199)/200), body: b.source}
	if v.Excerpt == "" {
		v.Excerpt = b.Summary
	}
	if p.Kind != content.KindDiary {
		v.KindText = r.strings.T(p.Kind)
	}
	// One array holds every link of the view: its slices and pointers
	// share it.
	links := make([]Link, 0, len(p.Authors)+len(p.Tags)+4)
	for _, a := range p.Authors {
		links = append(links, Link{Name: a.Name, Href: a.Href})
	}
	v.Authors = links[:len(p.Authors):len(p.Authors)]
	for _, t := range p.Tags {
		links = append(links, Link{Name: t.Name, Href: t.Href})
	}
	v.Tags = links[len(p.Authors):len(links):len(links)]
	v.Round = addLink(&links, p.Round != nil, func() Link { return Link{Name: p.Round.Title, Href: p.Round.Href} })
	v.Tandem = addLink(&links, p.Tandem != nil, func() Link { return Link{Name: tandemName(p.Tandem), Href: p.Tandem.Href} })
	v.Prev = addLink(&links, p.Prev != nil, func() Link { return Link{Name: p.Prev.Title, Href: p.Prev.Href} })
	v.Next = addLink(&links, p.Next != nil, func() Link { return Link{Name: p.Next.Title, Href: p.Next.Href} })
	if s.Preview {
		rv := r.reviewView(s, p)
		v.Review = &rv
	}
	return v // sealed by views, with its card
}

// addLink appends the link made by link to links, which has room for
// it, and points to it; nil when there is none.
func addLink(links *[]Link, there bool, link func() Link) *Link {
	if !there {
		return nil
	}
	*links = append(*links, link())
	return &(*links)[len(*links)-1]
}

// reviewView is p's review record, for a preview.
func (r *Renderer) reviewView(s *site.Site, p *site.Post) ReviewView {
	rec := p.Review
	v := ReviewView{Path: p.Path, Reason: p.Verdict.Reason, ApprovedBy: rec.ApprovedBy, ApprovedAt: r.strings.Date(rec.ApprovedAt)}
	if p.Verdict.ReasonText.Format != "" {
		v.Reason = p.Verdict.ReasonText.In(r.messages())
	}
	if c := rec.ChangesRequested; c != nil {
		v.ChangesRequested, v.ChangesBy, v.ChangesAt, v.ChangesNote = true, c.By, r.strings.Date(c.At), c.Note
	}
	if p.Verdict.State == review.Waiting && !rec.SubmittedAt.IsZero() {
		v.WaitingDays = int(s.Now.Sub(rec.SubmittedAt).Hours() / 24)
	}
	return v
}

// cardOf is the card of a post view, sealed.
func cardOf(v *PostView, ks *keying) Card {
	c := Card{Title: v.Title, Href: v.Href, DateISO: v.DateISO, DateText: v.DateText, Kind: v.Kind, KindText: v.KindText,
		State: v.State, StateText: v.StateText, Unpublished: v.Unpublished, Authors: v.Authors, Round: v.Round, Tandem: v.Tandem,
		Tags: v.Tags, Excerpt: v.Excerpt, ReadMinutes: v.ReadMinutes}
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

// cardHTML renders the cards (of the posts only marks, when not nil),
// taking from the cache those of the same key. A card that fails is
// reported and left empty.
func (r *Renderer) cardHTML(ps *posts, c *Cache, s *site.Site, only []bool) diag.List {
	var todo []int
	for i := range ps.cards {
		if only != nil && !only[i] {
			continue
		}
		if c != nil {
			if html, ok := c.cards[ps.cards[i].sum]; ok {
				ps.cards[i].HTML = html
				c.keepCard(ps.cards[i].sum, html)
				continue
			}
		}
		todo = append(todo, i)
	}
	errs := make([]error, len(todo))
	workers.ForEach(len(todo), func(n int) {
		card := &ps.cards[todo[n]]
		card.HTML, errs[n] = r.fragment("post-card", card)
	})
	for n, i := range todo {
		if errs[n] == nil && c != nil {
			c.keepCard(ps.cards[i].sum, ps.cards[i].HTML)
		}
	}
	return r.sources.failures(errs, func(n int) diag.Text { return diag.T("the card of %s", s.Posts[todo[n]].Path) }, cardHint())
}
