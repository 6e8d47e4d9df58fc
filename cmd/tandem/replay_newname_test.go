package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// newName is where the attacks of this file bring the old approved text
// back: another file name in the same round, so git's rename detection
// (one commit deleting, the next adding) links nothing.
const newName = "content/posts/r1/2024-01-16-neuer-name.md"

// sentBackThenRenamed makes the attack: the post (with the marker) is
// approved at 2026-11-01 and committed, sent back by frauke on
// 2026-11-02, deleted in one commit, and its old approved file added
// under newName in the next, its slug written out so the digest (which
// covers the slug) still matches.
func sentBackThenRenamed(t *testing.T, site, first string) {
	t.Helper()
	if code, stdout, stderr := runCmd(t, "review", "reject", "-s", site, signedPost, "--by", "frauke", "--note", "Bitte den Satz streichen.", "--now", "2026-11-02T09:00:00Z"); code != exitOK {
		t.Fatalf("reject: exit %d\n%s%s", code, stdout, stderr)
	}
	commitAll(t, site, "sent back")
	gitIn(t, site, "rm", "-q", signedPost)
	commitAll(t, site, "deleted")
	old := gitIn(t, site, "show", first+":"+signedPost)
	old = strings.Replace(old, "\ntitle: ", "\nslug: kennenlernen\ntitle: ", 1)
	if err := os.WriteFile(filepath.Join(site, newName), []byte(old+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	commitAll(t, site, "the old approved file under a new name")
}

// markerOut builds with args and says whether any output file holds the
// marker. A build may fail (a published post linking to the held-back
// one is an error), and then nothing is written.
func markerOut(t *testing.T, site string, args ...string) (out bool, code int, stderr string) {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "out")
	code, _, stderr = runCmd(t, append([]string{"build", "-s", site, "-d", dest, "--now", "2026-11-10"}, args...)...)
	found := false
	_ = filepath.WalkDir(dest, func(path string, d os.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() {
			data, _ := os.ReadFile(path)
			found = found || strings.Contains(string(data), trustMarker)
		}
		return nil
	})
	return found, code, stderr
}

// TestReplayUnderNewNameAfterSendBack: the reviewer sent the post back;
// the author deletes it in one commit and adds the old approved file
// under a new name in the next. Unsigned, the approval names no path:
// without the history it would be published; the history links the new
// file to the approval's first path by the approval itself, where the
// file was deleted after the approval (and sent back before): it is held
// back, and the published post linking to it makes the build fail.
func TestReplayUnderNewNameAfterSendBack(t *testing.T) {
	site := t.TempDir()
	if err := os.CopyFS(filepath.Join(site, "content"), os.DirFS(filepath.Join(goldenSite, "content"))); err != nil {
		t.Fatal(err)
	}
	gitIn(t, site, "init", "-q")
	tamper(t, site, signedPost)
	approveAt(t, site, signedPost, "2026-11-01T10:00:00Z")
	first := commitAll(t, site, "approved with the marker")
	sentBackThenRenamed(t, site, first)
	if out, code, stderr := markerOut(t, site, "--no-history"); !out || code != exitOK {
		t.Fatalf("the old file under the new name is not published even with --no-history; the test does not test the attack\n%s", stderr)
	}
	out, _, stderr := markerOut(t, site)
	if out {
		t.Fatal("the old approved file under a new name is published after the request for changes")
	}
	want := "approval by frauke on 2026-11-01 does not count: the post's file " + signedPost + " was deleted after it"
	if !strings.Contains(stderr, want) || !strings.Contains(stderr, newName) {
		t.Errorf("build does not say why %s is held back; want %q:\n%s", newName, want, stderr)
	}
	if _, out, _ := runCmd(t, "check", "-s", site, "--now", "2026-11-10", "--format", "json"); !strings.Contains(out, want) {
		t.Errorf("check does not report the replay:\n%s", out)
	}
}

// TestSignedReplayUnderNewNameAfterSendBack: the same with a signed
// approval. Its signature names the path it was made for, so under the
// new name it is invalid, with or without the history; and the old
// signed file brought back at that path afterwards meets the deletion
// (and the request for changes) in the history.
func TestSignedReplayUnderNewNameAfterSendBack(t *testing.T) {
	site, _, first := replaySite(t)
	sentBackThenRenamed(t, site, first)
	for _, args := range [][]string{nil, {"--no-history"}} {
		if out, _, stderr := markerOut(t, site, append(args, "--require-signed")...); out {
			t.Fatalf("build %v publishes the signed file under a new name:\n%s", args, stderr)
		}
	}
	gitIn(t, site, "rm", "-q", newName)
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "and back at the path the signature names")
	replayRefused(t, site, "approval by frauke on 2026-11-01 does not count: the post's file "+signedPost+" was deleted after it")
}
