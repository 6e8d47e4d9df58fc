package main

import (
	"os"
	"path/filepath"
	"testing"
)

// TestReplayBehindReplacedHistory: after the reviewer's later approval and
// the restore of the older approved file, the restoring commit's parent
// is made to look like the first commit, hiding the reviewer's commit
// from git log: by a replacement (git replace --graft: a ref in
// refs/replace, which a fetch of every ref brings along) or by a graft
// file. The history read follows the commits as they were made.
func TestReplayBehindReplacedHistory(t *testing.T) {
	hide := map[string]func(t *testing.T, site, first string){
		"replace": func(t *testing.T, site, first string) {
			gitIn(t, site, "replace", "--graft", "HEAD", first)
		},
		"grafts": func(t *testing.T, site, first string) {
			line := gitIn(t, site, "rev-parse", "HEAD") + " " + first + "\n"
			if err := os.WriteFile(filepath.Join(site, ".git", "info", "grafts"), []byte(line), 0o644); err != nil {
				t.Fatal(err)
			}
		},
	}
	for name, hide := range hide {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			site, key, first := replaySite(t)
			withoutMarker(t, site, signedPost)
			approveAt(t, site, signedPost, "2026-11-03T10:00:00Z", "--key", key)
			commitAll(t, site, "the reviewer's version")
			gitIn(t, site, "checkout", first, "--", signedPost)
			commitAll(t, site, "restore the old approved version")
			hide(t, site, first)
			if got := gitIn(t, site, "-c", "advice.graftFileDeprecated=false", "rev-list", "--count", "HEAD"); got != "2" {
				t.Fatalf("git rev-list counts %s commits, want 2: the reviewer's commit is not hidden", got)
			}
			replayRefused(t, site, "approval by frauke on 2026-11-01 was superseded by a later approval by frauke on 2026-11-03")
		})
	}
}
