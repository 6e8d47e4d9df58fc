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
	for _, p := range s.Posts {
		if b, ok := cache.body(p.Hash); ok {
			bodies[p.Hash] = b
		} else if _, queued := bodies[p.Hash]; !queued {
			todo = append(todo, p)
			sources = append(sources, p.Body)
		}
	}
	converted, errs := convertAll(r.md, sources)
	for i, p := range todo {
		if errs[i] != nil {
			problems.Errorf(diag.Pos{Path: p.Path, Line: p.BodyLine, Col: 1}, "markdown", "simplify the Markdown (very deep nesting?)", "cannot convert the Markdown: %v", errs[i])
		}
		bodies[p.Hash] = converted[i]
	}
	cache.setBodies(bodies)
	views := make(map[*site.Post]*PostView, len(all))
	for _, p := range all {
		b := bodies[p.Hash]
		v := &PostView{Post: p, Content: b.HTML, Excerpt: p.Summary, ReadMinutes: max(1, (b.Words+199)/200)}
		if v.Excerpt == "" {
			v.Excerpt = b.Summary
		}
		views[p] = v
	}
	return views, problems
}

// postJobs plans one page per shown post.
func (r *Renderer) postJobs(s *site.Site, views map[*site.Post]*PostView, salt string) []job {
	jobs := make([]job, 0, len(s.Posts))
	for _, p := range s.Posts {
		k := newKeyer(salt, "post").post(p).post(p.Prev).post(p.Next)
		page := &Page{Site: s, Kind: "post", Title: p.Title, URL: p.URL, Description: views[p].Excerpt, Post: views[p], NoIndex: !p.Verdict.Published()}
		jobs = append(jobs, job{path: p.URL + "index.html", key: k.sum(), page: page})
	}
	return jobs
}
