package build

import (
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/validate"
)

// state is what a Compiler keeps between runs: the loaded files, so an
// update reloads only the changed ones, and beside each loaded post what
// follows from it and the programme alone (see unit). validate, the gate
// and the later stages run over every post every time (see Update).
type state struct {
	loaded    bool
	prog      *programme.Programme
	progProbs diag.List
	// progChecks are what validate finds in the programme on its own
	// (validate.CheckProgramme), checked when it is loaded.
	progChecks diag.List
	// posts are the units by name (see unit.name); order holds them in
	// the order of their posts' paths.
	posts     map[string]*unit
	order     []*unit
	postProbs diag.List
	// slugs remembers tag addresses (content.Slugify of each name);
	// pages is validate's table of pages, cleared after each use.
	slugs content.Slugs
	pages validate.Pages
	// skeletons are the theme's archetypes' placeholder texts by kind
	// of post, in a preview build only (see loadSkeletons).
	skeletons map[string]content.Skeleton
	// static are the photos of content/static/ (loadStatic), read again
	// only when a path below it changed.
	static      []content.File
	staticProbs diag.List
	// model is the last model made, while the programme it was made of
	// is loaded (see modelOf).
	model *lastModel
}

// Update compiles again after the files in changed (paths below the site
// root, slash-separated) were written, created or removed. It reloads
// only the files those paths affect, then runs validate, the gate, model
// and render over everything, as Compile does (the model is the last one
// with the reloaded posts put in place when they leave its lists as they
// were, see modelOf). What depends on one post
// and the programme alone (its checks, its digest) is computed again for
// the reloaded posts only, or for every post when the programme was
// reloaded (see unit); render makes again only the outputs whose key
// changed (see render.Cache). The result equals a full Compile of the
// same files.
func (c *Compiler) Update(changed []string) (*Compiled, diag.List) {
	if !c.st.loaded {
		return c.Compile()
	}
	t := c.timer("load")
	defer t.stop()
	var reloadProgramme, reloadAll, reloadStatic bool
	for _, p := range changed {
		switch {
		case p == StaticDir || strings.HasPrefix(p, StaticDir+"/"):
			reloadStatic = true
		case p == programme.File || strings.HasPrefix(p, programme.TandemDir+"/") || p == programme.TandemDir:
			reloadProgramme = true
		case p == "themes" || strings.HasPrefix(p, "themes/"):
			c.renderer = nil
			// The programme checks that its theme's folder exists, and a
			// preview reads the archetypes' skeletons with it.
			reloadProgramme = reloadProgramme || strings.Count(p, "/") <= 1 || (c.opts.Preview && strings.Contains(p, "/archetypes"))
		case strings.HasPrefix(p, content.PostDir+"/"):
			if !c.reloadPost(p) {
				reloadAll = true
			}
		case p == content.PostDir || p == "content" || p == ".":
			reloadAll, reloadProgramme, reloadStatic = true, true, true
		case path.Dir(p) == "content":
			reloadAll = true // a post saved beside content/posts is reported by the load
		}
	}
	if reloadProgramme {
		c.loadProgramme()
		c.st.recheck()
	}
	if reloadAll {
		c.loadPosts()
	}
	if reloadStatic {
		c.st.static, c.st.staticProbs = loadStatic(c.site)
	}
	t.stop()
	return c.compileState()
}

// reloadPost reloads the post that the changed path belongs to. It
// reports false when the change is not one it can place (a folder
// renamed, say), so the caller reloads every post.
func (c *Compiler) reloadPost(p string) bool {
	if content.IsIgnored(path.Base(p)) {
		return true
	}
	if dir := c.bundleOf(p); dir != "" {
		c.reloadUnit(dir, path.Join(dir, "index.md"), content.LoadBundle)
		return true
	}
	if path.Ext(p) != ".md" {
		return false
	}
	if info, err := fs.Stat(c.site, p); err == nil && info.IsDir() {
		return false
	}
	c.reloadUnit(p, p, content.LoadFile)
	return true
}

// bundleOf returns the bundle folder holding p, or "" when p is not
// inside a bundle (neither now nor at the last load).
func (c *Compiler) bundleOf(p string) string {
	for dir := path.Dir(p); dir != content.PostDir && dir != "." && strings.HasPrefix(dir, content.PostDir+"/"); dir = path.Dir(dir) {
		if _, known := c.st.posts[dir]; known || isFile(c.site, path.Join(dir, "index.md")) {
			return dir
		}
	}
	return ""
}

func isFile(site fs.FS, name string) bool {
	info, err := fs.Stat(site, name)
	return err == nil && info.Mode().IsRegular()
}

// reloadUnit forgets the unit name and its load problems, and loads it
// again with load while its file (main: a bundle's index.md) is there.
func (c *Compiler) reloadUnit(name, main string, load func(fs.FS, string) (*content.Post, diag.List)) {
	c.st.dropUnit(name)
	c.st.postProbs = slices.DeleteFunc(c.st.postProbs, func(p diag.Problem) bool {
		return p.Path == name || strings.HasPrefix(p.Path, name+"/")
	})
	if !isFile(c.site, main) {
		return
	}
	post, probs := load(c.site, name)
	if post != nil {
		c.st.setUnit(name, post)
	}
	c.st.postProbs = append(c.st.postProbs, probs...)
}

// load reads everything from scratch. The programme and the posts do not
// depend on each other until validate, so the programme is read while
// the posts are (its files would otherwise be read with a core idle).
func (c *Compiler) load() {
	defer c.timer("load").stop()
	var prog sync.WaitGroup
	prog.Go(c.loadProgramme)
	prog.Go(func() { c.st.static, c.st.staticProbs = loadStatic(c.site) })
	c.loadPosts()
	prog.Wait()
	c.st.loaded = true
}

// loadProgramme reads programme.yaml and the tandem files, with the base
// URL the options give in place of base_url, and checks the programme on
// its own (validate.CheckProgramme).
func (c *Compiler) loadProgramme() {
	c.st.prog, c.st.progProbs = programme.Load(c.site)
	c.st.model = nil // made of the programme that was loaded
	if c.opts.BaseURL != "" {
		c.st.prog.BaseURL = c.opts.BaseURL
	}
	c.st.progChecks = validate.CheckProgramme(c.st.prog)
	if c.opts.Preview {
		c.st.skeletons = loadSkeletons(c.site, c.st.prog)
	}
}

func (c *Compiler) loadPosts() {
	posts, probs := content.LoadContext(c.ctx(), c.site)
	c.st.setUnits(posts)
	c.st.postProbs = probs
}

// compileState runs validate and the later stages over the loaded state.
func (c *Compiler) compileState() (*Compiled, diag.List) {
	s, r, held, failed, problems := c.model()
	if s == nil {
		return nil, problems
	}
	if failed != nil {
		return nil, c.withStatic(s.Programme, problems) // render only a whole site
	}
	compiled, problems, _ := c.finish(r, s, held, problems, nil) // no sink: an error is the context's, and compiled nil
	return compiled, problems
}
