package render

import (
	"strings"
	"testing"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/site"
)

// TestEverythingRenderWritesIsInAGeneratedRoot renders a preview with
// every kind of page (paginated lists, a tandem, tags, authors, the
// dashboard, feeds, the sitemap) and a bundle file: every page and file
// must lie in one of site.GeneratedRoots, which the build keeps
// content/static/ out of, and every root must be used. A new kind of
// page at an address of its own fails here until its root is added, so
// a static file can never take its address. Theme assets must lie in
// none.
func TestEverythingRenderWritesIsInAGeneratedRoot(t *testing.T) {
	s := testSite(t, 5, nil)
	s.Posts[0].Files = []content.File{{Name: "img/photo.jpg", Source: "content/posts/x/img/photo.jpg"}}
	res, problems := newRenderer(t).Render(s, nil)
	if problems.HasErrors() {
		t.Fatal(problems.Err())
	}
	used := map[string]bool{}
	kinds := map[string]bool{}
	for _, o := range res.Outputs {
		root := site.GeneratedRoot(o.Path)
		if root == "" {
			t.Errorf("render writes %s, which lies in none of site.GeneratedRoots: add its root there", o.Path)
		}
		used[root] = true
		if strings.HasSuffix(o.Path, "/page/2/index.html") {
			kinds["pagination"] = true
		}
	}
	bundles := 0
	for _, c := range res.Copies {
		root := site.GeneratedRoot(c.Path)
		switch {
		case c.From == nil && root != site.PostsRoot:
			t.Errorf("bundle file %s is copied to %s, outside %s", c.Name, c.Path, site.PostsRoot)
		case c.From == nil:
			bundles++
		case root != "":
			t.Errorf("theme asset %s is copied to %s, inside the generated root %s", c.Name, c.Path, root)
		}
	}
	if bundles != 1 || !kinds["pagination"] {
		t.Fatalf("the site has %d bundle files and pagination %v: it does not show every kind of file", bundles, kinds["pagination"])
	}
	for _, root := range site.GeneratedRoots() {
		if !used[root] {
			t.Errorf("no page or file lies in %s: is it still a root?", root)
		}
	}
}
