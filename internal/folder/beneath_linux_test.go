package folder

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

// TestBeneathRefusesLinks: the fast path writes a file below its folder,
// and refuses a path through a symbolic link or up and out of the folder,
// whichever way it points, as the os.Root it stands in for does.
func TestBeneathRefusesLinks(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.Mkdir(filepath.Join(dir, "posts"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(outside, filepath.Join(dir, "out")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("posts", filepath.Join(dir, "in")); err != nil {
		t.Fatal(err)
	}
	b := openBeneath(dir)
	defer b.close()
	done, err := b.write("posts/a.html", []byte("<p>a</p>"))
	if !done {
		t.Skip("openat2 is not available here; the os.Root writes instead")
	}
	if err != nil {
		t.Fatalf("writing below the folder: %v", err)
	}
	if got, _ := os.ReadFile(filepath.Join(dir, "posts", "a.html")); string(got) != "<p>a</p>" {
		t.Errorf("posts/a.html holds %q", got)
	}
	for _, name := range []string{"out/x.html", "in/x.html", "../x.html", "posts/../../x.html"} {
		if done, err := b.write(name, []byte("x")); !done || err == nil {
			t.Errorf("write(%q) = %v, %v; want a refusal", name, done, err)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) > 0 {
		t.Errorf("a file was written outside the folder: %v", entries[0].Name())
	}
	if _, err := os.Stat(filepath.Join(dir, "posts", "x.html")); err == nil {
		t.Error("a file was written through a symbolic link inside the folder")
	}
}

// TestBeneathMkdirRefusesLinks: the fast path makes a folder below its
// folder, says when it exists, and refuses a path through a symbolic link
// or up and out of the folder, as the os.Root it stands in for does.
func TestBeneathMkdirRefusesLinks(t *testing.T) {
	dir, outside := t.TempDir(), t.TempDir()
	if err := os.Symlink(outside, filepath.Join(dir, "out")); err != nil {
		t.Fatal(err)
	}
	b := openBeneath(dir)
	defer b.close()
	for _, name := range []string{"posts", "posts/a"} {
		if done, err := b.mkdir(name); !done {
			t.Skip("openat2 is not available here; the os.Root makes folders instead")
		} else if err != nil {
			t.Fatalf("mkdir(%q): %v", name, err)
		}
		if info, err := os.Stat(filepath.Join(dir, name)); err != nil || !info.IsDir() {
			t.Errorf("%s is no folder: %v", name, err)
		}
	}
	if _, err := b.mkdir("posts/a"); !errors.Is(err, fs.ErrExist) {
		t.Errorf("mkdir of an existing folder: %v; want fs.ErrExist", err)
	}
	for _, name := range []string{"out/x", "out", "posts/../../x", "fehlt/x"} {
		if done, err := b.mkdir(name); !done || err == nil {
			t.Errorf("mkdir(%q) = %v, %v; want a refusal", name, done, err)
		}
	}
	if entries, _ := os.ReadDir(outside); len(entries) > 0 {
		t.Errorf("a folder was made outside the folder: %v", entries[0].Name())
	}
}

// TestBeneathListsWithoutAsking: the fast listing lists a folder of
// many entries in full, with their types, and leaves a folder it cannot
// open (through a link) to the os.Root.
func TestBeneathListsWithoutAsking(t *testing.T) {
	dir := t.TempDir()
	for i := range 3000 { // more than one getdents call's worth
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("post-%04d-mit-einem-langen-namen.md", i)), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Mkdir(filepath.Join(dir, "bundle"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink("bundle", filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	b := openBeneath(dir)
	defer b.close()
	list, ok := b.readDir(".")
	if !ok {
		t.Skip("openat2 is not available here; the os.Root lists instead")
	}
	kinds := map[fs.FileMode]int{}
	for _, e := range list {
		kinds[e.typ]++
	}
	if len(list) != 3002 || kinds[0] != 3000 || kinds[fs.ModeDir] != 1 || kinds[fs.ModeSymlink] != 1 {
		t.Errorf("listed %d entries of kinds %v; want 3000 files, a folder and a link", len(list), kinds)
	}
	if _, ok := b.readDir("link"); ok {
		t.Error("listed a folder through a symbolic link")
	}
}
