package render

import (
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"slices"
	"strings"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/images"
	"github.com/tandem-mentoring/tandem/internal/messages"
	"github.com/tandem-mentoring/tandem/internal/site"
	"github.com/tandem-mentoring/tandem/internal/workers"
)

// Renderer turns sites into pages with one theme and one language. Create
// it once per theme and programme; it is safe for concurrent use.
type Renderer struct {
	theme   fs.FS
	strings *Strings
	pages   map[string]*template.Template
	base    string // the site's base path, e.g. "/mentoring/"
	images  Images
	// bufs recycles the buffers pages are executed into: Render keeps an
	// exact copy of each page and a stream hands the page over before
	// the buffer serves the next one.
	bufs sync.Pool
	// pageViews recycles the page views of render (see pageOf).
	pageViews sync.Pool
	// converters recycles the Markdown converters (see converter).
	converters sync.Pool
	// sources names the theme file of each template, for problems.
	sources templateSources
	// warnings are what is amiss in the theme without breaking a page.
	warnings diag.List
	// print is the renderer's fingerprint: of every theme file it
	// parsed, its language and base path. It is part of every key.
	print [32]byte
	// wantsAll are the page kinds whose templates name .AllPosts.
	wantsAll map[string]bool
	// messages prints the reasons of the preview's review notes in the
	// site's language; made on first use, as only a preview needs it.
	messages func() messages.Printer
	// linkItemInGo tells whether the theme's "link-item" is the default
	// theme's, which linkItem makes in Go.
	linkItemInGo bool
	// cardInGo tells whether the theme's "post-card" and "state-badge"
	// are the default theme's, whose cards postCard makes in Go.
	cardInGo bool
}

// Kinds of page, each with a template templates/<kind>.html.
var pageKinds = []string{"home", "post", "posts", "rounds", "round", "report", "programme-report", "tandems", "tandem", "tags", "tag", "authors", "author", "404", "review", "search"}

// New parses the theme's templates for a site in language lang under
// basePath (e.g. "/mentoring/"). A template that does not parse is
// reported as a diag.Problem at its file and line.
func New(theme fs.FS, lang, basePath string, im Images) (*Renderer, error) {
	str, err := loadStrings(theme, lang)
	if err != nil {
		return nil, err
	}
	r := &Renderer{theme: theme, strings: str, pages: map[string]*template.Template{}, base: basePath, sources: newTemplateSources(), images: im}
	r.converters.New = func() any { return newConverter(im.Settings.Sizes) }
	r.messages = sync.OnceValue(func() messages.Printer { return messages.New().Printer(lang) })
	r.sources.add(theme, "templates/base.html")
	base, err := template.New("base.html").Funcs(r.funcs(basePath)).ParseFS(theme, "templates/base.html")
	if err != nil {
		return nil, r.sources.parseError(err)
	}
	if partials, _ := fs.Glob(theme, "templates/partials/*.html"); len(partials) > 0 {
		r.sources.add(theme, partials...)
		if base, err = base.ParseFS(theme, partials...); err != nil {
			return nil, r.sources.parseError(err)
		}
	}
	for _, kind := range pageKinds {
		r.sources.add(theme, "templates/"+kind+".html")
		t, err := template.Must(base.Clone()).ParseFS(theme, "templates/"+kind+".html")
		if err != nil {
			return nil, r.sources.parseError(err)
		}
		r.pages[kind] = t
	}
	r.linkItemInGo = defines(r.pages["post"], "link-item", linkItemTemplate)
	r.cardInGo = cardInGo(r.pages["home"])
	r.warnings = r.sources.missingStrings(theme, str, lang)
	r.print = fingerprint(theme, lang, basePath+"\x00"+im.Settings.Key()+"\x00"+im.Settings.Sizes+"\x00"+im.Settings.CardSizes, r.sources.files)
	r.wantsAll = map[string]bool{}
	for _, kind := range pageKinds {
		if names(r.pages[kind], "AllPosts") {
			r.wantsAll[kind] = true
		}
	}
	return r, nil
}

// ThemeWarnings are what is amiss in the theme without breaking a page,
// such as a UI string its templates name and its strings file lacks.
func (r *Renderer) ThemeWarnings() diag.List { return slices.Clone(r.warnings) }

// templateHint is the hint of a problem in a theme's template.
func templateHint() diag.Text { return diag.T("fix the theme template") }

func (r *Renderer) funcs(basePath string) template.FuncMap {
	return template.FuncMap{
		"t":      r.strings.T,
		"date":   r.strings.DateOf,
		"count":  r.strings.Count,
		"plural": r.strings.Plural,
		"url":    func(p string) string { return basePath + strings.TrimPrefix(p, "/") },
		"state":  func(s any) string { return r.strings.T("state_" + fmt.Sprint(s)) },
		// headtitle and description shorten a page's title and
		// description for the <head> (headtext.go).
		"headtitle":   headTitle,
		"description": metaDescription,
		// bymonth groups cards by month (archive.go).
		"bymonth": r.strings.byMonth,
	}
}

// Result is everything one Render produced.
type Result struct {
	// Outputs are generated files, sorted by path.
	Outputs []Output
	// Copies are files copied as they are, sorted by path.
	Copies []Copy
	// Rendered counts the outputs made (not taken from the cache).
	Rendered int
	// Originals are the addresses of the photos whose original is not
	// published: their derivatives stand in for them, and a link to one
	// is not broken.
	Originals []string
}

