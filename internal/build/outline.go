package build

import (
	"slices"
	"strings"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/mdlinks"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
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
	// Bodies are the facts of every post's body, shown and held, by the
	// post's path (content.Post.Path). The posts' bodies themselves are
	// let go before the site is outlined (Body is nil): a later stage
	// that needs one reads the post again (see Outline).
	Bodies map[string]mdlinks.Facts
	// LeftOut are the addresses below /posts/ (slugs) of the posts an
	// error kept out of the model (see OutlineAll), and of the held-back
	// posts when a shown post links to one (an error of its own): the
	// site outlined has no page there, which those errors explain.
	LeftOut map[string]bool
}

// Outline loads everything and runs validate, gate and model as Compile
// does, then outlines the site instead of rendering it. The problems are
// Compile's, except those only executing templates and converting
// Markdown can find; the result is usable only when they hold no error.
//
// Once the gate has taken the digests, Outline takes the facts of every
// body (Outlined.Bodies) and lets the bodies go: half of the memory a
// site of 10,000 posts holds. A stage that needs a body later reads the
// post again through the same fs.FS and must use it only when its Hash
// is the one loaded. The Compiler's next Update loads everything anew.
//
// When Options.Context is done before the end, Outline returns nothing:
// the caller looks at the context.
func (c *Compiler) Outline() (*Outlined, diag.List) {
	o, problems := c.OutlineAll()
	if problems.HasErrors() {
		return nil, problems
	}
	return o, problems
}

// OutlineAll is Outline, going on where errors leave the rest of the
// site whole, for tandem check, which collects every finding: when only
// some posts and files of content/static/ have errors, it returns the
// site outlined without those posts (their addresses in
// Outlined.LeftOut) beside the problems, errors included. It returns
// nothing where Outline returns nothing without errors in the posts: an
// error in the programme or a theme that does not parse.
func (c *Compiler) OutlineAll() (*Outlined, diag.List) {
	c.load()
	if c.ctx().Err() != nil {
		return nil, nil
	}
	s, r, held, failed, problems := c.model()
	switch {
	case c.ctx().Err() != nil:
		return nil, nil
	case s == nil:
		return nil, problems
	}
	t := c.timer("outline")
	bodies := bodyFacts(s, held)
	c.dropBodies()
	o := r.Outline(s)
	static, probs := staticFiles(c.site, c.st.static, r.Images()) // the same paths; the photos are load's, GIF and AVIF images are read (their metadata)
	problems.Add(probs...)
	problems.Add(staticRules(s.Programme, static)...)
	problems.Add(collisions(outlineResult(o), static)...)
	problems.Sort()
	t.stop()
	return &Outlined{Site: s, Held: held, Renderer: r, Outline: o, Static: static, Timings: c.takeTimings(), Bodies: bodies,
		LeftOut: c.leftOutSlugs(failed)}, problems
}

// At outlines the site as a production build at when will publish it:
// the posts published now and the scheduled ones (in Held) dated no
// later, as published. A page that exists only once a scheduled post is
// (its tag's, a later page of a list it lengthens) is listed. Only for
// an outline of a production build.
func (o *Outlined) At(when time.Time) *render.Outline {
	posts := make([]*content.Post, 0, len(o.Site.Posts)+len(o.Held))
	verdicts := make([]review.Verdict, 0, cap(posts))
	for _, p := range o.Site.Posts {
		posts, verdicts = append(posts, p.Post), append(verdicts, p.Verdict)
	}
	for _, h := range o.Held {
		if h.Verdict.State == review.Scheduled && !h.Post.Date.After(when) {
			v := h.Verdict
			v.State = review.Published
			posts, verdicts = append(posts, h.Post), append(verdicts, v)
		}
	}
	s := site.New(o.Site.Programme, posts, verdicts, site.Options{Now: when})
	s.Static = o.Site.Static
	return o.Renderer.Outline(s)
}

// bodyFacts takes the facts of the bodies of the shown posts of s and of
// the held ones, one worker per core.
func bodyFacts(s *site.Site, held []HeldBack) map[string]mdlinks.Facts {
	posts := make([]*content.Post, 0, len(s.Posts)+len(held))
	for _, p := range s.Posts {
		posts = append(posts, p.Post)
	}
	for _, h := range held {
		posts = append(posts, h.Post)
	}
	facts := make([]mdlinks.Facts, len(posts))
	md := mdlinks.NewMarkdown()
	workers.ForEach(len(posts), func(i int) { facts[i] = mdlinks.FactsOf(md, posts[i]) })
	byPath := make(map[string]mdlinks.Facts, len(posts))
	for i, p := range posts {
		byPath[p.Path] = facts[i]
	}
	return byPath
}

// dropBodies lets the loaded posts' bodies go and marks the state as not
// loaded, so that no later run uses a post without its body.
func (c *Compiler) dropBodies() {
	for _, u := range c.st.order {
		u.loaded.Body = nil
		if u.checked != nil {
			u.checked.Body = nil
		}
	}
	c.st.loaded = false
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
