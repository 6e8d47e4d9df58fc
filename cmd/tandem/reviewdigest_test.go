package main

import (
	"path/filepath"
	"testing"
)

// digestSite is reviewSite with a post published on 2024-03-09, one
// sent back (its title holding Markdown and HTML), one stale and one
// scheduled for 2024-03-12.
func digestSite(t *testing.T) string {
	t.Helper()
	site := reviewSite(t)
	posts := map[string]string{
		"content/posts/r1/2024-03-04-neu.md":     "---\ntitle: Neu\ndate: 2024-03-04\ntandem: t01\nauthors: [anna]\n---\nText\n",
		"content/posts/r1/2024-03-05-alt.md":     "---\ntitle: Alt\ndate: 2024-03-05\ntandem: t01\nauthors: [anna]\n---\nText\n",
		"content/posts/r1/2024-03-12-spaeter.md": "---\ntitle: Später\ndate: 2024-03-12\ntandem: t01\nauthors: [ben]\n---\nText\n",
		"content/posts/r1/2024-03-06-zurueck.md": "---\ntitle: \"Zurück *fett* [Link](x) <b>\"\ndate: 2024-03-06\ntandem: t01\nauthors: [ben]\nstatus: review\n---\nText\n",
	}
	for name, text := range posts {
		putFile(t, site, name, text)
	}
	approveAt := func(name, at string) {
		t.Helper()
		if code, stdout, stderr := runTandem("review", "approve", "-s", site, name, "--by", "frauke", "--force", "--now", at); code != exitOK {
			t.Fatalf("approve %s: exit %d\n%s%s", name, code, stdout, stderr)
		}
	}
	approveAt("content/posts/r1/2024-03-04-neu.md", "2024-03-09T15:00:00Z")
	approveAt("content/posts/r1/2024-03-05-alt.md", "2024-03-05T15:00:00Z")
	approveAt("content/posts/r1/2024-03-12-spaeter.md", "2024-03-08T15:00:00Z")
	editPost(t, site, "content/posts/r1/2024-03-05-alt.md", "Text", "Text, geändert")
	if code, _, stderr := runTandem("review", "submit", "-s", site, "content/posts/r1/2024-03-03-buendel", "--now", "2024-03-09T12:00:00Z"); code != exitOK {
		t.Fatal(stderr)
	}
	if code, _, stderr := runTandem("review", "reject", "-s", site, "content/posts/r1/2024-03-06-zurueck.md", "--by", "frauke", "--note", "Bitte _kürzen_.", "--now", "2024-03-07T08:00:00Z"); code != exitOK {
		t.Fatal(stderr)
	}
	return site
}

// TestDigestGolden compares tandem review digest in each format with
// testdata/reviewdigest (-update rewrites them).
func TestDigestGolden(t *testing.T) {
	site := digestSite(t)
	for _, format := range []string{"md", "html", "json"} {
		t.Run(format, func(t *testing.T) {
			code, stdout, stderr := runTandem("review", "digest", "-s", site, "--format", format, "--now", "2024-03-10T12:00:00Z", "--since", "2024-03-09")
			if code != exitOK {
				t.Fatalf("exit %d\n%s", code, stderr)
			}
			golden(t, filepath.Join("testdata", "reviewdigest", "digest."+format), stdout)
		})
	}
}

func TestDigestEmptyAndBadFormat(t *testing.T) {
	site := reviewSite(t)
	if code, _, stderr := runTandem("review", "digest", "-s", site, "--format", "pdf"); code != exitUsage || stderr == "" {
		t.Errorf("--format pdf: exit %d\n%s", code, stderr)
	}
	putFile(t, site, "content/posts/r1/warten.md", "---\ntitle: Warten\ndate: 2024-03-02\ntandem: t01\nauthors: [ben]\n---\nText\n")
	code, stdout, _ := runTandem("review", "digest", "-s", site, "--now", "2024-03-10")
	if want := "**Review-Warteschlange am 2024-03-10 (seit 2024-03-09 00:00)**\n\nNichts zu prüfen.\n"; code != exitOK || stdout != want {
		t.Errorf("exit %d, got %q, want %q", code, stdout, want)
	}
}
