package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestPublishedSiteHoldsNoMarker builds the site twice into public/ and
// looks at every file of the output, names and contents: nothing of
// tandem's own bookkeeping is published. The record of what tandem wrote
// is beside the folder and lists exactly its files.
func TestPublishedSiteHoldsNoMarker(t *testing.T) {
	t.Parallel()
	site, _ := attackSite(t, t.TempDir())
	dest := filepath.Join(site, "public")
	for range 2 {
		if code, _, errs := runCmd(t, "build", "-s", site, "--now", "2026-11-01"); code != exitOK {
			t.Fatalf("exit %d; stderr:\n%s", code, errs)
		}
	}
	var files []string
	err := filepath.WalkDir(dest, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dest, p)
		files = append(files, filepath.ToSlash(rel))
		data, err := os.ReadFile(p)
		for _, marker := range []string{".tandem-", "written by tandem and replaced", "tandem manifest"} {
			if strings.Contains(rel, marker) || bytes.Contains(data, []byte(marker)) {
				t.Errorf("%s holds %q", rel, marker)
			}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	manifest, err := os.ReadFile(filepath.Join(site, ".public.tandem-manifest"))
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(manifest)), "\n")
	if got, want := strings.Join(lines[1:], "\n"), strings.Join(files, "\n"); got != want {
		t.Errorf("the manifest lists\n%s\nthe output holds\n%s", got, want)
	}
}

// TestUserFileInOutputIsKept puts files of the user's into the output
// folder tandem wrote (a CNAME for the web server, notes beside a page):
// the next build refuses to replace the folder, names them, says where
// they belong, and changes nothing. Once they are moved to
// content/static/ (not where a post's page lies), the build publishes
// them itself.
func TestUserFileInOutputIsKept(t *testing.T) {
	t.Parallel()
	top := t.TempDir()
	site, _ := attackSite(t, top)
	dest := filepath.Join(top, "out")
	if code, _, errs := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-01"); code != exitOK {
		t.Fatalf("first build: exit %d; stderr:\n%s", code, errs)
	}
	writeTree(t, dest, map[string]string{"CNAME": "intranet.example", "posts/kennenlernen/notizen.txt": "mine"})
	before := treeState(t, top)
	code, _, errs := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-02")
	if code != exitContent {
		t.Errorf("exit %d, want %d; stderr:\n%s", code, exitContent, errs)
	}
	for _, want := range []string{"holds CNAME, posts/kennenlernen/notizen.txt, which tandem did not write", "content/static/", dest + " is unchanged"} {
		if !strings.Contains(errs, want) {
			t.Errorf("stderr lacks %q:\n%s", want, errs)
		}
	}
	if after := treeState(t, top); after != before {
		t.Errorf("files changed:\n--- before\n%s--- after\n%s", before, after)
	}
	for _, name := range []string{"CNAME", "posts/kennenlernen/notizen.txt"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(site, "content/static", name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(filepath.Join(dest, name), filepath.Join(site, "content/static", name)); err != nil {
			t.Fatal(err)
		}
	}
	// content/static/ is not reviewed: a file there may not lie where a
	// post's page does. Elsewhere in content/static/ it is published.
	code, _, errs = runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-02")
	if want := "content/static/posts/kennenlernen/notizen.txt: error: this file would be published at /posts/kennenlernen/notizen.txt"; code != exitContent || !strings.Contains(errs, want) {
		t.Errorf("with a file at a post's address in content/static: exit %d, want %d and %q; stderr:\n%s", code, exitContent, want, errs)
	}
	if err := os.Rename(filepath.Join(site, "content/static/posts"), filepath.Join(site, "content/static/notizen")); err != nil {
		t.Fatal(err)
	}
	if code, _, errs := runCmd(t, "build", "-s", site, "-d", dest, "--now", "2026-11-02"); code != exitOK {
		t.Fatalf("with the files in content/static: exit %d; stderr:\n%s", code, errs)
	}
	if data, err := os.ReadFile(filepath.Join(dest, "CNAME")); string(data) != "intranet.example" {
		t.Errorf("CNAME: %q, %v", data, err)
	}
}

// TestNewPostThroughSymlinkedRound commits content/posts/<round> as a
// link, to the user's autostart folder or to a folder elsewhere in the
// site (which the os.Root alone would follow): tandem new post refuses
// with an error at the link, and writes nothing where it points.
func TestNewPostThroughSymlinkedRound(t *testing.T) {
	t.Parallel()
	for _, inside := range []bool{false, true} {
		top := t.TempDir()
		site, target := attackSite(t, top)
		to := target
		if inside {
			target = filepath.Join(site, ".git", "hooks")
			writeTree(t, target, map[string]string{"pre-commit.sample": "#!/bin/sh\n"})
			to = "../../.git/hooks"
		}
		round := filepath.Join(site, "content/posts/r1")
		if err := os.RemoveAll(round); err != nil {
			t.Fatal(err)
		}
		mustLink(t, to, round)
		before := treeState(t, target)
		code, _, errs := runCmd(t, "new", "post", "-s", site, "--round", "r1", "--kind", "announcement", "Ankündigung")
		if code != exitContent {
			t.Errorf("inside %v: exit %d, want %d; stderr:\n%s", inside, code, exitContent, errs)
		}
		for _, want := range []string{"content/posts/r1: error: this is a symbolic link (to " + to + ")", "make content/posts/r1 a real folder", "nothing was written"} {
			if !strings.Contains(errs, want) {
				t.Errorf("inside %v: stderr lacks %q:\n%s", inside, want, errs)
			}
		}
		if after := treeState(t, target); after != before {
			t.Errorf("inside %v: files changed where the link points:\n--- before\n%s--- after\n%s", inside, before, after)
		}
	}
}
