package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSignedMultiApproval: a diary that review_policy says needs an
// organiser and a reviewer, with signatures required. Frauke's signed
// approval alone leaves it waiting (the queue says for whom); Eva's
// signed approval, its own record, publishes it; a second approval
// whose signature is not Eva's, or by Frauke again, does not count.
func TestSignedMultiApproval(t *testing.T) {
	site, key := signedSite(t)
	evaKey := filepath.Join(t.TempDir(), "id_eva")
	if out, err := exec.Command(needTool(t, "ssh-keygen"), "-q", "-t", "ed25519", "-N", "", "-C", "eva@example", "-f", evaKey).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	pub, err := os.ReadFile(evaKey + ".pub")
	if err != nil {
		t.Fatal(err)
	}
	prog := filepath.Join(site, "content/programme.yaml")
	replaceInFile(t, prog, "eva: {name: Eva Orga, role: organiser}",
		"eva:\n    name: Eva Orga\n    role: organiser\n    signing_key: \""+strings.TrimSpace(string(pub))+"\"")
	replaceInFile(t, prog, "reviewers: [frauke]", "reviewers: [frauke, eva]\nreview_policy:\n  diary: [organiser, reviewer]")
	build := func() string {
		_, stdout, stderr := runCmd(t, "build", "-s", site, "--now", "2026-11-01")
		return stdout + stderr
	}
	approve := func(by, key, at string) {
		t.Helper()
		if code, stdout, stderr := runCmd(t, "review", "approve", "-s", site, signedPost, "--by", by, "--key", key, "--now", at); code != exitOK {
			t.Fatalf("approve by %s: exit %d\n%s%s", by, code, stdout, stderr)
		}
	}
	approve("frauke", key, "2026-11-01T10:00:00Z")
	if out := build(); !strings.Contains(out, "posts: 0 shown") {
		t.Fatalf("one approval of two published the post:\n%s", out)
	}
	if _, stdout, _ := runCmd(t, "review", "-s", site, "--now", "2026-11-01"); !strings.Contains(stdout, "waiting for organiser (review_policy for diary; approved by frauke)") {
		t.Errorf("the queue does not say what is missing:\n%s", stdout)
	}
	approve("eva", evaKey, "2026-11-01T11:00:00Z")
	post := filepath.Join(site, signedPost)
	data, _ := os.ReadFile(post)
	if strings.Count(string(data), "-----BEGIN SSH SIGNATURE-----") != 2 || !strings.Contains(string(data), "  approvals:\n    - by: eva\n") {
		t.Fatalf("the second approval is not its own signed record:\n%s", data)
	}
	if out := build(); !strings.Contains(out, "posts: 1 shown") {
		t.Fatalf("the post with both signed approvals is not published:\n%s", out)
	}
	replaceInFile(t, post, "at: 2026-11-01T11:00:00Z", "at: 2026-11-01T11:30:00Z")
	if out := build(); !strings.Contains(out, "posts: 0 shown") || !strings.Contains(out, "approval by eva on 2026-11-01 is not signed validly") {
		t.Fatalf("a tampered second approval still publishes:\n%s", out)
	}
	replaceInFile(t, post, "    - by: eva\n", "    - by: frauke\n")
	if out := build(); !strings.Contains(out, "posts: 0 shown") || !strings.Contains(out, "frauke approved it twice") {
		t.Fatalf("a reviewer approving twice still publishes:\n%s", out)
	}
}
