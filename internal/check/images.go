package check

import (
	"context"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Images reports, as warnings, the images written in the Markdown of
// posts of a compiled site that lead to no file of it, each at the line and
// column it was written, with what to do (the error Links reports). The
// dev server runs it after every build: the page shows such an image as
// a broken icon, and the author reads why. It checks the given posts of
// c.Site with the quick scan (quick.go), so only posts with a bad address
// are parsed; ctx stops it early, and then what it returns is of no use.
func Images(ctx context.Context, c *build.Compiled, posts []*site.Post) diag.List {
	lc := newChecker(c.Site, compiledFiles(c))
	parse := newParsers()
	bad := make([][]badRef, len(posts))
	_ = workers.ForEachContext(ctx, len(posts), func(i int) { // the caller looks at the context
		_, bad[i], _ = lc.postLinks(parse, posts[i])
	})
	var l diag.List
	for _, refs := range bad {
		for _, b := range refs {
			if b.md == nil || !b.md.Image || b.held != nil || b.how != inside {
				continue
			}
			p := lc.problem(b, b.md)
			p.Severity = diag.Warning
			l.Add(p)
		}
	}
	l.Sort()
	return l
}

// compiledFiles is everything a compiled site serves, by path below the
// base path.
func compiledFiles(c *build.Compiled) files {
	copies := c.Copies()
	f := make(files, len(c.Result.Outputs)+len(copies))
	for _, o := range c.Result.Outputs {
		f[o.Path] = true
	}
	for _, cp := range copies {
		f[cp.Path] = true
	}
	return f
}
