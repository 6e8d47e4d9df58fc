package watch

import (
	"errors"
	"os"
	"path/filepath"
	"runtime"
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
	expectChanges(t, []Batch{b}, "changed content/a.md", "changed content/sub/b.md")
}

// TestSlowReader checks changes made while the caller is not reading are
// all delivered, merged into at most two batches.
func TestSlowReader(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"content/a.md": "a", "content/b.md": "b"}, Debounce(5*time.Millisecond))
	h.write("content/a.md", "a2")
	h.remove("content/b.md")
	h.write("content/c.md", "c")
	h.remove("content/c.md")
	h.write("content/b.md", "b2")
	batches := h.settle()
	if len(batches) > 2 {
		t.Errorf("got %d batches, want at most 2", len(batches))
	}
	last := map[string]Op{}
	for _, b := range batches {
		for _, c := range b.Changes {
			last[c.Path] = c.Op
		}
	}
	if last["content/a.md"] != Changed || last["content/b.md"] != Changed || len(last) > 3 {
		t.Errorf("final outcomes %v, want a.md and b.md changed", last)
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
