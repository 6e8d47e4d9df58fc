package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gitIn runs git in dir with a fixed author, failing the test on error.
// Git is required: CI has it.
func gitIn(t *testing.T, dir string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatalf("git is missing: %v", err)
	}
	cmd := exec.Command("git", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=T", "GIT_AUTHOR_EMAIL=t@example.org",
		"GIT_COMMITTER_NAME=T", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_NOSYSTEM=1", "HOME="+dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return strings.TrimSpace(string(out))
}

// commitAll commits every change in the site and returns the commit id.
func commitAll(t *testing.T, site, msg string) string {
	t.Helper()
	gitIn(t, site, "add", "-A")
	gitIn(t, site, "commit", "-q", "-m", msg)
	return gitIn(t, site, "rev-parse", "HEAD")
}

// replaySite is a signed site in a git repository whose signedPost holds
// the marker (the text a reviewer will later replace or send back),
// approved and signed by frauke on 2026-11-01 and committed. It returns
// the site, frauke's key and that commit.
func replaySite(t *testing.T) (site, key, first string) {
	t.Helper()
	site, key = signedSite(t)
	gitIn(t, site, "init", "-q")
	tamper(t, site, signedPost)
	approveAt(t, site, signedPost, "2026-11-01T10:00:00Z", "--key", key)
	return site, key, commitAll(t, site, "approved with the marker")
}

// approveAt approves post as frauke at the time given.
func approveAt(t *testing.T, site, post, at string, extra ...string) {
	t.Helper()
	args := append([]string{"review", "approve", "-s", site, post, "--by", "frauke", "--now", at}, extra...)
	if code, stdout, stderr := runCmd(t, args...); code != exitOK {
		t.Fatalf("approve: exit %d\n%s%s", code, stdout, stderr)
	}
}

// withoutMarker removes the marker from the post: the reviewer's version.
func withoutMarker(t *testing.T, site, post string) {
	t.Helper()
	replaceInFile(t, filepath.Join(site, post), "\n"+trustMarker+"\n", "\n")
}

// replayRefused checks that the restored approval publishes with
// --no-history (the attack works without the check) and is refused by
// build and check by default, with a warning saying what superseded it.
func replayRefused(t *testing.T, site, want string) {
	t.Helper()
	if !published(t, site, "--no-history") {
		t.Fatal("the restored version is not published even with --no-history; the test does not test the attack")
	}
	dest := filepath.Join(t.TempDir(), "out")
	code, stdout, stderr := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-10", "--require-signed")
	if code != exitOK || !strings.Contains(stderr, want) {
		t.Fatalf("build: exit %d, want a warning containing %q\n%s%s", code, want, stdout, stderr)
	}
	noMarker(t, dest)
	if _, out, _ := runCmd(t, "check", "-s", site, "--now", "2026-11-10", "--format", "json"); !strings.Contains(out, want) {
		t.Errorf("check does not report the replay:\n%s", out)
	}
}

// TestReplayAfterLaterApproval: the reviewer approved a new text; the
// author restores the older approved, signed file. It is not published.
func TestReplayAfterLaterApproval(t *testing.T) {
	site, key, first := replaySite(t)
	withoutMarker(t, site, signedPost)
	approveAt(t, site, signedPost, "2026-11-03T10:00:00Z", "--key", key)
	commitAll(t, site, "the reviewer's version")
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "restore the old approved version")
	replayRefused(t, site, "approval by frauke on 2026-11-01 was superseded by a later approval by frauke on 2026-11-03")
}

// TestReplayAfterChangesRequested: the reviewer sent the post back, a
// day later or in the very second of the approval (still the later
// decision); the author restores the approved file from before.
func TestReplayAfterChangesRequested(t *testing.T) {
	for _, at := range []string{"2026-11-02T09:00:00Z", "2026-11-01T10:00:00Z"} {
		t.Run(at, func(t *testing.T) {
			site, _, first := replaySite(t)
			sendBackAndRestore(t, site, first, at)
			replayRefused(t, site, "superseded by a later changes requested by frauke on "+at[:10])
		})
	}
}

// sendBackAndRestore has frauke send signedPost back at the time at and
// the author restore its version of the commit first, each committed.
func sendBackAndRestore(t *testing.T, site, first, at string) {
	t.Helper()
	code, stdout, stderr := runCmd(t, "review", "reject", "-s", site, signedPost, "--by", "frauke", "--note", "Bitte den Satz streichen.", "--now", at)
	if code != exitOK {
		t.Fatalf("reject: exit %d\n%s%s", code, stdout, stderr)
	}
	commitAll(t, site, "sent back")
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "restore the old approved version")
}

// TestReplayUnderEarlierPath: the post was renamed and approved again
// under its new name; the author deletes it and restores the old file
// (whose signature names the old path) at the old path.
func TestReplayUnderEarlierPath(t *testing.T) {
	site, key, first := replaySite(t)
	renamed := "content/posts/r1/2024-01-15-erstes-treffen.md"
	gitIn(t, site, "mv", signedPost, renamed)
	commitAll(t, site, "rename")
	withoutMarker(t, site, renamed)
	approveAt(t, site, renamed, "2026-11-03T10:00:00Z", "--key", key)
	commitAll(t, site, "approved under the new name")
	gitIn(t, site, "rm", "-q", renamed)
	gitIn(t, site, "checkout", first, "--", signedPost)
	commitAll(t, site, "restore the old approved version at the old path")
	replayRefused(t, site, "superseded by a later approval by frauke on 2026-11-03 (commit ")
}

// TestShallowCloneIsReported: a shallow clone cannot show what superseded
// an approval; build and check say so with the fix, and --no-history
// builds anyway. In German it says so in German.
func TestShallowCloneIsReported(t *testing.T) {
	site, _, _ := replaySite(t)
	withoutMarker(t, site, signedPost)
	commitAll(t, site, "second")
	clone := filepath.Join(t.TempDir(), "clone")
	gitIn(t, site, "clone", "-q", "--depth", "1", "file://"+site, clone)
	for _, cmd := range []string{"build", "check"} {
		code, stdout, stderr := runCmd(t, cmd, "-s", clone, "--now", "2026-11-10")
		said := stdout + stderr // a problem of the site: check lists it with its findings
		if code != exitContent || !strings.Contains(said, "shallow") || !strings.Contains(said, "fetch-depth: 0") {
			t.Errorf("%s in a shallow clone: exit %d\n%s", cmd, code, said)
		}
	}
	code, _, stderr := runCmdEnv(t, []string{"TANDEM_LANG=de"}, "build", "-s", clone, "--now", "2026-11-10")
	if code != exitContent || !strings.Contains(stderr, "flachen git-Klon") {
		t.Errorf("build in a shallow clone, in German: exit %d\n%s", code, stderr)
	}
	if code, _, stderr := runCmd(t, "build", "-s", clone, "--now", "2026-11-10", "--no-history"); code != exitOK {
		t.Errorf("--no-history in a shallow clone: exit %d\n%s", code, stderr)
	}
}
