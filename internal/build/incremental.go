package build

import (
	"io/fs"
	"path"
	"slices"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
	"github.com/tandem-mentoring/tandem/internal/programme"
	"github.com/tandem-mentoring/tandem/internal/review"
)

// state is what a Compiler keeps between runs for incremental rebuilds.
type state struct {
	loaded      bool
	prog        *programme.Programme
	progProbs   diag.List
	posts       map[string]*content.Post // by unit: file path, or bundle folder
	postProbs   diag.List
	verdicts    map[*content.Post]review.Verdict
	verdictsFor *programme.Programme
}

// Update compiles again after the files in changed (paths below the site
// root, slash-separated) were written, created or removed. It reloads
// only what those paths affect; the result always equals a full Compile
// of the same files.
func (c *Compiler) Update(changed []string) (*Compiled, diag.List) {
	if !c.st.loaded {
		return c.Compile()
	}
	t := c.timer("load")
	defer t.stop()
	var reloadProgramme, reloadAll bool
	for _, p := range changed {
		switch {
		case p == programme.File || strings.HasPrefix(p, programme.TandemDir+"/") || p == programme.TandemDir:
			reloadProgramme = true
		case strings.HasPrefix(p, "themes/"):
			c.renderer = nil
		case strings.HasPrefix(p, content.PostDir+"/"):
			if !c.reloadPost(p) {
				reloadAll = true
			}
		case p == content.PostDir || p == "content" || p == ".":
			reloadAll, reloadProgramme = true, true
		}
	}
	if reloadProgramme {
		c.st.prog, c.st.progProbs = programme.Load(c.site)
	}
	if reloadAll {
		c.loadPosts()
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
		c.dropUnit(dir)
		if isFile(c.site, path.Join(dir, "index.md")) {
			post, probs := content.LoadBundle(c.site, dir)
			c.addUnit(dir, post, probs)
		}
		return true
	}
	if path.Ext(p) != ".md" {
		return false
	}
	if info, err := fs.Stat(c.site, p); err == nil && info.IsDir() {
		return false
	}
	c.dropUnit(p)
	if isFile(c.site, p) {
		post, probs := content.LoadFile(c.site, p)
		c.addUnit(p, post, probs)
	}
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

func (c *Compiler) dropUnit(unit string) {
	delete(c.st.posts, unit)
	c.st.postProbs = slices.DeleteFunc(c.st.postProbs, func(p diag.Problem) bool {
		return p.Path == unit || strings.HasPrefix(p.Path, unit+"/")
	})
}

func (c *Compiler) addUnit(unit string, post *content.Post, probs diag.List) {
	if post != nil {
		c.st.posts[unit] = post
	}
	c.st.postProbs = append(c.st.postProbs, probs...)
}

// load reads everything from scratch.
func (c *Compiler) load() {
	defer c.timer("load").stop()
	c.st.prog, c.st.progProbs = programme.Load(c.site)
	c.loadPosts()
	c.st.loaded = true
}

func (c *Compiler) loadPosts() {
	posts, probs := content.Load(c.site)
	c.st.posts = make(map[string]*content.Post, len(posts))
	for _, p := range posts {
		unit := p.Path
		if p.Bundle != "" {
			unit = p.Bundle
		}
		c.st.posts[unit] = p
	}
	c.st.postProbs = probs
}

// compileState runs validate and the later stages over the loaded state.
func (c *Compiler) compileState() (*Compiled, diag.List) {
	return c.compile(c.inputs())
}

// inputs are the loaded programme and posts, sorted by path, and the
// problems found loading them.
func (c *Compiler) inputs() (*programme.Programme, []*content.Post, diag.List) {
	posts := make([]*content.Post, 0, len(c.st.posts))
	for _, p := range c.st.posts {
		// validate fills in resolved fields; give it a fresh copy so a
		// change to a tandem file is seen by unchanged posts too.
		cp := *p
		posts = append(posts, &cp)
	}
	slices.SortFunc(posts, func(a, b *content.Post) int { return strings.Compare(a.Path, b.Path) })
	problems := append(append(diag.List(nil), c.st.progProbs...), c.st.postProbs...)
	return c.st.prog, posts, problems
}

// judge returns the gate's verdict, reusing the last one for a post that
// did not change (same content hash) while the programme stayed the same.
func (c *Compiler) judge(gate review.Gate, p *content.Post) review.Verdict {
	if c.st.verdictsFor != gate.Programme {
		c.st.verdicts, c.st.verdictsFor = map[*content.Post]review.Verdict{}, gate.Programme
	}
	key := c.st.posts[unitOf(p)]
	if v, ok := c.st.verdicts[key]; ok && key != nil && key.Hash == p.Hash {
		return v
	}
	v := gate.Judge(p)
	if key != nil {
		c.st.verdicts[key] = v
	}
	return v
}

func unitOf(p *content.Post) string {
	if p.Bundle != "" {
		return p.Bundle
	}
	return p.Path
}
