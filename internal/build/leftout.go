package build

import (
	"path"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// leftOut finds what the errors of load and validate (problems) are
// about, so that the later stages can go on without it: the posts (by
// unit name, see unit; or by the path of a post file or bundle folder
// that did not load at all) with an error at their file or in their
// bundle folder, and the files of content/static/. It reports false
// when an error is about anything else (the programme, a tandem file,
// the posts' or the static folder as a whole): then nothing can go on.
// An over-budget photo in content/static/ is still listed and copied
// (see staticFiles), so leaving nothing out for it is right.
func (c *Compiler) leftOut(problems diag.List) (map[string]bool, bool) {
	failed := map[string]bool{}
	for _, p := range problems {
		if p.Severity != diag.Error {
			continue
		}
		switch {
		case strings.HasPrefix(p.Path, StaticDir+"/"):
		case strings.HasPrefix(p.Path, content.PostDir+"/"):
			failed[c.unitOf(p.Path)] = true
		default:
			return nil, false
		}
	}
	return failed, true
}

// unitOf is the name of the unit the path below content/posts/ belongs
// to: a loaded post's file, or its bundle folder or a folder above a
// file in it. For a post that did not load at all it is the post's file,
// or the bundle folder of its index.md.
func (c *Compiler) unitOf(name string) string {
	for dir := name; dir != content.PostDir && dir != "."; dir = path.Dir(dir) {
		if _, known := c.st.posts[dir]; known {
			return dir
		}
	}
	if path.Base(name) == "index.md" {
		return path.Dir(name)
	}
	return name
}

// without returns the units and their posts, as validate returns them,
// but for those named in failed.
func without(units []*unit, posts []*content.Post, failed map[string]bool) ([]*unit, []*content.Post) {
	keptUnits := make([]*unit, 0, len(units))
	keptPosts := make([]*content.Post, 0, len(posts))
	for i, u := range units {
		if !failed[u.name] {
			keptUnits = append(keptUnits, u)
			keptPosts = append(keptPosts, posts[i])
		}
	}
	return keptUnits, keptPosts
}

// withHeld adds the units of the held-back posts to failed (made when
// nil): a link from a shown post to one of them is an error of its own
// (heldLinks), not a broken link to report again.
func withHeld(failed map[string]bool, held []HeldBack) map[string]bool {
	if failed == nil {
		failed = make(map[string]bool, len(held))
	}
	for _, h := range held {
		name := h.Post.Path
		if h.Post.Bundle != "" {
			name = h.Post.Bundle
		}
		failed[name] = true
	}
	return failed
}

// leftOutSlugs are the addresses below /posts/ that the posts named in
// failed could have (see leftOut): the slug a loaded one sets, and the
// one its file or folder name gives, which is all a post that did not
// load, or whose front matter did not parse, has.
func (c *Compiler) leftOutSlugs(failed map[string]bool) map[string]bool {
	if len(failed) == 0 {
		return nil
	}
	slugs := make(map[string]bool, len(failed))
	for name := range failed {
		if u, known := c.st.posts[name]; known && u.loaded.Slug != "" {
			slugs[u.loaded.Slug] = true
		}
		if s := content.DefaultSlug(name); s != "" {
			slugs[s] = true
		}
	}
	return slugs
}
