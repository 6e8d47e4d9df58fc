package watch

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/fsnotify/fsnotify"
)

// patience is how long a test waits for a batch it expects. Nothing is
// asserted about speed; it only keeps a broken watcher from hanging.
const patience = 5 * time.Second

// probeDir holds the probe files harness.settle writes; it is inside the
// default watched paths and never touched by the tests otherwise.
const probeDir = "themes/probe"

// testDebounce is the debounce of the tests that go through a Watcher.
// It is short on purpose: the assertions hold however the changes are
// split among batches, so a busy machine cannot fail them, and a short
// debounce splits often, which keeps them honest.
const testDebounce = 10 * time.Millisecond

// harness is a watcher over a temporary site root. It runs a Watcher (w),
// or, stepped, drives a loop by hand (l): see newStepped.
type harness struct {
	t      *testing.T
	root   string
	w      *Watcher
	probes int
	l      *loop
	notify *fsnotify.Watcher
}

// newHarness makes the files (relative path to content; a path ending in
// "/" makes a folder) below a fresh root, then starts a watcher on it.
func newHarness(t *testing.T, files map[string]string, opts ...Option) *harness {
	t.Helper()
	h := newRoot(t, files)
	w, err := New(h.root, opts...)
	if err != nil {
		t.Fatalf("New: %v", err)
	}
	t.Cleanup(func() {
		if err := w.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	h.w = w
	return h
}

// newRoot makes the files (relative path to content; a path ending in "/"
// makes a folder) and the probe folder below a fresh root.
func newRoot(t *testing.T, files map[string]string) *harness {
	t.Helper()
	h := &harness{t: t, root: t.TempDir()}
	h.mkdir(probeDir)
	for rel, body := range files {
		if strings.HasSuffix(rel, "/") {
			h.mkdir(rel)
			continue
		}
		h.write(rel, body)
	}
	return h
}

// path returns the OS path of rel below the root.
func (h *harness) path(rel string) string { return filepath.Join(h.root, filepath.FromSlash(rel)) }

// mkdir makes the folder rel and its parents, like mkdir -p.
func (h *harness) mkdir(rel string) {
	h.t.Helper()
	if err := os.MkdirAll(h.path(rel), 0o755); err != nil {
		h.t.Fatal(err)
	}
}

// write writes body to rel in place (truncating), making its folder first.
func (h *harness) write(rel, body string) {
	h.t.Helper()
	h.mkdir(filepath.ToSlash(filepath.Dir(rel)))
	if err := os.WriteFile(h.path(rel), []byte(body), 0o644); err != nil {
		h.t.Fatal(err)
	}
}

// rename moves from to to, both relative to the root.
func (h *harness) rename(from, to string) {
	h.t.Helper()
	if err := os.Rename(h.path(from), h.path(to)); err != nil {
		h.t.Fatal(err)
	}
}

// remove deletes rel and everything below it.
func (h *harness) remove(rel string) {
	h.t.Helper()
	if err := os.RemoveAll(h.path(rel)); err != nil {
		h.t.Fatal(err)
	}
}

// next waits for the next batch.
func (h *harness) next() Batch {
	h.t.Helper()
	select {
	case b, ok := <-h.w.Batches():
		if !ok {
			h.t.Fatal("Batches closed unexpectedly")
		}
		return b
	case <-time.After(patience):
		h.t.Fatalf("no batch within %v", patience)
	}
	return Batch{}
}

// settle returns every batch caused by what the test did so far. It writes
// a probe file and collects batches until the probe shows up: events reach
// the watcher in order, so by then everything earlier has been reported.
// Stepped, it is always one batch (or none): see step.
// Probe files are left out of the result, and batches holding nothing else
// are dropped.
func (h *harness) settle() []Batch {
	h.t.Helper()
	probe := h.writeProbe()
	var batches []Batch
	for {
		var b Batch
		if h.l != nil {
			h.step(probe)
			b = h.take()
		} else {
			b = h.next()
		}
		seen := slices.Contains(b.Paths(), probe)
		b.Changes = slices.DeleteFunc(b.Changes, func(c Change) bool { return strings.HasPrefix(c.Path, probeDir+"/") })
		if len(b.Changes) > 0 || b.Overflow {
			batches = append(batches, b)
		}
		if seen || h.l != nil {
			return batches
		}
	}
}

// writeProbe writes the next probe file and returns its path.
func (h *harness) writeProbe() string {
	h.t.Helper()
	h.probes++
	probe := fmt.Sprintf("%s/%d.txt", probeDir, h.probes)
	h.write(probe, "probe")
	return probe
}

// changes flattens batches into "op path" lines, in order.
func changes(batches []Batch) []string {
	var lines []string
	for _, b := range batches {
		for _, c := range b.Changes {
			lines = append(lines, c.Op.String()+" "+c.Path)
		}
	}
	return lines
}

// expectSettled checks what batches report together, however the
// watcher split the changes among them: each path in want ("changed p",
// "removed p") is reported and its last outcome is the one given, no
// other path is reported, and each batch lists a path at most once, in
// order. Stepped, settle gives one batch, so this asks for exactly want.
func expectSettled(t *testing.T, batches []Batch, want ...string) {
	t.Helper()
	last := map[string]string{}
	for _, b := range batches {
		if !slices.IsSortedFunc(b.Changes, func(x, y Change) int { return strings.Compare(x.Path, y.Path) }) ||
			len(slices.Compact(b.Paths())) != len(b.Changes) {
			t.Errorf("batch %q is not sorted by path, each once", changes([]Batch{b}))
		}
		for _, c := range b.Changes {
			last[c.Path] = c.Op.String() + " " + c.Path
		}
	}
	got := slices.Sorted(maps.Values(last))
	want = slices.Sorted(slices.Values(want))
	if !slices.Equal(got, want) {
		t.Fatalf("last outcomes = %q, want %q (batches %q)", got, want, changes(batches))
	}
}
