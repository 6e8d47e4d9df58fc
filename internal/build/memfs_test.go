package build

import (
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/tandem-mentoring/tandem/internal/render"
)

// TestSnapshotEqualsWrittenSite checks that the in-memory snapshot the dev
// server serves holds exactly the files a build writes, byte for byte, and
// behaves as a file system.
func TestSnapshotEqualsWrittenSite(t *testing.T) {
	root, err := os.OpenRoot("testdata/sites/programme")
	if err != nil {
		t.Fatal(err)
	}
	defer root.Close()
	compiled, problems := NewCompiler(root.FS(), Options{Now: goldenNow}).Compile()
	if compiled == nil {
		t.Fatal(problems.Err())
	}
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := Write(dest, root.FS(), compiled); err != nil {
		t.Fatal(err)
	}
	snap := compiled.FS(root.FS())
	var names []string
	for _, name := range listFiles(t, dest) {
		if name == Marker {
			continue
		}
		names = append(names, name)
		want, _ := os.ReadFile(filepath.Join(dest, name))
		got, err := fs.ReadFile(snap, name)
		if err != nil || string(got) != string(want) {
			t.Errorf("%s: snapshot differs from the written file (%v)", name, err)
		}
	}
	if err := fstest.TestFS(snap, names...); err != nil {
		t.Error(err)
	}
}

// TestNextSnapshot makes snapshots one from the other, with changed,
// removed and added files, and past the number of changes a snapshot
// keeps beside the files it shares: each behaves as a file system with
// exactly the files of its build, and the snapshot it came from is left
// as it was.
func TestNextSnapshot(t *testing.T) {
	site := fstest.MapFS{"content/static/robots.txt": {Data: []byte("robots")}}
	build := func(pages map[string]string) *Compiled {
		c := &Compiled{Static: []render.Copy{{Path: "robots.txt", Name: "content/static/robots.txt"}}}
		for _, p := range slices.Sorted(maps.Keys(pages)) {
			c.Result.Outputs = append(c.Result.Outputs, render.Output{Path: p, Data: []byte(pages[p])})
		}
		return c
	}
	check := func(snap fs.FS, pages map[string]string) {
		t.Helper()
		names := []string{"robots.txt"}
		for name, want := range pages {
			names = append(names, name)
			if got, err := fs.ReadFile(snap, name); err != nil || string(got) != want {
				t.Errorf("%s: %q (%v), want %q", name, got, err, want)
			}
		}
		if err := fstest.TestFS(snap, names...); err != nil {
			t.Error(err)
		}
		var all []string
		_ = fs.WalkDir(snap, ".", func(p string, d fs.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				all = append(all, p)
			}
			return err
		})
		if slices.Sort(names); !slices.Equal(all, names) {
			t.Errorf("the snapshot holds %v, want %v", all, names)
		}
	}
	first := map[string]string{"index.html": "1", "a/index.html": "a1", "b/index.html": "b1"}
	prev := build(first)
	snap := prev.FS(site)
	second := map[string]string{"index.html": "2", "a/index.html": "a1", "c/index.html": "c2"}
	next := build(second)
	snap2 := next.NextFS(snap, site, []string{"b/index.html", "c/index.html", "index.html"})
	check(snap2, second)
	check(snap, first)
	third := map[string]string{"index.html": "3", "b/index.html": "b3"}
	snap3 := build(third).NextFS(snap2, site, []string{"a/index.html", "b/index.html", "c/index.html", "index.html"})
	check(snap3, third)
	many := make([]string, maxChanges+1)
	for i := range many {
		many[i] = "index.html"
	}
	check(build(third).NextFS(snap3, site, many), third)
}

// TestOutputChanges compares two sorted lists of outputs in one walk.
func TestOutputChanges(t *testing.T) {
	same := []byte("same")
	outs := func(pairs ...string) []render.Output {
		var out []render.Output
		for i := 0; i < len(pairs); i += 2 {
			data := []byte(pairs[i+1])
			if pairs[i+1] == "same" {
				data = same
			}
			out = append(out, render.Output{Path: pairs[i], Data: data})
		}
		return out
	}
	prev := outs("a", "same", "b", "old", "c", "x", "e", "gone")
	next := outs("a", "same", "b", "new", "c", "x", "d", "added")
	written, gone := outputChanges(prev, next)
	var paths []string
	for _, o := range written {
		paths = append(paths, o.Path)
	}
	if !slices.Equal(paths, []string{"b", "d"}) || !slices.Equal(gone, []string{"e"}) {
		t.Errorf("written %v, gone %v; want [b d], [e]", paths, gone)
	}
	if written, gone := outputChanges(nil, next); len(written) != len(next) || gone != nil {
		t.Errorf("from nothing: %d written, %v gone", len(written), gone)
	}
	if written, gone := outputChanges(prev, nil); written != nil || len(gone) != len(prev) {
		t.Errorf("to nothing: %v written, %d gone", written, len(gone))
	}
}
