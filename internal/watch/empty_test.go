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

// TestSafeWriteSplitByFlush: an editor that saves safely (JetBrains,
// vim's rename backup) moves the file away, then puts the new version in
// its place. When the burst ends between the two, the gone file is held
// back instead of being reported removed, and the new version joins it.
// A file that stays gone is reported removed once the gone wait is over.
func TestSafeWriteSplitByFlush(t *testing.T) {
	t.Parallel()
	const post = "content/post.md"
	t.Run("the new version joins the gone file", func(t *testing.T) {
		t.Parallel()
		h := newStepped(t, map[string]string{post: "old"}, GoneWait(DefaultGoneWait))
		h.write("content/post.md___jb_tmp___", "new")
		h.rename(post, "content/post.md___jb_old___")
		h.step(h.writeProbe())
		if b := h.take(); len(b.Changes) != 0 {
			t.Fatalf("the moved file was reported before its new version: %q", changes([]Batch{b}))
		}
		h.rename("content/post.md___jb_tmp___", post)
		h.remove("content/post.md___jb_old___")
		expectSettled(t, h.settle(), "changed "+post)
	})
	t.Run("a file that stays gone is reported", func(t *testing.T) {
		t.Parallel()
		h := newStepped(t, map[string]string{post: "old"}, GoneWait(DefaultGoneWait))
		h.remove(post)
		h.step(h.writeProbe())
		h.l.flush(h.l.burst.first.Add(DefaultGoneWait))
		if b := h.take(); !slices.Contains(changes([]Batch{b}), "removed "+post) {
			t.Fatalf("after the gone wait: %q, want %s removed", changes([]Batch{b}), post)
		}
	})
	if DefaultGoneWait > 100*time.Millisecond {
		t.Errorf("DefaultGoneWait %v: a deleted post would wait too long to be reported", DefaultGoneWait)
	}
}
