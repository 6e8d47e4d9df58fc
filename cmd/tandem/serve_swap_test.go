package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeLooksUnderTheLockWhetherItsFolderWasReplaced: serve patches
// the output folder after a save only while it is the folder serve last
// wrote whole, and it looks under the folder's lock. Here another build
// holds the lock when serve wants to write, and swaps in a folder of its
// own before it lets go: serve notices and writes the whole site into
// that folder, instead of patching a folder it did not write.
func TestServeLooksUnderTheLockWhetherItsFolderWasReplaced(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "preview")
	site, _, out := startServe(t, "-d", dest, "--timings")
	_, release := otherBuild(t, dest)
	time.AfterFunc(time.Minute, release) // a safety net against a hang, not what is tested
	post := filepath.Join(site, "content/posts/r2/2026-10-01-entwurf.md")
	text, err := os.ReadFile(post)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(post, append(text, "\nErste Änderung.\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	waitOutput(t, out, "waiting for another build of "+dest)
	// The other build swaps in its folder (a copy of serve's, so a whole
	// write may replace it) while it holds the lock.
	old := dest + ".before"
	if err := os.Rename(dest, old); err != nil {
		t.Fatal(err)
	}
	if err := os.CopyFS(dest, os.DirFS(old)); err != nil {
		t.Fatal(err)
	}
	release()
	waitCount(t, out, "Stages: ", 1)
	if !strings.Contains(out.String(), dest+" was written by another build; writing the whole site again") {
		t.Errorf("serve did not notice that another build replaced its folder:\n%s", out)
	}
	if data, err := os.ReadFile(filepath.Join(dest, "posts/entwurf/index.html")); err != nil || !strings.Contains(string(data), "Erste Änderung.") {
		t.Errorf("the saved post was not written (%v)", err)
	}
}
