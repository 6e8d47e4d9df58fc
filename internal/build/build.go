package build

import (
	"context"
	"errors"
	"github.com/tandem-mentoring/tandem/internal/changes"
	"io/fs"
	"slices"
	"time"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/history"
	"github.com/tandem-mentoring/tandem/internal/imagecache"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/render"
	"github.com/tandem-mentoring/tandem/internal/review"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/themes"
)

// Options describe one build.
type Options struct {
	// Preview builds every post with a banner and the review dashboard.
	Preview bool
	// Now decides which approved posts are due.
	Now time.Time
	// Clock, when set, gives Now afresh at every Compile and Update of a
	// Compiler (tandem serve without --now: a scheduled post is due from
	// the first rebuild after its time, not only after a restart).
	Clock func() time.Time
	// Verify checks approval signatures (see review.Verifier); may be nil.
	Verify review.Verifier
	// Trust is what the gate trusts beyond programme.yaml: an
	// allowed-signers file and whether signatures are required.
	Trust review.Trust
	// History is the posts' review history being read from git beside
	// load and validate (history.Start); the review gate waits for it. A
	// read that failed is an error of the run (code history). nil checks
	// none.
	History *history.Reading
	// Changes, in a preview, finds what changed in the stale posts since
	// their approval (changes.Finder.Stale), for the banner and the
	// dashboard; nil shows nothing. A production build never calls it.
	Changes func(prog *programme.Programme, stale []*content.Post) map[string]changes.Shown
	// BaseURL, when set, replaces programme.yaml's base_url (tandem's
	// --base-url: one source built for staging and production). It must
	// be a base URL as programme.ParseBaseURL returns it.
	BaseURL string
	// Context, when set, stops a run early once it is done: loading,
	// rendering and writing stop at the next post, page or file, the
	// staging folder is removed and nothing is swapped in. Build then
	// returns the context's error; Compile and Outline return nothing.
	// nil never stops.
	Context context.Context
	// ImageCache is the folder the photos' derivatives are kept in
	// between builds (imagecache.OpenDir); nil keeps none.
	ImageCache *imagecache.Dir
}

// Compiled is a site compiled in memory, ready to write.
type Compiled struct {
	// Site is the model. The next Update of the same Compiler may change
	// it in place (an edit that leaves its lists as they were, see
	// modelOf): read it before the next run.
	Site *site.Site
	// Held are the posts the review gate kept out of a production build
	// (none in a preview), for counts and messages.
	Held   []HeldBack
	Result render.Result
	// Static are the files of content/static, copied to the site root.
	Static []render.Copy
	// Timings say how long each stage took.
	Timings Timings
}

// Copies are the files the site copies as they are: theme assets, bundle
// files and static files (none of which lies where another does: a static
// file among the theme's assets is an error, see staticRules).
func (c *Compiled) Copies() []render.Copy {
	return append(slices.Clip(c.Result.Copies), c.Static...)
}

// Compiler runs the stages from load to render over a site folder. It
// keeps the renderer and its cache between runs, so compiling again after
// an edit only renders what changed.
type Compiler struct {
	site     fs.FS
	opts     Options
	renderer *render.Renderer
	rkey     string
	cache    *render.Cache
	st       state
	timings  Timings
}

// ctx is the context of the run (see Options.Context).
func (c *Compiler) ctx() context.Context {
	if c.opts.Context == nil {
		return context.Background()
	}
	return c.opts.Context
}

// NewCompiler returns a Compiler for the site rooted at site.
func NewCompiler(site fs.FS, opts Options) *Compiler {
	return &Compiler{site: site, opts: opts}
}

// Compile loads everything and runs validate, gate, model and render. It
// returns all problems; the result is usable only when they hold no error.
func (c *Compiler) Compile() (*Compiled, diag.List) {
	c.load()
	if c.ctx().Err() != nil {
		return nil, nil // half loaded: of no use
	}
	return c.compileState()
}

// UpdateContext is Update with ctx in place of Options.Context for this
// one run: the dev server stops a rebuild that a newer save supersedes.
// A run that ctx stopped returns nothing, and may have left the loaded
// posts half read: the next run must reload everything (Update with ".").
func (c *Compiler) UpdateContext(ctx context.Context, changed []string) (*Compiled, diag.List) {
	keep := c.opts.Context
	c.opts.Context = ctx
	defer func() { c.opts.Context = keep }()
	return c.Update(changed)
}

// HeldBack is a post the review gate kept out of a production build, with
// the gate's verdict. The model never holds it, so no template can reach
// it; the commands count it and the link checks name it.
type HeldBack struct {
	Post    *content.Post
	Verdict review.Verdict
}

// heldBack returns the posts of a production build that the gate did
// not publish.
func heldBack(posts []*content.Post, verdicts []review.Verdict, preview bool) []HeldBack {
	var held []HeldBack
	for i, p := range posts {
		if !site.Shown(verdicts[i], preview) {
			held = append(held, HeldBack{Post: p, Verdict: verdicts[i]})
		}
	}
	return held
}

// historyHint is the hint of an error reading the history: the gate
// cannot tell which approvals a later decision superseded.
func historyHint() diag.Text {
	return diag.T("fix what the message says, or pass --no-history to skip the check of superseded approvals")
}

