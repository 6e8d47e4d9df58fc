package main

import (
	"bufio"
	"crypto/sha256"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tandem-mentoring/tandem/internal/publish"
	"golang.org/x/sys/unix"
)

// holdLockEnv makes the test binary a stand-in for another build: it
// takes the lock of the output folder named in it, as a build does
// (publish.LockFile, its pid inside), says "locked" and holds the lock
// until its standard input closes (TestMain, in child_test.go).
const holdLockEnv = "TANDEM_TEST_HOLD_LOCK"

func holdLock(dest string) int {
	f, err := os.OpenFile(publish.LockFile(dest), os.O_RDWR|os.O_CREATE, 0o644)
	if err == nil {
		err = unix.Flock(int(f.Fd()), unix.LOCK_EX)
	}
	if err == nil {
		_, err = f.WriteString(strconv.Itoa(os.Getpid()) + "\n")
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	fmt.Println("locked")
	_, _ = io.Copy(io.Discard, os.Stdin)
	return 0
}

// otherBuild starts a process that holds the lock of dest and returns its
// pid and the function that ends it.
func otherBuild(t *testing.T, dest string) (pid int, release func()) {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(exe, "-test.run=^$")
	cmd.Env = append(os.Environ(), holdLockEnv+"="+dest, "TANDEM_LANG=en")
	cmd.Stderr = os.Stderr
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	release = sync.OnceFunc(func() { stdin.Close(); _ = cmd.Wait() })
	t.Cleanup(release)
	if line, _ := bufio.NewReader(stdout).ReadString('\n'); line != "locked\n" {
		t.Fatalf("the other build did not take the lock: %q", line)
	}
	return cmd.Process.Pid, release
}

// waitOutput polls out until it holds want; the minute is a safety net
// against a hang, not what is tested.
func waitOutput(t *testing.T, out *syncBuffer, want string) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); !strings.Contains(out.String(), want); time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("no %q in the output:\n%s", want, out)
		}
	}
}

// waitCount waits until the output holds want n times.
func waitCount(t *testing.T, out *syncBuffer, want string, n int) {
	t.Helper()
	for deadline := time.Now().Add(time.Minute); strings.Count(out.String(), want) < n; time.Sleep(10 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("not %d times %q in the output:\n%s", n, want, out)
		}
	}
}

// TestBuildSaysWhoItWaitsFor runs tandem build while another build holds
// the destination: it says it waits, and for which process, writes
// nothing meanwhile, and builds once the other one is done.
func TestBuildSaysWhoItWaitsFor(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	pid, release := otherBuild(t, dest)
	out := &syncBuffer{}
	e := env{stdout: out, stderr: out, stdin: strings.NewReader(""), ctx: t.Context(), getenv: testEnv(nil)}
	done := make(chan int, 1)
	go func() { done <- run(e, []string{"build", "-s", goldenSite, "-d", dest, "--now", "2026-11-01"}) }()
	waitOutput(t, out, fmt.Sprintf("waiting for another build of %s (pid %d)\n", dest, pid))
	if _, err := os.Stat(dest); err == nil {
		t.Error("the build wrote while the other one held the lock")
	}
	release()
	if code := <-done; code != exitOK {
		t.Fatalf("exit %d:\n%s", code, out)
	}
	if _, err := os.Stat(filepath.Join(dest, "posts/kennenlernen/index.html")); err != nil {
		t.Error(err)
	}
}

// TestServeUpdatesTakeTurnsAndNeverStopHalfWay runs tandem serve and
// saves a post twice: once while another build holds the output folder
// (serve says it waits, then updates), and once after a file of the
// output was replaced by a folder, so that updating it fails part way
// (serve reports it and writes the whole site, which then equals a fresh
// build of the same files). The --timings line of each rebuild comes
// after its writing.
func TestServeUpdatesTakeTurnsAndNeverStopHalfWay(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "preview")
	site, _, out := startServe(t, "-d", dest, "--timings")
	post := filepath.Join(site, "content/posts/r2/2026-10-01-entwurf.md")
	text, err := os.ReadFile(post)
	if err != nil {
		t.Fatal(err)
	}
	save := func(marker string) {
		t.Helper()
		if err := os.WriteFile(post, append(text, "\n"+marker+"\n"...), 0o644); err != nil {
			t.Fatal(err)
		}
	}

	pid, release := otherBuild(t, dest)
	save("Erste Änderung.")
	waitOutput(t, out, fmt.Sprintf("waiting for another build of %s (pid %d)\n", dest, pid))
	release()
	waitCount(t, out, "Stages: ", 1)
	if data, err := os.ReadFile(filepath.Join(dest, "posts/entwurf/index.html")); err != nil || !strings.Contains(string(data), "Erste Änderung.") {
		t.Errorf("after waiting, the page was not updated (%v):\n%s", err, data)
	}

	page := filepath.Join(dest, "posts/entwurf/index.html")
	if err := os.Remove(page); err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Join(page, "in-the-way"), 0o755); err != nil {
		t.Fatal(err)
	}
	save("Zweite Änderung.")
	waitCount(t, out, "Stages: ", 2)
	if !strings.Contains(out.String(), "tandem serve: updating "+dest+" failed") {
		t.Errorf("the failed update was not reported:\n%s", out)
	}
	fresh := filepath.Join(t.TempDir(), "fresh")
	if code, _, errs := runCmd(t, "build", "-s", site, "-d", fresh, "--preview", "--now", "2026-11-01"); code != exitOK {
		t.Fatalf("fresh build: %s", errs)
	}
	if got, want := tree(t, dest), tree(t, fresh); got != want {
		t.Errorf("after the failed update the output is not a full build:\n got %.2000s\nwant %.2000s", got, want)
	}
}

// tree lists every file below dir with a digest of its bytes.
func tree(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		fmt.Fprintf(&b, "%s %x\n", rel, sha256.Sum256(data))
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
