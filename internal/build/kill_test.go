package build

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

// The test binary runs itself as a child that builds a site, so a test
// can kill a real build process in the middle of writing.
const (
	childEnv     = "TANDEM_BUILD_TEST_CHILD" // "write" or "write-and-block"
	childSite    = "TANDEM_BUILD_TEST_SITE"
	childDest    = "TANDEM_BUILD_TEST_DEST"
	childReady   = "TANDEM_BUILD_TEST_READY"
	blockingFile = "content/static/robots.txt"
)

func TestMain(m *testing.M) {
	if mode := os.Getenv(childEnv); mode != "" {
		os.Exit(runChild(mode))
	}
	os.Exit(m.Run())
}

// runChild builds the site named in the environment, as tandem build
// does. In
// "write-and-block" mode, reading blockingFile (a copy, so the staging
// folder exists and other files are being written) announces itself by
// creating the ready file and then never returns.
func runChild(mode string) int {
	root, err := os.OpenRoot(os.Getenv(childSite))
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 3
	}
	var src fs.FS = root.FS()
	if mode == "write-and-block" {
		src = blockingFS{FS: src, ready: os.Getenv(childReady)}
	}
	built, problems, err := Build(os.Getenv(childDest), src, Options{Now: goldenNow})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 4
	}
	if built == nil {
		fmt.Fprintln(os.Stderr, problems.Err())
		return 3
	}
	return 0
}

// blockingFS hangs forever on opening blockingFile, after creating ready.
type blockingFS struct {
	fs.FS
	ready string
}

func (b blockingFS) Open(name string) (fs.File, error) {
	if name == blockingFile {
		if err := os.WriteFile(b.ready, nil, 0o644); err != nil {
			return nil, err
		}
		time.Sleep(time.Hour) // until killed; select{} would count as a deadlock
	}
	return b.FS.Open(name)
}

// startChild runs the test binary as a build of site into dest.
func startChild(t *testing.T, mode, site, dest, ready string) (*exec.Cmd, <-chan error) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), childEnv+"="+mode, childSite+"="+site, childDest+"="+dest, childReady+"="+ready)
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	t.Cleanup(func() { cmd.Process.Kill() })
	return cmd, done
}

// waitFor polls cond until it holds. It fails when the child ends first,
// or after a minute, so a broken test cannot hang the suite; the time is
// a safety net, never what is being tested.
func waitFor(t *testing.T, done <-chan error, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(time.Minute)
	for !cond() {
		select {
		case err := <-done:
			t.Fatalf("the build ended (%v) before %s", err, what)
		case <-time.After(2 * time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
	}
}

func stagingFolders(parent string) []string {
	m, _ := filepath.Glob(filepath.Join(parent, ".public.staging-*"))
	return m
}

// TestKilledBuildKeepsOutput kills a build (a separate process) while it
// is writing the staging folder: the previous public/ must be complete
// and unchanged, and the next build must succeed and remove what the
// killed one left.
func TestKilledBuildKeepsOutput(t *testing.T) {
	t.Parallel()
	site, parent, fresh := t.TempDir(), t.TempDir(), t.TempDir()
	dest := filepath.Join(parent, "public")
	generateSite(t, site, 200, "alt")
	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatal(err)
	}
	before := snapshot(t, dest)
	generateSite(t, site, 200, "neu")

	ready := filepath.Join(t.TempDir(), "ready")
	cmd, done := startChild(t, "write-and-block", site, dest, ready)
	waitFor(t, done, "the build started writing", func() bool { _, err := os.Stat(ready); return err == nil })
	stages := stagingFolders(parent)
	if len(stages) != 1 {
		t.Fatalf("staging folders while writing: %v", stages)
	}
	written := len(listFiles(t, stages[0]))
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	var exit *exec.ExitError
	if err := <-done; !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("the build was not killed: %v", err)
	}
	t.Logf("killed after writing %d files into the staging folder", written)
	if written < 100 {
		t.Errorf("only %d files were written before the kill; the test should catch a build mid-write", written)
	}
	if got := snapshot(t, dest); got != before {
		t.Errorf("the output changed when the build was killed:\n%s", firstDiff(before, got))
	}

	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatalf("the build after the kill failed: %v", err)
	}
	if left := stagingFolders(parent); len(left) > 0 {
		t.Errorf("the stale staging folder was not removed: %v", left)
	}
	want := filepath.Join(fresh, "public")
	if err := buildInto(t, site, want, nil, nil); err != nil {
		t.Fatal(err)
	}
	compareTrees(t, want, dest)
}

// TestKilledBuildAtAnyMoment kills builds as soon as their staging folder
// appears, without holding them up, so the kill lands wherever the build
// happens to be (writing, swapping, cleaning up). Whatever the moment,
// public/ is either the old site or the new one, each complete, and the
// next build replaces it.
func TestKilledBuildAtAnyMoment(t *testing.T) {
	t.Parallel()
	site, parent, fresh := t.TempDir(), t.TempDir(), t.TempDir()
	dest := filepath.Join(parent, "public")
	generateSite(t, site, 120, "alt")
	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatal(err)
	}
	old := snapshot(t, dest)
	generateSite(t, site, 120, "neu")
	if err := buildInto(t, site, filepath.Join(fresh, "public"), nil, nil); err != nil {
		t.Fatal(err)
	}
	neu := snapshot(t, filepath.Join(fresh, "public"))
	for round := range 3 {
		cmd, done := startChild(t, "write", site, dest, "")
		finished := false
		for len(stagingFolders(parent)) == 0 && !finished {
			select {
			case <-done:
				finished = true
			case <-time.After(200 * time.Microsecond): // poll without spinning a core
			}
		}
		cmd.Process.Signal(syscall.SIGKILL)
		if !finished {
			<-done
		}
		switch got := snapshot(t, dest); got {
		case old:
			t.Logf("round %d: killed before the swap", round)
		case neu:
			t.Logf("round %d: killed after the swap (or finished)", round)
		default:
			t.Fatalf("round %d: public/ is neither the old nor the new site:\n%s", round, firstDiff(neu, got))
		}
	}
	// Wherever the kills landed, the manifest still lists every file in
	// public/: the next build takes the folder as tandem's.
	if err := buildInto(t, site, dest, nil, nil); err != nil {
		t.Fatalf("the build after the kills: %v", err)
	}
	if got := snapshot(t, dest); got != neu {
		t.Fatalf("the build after the kills differs from a fresh one:\n%s", firstDiff(neu, got))
	}
	assertNoStaging(t, parent)
}