// model runs validate, the review gate and model over the loaded state,
// and finds the renderer; held are the posts the gate held back (see
// HeldBack). When load or validate find errors in some posts or static
// files only, it goes on without those posts (see leftOut), so that a
// run reports what the later stages find in the rest; failed names
// them, and the held-back posts when a shown post links to one (see
// heldLinks). The site is then usable for checking, not for rendering:
// the problems hold the errors. It returns a nil site when it cannot go
// on.
func (c *Compiler) model() (s *site.Site, r *render.Renderer, held []HeldBack, failed map[string]bool, problems diag.List) {
	if c.opts.Clock != nil {
		c.opts.Now = c.opts.Clock()
	}
	prog := c.st.prog
	last := c.st.model // kept only by a run that makes a model (see modelOf)
	c.st.model = nil
	problems = append(append(append(diag.List(nil), c.st.progProbs...), c.st.postProbs...), c.st.staticProbs...)
	t := c.timer("validate")
	units, fresh, posts, probs := c.validate()
	problems = append(problems, probs...)
	problems = append(problems, bundleRules(prog, posts)...)
	t.stop()
	if problems.HasErrors() {
		var ok bool
		if failed, ok = c.leftOut(problems); !ok {
			return nil, nil, nil, nil, c.withStatic(prog, problems)
		}
		units, posts = without(units, posts, failed)
		last, fresh = nil, nil // fresh are places among every unit: a model anew
	}
	t = c.timer("history wait")
	past, err := c.opts.History.Wait()
	t.stop()
	if err != nil {
		problems.Errorf(diag.Pos{Path: "content/posts"}, "history", historyHint(), "cannot read the review history: %s", diag.TextOf(err))
		problems.Sort()
		return nil, nil, nil, nil, problems
	}
	t = c.timer("review gate")
	verdicts := c.gate(prog, units, posts, past, &problems)
	t.stop()
	t = c.timer("model")
	s = c.modelOf(last, prog, units, fresh, posts, verdicts)
	s.Static = site.StaticImages(c.st.static, s.BasePath, prog.Images)
	held = heldBack(posts, verdicts, c.opts.Preview)
	s.Changes = c.changesOf(prog, posts, verdicts)
	links := heldLinks(s, held)
	t.stop()
	if len(links) > 0 {
		problems.Add(links...)
		failed = withHeld(failed, held) // every link to them is one of these errors
	}
	r, err = c.rendererFor(prog, s.BasePath)
	var inTemplate diag.Problem
	switch {
	case errors.As(err, &inTemplate):
		problems.Add(inTemplate) // a template that does not parse, at its line
		problems.Sort()
		return nil, nil, nil, nil, problems
	case err != nil:
		problems.Add(diag.Make(diag.Pos{Path: "themes/" + prog.Theme}, diag.Error, "theme",
			diag.T("check the theme folder, or remove theme: from programme.yaml to use the default"), diag.Verbatim(err.Error())))
		problems.Sort()
		return nil, nil, nil, nil, problems
	}
	problems.Add(r.ThemeWarnings()...)
	return s, r, held, failed, problems
}

// finish renders s and lists the static files. With a sink, pages go to
// it as they are rendered (see render.Stream), and the error is the
// sink's.
func (c *Compiler) finish(r *render.Renderer, s *site.Site, held []HeldBack, problems diag.List, sink render.Sink) (*Compiled, diag.List, error) {
	res, probs, err := c.render(r, s, sink)
	if err != nil {
		return nil, problems, err
	}
	problems.Add(probs...)
	static, probs := staticFiles(c.site, c.st.static, r.Images())
	problems.Add(probs...)
	problems.Add(staticRules(s.Programme, static)...)
	problems.Add(collisions(res, static)...)
	problems.Sort()
	if problems.HasErrors() {
		return nil, problems, nil
	}
	return &Compiled{Site: s, Held: held, Result: res, Static: static, Timings: c.takeTimings()}, problems, nil
}

// render renders s with the cache, or streams it to sink.
func (c *Compiler) render(r *render.Renderer, s *site.Site, sink render.Sink) (render.Result, diag.List, error) {
	if sink == nil {
		defer c.timer("render").stop()
		return r.RenderContext(c.ctx(), s, c.cache)
	}
	defer c.timer("render+write").stop()
	return r.Stream(c.ctx(), s, sink)
}

// rendererFor reuses the renderer while theme, language, base path and
// image settings stay the same (the sizes attributes too, which change
// no derivative, but the pages).
func (c *Compiler) rendererFor(prog *programme.Programme, basePath string) (*render.Renderer, error) {
	key := prog.Theme + "|" + prog.Language + "|" + basePath + "|" + prog.Images.Key() + "|" + prog.Images.Sizes + "|" + prog.Images.CardSizes
	if c.renderer != nil && c.rkey == key {
		return c.renderer, nil
	}
	theme, err := themes.Open(c.site, prog.Theme)
	if err != nil {
		return nil, err
	}
	derived := imagecache.New(c.site, prog.Images, c.opts.ImageCache)
	r, err := render.New(theme, prog.Language, basePath, render.Images{Settings: prog.Images, Derived: derived})
	if err != nil {
		return nil, err
	}
	c.renderer, c.rkey, c.cache = r, key, render.NewCache()
	return r, nil
}
