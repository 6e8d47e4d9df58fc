package watch

import (
	"slices"
	"testing"
	"time"
)

// TestInPlaceSaveSplitByFlush: an editor that saves in place empties the
// file, then writes it. When the burst ends between the two, the emptied
// file is held back instead of being reported empty, and the write joins
// it: the caller sees the post once, with its text. A file that stays
// empty is reported once the empty wait is over, and EmptyWait(0)
// reports it at once. The loop is driven by hand, so the test decides
// when each flush happens.
func TestInPlaceSaveSplitByFlush(t *testing.T) {
	t.Parallel()
	const post = "content/post.md"
	t.Run("the write joins the emptied file", func(t *testing.T) {
		t.Parallel()
		h := newStepped(t, map[string]string{post: "old"})
		h.write(post, "") // the truncation
		h.step(h.writeProbe())
		if b := h.take(); len(b.Changes) != 0 {
			t.Fatalf("the emptied file was reported before the write: %q", changes([]Batch{b}))
		}
		h.write(post, "new") // the write
		expectSettled(t, h.settle(), "changed "+post)
	})
	t.Run("a file that stays empty is reported", func(t *testing.T) {
		t.Parallel()
		h := newStepped(t, map[string]string{post: "old"})
		h.write(post, "")
		h.step(h.writeProbe())
		h.l.flush(h.l.burst.first.Add(DefaultEmptyWait))
		if b := h.take(); !slices.Contains(b.Paths(), post) {
			t.Fatalf("after the empty wait: %q, want %s reported", changes([]Batch{b}), post)
		}
	})
	t.Run("EmptyWait(0) reports it at once", func(t *testing.T) {
		t.Parallel()
		h := newStepped(t, map[string]string{post: "old"}, EmptyWait(0))
		h.write(post, "")
		expectSettled(t, h.settle(), "changed "+post)
	})
	if DefaultEmptyWait > time.Second {
		t.Errorf("DefaultEmptyWait %v: an empty post would wait too long to be reported", DefaultEmptyWait)
	}
}
