package check

import (
	"fmt"
	"io"
	"io/fs"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
	"github.com/yuin/goldmark"
)

// Links checks every address in the compiled site's HTML pages and
// reports those that lead to no page or file of the site, each once, at
// the place it was written. progress may be nil.
func Links(siteFS fs.FS, c *build.Compiled, progress io.Writer) diag.List {
	lc := newLinkChecker(siteFS, c)
	var pages []render.Output
	for _, o := range c.Result.Outputs {
		if strings.HasSuffix(o.Path, ".html") {
			pages = append(pages, o)
		}
	}
	bar := newProgress(progress, "checking links", len(pages))
	found := make([][]badRef, len(pages))
	workers.ForEach(len(pages), func(i int) {
		found[i] = lc.page(pages[i])
		bar.add(1)
	})
	bar.finish()
	return lc.report(found)
}

// badRef is an address on a page that leads nowhere.
type badRef struct {
	page string // output path, e.g. "posts/x/index.html"
	ref  htmlRef
	how  outcome // inside (missing), outside (base path left out) or invalid
	to   string  // where it leads
}

// linkChecker holds what checking needs; it is read-only while pages are
// checked in parallel, and its lazy parts are filled in by report alone.
type linkChecker struct {
	siteFS    fs.FS
	site      *site.Site
	files     files
	res       resolver
	postPages map[string]*site.Post // output path of a post's page
	hidden    map[string]*site.Post // "posts/<slug>/" of posts not shown
	md        goldmark.Markdown
	mdLinks   map[*site.Post][]mdLink
	allLinks  map[string]mdLink // rendered address -> first Markdown link
	templates *templates
	hints     int
}

func newLinkChecker(siteFS fs.FS, c *build.Compiled) *linkChecker {
	s := c.Site
	lc := &linkChecker{siteFS: siteFS, site: s, files: siteFiles(c), res: newResolver(s.Programme.BaseURL, s.BasePath),
		postPages: map[string]*site.Post{}, hidden: map[string]*site.Post{}, md: newMarkdown(), mdLinks: map[*site.Post][]mdLink{}}
	for _, p := range s.Posts {
		lc.postPages[p.URL+"index.html"] = p
	}
	for _, p := range s.Hidden {
		lc.hidden[p.URL] = p
	}
	return lc
}

// page returns the bad addresses of one page.
func (lc *linkChecker) page(o render.Output) []badRef {
	var bad []badRef
	for _, ref := range pageRefs(o.Data) {
		how, to := lc.res.resolve(o.Path, ref.Value)
		switch {
		case how == inside && !lc.files.has(to), how == invalid:
			bad = append(bad, badRef{page: o.Path, ref: ref, how: how, to: to})
		case how == outside && lc.res.basePath != "/" && lc.files.has(strings.TrimPrefix(to, "/")):
			bad = append(bad, badRef{page: o.Path, ref: ref, how: how, to: to})
		}
	}
	return bad
}

// finding is one reported problem with the pages it occurs on.
type finding struct {
	problem diag.Problem
	// fromTemplate is set for addresses a template wrote; own is set when
	// a post's address also breaks on the post's own page. Otherwise the
	// message names the pages it breaks on.
	fromTemplate, own bool
	firstPage         string
	pages             int
}

// report turns bad addresses into problems at their source, one per
// source position and address, counting the pages.
func (lc *linkChecker) report(found [][]badRef) diag.List {
	var order []*finding
	byKey := map[string]*finding{}
	for _, refs := range found {
		for _, b := range refs {
			md := lc.markdownSource(b.page, b.ref.Value)
			own := md != nil && md.Page+"index.html" == b.page
			p := lc.problem(b, md)
			key := p.Pos.String() + "\x00" + b.ref.Value + "\x00" + b.to
			if f := byKey[key]; f != nil {
				f.pages++
				f.own = f.own || own
				continue
			}
			f := &finding{problem: p, fromTemplate: md == nil, own: own, firstPage: lc.res.basePath + strings.TrimSuffix(b.page, "index.html"), pages: 1}
			byKey[key] = f
			order = append(order, f)
		}
	}
	var l diag.List
	for _, f := range order {
		switch {
		case f.own:
		case f.pages == 1:
			f.problem.Msg += " on page " + f.firstPage
		default:
			f.problem.Msg += fmt.Sprintf(" on %d pages, e.g. %s", f.pages, f.firstPage)
		}
		l.Add(f.problem)
	}
	return l
}

