package watch

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// countingList records the folders a tree asks to watch.
type countingList struct{ added map[string]bool }

func (c *countingList) Add(name string) error    { c.added[name] = true; return nil }
func (c *countingList) Remove(name string) error { delete(c.added, name); return nil }

// TestDeepFoldersAreNotWatched: below the root, a folder more than
// MaxDepth levels deep is neither watched nor listed, so 400 nested
// folders cost what 100 do (every watch is set up by a path as long as
// its depth, so thousands of them took the watcher minutes).
func TestDeepFoldersAreNotWatched(t *testing.T) {
	t.Parallel()
	attach := func(n int) (watched int, found []string) {
		site := fstest.MapFS{
			"content/posts/2024-03-01-oben.md":                        {Data: []byte("x")},
			"content/posts" + strings.Repeat("/a", n) + "/deep.md":    {Data: []byte("x")},
			"content/posts" + strings.Repeat("/a", 30) + "/just.md":   {Data: []byte("x")},
			"content/posts" + strings.Repeat("/a", 31) + "/inside.md": {Data: []byte("x")},
		}
		list := &countingList{added: map[string]bool{}}
		tr := &tree{root: "/site", fsys: site, scopes: []string{"content"}, depth: DefaultMaxDepth,
			watch: list, dirs: map[string]bool{}, known: map[string]bool{}}
		if err := tr.attach(".", func(rel string) { found = append(found, rel) }); err != nil {
			t.Fatal(err)
		}
		for d := range tr.dirs {
			if strings.Count(d, "/") > DefaultMaxDepth {
				t.Errorf("%d folders: %s is watched, %d levels deep", n, d, strings.Count(d, "/"))
			}
		}
		return len(list.added), found
	}
	w100, found := attach(100)
	w400, _ := attach(400)
	// ".", content, content/posts and 31 folders a/…/a: the 31st is 32
	// levels deep (content/posts/a is 2).
	if w100 != 34 || w400 != 34 {
		t.Errorf("watched %d folders for 100 nested ones and %d for 400; want 34", w100, w400)
	}
	slices.Sort(found)
	if len(found) != 3 || !strings.HasSuffix(found[1], "/inside.md") || !strings.HasSuffix(found[2], "/just.md") {
		t.Errorf("files found: %q, want oben.md, just.md and inside.md (in the 31st folder, 32 levels deep)", found)
	}
}

// TestDeepTreeOnDisk: the watcher starts on a site with 300 nested
// folders, reports a file saved 32 levels deep and leaves out one
// saved deeper, as the load does.
func TestDeepTreeOnDisk(t *testing.T) {
	t.Parallel()
	deep := "content/posts" + strings.Repeat("/d", 300)
	ok := "content/posts" + strings.Repeat("/d", 31) + "/ok.md" // its folder is 32 levels deep
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{deep + "/x.md": "x"})
		h.write(deep+"/x.md", "x2")
		h.write("content/posts"+strings.Repeat("/d", 32)+"/too-deep.md", "y")
		h.write(ok, "z")
		expectSettled(t, h.settle(), "changed "+ok)
	})
}

// TestSymlinksAreNotFollowed: a folder linked into content/ (there from
// the start or made later) is not watched through the link: what changes
// in the folder it points to is not reported. The link itself is, as a
// file, so the build can say it refuses it.
func TestSymlinksAreNotFollowed(t *testing.T) {
	t.Parallel()
	outside := t.TempDir()
	h := newHarness(t, map[string]string{"content/posts/a.md": "a"}, Debounce(testDebounce))
	if err := os.Symlink(outside, h.path("content/early")); err != nil {
		t.Fatal(err)
	}
	expectSettled(t, h.settle(), "changed content/early")
	h2 := newHarness(t, map[string]string{"content/posts/a.md": "a"}, Debounce(testDebounce))
	if err := os.Symlink(outside, h2.path("content/linked")); err != nil {
		t.Fatal(err)
	}
	expectSettled(t, h2.settle(), "changed content/linked")
	// Restarted with the links in place, and the folder they name changed.
	h3w, err := New(h.root, Debounce(testDebounce))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { h3w.Close() })
	h3 := &harness{t: t, root: h.root, w: h3w, probes: 100}
	if err := os.WriteFile(filepath.Join(outside, "secret.md"), []byte("s"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(filepath.Join(outside, "sub"), 0o755); err != nil {
		t.Fatal(err)
	}
	if b := h3.settle(); len(b) > 0 {
		t.Errorf("changes through a link were reported: %q", changes(b))
	}
	if b := h2.settle(); len(b) > 0 {
		t.Errorf("changes through a link made later were reported: %q", changes(b))
	}
}
