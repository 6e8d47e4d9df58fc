package watch

import (
	"testing"
	"time"
)

// newStepped makes the files below a fresh root like newHarness, but runs
// no Watcher: the test drives the watcher's loop itself (step, take), so
// that it, not a timer, decides where a burst ends. What one burst becomes
// is then checked independently of how busy the machine is; when a burst
// ends is TestDue's business. A burst that removes a file is reported
// when stepped, as if its gone wait were over (GoneWait(0) unless opts
// say otherwise): TestSafeWriteSplitByFlush tests the wait.
func newStepped(t *testing.T, files map[string]string, opts ...Option) *harness {
	t.Helper()
	h := newRoot(t, files)
	l, notify, err := newLoop(h.root, append([]Option{GoneWait(0)}, opts...))
	if err != nil {
		t.Fatalf("newLoop: %v", err)
	}
	l.timer = time.NewTimer(time.Hour) // handle resets it; nobody reads it
	t.Cleanup(func() {
		l.timer.Stop()
		if err := notify.Close(); err != nil {
			t.Errorf("Close: %v", err)
		}
	})
	h.l, h.notify = l, notify
	return h
}

// step hands the loop every event up to the one for the file probe, in
// the order they came, as one burst, then flushes it as the timer would.
// The batch waits in the loop until take, merging with later ones.
func (h *harness) step(probe string) {
	h.t.Helper()
	deadline := time.After(patience)
	for {
		select {
		case ev := <-h.notify.Events:
			h.l.handle(ev, time.Now())
			if rel, ok := h.l.tree.rel(ev.Name); ok && rel == probe {
				h.l.flush(time.Now())
				return
			}
		case err := <-h.notify.Errors:
			h.t.Fatalf("fsnotify: %v", err)
		case <-deadline:
			h.t.Fatalf("no event for %s within %v", probe, patience)
		}
	}
}

// take returns the batch waiting in a stepped loop, as the caller
// reading Batches would, or an empty one.
func (h *harness) take() Batch {
	var b Batch
	if h.l.ready != nil {
		b = *h.l.ready
	}
	h.l.ready = nil
	return b
}

// starter makes a harness over the given files; bothWays passes one per
// way of running the watcher.
type starter = func(files map[string]string, opts ...Option) *harness

// bothWays runs test twice, as subtests: "watcher" with a harness that
// runs a Watcher with testDebounce, and "stepped" with one that drives
// the loop by hand, where every settle is one burst. A test asserting
// with expectSettled so checks both what the changes add up to, however
// a busy machine splits them, and that one burst reports each path once.
func bothWays(t *testing.T, test func(t *testing.T, start starter)) {
	t.Run("watcher", func(t *testing.T) {
		t.Parallel()
		test(t, func(files map[string]string, opts ...Option) *harness {
			return newHarness(t, files, append([]Option{Debounce(testDebounce)}, opts...)...)
		})
	})
	t.Run("stepped", func(t *testing.T) {
		t.Parallel()
		test(t, func(files map[string]string, opts ...Option) *harness {
			return newStepped(t, files, opts...)
		})
	})
}