// Copy is a file copied into the output as it is.
type Copy struct {
	Path string // below the output folder
	From fs.FS
	Name string // in From
	// Sum, for a bundle file, is the SHA-256 of the bytes the approval
	// covers (content.File.Hash): the writer checks the bytes it copies
	// against it. Zero for files no approval covers.
	Sum [32]byte
	// Derived marks a photo's derivative: From (Images.Derived) makes it
	// from the original that Name names (images.DerivedName).
	Derived bool
}

// Images are what a renderer needs for the photos of posts.
type Images struct {
	// Settings are the programme's (images: in programme.yaml); they are
	// part of the renderer's fingerprint, so a change of widths or sizes
	// (card_sizes too) makes every body and view again.
	Settings images.Settings
	// Derived is the file system the derivatives are copied from, by
	// images.DerivedName (see internal/imagecache).
	Derived fs.FS
}

// Render produces every page of s. cache may be nil; when given, an
// output whose key is the key it had in the last Render with the same
// cache is taken from it instead of being made again (see Cache).
func (r *Renderer) Render(s *site.Site, cache *Cache) (Result, diag.List) {
	res, problems, _ := r.RenderContext(context.Background(), s, cache)
	return res, problems
}

// RenderContext is Render that stops once ctx is done: no post is
// converted and no page executed any more, the error is ctx's, and the
// cache holds what it held before (a render that stopped leaves it
// nothing).
func (r *Renderer) RenderContext(ctx context.Context, s *site.Site, cache *Cache) (Result, diag.List, error) {
	if cache == nil {
		cache = NewCache()
	}
	return r.render(ctx, s, cache, nil)
}

// render produces every page of s. With a sink (and no cache), each
// output goes to it as soon as it is made and is not kept (see Stream);
// the first error of the sink is returned. Once ctx is done no post is
// converted and no page executed any more, and the error is ctx's.
func (r *Renderer) render(ctx context.Context, s *site.Site, cache *Cache, sink Sink) (Result, diag.List, error) {
	ks := newKeying()
	if cache != nil {
		cache.start(r.print)
		ks = cache.keys
	}
	ps, problems := r.prepare(ctx, s, ks, cache, sink != nil)
	if ctx.Err() != nil {
		return Result{}, problems, ctx.Err()
	}
	shared, err := r.chrome(s, ks)
	if err != nil {
		problems.Add(r.chromeProblem(err))
		return Result{}, problems, nil
	}
	memo := &searchMemo{oneShot: cache == nil}
	if cache != nil {
		memo = &cache.search
	}
	jobs := r.plan(s, ps, ks, memo)
	var at []int
	var inKeys []Key
	if cache != nil {
		// The outputs are made in the order of their paths, so they need
		// no sorting after, and each has the place in the cache it had
		// in the last render; the pages with inputs are keyed before.
		inKeys = inputKeys(ks, jobs)
		jobs, at = cache.sortJobs(jobs)
		cache.startPages(len(jobs))
	}
	res := Result{Outputs: make([]Output, len(jobs))}
	errs := make([]error, len(jobs))
	made := make([]bool, len(jobs))
	sinkErrs := make([]error, len(jobs))
	if err := workers.ForEachContext(ctx, len(jobs), func(i int) {
		o, j := &res.Outputs[i], jobs[i]
		o.Path = j.path
		var page *Page
		defer func() { r.recycle(page) }()
		view := func() *Page {
			if page == nil {
				page = r.pageOf(j)
				shared.dress(page)
			}
			return page
		}
		if sink == nil {
			// A page with inputs is keyed without its view, which is
			// built only when the page is made again.
			if _, ok := j.page.(inputPage); ok {
				o.Key = inKeys[at[i]]
			} else {
				o.Key = r.key(ks, j, view())
			}
			o.Data, made[i], errs[i] = cache.page(i, o.Path, o.Key, func() ([]byte, error) { return r.make(j, view()) })
			return
		}
		made[i] = true
		errs[i] = r.makeWith(j, view(), func(data []byte) { sinkErrs[i] = sink(Output{Path: o.Path, Data: data}) })
	}); err != nil {
		return Result{}, problems, err
	}
	planned, paths := inPlanOrder(errs, jobs, at)
	problems.Add(r.sources.failures(planned, func(i int) diag.Text { return diag.Verbatim(paths[i]) }, templateHint())...)
	for i := range made {
		if made[i] {
			res.Rendered++
		}
	}
	if cache != nil {
		cache.finish()
	}
	if cache == nil {
		slices.SortFunc(res.Outputs, func(a, b Output) int { return strings.Compare(a.Path, b.Path) })
	}
	res.Copies, res.Originals = r.copies(s)
	return res, problems, errors.Join(sinkErrs...)
}

// key is the key of an output: of its page's view, or of its file's, and
// the renderer's fingerprint.
func (r *Renderer) key(ks *keying, j job, page *Page) Key {
	if page != nil {
		return page.pageKey(ks, r.print)
	}
	k := ks.keyer().str("file").sum32(r.print)
	j.fileKey(k)
	return k.sum()
}