// problem describes one bad address at the place it was written: md, or
// a theme template when md is nil.
func (lc *linkChecker) problem(b badRef, md *mdLink) diag.Problem {
	p := diag.Problem{Severity: diag.Error, Code: "broken-link"}
	if b.ref.image() || (md != nil && md.Image) {
		p.Code = "missing-image"
	} else if b.ref.Tag != "a" && b.ref.Tag != "area" {
		p.Code = "missing-file"
	}
	what := "link"
	if p.Code == "missing-image" {
		what = "image"
	}
	written := b.ref.Value
	if md != nil {
		p.Pos, written = md.Pos, md.Dest
	} else {
		p.Pos = lc.templatePos(b.page, b.ref.Value)
	}
	switch b.how {
	case invalid:
		p.Code = "bad-link"
		p.Msg = fmt.Sprintf("%s %q is not a valid address", what, written)
		p.Hint = "write a path such as ../other-post/ or a full address starting with https://; write spaces as %20"
	case outside:
		p.Severity, p.Code = diag.Warning, "outside-base"
		p.Msg = fmt.Sprintf("%s %q leads to %s, outside the site, which lives below %s", what, written, b.to, lc.res.basePath)
		p.Hint = fmt.Sprintf("did you mean %q?", lc.res.basePath+strings.TrimPrefix(b.to, "/"))
	default:
		p.Msg, p.Hint = lc.missing(b, what, written, md)
	}
	return p
}

// missing says what is wrong with an address that leads to no file, and
// what to do.
func (lc *linkChecker) missing(b badRef, what, written string, md *mdLink) (msg, hint string) {
	full := lc.res.basePath + b.to
	if post := lc.hidden[pageDir(b.to)]; post != nil {
		return fmt.Sprintf("%s %q leads to the post %q, which is not published (%s)", what, written, post.Title, post.Verdict.State),
			"link to it once it is approved, or check the preview with tandem check --preview"
	}
	if what == "image" {
		msg = fmt.Sprintf("image %q is missing: the site has no file %s", written, full)
	} else {
		msg = fmt.Sprintf("%s %q leads to %s, which is not a page or file of the site", what, written, full)
	}
	if s := lc.suggest(b, written, md); s != "" {
		return msg, fmt.Sprintf("did you mean %q?", s)
	}
	switch {
	case md == nil:
		hint = "fix the address in the template, or add the page or file it leads to (files go into content/static/)"
	case what == "image" && md.Bundle != "":
		hint = fmt.Sprintf("put the image into the post's folder %s/, or into content/static/ and write its address from the site root", md.Bundle)
	case what == "image":
		hint = "turn the post into a bundle (a folder with the post as index.md and the image beside it), or put the image into content/static/ and write its address from the site root"
	default:
		hint = fmt.Sprintf("another post is at ../SLUG/ from a post (or %sposts/SLUG/); check the slug of the post you mean", lc.res.basePath)
	}
	return msg, hint
}

// pageDir turns "posts/x/index.html" and "posts/x" into "posts/x/".
func pageDir(to string) string {
	to = strings.TrimSuffix(to, "index.html")
	if !strings.HasSuffix(to, "/") {
		to += "/"
	}
	return to
}

// markdownSource finds the Markdown link that produced value on page:
// first in the page's own post, then in any shown post (a round page
// shows its retrospectives in full). nil means a template wrote it.
func (lc *linkChecker) markdownSource(page, value string) *mdLink {
	if p := lc.postPages[page]; p != nil {
		for _, l := range lc.postLinks(p) {
			if l.renders(value) {
				return &l
			}
		}
	}
	if lc.allLinks == nil {
		lc.allLinks = map[string]mdLink{}
		for _, p := range lc.site.Posts {
			for _, l := range lc.postLinks(p) {
				for _, r := range l.Rendered {
					if _, seen := lc.allLinks[r]; !seen {
						lc.allLinks[r] = l
					}
				}
			}
		}
	}
	if l, ok := lc.allLinks[value]; ok {
		return &l
	}
	return nil
}

func (lc *linkChecker) postLinks(p *site.Post) []mdLink {
	links, ok := lc.mdLinks[p]
	if !ok {
		links = markdownLinks(lc.md, p.Post, p.URL, p.Href)
		lc.mdLinks[p] = links
	}
	return links
}
