package main

import (
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"
)

var updateDiff = flag.Bool("update", false, "rewrite the golden outputs of review diff (testdata/reviewdiff)")

// commitID matches the commit ids in review diff's output, which change
// with every run (git records the time).
var commitID = regexp.MustCompile(`\b[0-9a-f]{12}([0-9a-f]{28})?\b`)

// TestDiffGolden compares review diff's plain text and json with
// testdata/reviewdiff, for a post whose text, tags and bundle changed.
func TestDiffGolden(t *testing.T) {
	site := diffSite(t)
	editPost(t, site, diffPost, "alten Karten", "neuen Karten")
	editPost(t, site, diffPost, "Am Abend waren wir müde, aber zufrieden.", "Am Abend waren wir zufrieden.\n\nDas Essen war gut.")
	editPost(t, site, diffPost, "tags: [wandern, museum]", "tags: [wandern, kunst]")
	putFile(t, site, "content/posts/r1/2024-03-03-ausflug/karte.jpg", "JPEG2")
	commitAll(t, site, "edited")
	for _, format := range []string{"text", "json"} {
		t.Run(format, func(t *testing.T) {
			got := commitID.ReplaceAllString(diffSays(t, site, diffPost, exitOK, "--format", format), "<commit>")
			golden(t, filepath.Join("testdata", "reviewdiff", format+".golden"), got)
		})
	}
}

// golden compares got with the file want, or rewrites it with -update.
func golden(t *testing.T, want, got string) {
	t.Helper()
	if *updateDiff {
		if err := os.MkdirAll(filepath.Dir(want), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(want, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(want)
	if err != nil {
		t.Fatalf("%v (run go test -run %s -update to write it)", err, t.Name())
	}
	if string(data) != got {
		t.Errorf("%s differs:\n--- got\n%s\n--- want\n%s", want, got, data)
	}
}
