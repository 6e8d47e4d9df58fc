package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestReplayUnderPolicyNeedsEachApprovalCurrent: review_policy needs a
// reviewer and an organiser. Frauke (the reviewer) approved the text with
// the marker, then sent it back. The author restores her approved
// version, and Eva (the organiser), not knowing, adds her approval. Each
// approval the policy counts must be one no later decision superseded:
// Frauke's own request for changes came after hers, so the post waits
// for a reviewer and is not published.
func TestReplayUnderPolicyNeedsEachApprovalCurrent(t *testing.T) {
	site, _, first := replaySite(t)
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
	commitAll(t, site, "policy")
	sendBackAndRestore(t, site, first, "2026-11-02T09:00:00Z")
	code, stdout, stderr := runCmd(t, "review", "approve", "-s", site, signedPost, "--by", "eva", "--key", evaKey, "--now", "2026-11-03T10:00:00Z")
	if code != exitOK {
		t.Fatalf("approve by eva: exit %d\n%s%s", code, stdout, stderr)
	}
	commitAll(t, site, "the organiser approves too")
	replayRefused(t, site, "approval by frauke on 2026-11-01 was superseded by a later changes requested by frauke on 2026-11-02")
}
