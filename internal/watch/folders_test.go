package watch

import (
	"os"
	"path/filepath"
	"testing"
)

// TestNewNestedFolder checks that folders made later are watched, however
// quickly their files follow.
func TestNewNestedFolder(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/": ""})
		h.write("content/a/b/c/x.md", "x")
		expectSettled(t, h.settle(), "changed content/a/b/c/x.md")

		h.write("content/a/b/c/y.md", "y")
		h.write("content/a/b/c/x.md", "x2")
		h.write("content/a/top.md", "t")
		expectSettled(t, h.settle(), "changed content/a/b/c/x.md", "changed content/a/b/c/y.md", "changed content/a/top.md")
	})
}

// TestMkdirBurst makes a deep folder chain with files at every level at
// once, racing the watcher's setting up of watches.
func TestMkdirBurst(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/": ""})
		h.mkdir("content/n1/n2/n3/n4")
		h.write("content/n1/a.md", "a")
		h.write("content/n1/n2/b.md", "b")
		h.write("content/n1/n2/n3/c.md", "c")
		h.write("content/n1/n2/n3/n4/d.md", "d")
		expectSettled(t, h.settle(), "changed content/n1/a.md", "changed content/n1/n2/b.md",
			"changed content/n1/n2/n3/c.md", "changed content/n1/n2/n3/n4/d.md")

		h.write("content/n1/n2/n3/n4/e.md", "e")
		expectSettled(t, h.settle(), "changed content/n1/n2/n3/n4/e.md")
	})
}

// TestDeletedFile checks a deleted file is reported Removed.
func TestDeletedFile(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/old.md": "old", "content/keep.md": "keep"})
		h.remove("content/old.md")
		expectSettled(t, h.settle(), "removed content/old.md")
	})
}

// TestDeletedFolder checks every file known inside a deleted folder is
// reported Removed, whether it was there at the start or came later, and
// that the folder is watched again when it comes back.
func TestDeletedFolder(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{
			"content/dir/a.md":     "a",
			"content/dir/b.md":     "b",
			"content/dir/sub/c.md": "c",
			"content/other.md":     "o",
		})
		h.write("content/dir/sub/new.md", "n")
		expectSettled(t, h.settle(), "changed content/dir/sub/new.md")

		h.remove("content/dir")
		expectSettled(t, h.settle(), "removed content/dir/a.md", "removed content/dir/b.md",
			"removed content/dir/sub/c.md", "removed content/dir/sub/new.md")

		h.write("content/dir/sub/again.md", "again")
		expectSettled(t, h.settle(), "changed content/dir/sub/again.md")
	})
}

// TestRenamedFolder checks a renamed folder reports its old paths Removed
// and its new ones Changed, and that changes inside it keep coming under
// the new name.
func TestRenamedFolder(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{
			"content/old/a.md":     "a",
			"content/old/sub/b.md": "b",
		})
		h.rename("content/old", "content/new")
		expectSettled(t, h.settle(), "changed content/new/a.md", "changed content/new/sub/b.md",
			"removed content/old/a.md", "removed content/old/sub/b.md")

		h.write("content/new/a.md", "a2")
		h.write("content/new/sub/c.md", "c")
		expectSettled(t, h.settle(), "changed content/new/a.md", "changed content/new/sub/c.md")

		h.rename("content/new", "content/old")
		expectSettled(t, h.settle(), "changed content/old/a.md", "changed content/old/sub/b.md",
			"changed content/old/sub/c.md", "removed content/new/a.md", "removed content/new/sub/b.md",
			"removed content/new/sub/c.md")
	})
}

// TestFolderMovedInAndOut checks a folder moved in from outside the root
// is reported and watched, and moving it out again reports its files gone.
func TestFolderMovedInAndOut(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/": ""})
		outside := t.TempDir()
		if err := os.MkdirAll(filepath.Join(outside, "bundle", "img"), 0o755); err != nil {
			t.Fatal(err)
		}
		for _, name := range []string{"bundle/index.md", "bundle/img/cover.png"} {
			if err := os.WriteFile(filepath.Join(outside, filepath.FromSlash(name)), []byte("x"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := os.Rename(filepath.Join(outside, "bundle"), h.path("content/bundle")); err != nil {
			t.Fatal(err)
		}
		expectSettled(t, h.settle(), "changed content/bundle/img/cover.png", "changed content/bundle/index.md")

		h.write("content/bundle/img/extra.png", "y")
		expectSettled(t, h.settle(), "changed content/bundle/img/extra.png")

		if err := os.Rename(h.path("content/bundle"), filepath.Join(outside, "gone")); err != nil {
			t.Fatal(err)
		}
		expectSettled(t, h.settle(), "removed content/bundle/img/cover.png",
			"removed content/bundle/img/extra.png", "removed content/bundle/index.md")
	})
}

// TestMissingPathsAppear checks watched paths that do not exist at the
// start are picked up when they are made, also when nested.
func TestMissingPathsAppear(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name  string
		paths []string
		file  string
	}{
		{"top level", []string{"content", "themes"}, "content/posts/p.md"},
		{"nested", []string{"site/content", "themes"}, "site/content/posts/p.md"},
		{"a file", []string{"tandem.yaml", "themes"}, "tandem.yaml"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			bothWays(t, func(t *testing.T, start starter) {
				h := start(nil, Paths(tc.paths...))
				h.write(tc.file, "p")
				expectSettled(t, h.settle(), "changed "+tc.file)
				h.write(tc.file, "p2")
				expectSettled(t, h.settle(), "changed "+tc.file)
			})
		})
	}
}

// TestWatchedFolderRemovedAndRemade checks a watched path that is deleted
// and made again is followed again through the root's watch.
func TestWatchedFolderRemovedAndRemade(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/a.md": "a"})
		h.remove("content")
		expectSettled(t, h.settle(), "removed content/a.md")
		h.write("content/b.md", "b")
		expectSettled(t, h.settle(), "changed content/b.md")
	})
}
