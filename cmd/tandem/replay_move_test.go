package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReplayAfterMoveAcrossCommits: the author moves the approved post to
// another name in two commits (deleted, then added), so git links no
// rename; the reviewer approves a new text there; the author deletes it
// and, in another commit, restores the old signed file at its first path,
// where its signature holds. It is not published.
func TestReplayAfterMoveAcrossCommits(t *testing.T) {
	site, key, first := replaySite(t)
	text, err := os.ReadFile(filepath.Join(site, signedPost))
	if err != nil {
		t.Fatal(err)
	}
	gitIn(t, site, "rm", "-q", signedPost)
	commitAll(t, site, "deleted")
	elsewhere := "content/posts/r1/2024-01-15-anderswo.md"
	if err := os.WriteFile(filepath.Join(site, elsewhere), text, 0o644); err != nil {
		t.Fatal(err)
	}
	withoutMarker(t, site, elsewhere)
	approveAt(t, site, elsewhere, "2026-11-03T10:00:00Z", "--key", key)
	commitAll(t, site, "added under another name, approved there")
	gitIn(t, site, "rm", "-q", elsewhere)
	commitAll(t, site, "deleted again")
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "restore the old approved version at its first path")
	replayRefused(t, site, "approval by frauke on 2026-11-01 does not count: the post's file "+signedPost+" was deleted after it")
}

// TestReplayAfterWithdrawal: a published post is withdrawn by deleting
// its file; bringing the approved, signed file back from the history does
// not publish it again.
func TestReplayAfterWithdrawal(t *testing.T) {
	site, _, first := replaySite(t)
	gitIn(t, site, "rm", "-q", signedPost)
	withdrawn := commitAll(t, site, "withdrawn")
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "brought back")
	replayRefused(t, site, "was deleted after it (commit "+withdrawn[:12]+")")
}
