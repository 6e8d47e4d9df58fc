package watch

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// TestNewRejects checks New refuses bad roots and options.
func TestNewRejects(t *testing.T) {
	t.Parallel()
	root := t.TempDir()
	file := filepath.Join(root, "file")
	if err := os.WriteFile(file, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		root string
		opts []Option
	}{
		{"missing root", filepath.Join(root, "nope"), nil},
		{"root is a file", file, nil},
		{"path leaves root", root, []Option{Paths("../elsewhere")}},
		{"absolute path", root, []Option{Paths("/etc")}},
		{"empty path", root, []Option{Paths("")}},
		{"no paths", root, []Option{Paths()}},
		{"zero debounce", root, []Option{Debounce(0)}},
		{"max wait below debounce", root, []Option{Debounce(time.Second), MaxWait(time.Millisecond)}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			w, err := New(tc.root, tc.opts...)
			if err == nil {
				w.Close()
				t.Fatal("New succeeded, want an error")
			}
		})
	}
}

// TestClose checks Close closes both channels and may be called twice.
func TestClose(t *testing.T) {
	t.Parallel()
	w, err := New(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	for i := range 2 {
		if err := w.Close(); err != nil {
			t.Fatalf("Close #%d: %v", i+1, err)
		}
	}
	if _, ok := <-w.Batches(); ok {
		t.Error("Batches still open after Close")
	}
	if _, ok := <-w.Errors(); ok {
		t.Error("Errors still open after Close")
	}
}

// TestOverflow feeds the watcher the error fsnotify sends when the
// kernel's queue overflows, and expects the error passed on and a batch
// marked Overflow that lists what is on disk.
func TestOverflow(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"content/a.md": "a", "content/sub/b.md": "b"})
	h.w.notify.Errors <- fsnotify.ErrEventOverflow
	select {
	case err := <-h.w.Errors():
		if !errors.Is(err, fsnotify.ErrEventOverflow) {
			t.Errorf("error = %v, want the overflow", err)
		}
	case <-time.After(patience):
		t.Fatal("overflow not passed on to Errors")
	}
	b := h.next()
	if !b.Overflow {
		t.Errorf("batch %q not marked Overflow", changes([]Batch{b}))
	}
	expectSettled(t, []Batch{b}, "changed content/a.md", "changed content/sub/b.md")
}

// TestSlowReader checks changes made while the caller is not reading are
// all delivered, with the final outcome of each file last. A file made
// and deleted again may show up on the way, as long as it ends removed.
func TestSlowReader(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"content/a.md": "a", "content/b.md": "b"}, Debounce(testDebounce))
	h.write("content/a.md", "a2")
	h.remove("content/b.md")
	h.write("content/c.md", "c")
	h.remove("content/c.md")
	h.write("content/b.md", "b2")
	batches := h.settle()
	var transient []string
	for i := range batches {
		batches[i].Changes = slices.DeleteFunc(batches[i].Changes, func(c Change) bool {
			if c.Path == "content/c.md" {
				transient = append(transient, c.Op.String())
			}
			return c.Path == "content/c.md"
		})
	}
	if len(transient) > 0 && transient[len(transient)-1] != "removed" {
		t.Errorf("content/c.md reported %q, want it to end removed", transient)
	}
	expectSettled(t, batches, "changed content/a.md", "changed content/b.md")
}

// TestUnreadBatchesMerge checks that bursts flushed while the caller is
// not reading wait as one batch, in which the later outcome of a file
// wins, so there is never more than one batch waiting.
func TestUnreadBatchesMerge(t *testing.T) {
	t.Parallel()
	h := newStepped(t, map[string]string{"content/a.md": "a", "content/b.md": "b"})
	h.write("content/a.md", "a2")
	h.remove("content/b.md")
	h.write("content/c.md", "c")
	h.step(h.writeProbe())
	h.remove("content/c.md")
	h.write("content/b.md", "b2")
	h.write("content/d.md", "d")
	h.step(h.writeProbe())
	b := h.take()
	b.Changes = slices.DeleteFunc(b.Changes, func(c Change) bool { return strings.HasPrefix(c.Path, probeDir+"/") })
	expectSettled(t, []Batch{b}, "changed content/a.md", "changed content/b.md", "removed content/c.md",
		"changed content/d.md")
	if h.l.ready != nil {
		t.Errorf("a second batch is waiting: %q", changes([]Batch{*h.l.ready}))
	}
}

// TestNoGoroutineLeak starts and closes watchers, some with a batch
// waiting, and checks the goroutine count returns to where it was. It is
// not parallel so that other tests' goroutines do not count.
func TestNoGoroutineLeak(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := range 4 {
		root := t.TempDir()
		if err := os.MkdirAll(filepath.Join(root, "content"), 0o755); err != nil {
			t.Fatal(err)
		}
		w, err := New(root, Debounce(time.Millisecond))
		if err != nil {
			t.Fatal(err)
		}
		if i%2 == 0 { // leave a batch pending, unread
			if err := os.WriteFile(filepath.Join(root, "content", "a.md"), nil, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		if err := w.Close(); err != nil {
			t.Fatal(err)
		}
	}
	deadline := time.Now().Add(patience)
	for runtime.NumGoroutine() > before && time.Now().Before(deadline) {
		runtime.Gosched()
		time.Sleep(10 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines before, %d after closing the watchers", before, after)
	}
}
