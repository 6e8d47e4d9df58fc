package main

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// The tests here run tandem as a process of its own on a generated site,
// send it SIGINT (Ctrl-C) in the middle of its work and check that it
// stops by itself with exit status 130 and one line saying so, leaving
// every file as it was. They are Linux-only for /proc, where they see
// that tandem has opened the site folder (and so is past installing its
// signal handler).

// interruptPosts is the size of the generated sites: large enough that
// tandem is still at work when the signal comes a moment after it started.
const interruptPosts = 2000

func TestInterruptedBuildKeepsOutput(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs tandem on a generated site of 2,000 posts: the run without -short has it")
	}
	site, parent := t.TempDir(), t.TempDir()
	dest := filepath.Join(parent, "public")
	generateSite(t, site, interruptPosts)
	if code, _, errs := runCmd(t, "build", "-s", site, "-d", dest); code != exitOK {
		t.Fatalf("the first build failed (%d):\n%s", code, errs)
	}
	// The next build would change every page.
	retitle(t, site)
	before, sources := treeSum(t, dest), treeSum(t, filepath.Join(site, "content"))

	c := startTandem(t, "build", "-s", site, "-d", dest)
	c.waitUntil(t, "the staging folder appeared", func() bool { return len(stagingFolders(parent)) > 0 })
	interrupt(t, c)
	if got := treeSum(t, dest); got != before {
		t.Error("public/ changed although the build was interrupted")
	}
	if left := stagingFolders(parent); len(left) > 0 {
		t.Errorf("staging folders left behind: %v", left)
	}
	if treeSum(t, filepath.Join(site, "content")) != sources {
		t.Error("content/ changed")
	}
}

// TestInterruptedCheck stops a check with SIGTERM, which stops tandem as
// Ctrl-C does.
func TestInterruptedCheck(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs tandem on a generated site of 2,000 posts: the run without -short has it")
	}
	site := t.TempDir()
	generateSite(t, site, interruptPosts)
	before := treeSum(t, site)
	c := startTandem(t, "check", "-s", site, "--thorough")
	c.waitUntil(t, "check opened the site", func() bool { return holdsOpen(c.cmd.Process.Pid, site) })
	interrupt(t, c, syscall.SIGTERM) // as a CI runner cancelling a job sends
	if c.stdout.Len() > 0 {
		t.Errorf("an interrupted check printed findings:\n%.500s", &c.stdout)
	}
	if treeSum(t, site) != before {
		t.Error("the site folder changed")
	}
}

func TestInterruptedReviewChangesNoFile(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs tandem on a generated site of 2,000 posts: the run without -short has it")
	}
	site := t.TempDir()
	s := generateSite(t, site, interruptPosts)
	posts, err := filepath.Glob(filepath.Join(site, "content/posts/*/*.md"))
	if err != nil || len(posts) == 0 {
		t.Fatal(err, posts)
	}
	before := treeSum(t, site)
	args := append([]string{"review", "reject", "-s", site, "--by", s.Reviewers[0], "--note", "Bitte kürzen."}, posts...)
	c := startTandem(t, args...)
	c.waitUntil(t, "review opened the site", func() bool { return holdsOpen(c.cmd.Process.Pid, site) })
	interrupt(t, c)
	if treeSum(t, site) != before {
		t.Error("files changed (or temporary files were left) although review was interrupted")
	}
}

// interrupt sends tandem SIGINT (or the signal given) and checks that it
// exits with 130 and says so in one line.
func interrupt(t *testing.T, c *child, sig ...os.Signal) {
	t.Helper()
	if err := c.cmd.Process.Signal(append(sig, os.Interrupt)[0]); err != nil {
		t.Fatal(err)
	}
	if code := c.exitCode(t); code != exitInterrupted {
		t.Fatalf("exit %d, want %d; stdout:\n%.300s\nstderr:\n%s", code, exitInterrupted, &c.stdout, &c.stderr)
	}
	errs := c.stderr.String()
	if strings.Count(errs, "\n") != 1 || !strings.HasSuffix(errs, "\n") || !strings.Contains(errs, "interrupted") {
		t.Errorf("stderr is not one line saying tandem was interrupted:\n%s", errs)
	}
}

// retitle changes the site's title, which every page shows.
func retitle(t *testing.T, site string) {
	t.Helper()
	name := filepath.Join(site, "content", "programme.yaml")
	data, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	edited := strings.Replace(string(data), "\ntitle: ", "\ntitle: Neu – ", 1)
	if edited == string(data) {
		t.Fatal("programme.yaml has no title")
	}
	if err := os.WriteFile(name, []byte(edited), 0o644); err != nil {
		t.Fatal(err)
	}
}

func stagingFolders(parent string) []string {
	m, _ := filepath.Glob(filepath.Join(parent, ".public.staging-*"))
	return m
}

// holdsOpen reports whether process pid has the folder dir open.
func holdsOpen(pid int, dir string) bool {
	fds := filepath.Join("/proc", strconv.Itoa(pid), "fd")
	entries, _ := os.ReadDir(fds)
	for _, e := range entries {
		if target, err := os.Readlink(filepath.Join(fds, e.Name())); err == nil && target == dir {
			return true
		}
	}
	return false
}
