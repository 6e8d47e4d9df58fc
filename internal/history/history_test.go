package history

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func at(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		panic(err)
	}
	return t
}

const post = "content/posts/r1/2024-03-01-start.md"

func read(t *testing.T, dir string) *History {
	t.Helper()
	h, err := Read(context.Background(), dir, Cache{Use: true})
	if err != nil {
		t.Fatal(err)
	}
	if h == nil {
		t.Fatal("Read found no git work tree")
	}
	return h
}

// TestSupersededByLaterApproval: v1 approved, v2 approved later, then
// the file reverted to v1: v1's approval is superseded by v2's.
func TestSupersededByLaterApproval(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("v1 approved")
	r.write(post, approvedPost("Zweite Fassung.", "anna", "2024-03-05T10:00:00Z"))
	r.commit("v2 approved")
	r.write(post, v1)
	r.commit("revert to v1")
	h := read(t, r.dir)
	e, ok := h.Superseding(post, at("2024-03-01T10:00:00Z"))
	if !ok || e.Kind != Approved || e.By != "anna" || !e.At.Equal(at("2024-03-05T10:00:00Z")) || e.Path != post || len(e.Commit) != 40 {
		t.Fatalf("Superseding = %+v, %v; want anna's later approval", e, ok)
	}
	if _, ok := h.Superseding(post, at("2024-03-05T10:00:00Z")); ok {
		t.Error("the latest approval is superseded")
	}
	if got := len(h.Events(post)); got != 2 {
		t.Errorf("Events: %d, want 2 (the reverted version repeats v1's)", got)
	}
}

// TestSupersededByChangesRequested: approved, then sent back; the old
// approved text restored is superseded by the request.
func TestSupersededByChangesRequested(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Text.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("approved")
	r.write(post, sentBack("Text.", "2024-03-02T08:00:00Z"))
	r.commit("sent back")
	e, ok := read(t, r.dir).Superseding(post, at("2024-03-01T10:00:00Z"))
	if !ok || e.Kind != ChangesRequested || e.By != "frauke" {
		t.Fatalf("Superseding = %+v, %v; want the request for changes", e, ok)
	}
}

// TestSupersededUnderEarlierPath: the later approval was made while the
// post had another name (and the folder around it too); renames link them.
func TestSupersededUnderEarlierPath(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	old := "content/posts/r1/2024-03-01-anfang.md"
	v1 := approvedPost(strings.Repeat("Erste Fassung mit viel Text. ", 20), "frauke", "2024-03-01T10:00:00Z")
	r.write(post, v1)
	r.commit("v1 approved")
	r.git("mv", post, old)
	r.commit("renamed")
	r.write(old, approvedPost(strings.Repeat("Erste Fassung mit viel Text. ", 19)+"Neu.", "anna", "2024-03-05T10:00:00Z"))
	r.commit("v2 approved under the new name")
	if err := os.MkdirAll(filepath.Join(r.dir, "content/posts/r2"), 0o755); err != nil {
		t.Fatal(err)
	}
	r.git("mv", old, "content/posts/r2/2024-03-01-anfang.md")
	r.commit("moved to r2")
	r.git("rm", "-q", "content/posts/r2/2024-03-01-anfang.md")
	r.write(post, v1)
	r.commit("v1 restored at its first path")
	h := read(t, r.dir)
	e, ok := h.Superseding(post, at("2024-03-01T10:00:00Z"))
	if !ok || e.By != "anna" || e.Path != old {
		t.Fatalf("Superseding = %+v, %v; want anna's approval under %s", e, ok, old)
	}
	if _, ok := h.Superseding("content/posts/r2/2024-03-01-anfang.md", at("2024-03-05T10:00:00Z")); ok {
		t.Error("the latest approval, under the last name, is superseded")
	}
}

// TestMergeDoesNotHideLaterDecision: a merge that keeps the old approved
// text and drops the branch with the later approval (git merge -s ours)
// still leaves that approval in the history. A log limited to
// content/posts would simplify the dropped branch away.
func TestMergeDoesNotHideLaterDecision(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Erste Fassung.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("v1 approved")
	r.git("branch", "old")
	r.write(post, approvedPost("Zweite Fassung.", "anna", "2024-03-05T10:00:00Z"))
	r.commit("v2 approved")
	r.git("checkout", "-q", "old")
	r.git("merge", "-q", "-s", "ours", "-m", "keep v1", "-")
	e, ok := read(t, r.dir).Superseding(post, at("2024-03-01T10:00:00Z"))
	if !ok || e.By != "anna" {
		t.Fatalf("Superseding = %+v, %v; want anna's approval from the merged branch", e, ok)
	}
}

