package content

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
)

// countingFS counts the files and folders opened through it.
type countingFS struct {
	fs.FS
	opened *int
}

func (c countingFS) Open(name string) (fs.File, error) {
	*c.opened++
	return c.FS.Open(name)
}

// deepSite has a post at the bottom of n nested folders below
// content/posts, and one post beside them.
func deepSite(n int) fstest.MapFS {
	post := "---\ntitle: Tief\ndate: 2024-03-02\nround: r1\n---\nText.\n"
	return fstest.MapFS{
		"content/posts/2024-03-01-oben.md":                                {Data: []byte(post)},
		"content/posts" + strings.Repeat("/a", n) + "/2024-03-02-tief.md": {Data: []byte(post)},
	}
}

// TestFoldersTooDeepCostTheSame: folders nested 4 times deeper cost not a
// single file or folder more to load; the walk stops at the first folder
// too deep (2,500 nested folders once took 20 seconds, 5,000 two
// minutes: every file is opened by a path as long as its depth).
func TestFoldersTooDeepCostTheSame(t *testing.T) {
	t.Parallel()
	opened := func(n int) (int, []string) {
		count := 0
		posts, problems := Load(countingFS{deepSite(n), &count})
		if len(posts) != 1 || posts[0].Path != "content/posts/2024-03-01-oben.md" {
			t.Errorf("%d folders: loaded %d posts, want the one above them", n, len(posts))
		}
		return count, render(problems)
	}
	n1, p1 := opened(100)
	n4, p4 := opened(400)
	want := "content/posts" + strings.Repeat("/a", MaxDepth) + " too-deep: this folder is 33 levels below content/; at most 32 are allowed"
	if len(p1) != 1 || p1[0] != want || len(p4) != 1 || p4[0] != want {
		t.Errorf("problems:\n%q\n%q\nwant %q", p1, p4, want)
	}
	if n4 != n1 {
		t.Errorf("100 nested folders opened %d files and folders, 400 opened %d", n1, n4)
	}
	if _, problems := Load(deepSite(MaxDepth - 1)); len(problems) > 0 {
		t.Errorf("a post %d folders below content/ is refused: %v", MaxDepth, problems)
	}
}
