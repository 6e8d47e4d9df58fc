package render

import (
	"context"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/search"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Outline is every output of a site as Render would produce it, known
// without converting Markdown or executing a template. tandem check uses
// it to know every file of the site and to render only a sample of the
// pages (RenderPages).
type Outline struct {
	// Pages are the HTML pages, in the order Render plans them; Page
	// makes the view of one.
	Pages []PlannedPage
	// Files are the paths of the other generated outputs: the feeds, the
	// sitemap and the search index's files but those in Folders.
	Files []string
	// Folders are the folders of generated files whose names an outline
	// does not know: the search index's vocabulary and postings, named
	// by the posts' words (search.Paths).
	Folders []string
	// Copies are the files copied as they are: bundle files and theme
	// assets (not the site's content/static, which build adds).
	Copies []Copy
	// Originals are as Result's.
	Originals []string
	// jobs make the views of Pages, in the same order: planned without
	// bodies, and again by RenderPages with the bodies converted so far.
	// Only the plan is kept, not the views (a view of every page of
	// 10,000 posts is 50 MB).
	jobs   []job
	bodies []Body
	// converted are the posts whose body is in bodies, by number.
	converted []bool
}

// PlannedPage is one page of an Outline.
type PlannedPage struct {
	// Path is the output path, e.g. "posts/x/index.html".
	Path string
}

// Page makes the view the template of page i of o gets, anew on every
// call. Post bodies, excerpts, cards, header and footer are empty, but
// for the posts RenderPages converted; so are a post page's lists of
// links (DiaryItems, TagItems) until RenderPages plans the pages again.
// Calls may overlap each other, not a call of RenderPages.
func (o *Outline) Page(i int) *Page { return o.jobs[i].view() }

// PageInto is Page, made into p (every field is set), for a caller that
// looks at one page after the other: a Page is 1.2 KB, 20 MB for every
// page of 10,000 posts.
func (o *Outline) PageInto(i int, p *Page) { o.jobs[i].page.build(p) }

// Outline lists every output of s, the search index's vocabulary and
// postings by their folders only (their names follow from the words of
// the posts, which an outline does not convert).
func (r *Renderer) Outline(s *site.Site) *Outline {
	o := &Outline{bodies: make([]Body, len(s.Posts)), converted: make([]bool, len(s.Posts))}
	o.Copies, o.Originals = r.copies(s)
	_, folders := search.Paths(0)
	for _, f := range folders {
		o.Folders = append(o.Folders, site.SearchRoot+f)
	}
	for _, j := range r.planWith(s, r.views(s, o.bodies, newKeying()), newKeying(), nil, &linkItems{}) {
		if j.page != nil {
			o.Pages = append(o.Pages, PlannedPage{Path: j.path})
			o.jobs = append(o.jobs, j)
		} else {
			o.Files = append(o.Files, j.path)
		}
	}
	return o
}

// EachShown calls visit with the address of each post the pages of o at
// the given indices show, list or pin (in that order, page by page; a
// post shown twice is visited twice): the posts whose bodies those pages
// need.
func (o *Outline) EachShown(which []int, visit func(href string)) {
	for _, n := range which {
		p := o.Page(n)
		if p.Post != nil {
			visit(p.Post.Href)
		}
		for _, c := range p.Posts {
			visit(c.Href)
		}
		for _, v := range p.Pinned {
			visit(v.Href)
		}
	}
}

// RenderPages renders the pages of o at the given indices as Render would:
// the bodies of the posts they show, list and pin are converted and their
// cards rendered first. Only the cards a page shows besides those (the
// later pages' posts a round's first page prints, every post's card) are
// left empty, but for posts converted for another page: 1,272 bodies on
// the first page of a round of 1,300 posts, when a check needs the
// addresses of the card template, which every list shows. The outputs
// come back sorted by path; problems are those Render would report for
// these pages. Calls on the same outline must not overlap. Once ctx is
// done it converts and executes nothing more and returns no pages; the
// outline is then of no more use.
func (r *Renderer) RenderPages(ctx context.Context, s *site.Site, o *Outline, which []int) ([]Output, diag.List) {
	byHref := make(map[string]int, len(s.Posts))
	for i, p := range s.Posts {
		byHref[p.Href] = i
	}
	var todo []int
	need := func(href string) {
		if i, ok := byHref[href]; ok && !o.converted[i] {
			o.converted[i] = true
			todo = append(todo, i)
		}
	}
	o.EachShown(which, need)
	problems := r.convertSome(ctx, s, o, todo)
	if ctx.Err() != nil {
		return nil, problems
	}
	// The views again, now with the bodies: planning is cheap, and the
	// pages come out in the same order.
	ks := newKeying()
	ps := r.views(s, o.bodies, ks)
	var withBody []int
	for i, done := range o.converted {
		if done {
			withBody = append(withBody, i)
		}
	}
	problems.Add(r.cardHTML(ps, s, withBody, make([]bool, len(s.Posts)))...)
	shared, err := r.chrome(s, ks)
	if err != nil {
		problems.Add(r.chromeProblem(err))
		return nil, problems
	}
	o.jobs = o.jobs[:0]
	for _, j := range r.plan(s, ps, ks, nil) {
		if j.page != nil {
			o.jobs = append(o.jobs, j)
		}
	}
	out := make([]Output, len(which))
	errs := make([]error, len(which))
	if err := workers.ForEachContext(ctx, len(which), func(i int) {
		p := o.Page(which[i])
		shared.dress(p)
		out[i].Path = o.Pages[which[i]].Path
		out[i].Data, errs[i] = r.make(job{path: out[i].Path}, p)
	}); err != nil {
		return nil, problems
	}
	problems.Add(r.sources.failures(errs, func(i int) diag.Text { return diag.Verbatim(out[i].Path) }, templateHint())...)
	slices.SortFunc(out, func(a, b Output) int { return strings.Compare(a.Path, b.Path) })
	return out, problems
}

// convertSome converts the bodies of the posts numbered todo into o.
func (r *Renderer) convertSome(ctx context.Context, s *site.Site, o *Outline, todo []int) diag.List {
	errs := make([]error, len(todo))
	_ = workers.ForEachContext(ctx, len(todo), func(n int) { // the caller looks at ctx
		p := s.Posts[todo[n]]
		c := r.converters.Get().(*converter)
		defer r.converters.Put(c)
		o.bodies[todo[n]], errs[n] = c.convert(p.Body, p.Href, nested(p), p.Images, s.Static)
	})
	var problems diag.List
	for n, err := range errs {
		if err != nil {
			problems.Add(markdownProblem(s.Posts[todo[n]], err))
		}
	}
	return problems
}
