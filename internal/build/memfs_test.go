package build

import (
	"bytes"
	"crypto/sha256"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync/atomic"
	"testing"
	"testing/fstest"
	"time"

	"github.com/tandem-mentoring/tandem/internal/publish"
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
	if _, err := writeSite(dest, root.FS(), compiled); err != nil {
		t.Fatal(err)
	}
	snap := compiled.FS(root.FS())
	var names []string
	for _, name := range listFiles(t, dest) {
		if name == publish.Marker {
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

// TestSnapshotOfEachBuild makes the snapshots of builds one after the
// other, with changed, removed and added files, and copies listed out of
// path order (a static file after the bundle files): each behaves as a
// file system with exactly the files of its build, and the snapshot made
// before is left as it was.
func TestSnapshotOfEachBuild(t *testing.T) {
	site := fstest.MapFS{"content/static/about.txt": {Data: []byte("about")}, "content/posts/a/x.png": {Data: []byte("png")}}
	build := func(pages map[string]string) *Compiled {
		c := &Compiled{Static: []render.Copy{{Path: "about.txt", Name: "content/static/about.txt"}}}
		c.Result.Copies = []render.Copy{{Path: "posts/a/x.png", Name: "content/posts/a/x.png"}}
		for _, p := range slices.Sorted(maps.Keys(pages)) {
			c.Result.Outputs = append(c.Result.Outputs, render.Output{Path: p, Data: []byte(pages[p])})
		}
		return c
	}
	check := func(snap fs.FS, pages map[string]string) {
		t.Helper()
		names := []string{"about.txt", "posts/a/x.png"}
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
	snap := build(first).FS(site)
	second := map[string]string{"index.html": "2", "a/index.html": "a1", "c/index.html": "c2"}
	check(build(second).FS(site), second)
	check(snap, first)
}

// TestChanges: an output is written when it is new or its key (or,
// without a key, its bytes) differs; a path of prev that next lacks is
// gone; a copy is copied again when its source changed or was touched.
func TestChanges(t *testing.T) {
	outs := func(pairs ...string) *Compiled {
		c := &Compiled{}
		for i := 0; i < len(pairs); i += 2 {
			o := render.Output{Path: pairs[i], Data: []byte(pairs[i+1])}
			if o.Path != "bytes" {
				sum := sha256.Sum256(o.Data)
				o.Key = render.Key(sum[:16])
			}
			c.Result.Outputs = append(c.Result.Outputs, o)
		}
		c.Result.Copies = []render.Copy{{Path: "posts/a/x.png", Name: "content/posts/a/x.png", Sum: [32]byte{1}}}
		return c
	}
	prev := outs("a", "same", "b", "old", "bytes", "1", "e", "gone")
	next := outs("a", "same", "b", "new", "bytes", "2", "d", "added")
	ch := Changes(prev, next, nil)
	var paths []string
	for _, o := range ch.Outputs {
		paths = append(paths, o.Path)
	}
	if slices.Sort(paths); !slices.Equal(paths, []string{"b", "bytes", "d"}) || !slices.Equal(ch.Gone, []string{"e"}) || len(ch.Copies) != 0 {
		t.Errorf("written %v, gone %v, copied %v; want [b bytes d], [e], none", paths, ch.Gone, ch.Copies)
	}
	if ch := Changes(prev, next, []string{"content/posts/a"}); len(ch.Copies) != 1 {
		t.Errorf("a touched bundle file is not copied again: %v", ch.Copies)
	}
	if ch := Changes(&Compiled{}, next, nil); len(ch.Outputs) != len(next.Result.Outputs) || len(ch.Copies) != 1 || ch.Gone != nil {
		t.Errorf("from nothing: %+v", ch)
	}
	// "." is what serve passes when the watcher lost events: every copy
	// may have changed, a theme's as much as a site file.
	theme := func(c *Compiled) *Compiled {
		c.Result.Copies = append(c.Result.Copies, render.Copy{Path: "assets/style.css", Name: "style.css", From: fstest.MapFS{}})
		return c
	}
	if ch := Changes(theme(prev), theme(next), []string{"."}); len(ch.Copies) != 2 {
		t.Errorf("after lost events, the copies are not copied again: %v", ch.Copies)
	}
}

// TestSnapshotStreamsCopiedFiles opens a large copied file (a bundle
// photo) in a snapshot: opening it reads nothing, reading reads only what
// is asked for, it seeks (for Range requests), and it has its size and
// modification time.
func TestSnapshotStreamsCopiedFiles(t *testing.T) {
	mod := time.Date(2024, 3, 5, 10, 0, 0, 0, time.UTC)
	data := bytes.Repeat([]byte("0123456789abcdef"), 1<<20) // 16 MiB
	var read atomic.Int64
	site := readCounting{FS: fstest.MapFS{"content/posts/a/foto.jpg": {Data: data, ModTime: mod}}, read: &read}
	c := &Compiled{Result: render.Result{Copies: []render.Copy{{Path: "posts/a/foto.jpg", Name: "content/posts/a/foto.jpg"}}}}
	f, err := c.FS(site).Open("posts/a/foto.jpg")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if n := read.Load(); n != 0 {
		t.Errorf("opening read %d bytes", n)
	}
	info, err := f.Stat()
	if err != nil || info.Size() != int64(len(data)) || !info.ModTime().Equal(mod) || info.Name() != "foto.jpg" {
		t.Errorf("Stat = %v, %v", info, err)
	}
	seeker, ok := f.(io.ReadSeeker)
	if !ok {
		t.Fatal("the file cannot seek")
	}
	if at, err := seeker.Seek(-16, io.SeekEnd); err != nil || at != int64(len(data))-16 {
		t.Fatalf("Seek = %d, %v", at, err)
	}
	buf := make([]byte, 16)
	if _, err := io.ReadFull(f, buf); err != nil || string(buf) != "0123456789abcdef" {
		t.Errorf("read %q, %v", buf, err)
	}
	if n := read.Load(); n > 1<<16 {
		t.Errorf("reading 16 bytes read %d bytes of the source", n)
	}
}

// readCounting counts the bytes read from its files.
type readCounting struct {
	fs.FS
	read *atomic.Int64
}

func (r readCounting) Open(name string) (fs.File, error) {
	f, err := r.FS.Open(name)
	if err != nil {
		return nil, err
	}
	return countingFile{File: f, read: r.read}, nil
}

type countingFile struct {
	fs.File
	read *atomic.Int64
}

func (f countingFile) Read(p []byte) (int, error) {
	n, err := f.File.Read(p)
	f.read.Add(int64(n))
	return n, err
}

func (f countingFile) Seek(offset int64, whence int) (int64, error) {
	return f.File.(io.Seeker).Seek(offset, whence)
}

// TestSnapshotServesApprovedFilesInPieces opens an approved bundle file
// (checked against its load hash) eight times at once, as eight readers
// of the dev server do: the heap does not hold a copy per reader, and
// each reads the approved bytes.
func TestSnapshotServesApprovedFilesInPieces(t *testing.T) {
	if testing.Short() {
		t.Skip("measures the heap, which the race detector inflates: the run without -short has it")
	}
	data := bytes.Repeat([]byte("0123456789abcdef"), 1<<20) // 16 MiB
	site := fstest.MapFS{"content/posts/a/foto.jpg": {Data: data}}
	c := &Compiled{Result: render.Result{Copies: []render.Copy{{Path: "posts/a/foto.jpg", Name: "content/posts/a/foto.jpg", Sum: sha256.Sum256(data)}}}}
	snap := c.FS(site)
	before := liveHeap()
	var files []fs.File
	for range 8 {
		f, err := snap.Open("posts/a/foto.jpg")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		files = append(files, f)
	}
	if grown := liveHeap() - before; grown > 4<<20 {
		t.Errorf("8 open readers hold %d MiB of heap; want under 4 MiB", grown>>20)
	}
	for _, f := range files {
		if got, err := io.ReadAll(f); err != nil || !bytes.Equal(got, data) {
			t.Fatalf("read %d bytes (%v), want the %d approved", len(got), err, len(data))
		}
	}
}

// liveHeap is the heap in use after a collection.
func liveHeap() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapAlloc)
}
