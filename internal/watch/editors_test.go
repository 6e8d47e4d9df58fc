package watch

import (
	"os"
	"slices"
	"testing"
	"time"
)

// TestEditorSaves replays what real editors do on disk when saving
// content/post.md and expects only that file reported, changed; stepped,
// where the save is one burst, exactly once.
func TestEditorSaves(t *testing.T) {
	t.Parallel()
	const post = "content/post.md"
	tests := []struct {
		name string
		save func(h *harness)
	}{
		{"write in place", func(h *harness) { h.write(post, "new") }},
		{"several writes in place", func(h *harness) {
			f, err := os.OpenFile(h.path(post), os.O_WRONLY|os.O_TRUNC, 0)
			if err != nil {
				t.Fatal(err)
			}
			for range 5 {
				if _, err := f.WriteString("line\n"); err != nil {
					t.Fatal(err)
				}
			}
			if err := f.Close(); err != nil {
				t.Fatal(err)
			}
		}},
		{"temp then rename", func(h *harness) {
			h.write("content/post.md.tmp-8d2f1", "new")
			h.rename("content/post.md.tmp-8d2f1", post)
		}},
		{"vim backupcopy=no", func(h *harness) {
			h.write("content/.post.md.swp", "swap")
			h.write("content/4913", "")
			h.remove("content/4913")
			h.rename(post, "content/post.md~")
			h.write(post, "new")
			h.remove("content/post.md~")
			h.write("content/.post.md.swp", "swap again")
		}},
		{"vim backupcopy=yes", func(h *harness) {
			h.write("content/.post.md.swx", "")
			h.remove("content/.post.md.swx")
			h.write("content/post.md~", "old")
			h.write(post, "new")
			h.remove("content/post.md~")
		}},
		{"jetbrains safe write", func(h *harness) {
			h.write("content/post.md___jb_tmp___", "new")
			h.rename(post, "content/post.md___jb_old___")
			h.rename("content/post.md___jb_tmp___", post)
			h.remove("content/post.md___jb_old___")
		}},
		{"vs code atomic save", func(h *harness) {
			h.write("content/post.md.vsctmp", "new")
			h.rename("content/post.md.vsctmp", post)
		}},
		{"emacs", func(h *harness) {
			if err := os.Symlink("author@host.4242:1700000000", h.path("content/.#post.md")); err != nil {
				t.Fatal(err)
			}
			h.write("content/#post.md#", "autosave")
			h.rename(post, "content/post.md~")
			h.write(post, "new")
			h.remove("content/#post.md#")
			h.remove("content/.#post.md")
		}},
		{"gedit", func(h *harness) {
			h.write("content/.goutputstream-Q1W2E3", "new")
			h.rename("content/.goutputstream-Q1W2E3", post)
		}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			bothWays(t, func(t *testing.T, start starter) {
				h := start(map[string]string{post: "old"})
				tc.save(h)
				expectSettled(t, h.settle(), "changed "+post)
			})
		})
	}
}

// TestNewFileByRename checks that an atomic save creating a new file
// reports only that file.
func TestNewFileByRename(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/": ""})
		h.write("content/fresh.md___jb_tmp___", "new")
		h.rename("content/fresh.md___jb_tmp___", "content/fresh.md")
		expectSettled(t, h.settle(), "changed content/fresh.md")
	})
}

// TestBurst writes 50 times to 10 files and expects the 10 reported;
// stepped, where the writes are one burst, in one batch, each once.
func TestBurst(t *testing.T) {
	t.Parallel()
	bothWays(t, func(t *testing.T, start starter) {
		h := start(map[string]string{"content/": ""})
		var want []string
		for i := range 50 {
			name := "content/f" + string(rune('0'+i%10)) + ".md"
			h.write(name, "body")
			if i < 10 {
				want = append(want, "changed "+name)
			}
		}
		expectSettled(t, h.settle(), want...)
	})
}

// TestFirstEvent checks the batch carries the time of its first event.
func TestFirstEvent(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"content/": ""})
	before := time.Now()
	h.write("content/a.md", "a")
	b := h.next()
	if b.FirstEvent.Before(before) || b.FirstEvent.After(time.Now()) {
		t.Errorf("FirstEvent %v is not between the save at %v and now", b.FirstEvent, before)
	}
}

// burstDebounce is long enough that no pause of a busy machine splits
// writes made in a tight loop; TestBurstIsOneBatch waits for it once.
const burstDebounce = 500 * time.Millisecond

// TestBurstIsOneBatch checks, through the Watcher and its timer, that
// changes coming quicker than the debounce are delivered as one batch. A
// reader takes batches all along, so that a burst flushed in pieces would
// come out in pieces rather than merged while waiting.
func TestBurstIsOneBatch(t *testing.T) {
	t.Parallel()
	h := newHarness(t, map[string]string{"content/old/a.md": "a"}, Debounce(burstDebounce))
	read := make(chan Batch, 1)
	go func() {
		for b := range h.w.Batches() {
			select {
			case read <- b:
			case <-t.Context().Done():
				return
			}
		}
	}()
	var want []string
	for i := range 50 {
		name := "content/f" + string(rune('0'+i%10)) + ".md"
		h.write(name, "body")
		if i < 10 {
			want = append(want, "changed "+name)
		}
	}
	h.remove("content/old")
	probe := h.writeProbe()
	var batches []Batch
	for !slices.Contains(changes(batches), "changed "+probe) {
		select {
		case b := <-read:
			batches = append(batches, b)
		case <-time.After(patience):
			t.Fatalf("no batch with %s within %v; got %q", probe, patience, changes(batches))
		}
	}
	if len(batches) != 1 {
		t.Errorf("got %d batches %q, want 1", len(batches), changes(batches))
	}
	expectSettled(t, batches, append(want, "removed content/old/a.md", "changed "+probe)...)
}
