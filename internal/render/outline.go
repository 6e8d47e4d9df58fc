package render

import (
	"context"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Outline is every output of a site as Render would produce it, known
// without converting Markdown or executing a template. tandem check uses
// it to know every file of the site and to render only a sample of the
// pages (RenderPages).
type Outline struct {
	// Pages are the HTML pages, in the order Render plans them, each with
	// the data its template will get. Post bodies, cards, header and
	// footer are empty until RenderPages fills them in.
	Pages []PlannedPage
	// Files are the paths of the other generated outputs: the feeds and
	// the sitemap.
	Files []string
	// Copies are the files copied as they are: bundle files and theme
	// assets (not the site's content/static, which build adds).
	Copies []Copy
	views  postViews
	// filled are the views whose body is converted (RenderPages).
	filled map[*PostView]bool
}

// PlannedPage is one page of an Outline.
type PlannedPage struct {
	// Path is the output path, e.g. "posts/x/index.html".
	Path string
	// Page is what the page's template gets.
	Page *Page
}

// Outline lists every output of s. Its pages share post views: rendering
// some of them fills in the views of the posts they show.
func (r *Renderer) Outline(s *site.Site) *Outline {
	views := make(postViews, len(s.Posts)) // in the order of the posts' numbers
	workers.ForEach(len(s.Posts), func(i int) { views[i] = r.view(s.Posts[i], Body{}, false) })
	o := &Outline{views: views, filled: map[*PostView]bool{}, Copies: r.copies(s)}
	pl := &planner{cache: NewCache(), outline: true, unkeyed: true}
	r.plan(pl, s, views)
	for _, j := range pl.jobs {
		o.Pages = append(o.Pages, PlannedPage{Path: j.path, Page: j.page})
	}
	o.Files = pl.files
	return o
}

// RenderPages renders the pages of o at the given indices as Render would:
// the bodies of the posts they show in full are converted and the cards
// of the posts they list are rendered first. The outputs come back sorted
// by path; problems are those Render would report for these pages. Calls
// on the same outline must not overlap. Once ctx is done it converts and
// executes nothing more and returns no pages; the outline is then of no
// more use.
func (r *Renderer) RenderPages(ctx context.Context, s *site.Site, o *Outline, which []int) ([]Output, diag.List) {
	pages := make([]*Page, len(which))
	for i, n := range which {
		pages[i] = o.Pages[n].Page
	}
	problems := r.fillBodies(ctx, o, pages)
	problems.Add(r.fillCards(pages)...)
	shared, err := r.chrome(s)
	if err != nil {
		problems.Add(r.chromeProblem(err))
		return nil, problems
	}
	out := make([]Output, len(which))
	errs := make([]error, len(which))
	if err := workers.ForEachContext(ctx, len(which), func(i int) {
		p := pages[i]
		shared.dress(p)
		out[i].Path = o.Pages[which[i]].Path
		out[i].Data, errs[i] = r.execute(job{path: out[i].Path, page: p})
	}); err != nil {
		return nil, problems
	}
	problems.Add(r.sources.failures(errs, func(i int) string { return out[i].Path }, templateHint)...)
	slices.SortFunc(out, func(a, b Output) int { return strings.Compare(a.Path, b.Path) })
	return out, problems
}

// fillBodies converts the bodies of the posts that pages show: in full,
// pinned, or as cards (whose excerpt and reading time come from the body).
func (r *Renderer) fillBodies(ctx context.Context, o *Outline, pages []*Page) diag.List {
	var todo []*PostView
	add := func(v *PostView) {
		if v != nil && !o.filled[v] {
			o.filled[v] = true
			todo = append(todo, v)
		}
	}
	for _, p := range pages {
		add(p.Post)
		for _, v := range append(slices.Clone(p.Pinned), p.Posts...) {
			add(v)
		}
	}
	sources, hrefs, nested := make([][]byte, len(todo)), make([]string, len(todo)), make([]bool, len(todo))
	for i, v := range todo {
		sources[i], hrefs[i], nested[i] = v.Post.Body, v.Post.Href, v.Post.Kind == "retrospective"
	}
	bodies, errs := r.convertAll(ctx, sources, hrefs, nested)
	var problems diag.List
	for i, v := range todo {
		p := v.Post
		if errs[i] != nil {
			problems.Add(markdownProblem(p, errs[i]))
		}
		filled := r.view(p, bodies[i], false)
		v.Content, v.Nested, v.Excerpt, v.ReadMinutes = filled.Content, filled.Nested, filled.Excerpt, filled.ReadMinutes
	}
	for _, p := range pages {
		if p.Kind == "post" && p.Post != nil {
			p.Description = p.Post.Excerpt
		}
	}
	return problems
}

// fillCards renders the card of every post the pages list.
func (r *Renderer) fillCards(pages []*Page) diag.List {
	seen := map[*PostView]bool{}
	var todo []*PostView
	for _, p := range pages {
		for _, v := range p.Posts {
			if !seen[v] {
				seen[v] = true
				todo = append(todo, v)
			}
		}
	}
	errs := make([]error, len(todo))
	workers.ForEach(len(todo), func(i int) {
		todo[i].Card, errs[i] = r.fragment("post-card", todo[i])
	})
	return r.sources.failures(errs, func(i int) string { return "the card of " + todo[i].Post.Path }, cardHint)
}
