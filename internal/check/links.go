package check

import (
	"io/fs"
	"strings"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Links checks every address of an outlined site and reports those that
// lead to no page or file of the site, each once, at the place it was
// written: every link and image in the posts' Markdown, and the
// addresses the theme's templates write on a sample of the pages (on
// every page with opts.Thorough). See doc.go.
func Links(siteFS fs.FS, o *build.Outlined, opts Options) diag.List {
	lc := newLinkChecker(siteFS, o)
	found, problems := lc.markdown(opts)
	if opts.ctx().Err() != nil {
		return nil
	}
	fromTemplates, probs := lc.templateRefs(opts)
	problems.Add(probs...)
	if opts.ctx().Err() != nil {
		return nil
	}
	problems.Add(lc.report(append(found, fromTemplates...))...)
	problems.Add(lc.scheduledLinks(o.Held, opts)...)
	return problems
}

// badRef is an address on a page that leads nowhere.
type badRef struct {
	page string // output path, e.g. "posts/x/index.html"
	ref  htmlRef
	how  outcome // inside (missing), outside (base path left out) or invalid
	to   string  // where it leads
	md   *mdLink // where the post's Markdown writes it; nil for a template
	// held is the unpublished post a Markdown link leads to, in a preview
	// (a production build refuses such a link; see build.heldLinks).
	held *site.Post
}

// linkChecker holds what checking needs; it is read-only while posts and
// pages are checked in parallel, and its lazy parts are filled in by
// report and fromMarkdown alone.
type linkChecker struct {
	siteFS fs.FS
	out    *build.Outlined
	site   *site.Site
	files  fileSet
	res    resolver
	// postPages finds a post by the output path of its page; made on
	// first use (only a link to a held-back post needs it).
	postPages func() map[string]*site.Post
	// unpublished are the posts of a preview a production build would
	// hold back, by "posts/<slug>/".
	unpublished map[string]*site.Post
	// bodies are the facts of the posts' bodies of an outlined site,
	// which has let the bodies go (build.Outlined.Bodies); nil for a
	// compiled site, which keeps them.
	bodies    map[string]mdlinks.Facts
	mdLinks   map[*site.Post][]mdLink
	allLinks  map[string]bool // every address the posts' Markdown renders
	templates *templates
	hints     int                    // "did you mean" searches so far
	work      int                    // their work so far (see maxSuggestWork)
	near      map[folder][]candidate // what they look through, made by the first
}

func newLinkChecker(siteFS fs.FS, o *build.Outlined) *linkChecker {
	lc := newChecker(o.Site, withLeftOut(siteFiles(o), o.LeftOut))
	lc.siteFS, lc.out, lc.bodies = siteFS, o, o.Bodies
	return lc
}

// newChecker makes a checker of the Markdown links of s, whose files are
// f; it checks no template addresses.
func newChecker(s *site.Site, f fileSet) *linkChecker {
	lc := &linkChecker{site: s, files: f, res: newResolver(s.Programme.BaseURL, s.BasePath),
		unpublished: map[string]*site.Post{}, mdLinks: map[*site.Post][]mdLink{}}
	lc.postPages = sync.OnceValue(func() map[string]*site.Post {
		pages := make(map[string]*site.Post, len(s.Posts))
		for _, p := range s.Posts {
			pages[p.URL+"index.html"] = p
		}
		return pages
	})
	for _, p := range s.Posts {
		if !p.Verdict.Published() {
			lc.unpublished[p.URL] = p
		}
	}
	return lc
}

// check returns the bad address ref on page, if it is bad.
func (lc *linkChecker) check(page string, ref htmlRef, md *mdLink) (badRef, bool) {
	how, to := lc.res.resolve(page, ref.Value)
	bad := false
	switch {
	case how == inside && !lc.files.has(to), how == invalid:
		bad = true
	case how == outside && lc.res.basePath != "/" && lc.files.has(strings.TrimPrefix(to, "/")):
		bad = true
	}
	return badRef{page: page, ref: ref, how: how, to: to, md: md}, bad
}

// finding is one reported problem with the pages it occurs on.
type finding struct {
	problem diag.Problem
	// own is set for a post's address, which breaks on the post's own
	// page. Otherwise the message names the pages it breaks on.
	own       bool
	firstPage string
	// pages counts the pages it is on, lastPage is the last of them.
	pages    int
	lastPage string
}

// report turns bad addresses into problems at their source, one per
// source position and address, counting the pages.
func (lc *linkChecker) report(found []badRef) diag.List {
	var order []*finding
	byKey := map[string]*finding{}
	for _, b := range found {
		p := lc.problem(b, b.md)
		key := p.Pos.String() + "\x00" + b.ref.Value + "\x00" + b.to
		if f := byKey[key]; f != nil {
			if b.page != f.lastPage { // a page's addresses come together (see templateRefs)
				f.pages, f.lastPage = f.pages+1, b.page
			}
			continue
		}
		f := &finding{problem: p, own: b.md != nil, firstPage: lc.res.basePath + strings.TrimSuffix(b.page, "index.html"), pages: 1, lastPage: b.page}
		byKey[key] = f
		order = append(order, f)
	}
	var l diag.List
	for _, f := range order {
		switch {
		case f.own:
		case f.pages == 1:
			f.problem.SetMsg(diag.T("%s on page %s", f.problem.MsgText, f.firstPage))
		default:
			f.problem.SetMsg(diag.T("%s on %d pages, e.g. %s", f.problem.MsgText, f.pages, f.firstPage))
		}
		l.Add(f.problem)
	}
	return l
}
