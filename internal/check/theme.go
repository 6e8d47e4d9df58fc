package check

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
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
	which := samplePages(o)
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
	pages, problems := lc.out.Renderer.RenderPages(opts.ctx(), lc.site, lc.out.Outline, which)
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
			if lc.markdownSource(b.page, b.ref.Value) == nil {
				bad = append(bad, b)
			}
		}
	}
	return bad, problems
}

// markdownSource finds the Markdown link that produced value on page:
// first in the page's own post, then in any shown post (a round page
// shows its retrospectives in full). nil means a template wrote it.
func (lc *linkChecker) markdownSource(page, value string) *mdLink {
	if p := lc.postPages[page]; p != nil {
		for _, l := range lc.mdLinks[p] {
			if l.renders(value) {
				return &l
			}
		}
	}
	if lc.allLinks == nil {
		lc.allLinks = map[string]mdLink{}
		for _, p := range lc.site.Posts {
			for _, l := range lc.mdLinks[p] {
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
