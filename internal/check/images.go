package check

import (
	"context"
	"iter"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/build"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
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
	lc := newChecker(c.Site, compiledFilesOf(c))
	parse := newParsers()
	bad := make([][]badRef, len(posts))
	_ = workers.ForEachContext(ctx, len(posts), func(i int) { // the caller looks at the context
		_, bad[i], _, _ = lc.postLinks(parse, posts[i])
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

// compiledFiles is everything a compiled site serves, by path below
// the base path: its outputs and its copies, each sorted by path and
// searched as it is (a set of every path, made again at every save of
// the dev server, costs more than checking the saved posts), and its
// static files.
type compiledFiles struct {
	outputs []render.Output
	copies  []render.Copy
	static  files
}

func compiledFilesOf(c *build.Compiled) compiledFiles {
	f := compiledFiles{outputs: c.Result.Outputs, copies: c.Result.Copies, static: files{}}
	for _, cp := range c.Static {
		f.static[cp.Path] = true
	}
	for _, p := range c.Result.Originals { // photos whose derivatives stand in for them
		f.static[p] = true
	}
	return f
}

// is reports whether p is the path of a file.
func (f compiledFiles) is(p string) bool {
	_, out := slices.BinarySearchFunc(f.outputs, p, func(o render.Output, p string) int { return strings.Compare(o.Path, p) })
	_, cp := slices.BinarySearchFunc(f.copies, p, func(c render.Copy, p string) int { return strings.Compare(c.Path, p) })
	return out || cp || f.static[p]
}

// has reports whether a request for rel is served (see served).
func (f compiledFiles) has(rel string) bool { return served(f.is, rel) }

func (f compiledFiles) all() iter.Seq[string] {
	return func(yield func(string) bool) {
		for _, o := range f.outputs {
			if !yield(o.Path) {
				return
			}
		}
		for _, c := range f.copies {
			if !yield(c.Path) {
				return
			}
		}
		for p := range f.static {
			if !yield(p) {
				return
			}
		}
	}
}
