package render

import (
	"context"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// convertPosts wraps every post of the model in a PostView. A post whose view would come out
// the same as in the last render keeps that view; the others get a new
// one, returned as fresh. A new view reuses the converted Markdown of the
// post's old view when its text and address did not change, and converts
// it otherwise. New views are made and converted in parallel, one worker
// per core. A view whose Markdown fails is left out of the cache, so the
// next render tries again and reports the problem again. For a stream
// (see Stream), each post's Markdown is released once converted, and the
// views get no fingerprints: the stream's cache is thrown away. Once ctx
// is done it converts no more posts and returns no views.
func (r *Renderer) convertPosts(ctx context.Context, s *site.Site, cache *Cache, stream bool) (views postViews, fresh []*PostView, problems diag.List) {
	views = make(postViews, len(s.Posts))
	var todo []newView
	for _, p := range s.Posts {
		old := cache.views[p.Path]
		if old != nil && sameView(old, p) {
			old.Post = p // equal in all that the view shows
			views[p.Number] = old
			continue
		}
		n := newView{post: p, convert: true}
		if old != nil && old.hash == p.Hash && old.Href == p.Href {
			n.body, n.convert = old.body, false
		}
		todo = append(todo, n)
	}
	errs := make([]error, len(todo))
	fresh = make([]*PostView, len(todo))
	if err := workers.ForEachContext(ctx, len(todo), func(i int) {
		n := &todo[i]
		if n.convert {
			c := r.converters.Get().(*converter)
			n.body, errs[i] = c.convert(n.post.Body, n.post.Href, n.post.Kind == "retrospective")
			r.converters.Put(c)
			if stream {
				n.post.Body = nil
			}
		}
		fresh[i] = r.view(n.post, n.body, !stream)
	}); err != nil {
		return nil, nil, problems
	}
	for i, v := range fresh {
		p := v.Post
		views[p.Number] = v
		if errs[i] != nil {
			problems.Add(markdownProblem(p, errs[i]))
			delete(cache.views, p.Path)
			continue
		}
		cache.views[p.Path] = v
	}
	cache.forgetGone(views)
	return views, fresh, problems
}

// newView is a post that gets a new view, with its converted body when it
// need not be converted again.
type newView struct {
	post    *site.Post
	body    Body
	convert bool
}

// forgetGone drops the views of posts the site no longer has.
func (c *Cache) forgetGone(views postViews) {
	if len(c.views) <= len(views) {
		return
	}
	for path, v := range c.views {
		// A view in use is the view of its post's number.
		if n := v.Post.Number; n >= len(views) || views[n] != v {
			delete(c.views, path)
		}
	}
}

// postViews are the views of one render by post number (site.Post.Number).
type postViews []*PostView

// of returns the view of p, nil for nil.
func (vs postViews) of(p *site.Post) *PostView {
	if p == nil {
		return nil
	}
	return vs[p.Number]
}

// view computes everything templates print about p, with its converted
// body b. With keyed, it also computes the view's fingerprints, which a
// Cache compares from one render to the next; a stream's cache and an
// outline's are thrown away, so theirs go without.
func (r *Renderer) view(p *site.Post, b Body, keyed bool) *PostView {
	v := &PostView{Post: p, Base: r.base, T: r.strings.text, Title: p.Title, Href: p.Href,
		DateISO: p.Date.Format("2006-01-02"), DateText: r.strings.Date(p.Date),
		Kind: p.Kind, State: string(p.Verdict.State), StateText: r.strings.T("state_" + string(p.Verdict.State)), Unpublished: !p.Verdict.Published(),
		hash: p.Hash, verdict: p.Verdict}
	if p.Kind != "diary" {
		v.KindText = r.strings.T(p.Kind)
	}
	for _, a := range p.Authors {
		v.Authors = append(v.Authors, authorLink(a))
	}
	for _, t := range p.Tags {
		v.Tags = append(v.Tags, tagLink(t))
	}
	v.Round, v.Tandem = linkOf(roundLink(p)), linkOf(tandemLink(p))
	v.Prev, v.Next = linkOf(postLink(p.Prev)), linkOf(postLink(p.Next))
	v.setBody(b)
	if keyed {
		v.meta, v.key = viewKeys(p, v)
	}
	return v
}

// setBody fills in what the view takes from the converted body.
func (v *PostView) setBody(b Body) {
	v.body = b
	v.Content, v.Nested = b.HTML, b.Nested
	v.Excerpt = v.Post.Summary
	if v.Excerpt == "" {
		v.Excerpt = b.Summary
	}
	v.ReadMinutes = max(1, (b.Words+199)/200)
}

// sameView reports whether v, built in an earlier render, is what view
// would build for p now. It compares everything view reads, as the view
// recorded it: the post's file (its hash), the verdict, the address and
// every link.
func sameView(v *PostView, p *site.Post) bool {
	if v.hash != p.Hash || v.verdict != p.Verdict || v.Href != p.Href ||
		len(v.Authors) != len(p.Authors) || len(v.Tags) != len(p.Tags) {
		return false
	}
	for i, a := range p.Authors {
		if v.Authors[i] != authorLink(a) {
			return false
		}
	}
	for i, t := range p.Tags {
		if v.Tags[i] != tagLink(t) {
			return false
		}
	}
	return sameLink(v.Round, roundLink(p)) && sameLink(v.Tandem, tandemLink(p)) &&
		sameLink(v.Prev, postLink(p.Prev)) && sameLink(v.Next, postLink(p.Next))
}

func authorLink(a *site.Person) Link { return Link{Name: a.Name, Href: a.Href} }

func tagLink(t *site.Tag) Link { return Link{Name: t.Name, Href: t.Href} }

// roundLink, tandemLink and postLink return the zero Link when there is
// nothing to link to (every real link has an address).
func roundLink(p *site.Post) Link {
	if p.Round == nil {
		return Link{}
	}
	return Link{Name: p.Round.Title, Href: p.Round.Href}
}

func tandemLink(p *site.Post) Link {
	if p.Tandem == nil {
		return Link{}
	}
	name := p.Tandem.ID
	if p.Tandem.Mentee != nil {
		name = p.Tandem.Mentee.Name
	}
	return Link{Name: name, Href: p.Tandem.Href}
}

func postLink(p *site.Post) Link {
	if p == nil {
		return Link{}
	}
	return Link{Name: p.Title, Href: p.Href}
}

// linkOf returns l as a view holds it: nil for no link.
func linkOf(l Link) *Link {
	if l == (Link{}) {
		return nil
	}
	return &l
}

func sameLink(have *Link, want Link) bool {
	if want == (Link{}) {
		return have == nil
	}
	return have != nil && *have == want
}

// postJobs plans the page of every shown post; a page is planned again
// only when the post or one of its neighbours has a new view.
func (r *Renderer) postJobs(pl *planner, s *site.Site, views postViews, salt string) {
	for _, p := range s.Posts {
		v, prev, next := views.of(p), views.of(p.Prev), views.of(p.Next)
		pl.group(p.URL, salt, []*PostView{v, prev, next}, func() []job {
			// Of its neighbours the page shows their titles and
			// addresses, which their meta keys cover.
			k := pl.keyer(salt, "post").view(v).meta(prev).meta(next)
			page := &Page{Site: s, Base: r.base, T: r.strings.text, Kind: "post", Title: p.Title, URL: p.URL, Description: v.Excerpt, Post: v, NoIndex: !p.Verdict.Published()}
			return []job{{path: p.URL + "index.html", key: k.sum(), page: page}}
		})
	}
}
