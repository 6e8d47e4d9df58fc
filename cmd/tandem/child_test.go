package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/synthetic"
)

// asTandem makes the test binary run as tandem itself (main with the
// arguments it got), so a test can send a real process signals.
const asTandem = "TANDEM_TEST_AS_TANDEM"

func TestMain(m *testing.M) {
	if os.Getenv(asTandem) == "1" {
		os.Args = append([]string{"tandem"}, os.Args[1:]...)
		main()
	}
	if dest := os.Getenv(holdLockEnv); dest != "" {
		os.Exit(holdLock(dest)) // see output_test.go
	}
	os.Exit(m.Run())
}

// child is tandem running as a separate process.
type child struct {
	cmd            *exec.Cmd
	stdout, stderr bytes.Buffer
	done           chan error
}

// startTandem runs tandem with args in a process of its own.
func startTandem(t *testing.T, args ...string) *child {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	c := &child{cmd: exec.Command(exe, args...), done: make(chan error, 1)}
	c.cmd.Env = append(os.Environ(), asTandem+"=1", "TANDEM_LANG=en") // the tests read English output
	c.cmd.Stdout, c.cmd.Stderr = &c.stdout, &c.stderr
	if err := c.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() { c.done <- c.cmd.Wait() }()
	t.Cleanup(func() { c.cmd.Process.Kill() })
	return c
}

// waitUntil polls cond until it holds. It fails when tandem ends first,
// or after two minutes, so a broken test cannot hang the suite; the time
// is a safety net, never what is being tested.
func (c *child) waitUntil(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for !cond() {
		select {
		case err := <-c.done:
			t.Fatalf("tandem ended (%v) before %s; stderr:\n%s", err, what, &c.stderr)
		case <-time.After(time.Millisecond):
		}
		if time.Now().After(deadline) {
			t.Fatalf("gave up waiting for %s", what)
		}
	}
}

// exitCode waits for tandem to end and returns its exit status; a death
// by a signal fails the test.
func (c *child) exitCode(t *testing.T) int {
	t.Helper()
	err := <-c.done
	var exit *exec.ExitError
	switch {
	case err == nil:
		return 0
	case errors.As(err, &exit) && exit.ExitCode() >= 0:
		return exit.ExitCode()
	}
	t.Fatalf("tandem did not exit by itself: %v; stderr:\n%s", err, &c.stderr)
	return -1
}

// generateSite writes a made-up site of n posts to dir, every post
// approved.
func generateSite(t *testing.T, dir string, n int) *synthetic.Site {
	t.Helper()
	s, err := synthetic.Plan(synthetic.Options{Posts: n, Seed: 7})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.WriteTandem(synthetic.NewDir(dir)); err != nil {
		t.Fatal(err)
	}
	return s
}

// treeSum is a digest of every name, kind and byte below dir.
func treeSum(t *testing.T, dir string) string {
	t.Helper()
	h := sha256.New()
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(h, "%q %s\n", rel, d.Type())
		if d.Type().IsRegular() {
			data, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			fmt.Fprintf(h, "%d %x\n", len(data), sha256.Sum256(data))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return fmt.Sprintf("%x", h.Sum(nil))
}
