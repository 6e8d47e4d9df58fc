package check

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// templateRefs checks the addresses the theme's templates write: it
// renders a sample of the pages (every page with opts.Thorough) and
// checks every href, src, srcset and poster in them that is not a post's
// Markdown link (those are checked in every post). When the sample shows
// broken template addresses, it renders every page of the kinds they are
// on, so the report can say on how many pages each breaks.
func (lc *linkChecker) templateRefs(opts Options) ([]badRef, diag.List) {
	o := lc.out.Outline
	which := samplePages(len(o.Pages), o.PageInto)
	if opts.Thorough {
		which = allPages(o, nil)
	}
	bad, problems := lc.renderAndScan(which, opts, "checking theme links")
	if len(bad) > 0 && !opts.Thorough {
		kinds := map[string]bool{}
		for _, b := range bad {
			kinds[pageKind(b.page)] = true
		}
		done := map[int]bool{}
		for _, i := range which {
			done[i] = true
		}
		more := allPages(o, func(i int) bool { return !done[i] && kinds[pageKind(o.Pages[i].Path)] })
		moreBad, probs := lc.renderAndScan(more, opts, "counting pages with broken theme links")
		bad = append(bad, moreBad...)
		problems.Add(probs...)
	}
	slices.SortStableFunc(bad, func(a, b badRef) int { return strings.Compare(a.page, b.page) })
	return bad, problems
}

// allPages returns the indices of the outline's pages that keep accepts
// (all when keep is nil).
func allPages(o *render.Outline, keep func(int) bool) []int {
	var out []int
	for i := range o.Pages {
		if keep == nil || keep(i) {
			out = append(out, i)
		}
	}
	return out
}

// renderAndScan renders the pages at the given indices and returns their
// bad addresses that no post's Markdown wrote.
func (lc *linkChecker) renderAndScan(which []int, opts Options, label string) ([]badRef, diag.List) {
	if len(which) == 0 {
		return nil, nil
	}
	shown, problems := lc.readBodies(which)
	pages, probs := lc.out.Renderer.RenderPages(opts.ctx(), lc.site, lc.out.Outline, which)
	problems.Add(probs...)
	for _, p := range shown {
		p.Body = nil // let go again
	}
	bar := newProgress(opts.Progress, label, len(pages))
	found := make([][]badRef, len(pages))
	_ = workers.ForEachContext(opts.ctx(), len(pages), func(i int) { // Run's caller looks at the context
		for _, ref := range pageRefs(pages[i].Data) {
			if b, ok := lc.check(pages[i].Path, ref, nil); ok {
				found[i] = append(found[i], b)
			}
		}
		bar.add(1)
	})
	bar.finish()
	var bad []badRef
	for _, refs := range found {
		for _, b := range refs {
			if !lc.fromMarkdown(b.ref.Value) {
				bad = append(bad, b)
			}
		}
	}
	return bad, problems
}

// fromMarkdown reports whether value, an address found on a page, is one
// a shown post's Markdown writes (on the post's own page, or on a round
// page, which shows its retrospectives in full); if not, a template wrote
// it. One lookup in a map of every post's links: looking through the
// page's own post first took time growing with the square of its links.
func (lc *linkChecker) fromMarkdown(value string) bool {
	if lc.allLinks == nil {
		lc.allLinks = map[string]bool{}
		for _, p := range lc.site.Posts {
			for _, l := range lc.mdLinks[p] {
				for _, r := range l.Rendered {
					lc.allLinks[r] = true
				}
			}
		}
	}
	return lc.allLinks[value]
}

// readBodies reads again the bodies of the posts the pages at the given
// indices show, list and pin, which RenderPages converts (build.Outline
// let them go), and returns those posts. A post that changed since it
// was loaded keeps no body and is reported.
func (lc *linkChecker) readBodies(which []int) ([]*site.Post, diag.List) {
	byHref := make(map[string]*site.Post, len(lc.site.Posts))
	for _, p := range lc.site.Posts {
		byHref[p.Href] = p
	}
	var shown []*site.Post
	need := func(href string) {
		if p, ok := byHref[href]; ok {
			delete(byHref, href)
			shown = append(shown, p)
		}
	}
	lc.out.Outline.EachShown(which, need)
	bodies := make([][]byte, len(shown))
	ok := make([]bool, len(shown))
	workers.ForEach(len(shown), func(i int) { bodies[i], ok[i] = build.ReadBody(lc.siteFS, shown[i].Post) })
	var problems diag.List
	for i, p := range shown {
		if !ok[i] {
			problems.Add(changedProblem(p))
		}
		p.Body = bodies[i]
	}
	return shown, problems
}
