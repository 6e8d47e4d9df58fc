package history

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The attacks of this file move or copy a post's file across two commits,
// so git's rename detection does not link its paths, and bring back an
// old approved version; each passes on a history that links paths by
// renames only.

const moved = "content/posts/r2/2024-05-01-verschoben.md"

// TestMovedAcrossTwoCommits: sent back after its approval, the post is
// deleted in one commit and its old approved text added under another
// name in the next. The approved digest links the two paths.
func TestMovedAcrossTwoCommits(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("approved")
	r.write(post, sentBack("Erste Fassung.", "2024-03-03T10:00:00Z"))
	r.commit("sent back")
	r.git("rm", "-q", post)
	r.commit("deleted")
	r.write(moved, v1)
	r.commit("the old approved text under another name")
	e, ok := later(read(t, r.dir).Concerning(moved, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Erste Fassung.")), "2024-03-01T10:00:00Z")
	if !ok || e.Kind != ChangesRequested || e.Path != post {
		t.Fatalf("Superseding = %+v, %v; want the request for changes under %s", e, ok, post)
	}
}

// TestCopiedThenDeleted: after a later approval of a new text, the old
// approved text is copied to another name (the original kept) and the
// original deleted in the next commit.
func TestCopiedThenDeleted(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("v1 approved")
	r.write(post, approvedPost("Zweite Fassung.", "anna", "2024-03-05T10:00:00Z"))
	r.commit("v2 approved")
	r.write(moved, v1)
	r.commit("old text copied")
	r.git("rm", "-q", post)
	r.commit("original deleted")
	e, ok := later(read(t, r.dir).Concerning(moved, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Erste Fassung.")), "2024-03-01T10:00:00Z")
	if !ok || e.Kind != Approved || e.By != "anna" {
		t.Fatalf("Superseding = %+v, %v; want anna's later approval", e, ok)
	}
}

// TestMovedAwayAndBack: the post is moved away in two commits with its
// review block stripped and a new text, so nothing links the paths; the
// reviewer sends that one back; then the old approved text comes back
// under a third name. Its origin was removed after the approval.
func TestMovedAwayAndBack(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedAs("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z", digestOf("Erste Fassung."), "anfang")
	r.write(post, v1)
	r.commit("approved")
	r.git("rm", "-q", post)
	r.commit("deleted")
	gone := strings.TrimSpace(r.git("rev-parse", "HEAD"))
	r.write(moved, "---\ntitle: T\ndate: 2024-03-01\nround: r1\nslug: anfang\nstatus: draft\nreview:\n  changes_requested:\n"+
		"    by: frauke\n    at: 2024-03-03T10:00:00Z\n    note: Nein.\n---\n\nGanz anders.\n")
	r.commit("a new text under another name, sent back")
	r.git("rm", "-q", moved)
	r.commit("deleted again")
	third := "content/posts/r1/2024-06-01-dritter-name.md"
	r.write(third, v1)
	r.commit("the old approved text under a third name")
	e, ok := read(t, r.dir).Removed(third, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Erste Fassung."))
	if !ok || e.Commit != gone || e.Path != post {
		t.Fatalf("Removed = %+v, %v; want the removal of %s in %s", e, ok, post, gone)
	}
}

// TestTemplateCopyKeepsApproval: an approved post's file copied as the
// template of a new post (review block and all), which is then approved
// in its own right, takes nothing from the original: its later approval
// and a removal of the copy do not touch the original's approval.
func TestTemplateCopyKeepsApproval(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("approved")
	r.write(moved, v1)
	r.commit("copied as a template")
	r.write(moved, approvedPost("Ein neuer Beitrag.", "anna", "2024-03-05T10:00:00Z"))
	r.commit("the new post approved")
	r.git("rm", "-q", moved)
	r.commit("the new post deleted")
	h := read(t, r.dir)
	if e, ok := later(h.Concerning(post, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Erste Fassung.")), "2024-03-01T10:00:00Z"); ok {
		t.Errorf("the copy's approval supersedes the original's: %+v", e)
	}
	if e, ok := h.Removed(post, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Erste Fassung.")); ok {
		t.Errorf("the copy's removal counts against the original: %+v", e)
	}
}

// later returns the first of evs made after when.
func later(evs []Event, when string) (Event, bool) {
	for _, e := range evs {
		if e.At.After(at(when)) {
			return e, true
		}
	}
	return Event{}, false
}

// TestRemovedAfterApproval: a post deleted after its approval and brought
// back (at its path, as a signed approval must) has a removal after the
// approval; renamed in one commit it has none, nor does an approval
// made after the removal.
func TestRemovedAfterApproval(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedPost("Text.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("approved")
	r.git("rm", "-q", post)
	r.commit("withdrawn")
	gone := strings.TrimSpace(r.git("rev-parse", "HEAD"))
	r.write(post, v1)
	r.commit("brought back")
	h := read(t, r.dir)
	e, ok := h.Removed(post, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Text."))
	if !ok || e.Kind != Removed || e.Commit != gone || e.Path != post {
		t.Fatalf("Removed = %+v, %v; want the removal in %s", e, ok, gone)
	}
	if e, ok := h.Removed(post, "frauke", at("2024-03-01T10:00:00Z"), digestOf("other")); ok {
		t.Errorf("an approval no commit holds has a removal after it: %+v", e)
	}
	r.write(post, approvedPost("Text.", "frauke", "2024-03-09T10:00:00Z"))
	r.commit("approved again")
	if e, ok := read(t, r.dir).Removed(post, "frauke", at("2024-03-09T10:00:00Z"), digestOf("Text.")); ok {
		t.Errorf("the approval made after the removal: Removed = %+v", e)
	}

	r2 := newRepo(t)
	r2.write(post, v1)
	r2.commit("approved")
	if err := os.MkdirAll(filepath.Join(r2.dir, "content/posts/r2"), 0o755); err != nil {
		t.Fatal(err)
	}
	r2.git("mv", post, moved)
	r2.commit("renamed")
	if e, ok := read(t, r2.dir).Removed(moved, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Text.")); ok {
		t.Errorf("a rename is a removal: %+v", e)
	}
	r2.git("mv", moved, "content/posts/r2/verschoben.txt")
	r2.commit("renamed to a name that is no post")
	r2.write(post, v1)
	r2.commit("brought back")
	if _, ok := read(t, r2.dir).Removed(post, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Text.")); !ok {
		t.Error("a rename to a name that is no post is no removal")
	}
}

// TestRemovalOnBackdatedBranch: the removal and the return happen on a
// branch whose commits claim to be older than the approval. By commit
// date git log would show the approval's commit after them; in
// topological order it comes after its descendants.
func TestRemovalOnBackdatedBranch(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.git("checkout", "-q", "-b", "main")
	v1 := approvedPost("Text.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commitAt("approved", "2024-03-10T10:00:00Z")
	r.git("checkout", "-q", "-b", "side")
	r.git("rm", "-q", post)
	r.commitAt("withdrawn", "2000-01-01T10:00:00Z")
	r.write(post, v1)
	r.commitAt("brought back", "2000-01-02T10:00:00Z")
	r.git("checkout", "-q", "main")
	r.write("content/programme.yaml", "x: 1\n")
	r.commitAt("other work", "2024-03-11T10:00:00Z")
	r.git("merge", "-q", "--no-edit", "side")
	if _, ok := read(t, r.dir).Removed(post, "frauke", at("2024-03-01T10:00:00Z"), digestOf("Text.")); !ok {
		t.Fatal("the removal on the backdated branch is not seen")
	}
}

// commitAt commits everything with author and committer date when.
func (r repo) commitAt(msg, when string) {
	r.t.Helper()
	r.git("add", "-A")
	cmd := exec.Command("git", "commit", "-q", "-m", msg)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=T", "GIT_AUTHOR_EMAIL=t@example.org", "GIT_COMMITTER_NAME=T",
		"GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_NOSYSTEM=1", "HOME="+r.dir,
		"GIT_AUTHOR_DATE="+when, "GIT_COMMITTER_DATE="+when)
	if out, err := cmd.CombinedOutput(); err != nil {
		r.t.Fatalf("git commit: %v\n%s", err, out)
	}
}
