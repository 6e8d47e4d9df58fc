package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestServeReloadsBeforeWriting: the tab is told to reload as soon as a
// save is compiled, from memory, while another build still holds the
// output folder; the folder is written once that build is done.
func TestServeReloadsBeforeWriting(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "preview")
	site, url, out := startServe(t, "-d", dest, "--timings")
	nextEvent := eventStream(t, t.Context(), url)
	nextEvent() // the state on connecting

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
	for nextEvent() != "reload" {
	}
	page := filepath.Join(dest, "posts/entwurf/index.html")
	if data, _ := os.ReadFile(page); strings.Contains(string(data), "Erste Änderung.") {
		t.Error("the output folder was written while another build held it")
	}
	release()
	waitCount(t, out, "Stages: ", 1)
	if data, err := os.ReadFile(page); err != nil || !strings.Contains(string(data), "Erste Änderung.") {
		t.Errorf("after the other build, the page was not written (%v)", err)
	}
}
