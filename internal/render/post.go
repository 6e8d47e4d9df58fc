package render

import (
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// convertPosts converts the Markdown of every shown post (and, in a
// preview, of the hidden ones, for the dashboard) once, reusing the
// cache, and wraps each post in a PostView.
func (r *Renderer) convertPosts(s *site.Site, cache *Cache) (map[*site.Post]*PostView, diag.List) {
	var problems diag.List
	all := append(append([]*site.Post(nil), s.Posts...), s.Hidden...)
	bodies := make(map[[32]byte]Body, len(all))
	var todo []*site.Post
	var sources [][]byte
	var pages []string
	keys := make(map[*site.Post][32]byte, len(s.Posts))
	for _, p := range s.Posts {
		k := bodyKey(p)
		keys[p] = k
		if b, ok := cache.body(k); ok {
			bodies[k] = b
		} else if _, queued := bodies[k]; !queued {
			bodies[k] = Body{}
			todo = append(todo, p)
			sources = append(sources, p.Body)
			pages = append(pages, p.Href)
		}
	}
	converted, errs := convertAll(r.md, sources, pages)
	for i, p := range todo {
		if errs[i] != nil {
			problems.Errorf(diag.Pos{Path: p.Path, Line: p.BodyLine, Col: 1}, "markdown", "simplify the Markdown (very deep nesting?)", "cannot convert the Markdown: %v", errs[i])
		}
		bodies[keys[p]] = converted[i]
	}
	cache.setBodies(bodies)
	views := make(map[*site.Post]*PostView, len(all))
	for _, p := range all {
		views[p] = r.view(p, bodies[keys[p]])
	}
	for p, v := range views {
		if p.Prev != nil {
			v.Prev = &Link{Name: p.Prev.Title, Href: p.Prev.Href}
		}
		if p.Next != nil {
			v.Next = &Link{Name: p.Next.Title, Href: p.Next.Href}
		}
	}
	return views, problems
}

// view computes everything templates print about p.
func (r *Renderer) view(p *site.Post, b Body) *PostView {
	v := &PostView{Post: p, UI: r.ui, Title: p.Title, Href: p.Href,
		DateISO: p.Date.Format("2006-01-02"), DateText: r.strings.Date(p.Date),
		Kind: p.Kind, State: string(p.Verdict.State), StateText: r.strings.T("state_" + string(p.Verdict.State)), Unpublished: !p.Verdict.Published(),
		Content: b.HTML, Excerpt: p.Summary, ReadMinutes: max(1, (b.Words+199)/200), key: postKey(p)}
	if v.Excerpt == "" {
		v.Excerpt = b.Summary
	}
	if p.Kind != "diary" {
		v.KindText = r.strings.T(p.Kind)
	}
	for _, a := range p.Authors {
		v.Authors = append(v.Authors, Link{Name: a.Name, Href: a.Href})
	}
	for _, t := range p.Tags {
		v.Tags = append(v.Tags, Link{Name: t.Name, Href: t.Href})
	}
	if p.Round != nil {
		v.Round = &Link{Name: p.Round.Title, Href: p.Round.Href}
	}
	if p.Tandem != nil {
		name := p.Tandem.ID
		if p.Tandem.Mentee != nil {
			name = p.Tandem.Mentee.Name
		}
		v.Tandem = &Link{Name: name, Href: p.Tandem.Href}
	}
	return v
}

// bodyKey identifies a post's converted body: its content and the page
// its relative links are resolved against.
func bodyKey(p *site.Post) [32]byte {
	return newKeyer(p.Href).bytes(p.Hash[:]).sum()
}

// postJobs plans one page per shown post.
func (r *Renderer) postJobs(s *site.Site, views map[*site.Post]*PostView, salt string) []job {
	jobs := make([]job, 0, len(s.Posts))
	for _, p := range s.Posts {
		k := newKeyer(salt, "post").view(views[p]).view(views[p.Prev]).view(views[p.Next])
		page := &Page{Site: s, UI: r.ui, Kind: "post", Title: p.Title, URL: p.URL, Description: views[p].Excerpt, Post: views[p], NoIndex: !p.Verdict.Published()}
		jobs = append(jobs, job{path: p.URL + "index.html", key: k.sum(), page: page})
	}
	return jobs
}
