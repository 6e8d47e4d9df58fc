package build

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// Outlined is a site taken through every stage but render: its model,
// the renderer of its theme, and every file the site will have, listed
// without converting Markdown or executing templates (see
// render.Outline). tandem check reads it instead of a Compiled site.
type Outlined struct {
	Site *site.Site
	// Held are the posts the review gate kept out (see HeldBack).
	Held     []HeldBack
	Renderer *render.Renderer
	Outline  *render.Outline
	// Static are the files of content/static, copied to the site root.
	Static []render.Copy
	// Timings say how long each stage took, outline included.
	Timings Timings
}

// Outline loads everything and runs validate, gate and model as Compile
// does, then outlines the site instead of rendering it. The problems are
// Compile's, except those only executing templates and converting
// Markdown can find; the result is usable only when they hold no error.
//
// When Options.Context is done before the end, Outline returns nothing:
// the caller looks at the context.
func (c *Compiler) Outline() (*Outlined, diag.List) {
	c.load()
	if c.ctx().Err() != nil {
		return nil, nil
	}
	s, r, held, problems := c.model()
	switch {
	case c.ctx().Err() != nil:
		return nil, nil
	case s == nil:
		return nil, problems
	}
	t := c.timer("outline")
	o := r.Outline(s)
	static, probs := staticFiles(c.site, nil) // the same paths, without reading the photos
	problems.Add(probs...)
	problems.Add(staticRules(s.Programme, static)...)
	problems.Add(collisions(outlineResult(o), static)...)
	problems.Sort()
	t.stop()
	if problems.HasErrors() {
		return nil, problems
	}
	return &Outlined{Site: s, Held: held, Renderer: r, Outline: o, Static: static, Timings: c.takeTimings()}, problems
}

// outlineResult is a render.Result with the outline's paths and no bytes,
// for collisions.
func outlineResult(o *render.Outline) render.Result {
	res := render.Result{Copies: o.Copies}
	for _, p := range o.Pages {
		res.Outputs = append(res.Outputs, render.Output{Path: p.Path})
	}
	for _, f := range o.Files {
		res.Outputs = append(res.Outputs, render.Output{Path: f})
	}
	slices.SortFunc(res.Outputs, func(a, b render.Output) int { return strings.Compare(a.Path, b.Path) }) // as Render's
	return res
}
