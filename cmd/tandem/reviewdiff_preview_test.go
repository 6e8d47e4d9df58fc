package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPreviewShowsChangesSinceApproval builds a real git site whose
// approved post was edited since: the preview's banner and dashboard
// show the word diff, a production build shows neither it nor the post.
func TestPreviewShowsChangesSinceApproval(t *testing.T) {
	site := diffSite(t)
	editPost(t, site, diffPost, "alten Karten", "zzneuezz Karten")
	commitAll(t, site, "edited")
	want := "<del>alten</del><ins>zzneuezz</ins>"
	preview := filepath.Join(t.TempDir(), "preview")
	if code, _, stderr := runTandem("build", "-s", site, "-d", preview, "--preview", "--now", "2024-06-01"); code != exitOK {
		t.Fatalf("build --preview: exit %d\n%s", code, stderr)
	}
	for _, page := range []string{"posts/ausflug/index.html", "review/index.html"} {
		data, err := os.ReadFile(filepath.Join(preview, page))
		if err != nil || !strings.Contains(string(data), want) || !strings.Contains(string(data), "geändert seit der Freigabe durch frauke") {
			t.Errorf("preview %s: %v, want it to show %q", page, err, want)
		}
	}
	prod := filepath.Join(t.TempDir(), "public")
	if code, _, stderr := runTandem("build", "-s", site, "-d", prod, "--now", "2024-06-01"); code != exitOK {
		t.Fatalf("build: exit %d\n%s", code, stderr)
	}
	err := filepath.WalkDir(prod, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		for _, m := range []string{"zzneuezz", "alten Karten", `class="review-changes"`, "<del>"} {
			if strings.Contains(string(data), m) {
				t.Errorf("production output %s holds %q", p, m)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestPreviewSaysWhenApprovedVersionIsMissing: the banner says so, in
// the site's words, instead of showing no diff.
func TestPreviewSaysWhenApprovedVersionIsMissing(t *testing.T) {
	site := reviewSite(t)
	gitIn(t, site, "init", "-q")
	putFile(t, site, diffPost, diffText)
	if code, _, stderr := runTandem("review", "approve", "-s", site, diffPost, "--by", "frauke", "--force", "--now", "2024-03-04T09:00:00Z"); code != exitOK {
		t.Fatal(stderr)
	}
	editPost(t, site, diffPost, "alten", "neuen")
	commitAll(t, site, "approved and edited")
	preview := filepath.Join(t.TempDir(), "preview")
	if code, _, stderr := runTandem("build", "-s", site, "-d", preview, "--preview", "--now", "2024-06-01"); code != exitOK {
		t.Fatalf("build --preview: exit %d\n%s", code, stderr)
	}
	data, err := os.ReadFile(filepath.Join(preview, "posts/ausflug/index.html"))
	if err != nil || !strings.Contains(string(data), "ist nicht in der git-Historie") {
		t.Errorf("%v\n%s", err, data)
	}
}
