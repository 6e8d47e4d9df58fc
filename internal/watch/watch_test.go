package watch

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
	"time"
)

// wait is how long a test waits for an expected batch. It is generous:
// the assertions are about what arrives, never how fast.
const wait = 5 * time.Second

func start(t *testing.T, opts ...Option) (string, *Watcher) {
	t.Helper()
	root := t.TempDir()
	for _, d := range []string{"content/posts", "themes/default"} {
		if err := os.MkdirAll(filepath.Join(root, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	write(t, root, "content/posts/a.md", "alt")
	w, err := New(root, append([]Option{Debounce(40 * time.Millisecond)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return root, w
}

func write(t *testing.T, root, rel, data string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// next returns the next batch, failing after wait.
func next(t *testing.T, w *Watcher) Batch {
	t.Helper()
	select {
	case b := <-w.Batches():
		return b
	case <-time.After(wait):
		t.Fatal("no batch arrived")
	}
	return Batch{}
}

// quiet asserts that no further batch arrives for a while.
func quiet(t *testing.T, w *Watcher) {
	t.Helper()
	select {
	case b := <-w.Batches():
		t.Fatalf("unexpected batch %+v", b.Changes)
	case <-time.After(300 * time.Millisecond):
	}
}

func expect(t *testing.T, b Batch, want ...Change) {
	t.Helper()
	if !slices.Equal(b.Changes, want) {
		t.Fatalf("batch = %+v, want %+v", b.Changes, want)
	}
	if b.First.IsZero() {
		t.Error("batch has no time of its first event")
	}
}

func TestWriteInPlace(t *testing.T) {
	root, w := start(t)
	write(t, root, "content/posts/a.md", "neu")
	expect(t, next(t, w), Change{"content/posts/a.md", Changed})
	quiet(t, w)
}

func TestAtomicSaveIsOneChange(t *testing.T) {
	root, w := start(t)
	write(t, root, "content/posts/.a.md.tmp123", "neu") // VS Code / Go-style temp file
	if err := os.Rename(filepath.Join(root, "content/posts/.a.md.tmp123"), filepath.Join(root, "content/posts/a.md")); err != nil {
		t.Fatal(err)
	}
	expect(t, next(t, w), Change{"content/posts/a.md", Changed})
	quiet(t, w)
}

func TestVimSave(t *testing.T) {
	root, w := start(t)
	dir := filepath.Join(root, "content/posts")
	write(t, root, "content/posts/4913", "")
	os.Remove(filepath.Join(dir, "4913"))
	write(t, root, "content/posts/.a.md.swp", "swap")
	if err := os.Rename(filepath.Join(dir, "a.md"), filepath.Join(dir, "a.md~")); err != nil {
		t.Fatal(err)
	}
	write(t, root, "content/posts/a.md", "neu")
	os.Remove(filepath.Join(dir, "a.md~"))
	expect(t, next(t, w), Change{"content/posts/a.md", Changed})
	quiet(t, w)
}

func TestJetBrainsSave(t *testing.T) {
	root, w := start(t)
	dir := filepath.Join(root, "content/posts")
	write(t, root, "content/posts/a.md___jb_tmp___", "neu")
	os.Rename(filepath.Join(dir, "a.md"), filepath.Join(dir, "a.md___jb_old___"))
	os.Rename(filepath.Join(dir, "a.md___jb_tmp___"), filepath.Join(dir, "a.md"))
	os.Remove(filepath.Join(dir, "a.md___jb_old___"))
	expect(t, next(t, w), Change{"content/posts/a.md", Changed})
	quiet(t, w)
}

func TestBurstIsOneBatch(t *testing.T) {
	root, w := start(t, Debounce(150*time.Millisecond), MaxWait(5*time.Second))
	var want []Change
	for i := range 10 {
		want = append(want, Change{Path: filepath.ToSlash(filepath.Join("content/posts", string(rune('b'+i))+".md")), Op: Changed})
	}
	for range 5 {
		for _, c := range want {
			write(t, root, c.Path, "x")
		}
	}
	expect(t, next(t, w), want...)
	quiet(t, w)
}

func TestNewFoldersAreWatched(t *testing.T) {
	root, w := start(t)
	write(t, root, "content/posts/r2/bundle/index.md", "neu")
	b := next(t, w)
	if !slices.Contains(b.Paths(), "content/posts/r2/bundle/index.md") {
		t.Fatalf("new file in new folders not reported: %+v", b.Changes)
	}
	write(t, root, "content/posts/r2/bundle/bild.png", "png")
	for !slices.Contains(b.Paths(), "content/posts/r2/bundle/bild.png") {
		b = next(t, w)
	}
}

func TestRemovedFileAndFolder(t *testing.T) {
	root, w := start(t)
	write(t, root, "content/posts/r1/x.md", "x")
	write(t, root, "content/posts/r1/y.md", "y")
	next(t, w)
	if err := os.Remove(filepath.Join(root, "content/posts/a.md")); err != nil {
		t.Fatal(err)
	}
	expect(t, next(t, w), Change{"content/posts/a.md", Removed})
	if err := os.RemoveAll(filepath.Join(root, "content/posts/r1")); err != nil {
		t.Fatal(err)
	}
	b := next(t, w)
	for _, want := range []Change{{"content/posts/r1/x.md", Removed}, {"content/posts/r1/y.md", Removed}} {
		if !slices.Contains(b.Changes, want) {
			t.Errorf("missing %+v in %+v", want, b.Changes)
		}
	}
}

func TestRenamedFolder(t *testing.T) {
	root, w := start(t)
	write(t, root, "content/posts/r1/x.md", "x")
	next(t, w)
	if err := os.Rename(filepath.Join(root, "content/posts/r1"), filepath.Join(root, "content/posts/r9")); err != nil {
		t.Fatal(err)
	}
	var got []Change
	deadline := time.After(wait)
	for !slices.Contains(got, Change{"content/posts/r9/x.md", Changed}) || !slices.Contains(got, Change{"content/posts/r1/x.md", Removed}) {
		select {
		case b := <-w.Batches():
			got = append(got, b.Changes...)
		case <-deadline:
			t.Fatalf("rename not reported as removal and addition: %+v", got)
		}
	}
	write(t, root, "content/posts/r9/x.md", "neu")
	for b := next(t, w); !slices.Contains(b.Changes, Change{"content/posts/r9/x.md", Changed}); b = next(t, w) {
	}
}

func TestIgnoreRulesAndOtherFolders(t *testing.T) {
	root, w := start(t, Ignore(func(rel string) bool { return filepath.Ext(rel) == ".bak" }))
	write(t, root, "public/index.html", "output")
	write(t, root, "content/posts/a.md.bak", "b")
	write(t, root, "content/posts/#a.md#", "emacs")
	write(t, root, "content/.hidden/x.md", "x")
	quiet(t, w)
	write(t, root, "themes/default/base.html", "t")
	expect(t, next(t, w), Change{"themes/default/base.html", Changed})
}

func TestMissingFolderIsPickedUpLater(t *testing.T) {
	root := t.TempDir()
	w, err := New(root, Debounce(40*time.Millisecond))
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	write(t, root, "themes/mine/templates/post.html", "x")
	b := next(t, w)
	for !slices.Contains(b.Paths(), "themes/mine/templates/post.html") {
		b = next(t, w)
	}
}

func TestCloseEndsEverything(t *testing.T) {
	_, w := start(t)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	if _, ok := <-w.Batches(); ok {
		t.Error("Batches is still open after Close")
	}
	if err := w.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
}

// BenchmarkSaveToBatch measures the time from writing a file to its batch
// arriving, with a 5 ms quiet period.
func BenchmarkSaveToBatch(b *testing.B) {
	root := b.TempDir()
	os.MkdirAll(filepath.Join(root, "content"), 0o755)
	w, err := New(root, Debounce(5*time.Millisecond))
	if err != nil {
		b.Fatal(err)
	}
	defer w.Close()
	p := filepath.Join(root, "content/a.md")
	for b.Loop() {
		os.WriteFile(p, []byte("x"), 0o644)
		<-w.Batches()
	}
}
