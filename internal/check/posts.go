package check

import (
	"bytes"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
	"github.com/yuin/goldmark"
)

// markdown checks every link and image written in the Markdown of the
// shown posts, in parallel, against the post's own page, where render
// shows them (resolved against that page, so they lead to the same place
// wherever else the body is shown). Only posts the quick scan (quick.go)
// cannot clear are parsed; their links are kept, for telling Markdown
// addresses from template addresses on rendered pages (a broken address
// on a page comes from a parsed post or from a template).
func (lc *linkChecker) markdown(opts Options) ([]badRef, diag.List) {
	posts := lc.site.Posts
	parse := newParsers()
	links := make([][]mdLink, len(posts))
	bad := make([][]badRef, len(posts))
	failed := make([]bool, len(posts))
	changed := make([]bool, len(posts))
	bar := newProgress(opts.Progress, "checking links", len(posts))
	_ = workers.ForEachContext(opts.ctx(), len(posts), func(i int) { // Run's caller looks at the context
		links[i], bad[i], failed[i], changed[i] = lc.postLinks(parse, posts[i])
		bar.add(1)
	})
	bar.finish()
	var all []badRef
	var problems diag.List
	for i, p := range posts {
		lc.mdLinks[p] = links[i]
		all = append(all, bad[i]...)
		if failed[i] {
			problems.Errorf(diag.Pos{Path: p.Path, Line: p.BodyLine, Col: 1}, "markdown", diag.T("simplify the Markdown (very deep nesting?)"), "cannot convert the Markdown: the Markdown converter failed")
		}
		if changed[i] {
			problems.Add(changedProblem(p))
		}
	}
	return all, problems
}

// postLinks checks the links of one post: its links (when it had to be
// parsed), those that fail, whether the parser failed, and whether the
// post changed since it was loaded (its body is read again for parsing,
// see build.ReadBody).
func (lc *linkChecker) postLinks(parse parsers, p *site.Post) (links []mdLink, bad []badRef, failed, changed bool) {
	if lc.quickClean(p, lc.scanOf(p)) {
		return nil, nil, false, false // see quick.go
	}
	post, ok := lc.withBody(p)
	if !ok {
		return nil, nil, false, true
	}
	links, failed = parse.links(post)
	page := p.URL + "index.html"
	for j := range links {
		if l := &links[j]; !l.InAlt {
			if b, ok := lc.check(page, refOf(l), l); ok {
				bad = append(bad, b)
			} else if held := lc.unpublishedTarget(p, l.Address); held != nil {
				b.held = held
				bad = append(bad, b)
			}
		}
	}
	return links, bad, failed, false
}

// scanOf is the quick scan of p's body: taken when the site was
// outlined, or now for a compiled site, which keeps its bodies.
func (lc *linkChecker) scanOf(p *site.Post) mdlinks.Scan {
	if lc.bodies == nil {
		return mdlinks.ScanBody(p.Body)
	}
	return lc.bodies[p.Path].Scan
}

// withBody returns p with its body: p itself in a compiled site, which
// keeps its bodies; in an outlined one (build.Outline let them go) a
// copy with its body read again, or ok false when the post changed
// since it was loaded.
func (lc *linkChecker) withBody(p *site.Post) (post *site.Post, ok bool) {
	if lc.bodies == nil {
		return p, true
	}
	body, ok := build.ReadBody(lc.siteFS, p.Post)
	if !ok {
		return nil, false
	}
	again := *p.Post
	again.Body = body
	post = new(site.Post)
	*post = *p
	post.Post = &again
	return post, true
}

// changedProblem is the error for a post that changed while it was
// checked: what was checked is not what is there now.
func changedProblem(p *site.Post) diag.Problem {
	return diag.Make(diag.Pos{Path: p.Path}, diag.Error, "changed", diag.T("run tandem check again once the post is saved"),
		diag.T("the post changed while it was checked"))
}

// parsers are two goldmark parsers configured as render's: with the
// Linkify extension, and without it for bodies where it finds nothing.
type parsers struct {
	linkify, plain goldmark.Markdown
}

func newParsers() parsers {
	return parsers{linkify: newMarkdown(), plain: newPlainMarkdown()}
}

// links returns the links of p's body. Linkify is left out when the body
// has nothing it makes a link of: "://" or "www." for an address, "@" for
// an e-mail address. failed reports a parser crash.
func (ps parsers) links(p *site.Post) (links []mdLink, failed bool) {
	md := ps.plain
	if bytes.Contains(p.Body, []byte("://")) || bytes.Contains(p.Body, []byte("www.")) || bytes.Contains(p.Body, []byte("@")) {
		md = ps.linkify
	}
	defer func() {
		if r := recover(); r != nil {
			links, failed = nil, true
		}
	}()
	return markdownLinks(md, p.Post, p.URL, p.Href), false
}