// TestUnrelatedPostsDoNotSupersede: a later approval of another post,
// or of a file outside content/posts (also one moved in later), does not
// count.
func TestUnrelatedPostsDoNotSupersede(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Eins.", "frauke", "2024-03-01T10:00:00Z"))
	r.write("content/posts/r1/other.md", approvedPost("Ganz anderer Text.", "frauke", "2024-03-09T10:00:00Z"))
	r.write("content/static/notes.md", approvedPost(strings.Repeat("Notizen, kein Beitrag. ", 20), "frauke", "2024-03-09T10:00:00Z"))
	r.commit("two posts and a note")
	r.write("content/static/notes.md", sentBack(strings.Repeat("Notizen, kein Beitrag. ", 20), "2024-03-01T09:00:00Z"))
	r.commit("the note changed")
	moved := "content/posts/r1/2024-03-02-notizen.md"
	r.git("mv", "content/static/notes.md", moved)
	r.commit("the note moved into content/posts")
	h := read(t, r.dir)
	if e, ok := h.Superseding(post, at("2024-03-01T10:00:00Z")); ok {
		t.Fatalf("superseded by another post's approval: %+v", e)
	}
	if e, ok := h.Superseding(moved, at("2024-03-01T10:00:00Z")); ok {
		t.Fatalf("superseded by a decision in a file outside content/posts: %+v", e)
	}
}

// TestShallowCloneIsRefused: a shallow clone says so, with the fix.
func TestShallowCloneIsRefused(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost("Eins.", "frauke", "2024-03-01T10:00:00Z"))
	r.commit("one")
	r.write(post, approvedPost("Zwei.", "frauke", "2024-03-02T10:00:00Z"))
	r.commit("two")
	clone := filepath.Join(t.TempDir(), "clone")
	r.git("clone", "-q", "--depth", "1", "file://"+r.dir, clone)
	_, err := Read(context.Background(), filepath.Join(clone, "content"), Cache{Use: true})
	if !errors.Is(err, ErrShallow) || !strings.Contains(err.Error(), "fetch-depth: 0") {
		t.Fatalf("Read of a shallow clone = %v, want ErrShallow naming fetch-depth: 0", err)
	}
}

// TestOutsideGitAndEmptyRepository: no work tree means no history; a
// repository without commits has an empty one.
func TestOutsideGitAndEmptyRepository(t *testing.T) {
	t.Parallel()
	if h, err := Read(context.Background(), t.TempDir(), Cache{Use: true}); h != nil || err != nil {
		t.Errorf("outside git: %v, %v; want nil, nil", h, err)
	}
	r := newRepo(t)
	r.write(post, approvedPost("Eins.", "frauke", "2024-03-01T10:00:00Z"))
	if e, ok := read(t, r.dir).Superseding(post, at("2000-01-01T00:00:00Z")); ok {
		t.Errorf("an empty repository has history: %+v", e)
	}
}

// TestSiteInSubfolder: the site need not be the repository's top; paths
// are the site's.
func TestSiteInSubfolder(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	v1 := approvedPost("Eins.", "frauke", "2024-03-01T10:00:00Z")
	r.write("site/"+post, v1)
	r.write(post, approvedPost("Anderes.", "frauke", "2024-03-08T10:00:00Z")) // outside the site
	r.commit("one")
	r.write("site/"+post, approvedPost("Zwei.", "frauke", "2024-03-02T10:00:00Z"))
	r.commit("two")
	r.write("site/"+post, v1)
	r.commit("revert")
	h := read(t, filepath.Join(r.dir, "site"))
	e, ok := h.Superseding(post, at("2024-03-01T10:00:00Z"))
	if !ok || !e.At.Equal(at("2024-03-02T10:00:00Z")) {
		t.Fatalf("Superseding = %+v, %v; want the site's own later approval", e, ok)
	}
}

// TestDiffArgsMatchParser runs the real git diff-tree over every commit
// of a repository with every kind of change and parses it.
func TestDiffArgsMatchParser(t *testing.T) {
	t.Parallel()
	r := newRepo(t)
	r.write(post, approvedPost(strings.Repeat("Text. ", 50), "frauke", "2024-03-01T10:00:00Z"))
	r.write("content/posts/r1/b/index.md", "x\n")
	r.write("content/posts/r1/b/bild.jpg", "jpg\n")
	r.write("content/posts/r1/mit leerzeichen\tund tab.md", "y\n")
	r.commit("add")
	r.git("mv", post, "content/posts/r1/neu.md")
	r.git("rm", "-q", "content/posts/r1/b/bild.jpg")
	r.commit("rename and delete")
	cmd := exec.Command("git", append([]string{"-C", r.dir}, DiffArgs()...)...)
	cmd.Stdin = strings.NewReader(r.git("rev-list", "HEAD"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var got []Commit
	if err := ParseLog(strings.NewReader(string(out)), func(c Commit) error { got = append(got, c); return nil }); err != nil {
		t.Fatal(err)
	}
	if len(got) != 2 || len(got[0].Changes) != 2 || len(got[1].Changes) != 4 {
		t.Fatalf("ParseLog = %+v", got)
	}
	var renamed, tab bool
	for _, c := range got {
		for _, ch := range c.Changes {
			renamed = renamed || (ch.Status == 'R' && ch.From == post && ch.Path == "content/posts/r1/neu.md")
			tab = tab || ch.Path == "content/posts/r1/mit leerzeichen\tund tab.md"
		}
	}
	if !renamed || !tab {
		t.Errorf("rename found %v, odd name kept %v: %+v", renamed, tab, got)
	}
}
