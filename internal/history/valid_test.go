package history

import (
	"bytes"
	"encoding/gob"
	"os"
	"strings"
	"testing"
)

// TestBrokenCacheIsLeftAside: a cache file whose numbers do not fit its
// lists (planted, written by a broken tandem, or changed on disk) is left
// aside like one that does not decode: the read neither panics nor takes
// its claims, here an approval of a later date that would hide the
// request for changes git holds.
func TestBrokenCacheIsLeftAside(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("v1 approved")
	head := strings.TrimSpace(r.git("rev-parse", "HEAD"))
	good := func() *cached { return plantedCache(r) }
	for name, broken := range map[string]func(c *cached){
		"step's path past the paths":     func(c *cached) { c.Steps[0].Path = 7 },
		"step's path negative":           func(c *cached) { c.Steps[0].Path = -3 },
		"step's link past the paths":     func(c *cached) { c.Steps[0].Link = 1 << 30 },
		"step's commit past the commits": func(c *cached) { c.Steps[0].Commit = 1 },
		"step's commit negative":         func(c *cached) { c.Steps[0].Commit = -1 },
		"step's blob past the blobs":     func(c *cached) { c.Steps[0].Blob = 5 },
		"decision's blob past the blobs": func(c *cached) { c.Decided[0].Blob = 9 },
		"decision's blob negative":       func(c *cached) { c.Decided[0].Blob = -1 },
		"a path twice":                   func(c *cached) { c.Paths = append(c.Paths, post) },
		"a path that is no post":         func(c *cached) { c.Paths[0] = "README.md" },
		"blobs out of order":             func(c *cached) { c.Blobs = append(c.Blobs, strings.Repeat("0", 39)+"1") },
		"steps out of log order": func(c *cached) {
			c.Commits = append(c.Commits, head)
			c.Steps = append(c.Steps, step{Commit: 1, Link: -1, Path: 0, Blob: -1}, step{Commit: 0, Link: -1, Path: 0, Blob: -1})
		},
	} {
		c := good()
		broken(c)
		var buf bytes.Buffer
		if err := gob.NewEncoder(&buf).Encode(c); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(cacheFile(r), buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		func() {
			defer func() {
				if p := recover(); p != nil {
					t.Errorf("%s: the read panics: %v", name, p)
				}
			}()
			if e, ok := read(t, r.dir).Superseding(post, at("2024-03-01T10:00:00Z")); ok {
				t.Errorf("%s: the broken cache was used: Superseding = %+v", name, e)
			}
		}()
	}
}

// TestReusedPathAfterMove: a post sent back, moved from A to B, with a
// new post later written at A (another text, approved later), and the
// first text's old approval restored at B: the lineage joins A and B by
// path, so the restored approval is superseded by the request made under
// A, and the new post's own approval at A is superseded by nothing after
// it; the same with the cache made before the new post as without it.
func TestReusedPathAfterMove(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	a, b := "content/posts/r1/a.md", "content/posts/r1/b.md"
	r.write(a, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("v1 approved")
	r.write(a, sentBack("Erste Fassung.", "2024-03-02T10:00:00Z"))
	r.commit("sent back")
	r.git("mv", a, b)
	r.commit("moved")
	read(t, r.dir) // the cache of the move
	r.write(a, approvedPost("Ein ganz anderer Beitrag, der hier neu beginnt.", "anna", "2024-04-01T10:00:00Z"))
	r.commit("a new post where the old one was")
	r.write(b, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("the old approved text restored")
	h := read(t, r.dir)
	if e, ok := h.Superseding(b, at("2024-03-01T10:00:00Z")); !ok || e.Kind != ChangesRequested {
		t.Errorf("the restored approval at %s: Superseding = %+v, %v; want the request for changes", b, e, ok)
	}
	if e, ok := h.Superseding(a, at("2024-04-01T10:00:00Z")); ok {
		t.Errorf("the new post's approval at %s is superseded by %+v", a, e)
	}
	sameHistory(t, h, fresh(t, r, r.dir))
}

// TestRequestBesideApproval: a version whose review block keeps an
// approval and holds a later request for changes (written by hand, its
// status left approved; the gate refuses it as well) is superseded by its
// own request once committed.
func TestRequestBesideApproval(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	text := strings.Replace(approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"), "\n---\n\n",
		"\n  changes_requested:\n    by: anna\n    at: 2024-03-02T10:00:00Z\n    note: Bitte kürzen.\n---\n\n", 1)
	r.write(post, text)
	r.commit("approved, then sent back by hand in the same block")
	if e, ok := read(t, r.dir).Superseding(post, at("2024-03-01T10:00:00Z")); !ok || e.Kind != ChangesRequested || e.By != "anna" {
		t.Errorf("Superseding = %+v, %v; want anna's request", e, ok)
	}
}
