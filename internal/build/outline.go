package build

import (
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/validate"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Outlined is a site taken through every stage but render: its model,
// the renderer of its theme, and every file the site will have, listed
// without converting Markdown or executing templates (see
// render.Outline). tandem check reads it instead of a Compiled site.
type Outlined struct {
	Site     *site.Site
	Renderer *render.Renderer
	Outline  *render.Outline
	// Static are the files of content/static, copied to the site root.
	Static []render.Copy
}

// Outline loads everything and runs validate, gate and model as Compile
// does, then outlines the site instead of rendering it. The problems are
// Compile's, except those only executing templates and converting
// Markdown can find; the result is usable only when they hold no error.
func (c *Compiler) Outline() (*Outlined, diag.List) {
	c.load()
	posts := make([]*content.Post, 0, len(c.st.posts))
	for _, p := range c.st.posts {
		cp := *p // validate fills in resolved fields (see compileState)
		posts = append(posts, &cp)
	}
	slices.SortFunc(posts, func(a, b *content.Post) int { return strings.Compare(a.Path, b.Path) })
	problems := append(append(diag.List(nil), c.st.progProbs...), c.st.postProbs...)
	problems.Add(validate.Check(c.st.prog, posts)...)
	if problems.HasErrors() {
		problems.Sort()
		return nil, problems
	}
	// As in compile: gate, model, renderer. An outline is made once, so
	// the posts are judged in parallel and not kept for an Update.
	gate := review.Gate{Programme: c.st.prog, Now: c.opts.Now, Verify: c.opts.Verify}
	verdicts := make([]review.Verdict, len(posts))
	workers.ForEach(len(posts), func(i int) { verdicts[i] = gate.Judge(posts[i]) })
	for i, p := range posts {
		if w, ok := verdicts[i].Problem(p); ok {
			problems.Add(w)
		}
	}
	s := site.New(c.st.prog, posts, verdicts, site.Options{Preview: c.opts.Preview, Now: c.opts.Now})
	r, err := c.rendererFor(c.st.prog, s.BasePath)
	if err != nil {
		problems.Errorf(diag.Pos{Path: "themes/" + c.st.prog.Theme}, "theme", "check the theme folder, or remove theme: from programme.yaml to use the default", "%v", err)
		problems.Sort()
		return nil, problems
	}
	o := r.Outline(s)
	static, probs := staticFiles(c.site)
	problems.Add(probs...)
	problems.Add(collisions(outlineResult(o), static)...)
	problems.Sort()
	if problems.HasErrors() {
		return nil, problems
	}
	return &Outlined{Site: s, Renderer: r, Outline: o, Static: static}, problems
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
