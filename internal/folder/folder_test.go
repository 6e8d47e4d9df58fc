package folder

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

// tree writes files (path → content) below a new folder.
func tree(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func open(t *testing.T, dir string) *Folder {
	t.Helper()
	f, err := Open(dir)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// TestFSBehavesAsAFileSystem runs the standard library's conformance test
// over the folder's FS: Open, ReadFile, ReadDir and Stat agree with each
// other on every file and folder.
func TestFSBehavesAsAFileSystem(t *testing.T) {
	dir := tree(t, map[string]string{
		"content/programme.yaml":           "title: X\n",
		"content/posts/r1/a.md":            "---\ntitle: A\n---\nText\n",
		"content/posts/r1/b/index.md":      "---\ntitle: B\n---\n",
		"content/posts/r1/b/bild.png":      "\x89PNG",
		"themes/eigen/templates/base.html": "{{.}}",
	})
	if err := fstest.TestFS(open(t, dir).FS(), "content/programme.yaml", "content/posts/r1/a.md", "content/posts/r1/b/bild.png", "themes/eigen/templates/base.html"); err != nil {
		t.Fatal(err)
	}
}

// TestPathsStayInside: no path leaves the folder, by ".." or by a
// symbolic link pointing out, for reading and for writing; a link that
// stays inside is not followed either (a bundle image swapped for a link
// to the site's .env must not be read).
func TestPathsStayInside(t *testing.T) {
	outside := tree(t, map[string]string{"secret.txt": "geheim"})
	dir := tree(t, map[string]string{"posts/a.md": "A"})
	if err := os.Symlink(outside, filepath.Join(dir, "out")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("posts", filepath.Join(dir, "in")); err != nil {
		t.Fatal(err)
	}
	f := open(t, dir)
	fsys := f.FS()
	if err := os.Symlink("a.md", filepath.Join(dir, "posts", "b.md")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"in/a.md", "posts/b.md", "in"} {
		if data, err := fs.ReadFile(fsys, name); !errors.Is(err, ErrLink) {
			t.Errorf("ReadFile(%q) = %q, %v; want ErrLink", name, data, err)
		}
		if file, err := fsys.Open(name); !errors.Is(err, ErrLink) {
			t.Errorf("Open(%q) = %v; want ErrLink", name, err)
			if file != nil {
				file.Close()
			}
		}
		if _, err := fs.Stat(fsys, name); !errors.Is(err, ErrLink) {
			t.Errorf("Stat(%q) = %v; want ErrLink", name, err)
		}
	}
	for _, name := range []string{"out/secret.txt", "../secret.txt", "posts/../../secret.txt", "/etc/passwd"} {
		if data, err := fs.ReadFile(fsys, name); err == nil {
			t.Errorf("ReadFile(%q) read %q; want a refusal", name, data)
		}
		if file, err := fsys.Open(name); err == nil {
			file.Close()
			t.Errorf("Open(%q) succeeded; want a refusal", name)
		}
		if err := f.WriteFile(name, []byte("x")); err == nil {
			t.Errorf("WriteFile(%q) succeeded; want a refusal", name)
		}
	}
	if data, _ := os.ReadFile(filepath.Join(outside, "secret.txt")); string(data) != "geheim" {
		t.Errorf("the file outside was changed: %q", data)
	}
	if _, err := fs.ReadFile(fsys, "posts/fehlt.md"); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("reading a missing file: %v; want fs.ErrNotExist", err)
	}
}

// TestWriteFile writes, overwrites and reads back through the folder.
func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	f := open(t, dir)
	if err := f.Mkdir("posts"); err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"eine lange erste Fassung", "kurz"} {
		if err := f.WriteFile("posts/index.html", []byte(text)); err != nil {
			t.Fatal(err)
		}
		if got, err := fs.ReadFile(f.FS(), "posts/index.html"); err != nil || string(got) != text {
			t.Errorf("read back %q, %v; want %q", got, err, text)
		}
	}
	err := f.WriteFile("fehlt/index.html", []byte("x"))
	if err == nil || !strings.Contains(err.Error(), "fehlt/index.html") {
		t.Errorf("writing into a missing folder: %v; want an error naming the file", err)
	}
}

// TestReadDirListsAsTheRoot: the fast listing gives the entries the
// os.Root gives, sorted, with their types (a link is a link, not what it
// points to), and details on request; a path through a link out of the
// folder, or up and out, is refused as the os.Root refuses it.
func TestReadDirListsAsTheRoot(t *testing.T) {
	outside := t.TempDir()
	dir := tree(t, map[string]string{"posts/b.md": "B", "posts/a.md": "A", "posts/c/index.md": "C"})
	if err := os.Symlink(outside, filepath.Join(dir, "posts", "link")); err != nil {
		t.Fatal(err)
	}
	f := open(t, dir)
	got, err := fs.ReadDir(f.FS(), "posts")
	if err != nil {
		t.Fatal(err)
	}
	want, err := fs.ReadDir(f.Root().FS(), "posts")
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("%d entries, the os.Root lists %d", len(got), len(want))
	}
	for i := range want {
		if got[i].Name() != want[i].Name() || got[i].Type() != want[i].Type() || got[i].IsDir() != want[i].IsDir() {
			t.Errorf("entry %d: %v, the os.Root lists %v", i, got[i], want[i])
		}
		gi, err1 := got[i].Info()
		wi, err2 := want[i].Info()
		if err1 != nil || err2 != nil || gi.Mode() != wi.Mode() || gi.Size() != wi.Size() {
			t.Errorf("entry %d: info %v (%v), the os.Root's %v (%v)", i, gi, err1, wi, err2)
		}
	}
	if names := entryNames(got); names != "a.md b.md c/ link@" {
		t.Errorf("listed %q", names)
	}
	for _, name := range []string{"posts/link", "..", "posts/../..", "posts/a.md", "missing"} {
		if _, err := fs.ReadDir(f.FS(), name); err == nil {
			t.Errorf("ReadDir(%q) succeeded; want an error", name)
		}
	}
}

// entryNames lists entries as "name", "name/" for a folder, "name@" for
// a link.
func entryNames(list []fs.DirEntry) string {
	var names []string
	for _, e := range list {
		switch {
		case e.IsDir():
			names = append(names, e.Name()+"/")
		case e.Type()&fs.ModeSymlink != 0:
			names = append(names, e.Name()+"@")
		default:
			names = append(names, e.Name())
		}
	}
	return strings.Join(names, " ")
}
