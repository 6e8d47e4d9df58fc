package content

import (
	"bytes"
	"context"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"testing/fstest"
)

const okPost = "---\ntitle: T\ndate: 2024-03-05\nround: r1\n---\nText\n"

func file(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }

func paths(posts []*Post) []string {
	var out []string
	for _, p := range posts {
		out = append(out, p.Path)
	}
	return out
}

func TestLoad(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"content/programme.yaml":                     file("title: x\n"),
		"content/posts/b.md":                         file(okPost),
		"content/posts/r1/2024-03-05-a.md":           file(okPost),
		"content/posts/r1/notes.txt":                 file("not a post"),
		"content/posts/.hidden.md":                   file(okPost),
		"content/posts/x.md~":                        file(okPost),
		"content/posts/.x.md.swp":                    file("\x00swap"),
		"content/posts/x.swp":                        file("\x00swap"),
		"content/posts/4913":                         file(""),
		"content/posts/_drafts/idea.md":              file(okPost),
		"content/posts/.git/HEAD.md":                 file(okPost),
		"content/posts/r2/2024-04-01-tafel/index.md": file(okPost),
		"content/posts/r2/2024-04-01-tafel/bild.png": file("PNG"),
		"content/mein-beitrag.md":                    file(okPost),
		"content/notizen.txt":                        file("Idee"),
		"content/.entwurf.md":                        file(okPost),
	}
	posts, problems := Load(site)
	wantProblems(t, problems, []string{
		"content/mein-beitrag.md not-a-post: this file is ignored: posts are read from content/posts/ only",
		"content/notizen.txt not-a-post: this file is ignored: posts are read from content/posts/ only",
		"content/posts/r1/notes.txt not-a-post: this file is ignored: it is neither a post nor in a post's bundle folder",
	})
	want := []string{"content/posts/b.md", "content/posts/r1/2024-03-05-a.md", "content/posts/r2/2024-04-01-tafel/index.md"}
	if got := paths(posts); !slices.Equal(got, want) {
		t.Fatalf("loaded %q, want %q", got, want)
	}
	if posts[1].Slug != "a" || posts[2].Slug != "tafel" || posts[2].Name != "tafel" || posts[2].Bundle != "content/posts/r2/2024-04-01-tafel" {
		t.Errorf("slugs %q %q, bundle %q", posts[1].Slug, posts[2].Slug, posts[2].Bundle)
	}
}

// TestLoadContextStops cancels the load while the 5th post is opened:
// once cancel has returned, each worker may still open the one post it
// had taken before, and no other. (The number of opens after the 5th is
// not bounded: the canceller may wait for the processor while the others
// open more.)
func TestLoadContextStops(t *testing.T) {
	t.Parallel()
	files := fstest.MapFS{}
	for i := range 1000 {
		files[fmt.Sprintf("content/posts/2024-03-05-p%d.md", i)] = file(okPost)
	}
	ctx, cancel := context.WithCancel(context.Background())
	site := &cancelAt{FS: files, n: 5, cancel: cancel}
	LoadContext(ctx, site)
	if !site.done.Load() {
		t.Fatal("the load did not reach the 5th post")
	}
	if late := site.late.Load(); late > int32(runtime.GOMAXPROCS(0)) {
		t.Errorf("%d posts opened after the load was cancelled (%d workers); want one per worker at most", late, runtime.GOMAXPROCS(0))
	}
}

// cancelAt calls cancel when the n-th post file is opened, and counts the
// post files opened after cancel returned.
type cancelAt struct {
	fs.FS
	n      int32
	cancel func()
	opened atomic.Int32
	done   atomic.Bool // cancel has returned
	late   atomic.Int32
}

func (c *cancelAt) Open(name string) (fs.File, error) {
	if path.Ext(name) == ".md" {
		if c.done.Load() {
			c.late.Add(1)
		}
		if c.opened.Add(1) == c.n {
			c.cancel()
			c.done.Store(true)
		}
	}
	return c.FS.Open(name)
}

func TestLoadWithoutPosts(t *testing.T) {
	t.Parallel()
	posts, problems := Load(fstest.MapFS{"content/programme.yaml": file("title: x\n")})
	if posts != nil || problems != nil {
		t.Errorf("Load = %v, %v; want nothing", posts, problems)
	}
}

func TestLoadReportsEveryPost(t *testing.T) {
	t.Parallel()
	site := fstest.MapFS{
		"content/posts/a.md":   file("---\ntitle: A\n---\n"),
		"content/posts/b.md":   file("no front matter"),
		"content/posts/c.md":   file("bin\x00ary"),
		"content/posts/d.md":   file(okPost),
		"content/posts/big.md": {Data: bytes.Repeat([]byte("x"), MaxPostSize+1)},
	}
	posts, problems := Load(site)
	wantProblems(t, problems, []string{
		`content/posts/a.md:2:1 missing-field: the required field "date" is missing`,
		"content/posts/b.md:1:1 front-matter-missing: the post has no front matter",
		"content/posts/big.md:1:1 file-too-large: the post is 1025 KiB; posts may be at most 1024 KiB",
		"content/posts/c.md:1:4 binary-file: this looks like a binary file, not Markdown",
	})
	if got := paths(posts); !slices.Equal(got, []string{"content/posts/a.md", "content/posts/b.md", "content/posts/d.md"}) {
		t.Errorf("loaded %q", got)
	}
}

func TestIsIgnored(t *testing.T) {
	t.Parallel()
	tests := map[string]bool{
		".x.md": true, "x.md~": true, ".x.md.swp": true, "x.swp": true, "x.swx": true, "4913": true,
		"_entwurf.md": true, ".DS_Store": true, "x.md": false, "index.md": false, "49134": false, "a~b.md": false,
	}
	for name, want := range tests {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			if got := IsIgnored(name); got != want {
				t.Errorf("IsIgnored(%q) = %v, want %v", name, got, want)
			}
		})
	}
}

// TestSymlinksRefused uses a real folder: fstest.MapFS has no links.
func TestSymlinksRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name, data string) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	link := func(target, name string) {
		t.Helper()
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(name))); err != nil {
			t.Skipf("cannot make symbolic links here: %v", err)
		}
	}
	write("content/posts/real.md", okPost)
	write("content/posts/b/index.md", okPost)
	write("content/shared/other.md", okPost)
	write("content/shared/pic.png", "PNG")
	write("content/posts/c/.keep", "")
	link("../shared/other.md", "content/posts/link.md")
	link("../shared", "content/posts/linked-folder")
	link("../../shared/pic.png", "content/posts/b/pic.png")
	link("../../shared/other.md", "content/posts/c/index.md")
	link("/etc/hostname", "content/posts/d.md")
	root, err := os.OpenRoot(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	posts, problems := Load(root.FS())
	wantProblems(t, problems, []string{
		"content/posts/c/index.md symlink: symbolic links are not followed in content/",
		"content/posts/d.md symlink: symbolic links are not followed in content/",
		"content/posts/link.md symlink: symbolic links are not followed in content/",
		"content/posts/linked-folder symlink: symbolic links are not followed in content/",
		"content/posts/b/pic.png symlink: symbolic links are not followed in content/",
	})
	if got := paths(posts); !slices.Equal(got, []string{"content/posts/b/index.md", "content/posts/real.md"}) {
		t.Errorf("loaded %q", got)
	}
	if len(posts) == 2 && len(posts[0].Files) != 0 {
		t.Errorf("the linked bundle file was read: %+v", posts[0].Files)
	}
}
