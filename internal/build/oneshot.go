package build

import (
	"errors"
	"io/fs"
	"time"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/publish"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Built is what Build made.
type Built struct {
	// Site is the model that was built. Its posts no longer hold their
	// Markdown (Body is nil): a one-shot build lets go of each post's
	// text once converted (see render.Stream).
	Site *site.Site
	// Held are the posts the review gate kept out (see HeldBack).
	Held []HeldBack
	// Stats count what was written.
	Stats publish.Stats
	// Timings say how long each stage took. "render+write" renders the
	// pages and writes each as soon as it is made; "write" copies the
	// remaining files and swaps the new output in.
	Timings Timings
}

// errNotBuilt stops a staged build whose render found errors.
var errNotBuilt = errors.New("the site has errors")

// Build compiles the site and writes it to dest in one pass, as a
// one-shot build does: each page goes into the staging folder as soon as
// it is rendered, so the build never holds the whole site in memory, and
// writing overlaps rendering (publish.Stage). The output equals Compile
// followed by publish.Write, with the same guarantees: when the problems
// hold an error, or writing fails (the error), nothing is written and
// dest is unchanged.
// The staging folder is made only once the site has passed validate and
// the review gate. When opts.Context is done before the new output is
// swapped in, Build stops, removes the staging folder and returns the
// context's error (and no problems: those found so far may be of a half
// loaded site); dest is unchanged. While another build holds dest's
// lock, it returns a *publish.BusyError, checked first, before any work.
func Build(dest string, siteFS fs.FS, opts Options) (*Built, diag.List, error) {
	if err := publish.Free(dest); err != nil {
		return nil, nil, err // before any work: the caller waits and calls again
	}
	c := NewCompiler(siteFS, opts)
	ctx := c.ctx()
	c.load()
	if ctx.Err() != nil {
		return nil, nil, ctx.Err()
	}
	s, r, held, failed, problems := c.model()
	switch {
	case ctx.Err() != nil:
		return nil, nil, ctx.Err()
	case s == nil:
		return nil, problems, nil
	case failed != nil:
		return nil, c.withStatic(s.Programme, problems), nil // render only a whole site
	}
	// A one-shot build never updates: what the compiler keeps for the
	// next Update (every post as loaded, beside the model's copies) would
	// only keep every post's text in memory while the pages are written.
	// The static photos stay: finish lists their copies.
	c.st = state{static: c.st.static}
	var compiled *Compiled
	var st publish.Stats
	var start time.Time
	err := publish.Stage(dest, func(w *publish.Writer) error {
		var err error
		compiled, problems, err = c.finish(r, s, held, problems, func(o render.Output) error {
			if ctx.Err() != nil {
				return ctx.Err()
			}
			return w.Write(o.Path, o.Data)
		})
		switch {
		case err != nil:
			return err
		case compiled == nil:
			return errNotBuilt
		}
		start = time.Now()
		err = w.Copy(ctx, siteFS, compiled.Copies())
		st = w.Stats()
		if err == nil {
			err = ctx.Err() // the last moment to stop: next comes the swap
		}
		return err
	})
	switch {
	case err != nil && ctx.Err() != nil:
		return nil, nil, ctx.Err()
	case errors.Is(err, errNotBuilt):
		return nil, problems, nil
	case err != nil:
		if atFiles, ok := problemsOf(err); ok { // a damaged photo, a file changed while building
			problems.Add(atFiles...)
			problems.Sort()
			return nil, problems, nil
		}
		return nil, problems, err
	}
	return &Built{Site: s, Held: held, Stats: st, Timings: append(compiled.Timings, Timing{"write", time.Since(start)})}, problems, nil
}

// problemsOf returns the problems err is made of (a diag.Problem, or
// several joined), and false when anything else is in it.
func problemsOf(err error) (diag.List, bool) {
	errs := []error{err}
	if joined, ok := err.(interface{ Unwrap() []error }); ok {
		errs = joined.Unwrap()
	}
	var l diag.List
	for _, e := range errs {
		p, ok := e.(diag.Problem)
		if !ok {
			return nil, false
		}
		l = append(l, p)
	}
	return l, len(l) > 0
}
