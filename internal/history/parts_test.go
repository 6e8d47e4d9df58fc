package history

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// branchyRepo is a repository with merges (one of them -s ours), renames,
// a deletion, a file outside content/posts and a commit that changes
// nothing: every shape the parts of a read must put back together.
func branchyRepo(t *testing.T) repo {
	r := newRepo(t)
	long := strings.Repeat("Ein Absatz mit genug Text für die Umbenennung. ", 20)
	r.write(post, approvedPost(long+"1", "frauke", "2024-03-01T10:00:00Z"))
	r.write("content/posts/r1/zwei.md", approvedPost("Zwei.", "frauke", "2024-03-01T11:00:00Z"))
	r.write("programme.yaml", "title: T\n")
	r.commit("start")
	r.git("branch", "side")
	r.write(post, approvedPost(long+"2", "anna", "2024-03-02T10:00:00Z"))
	r.commit("v2 on main")
	r.git("checkout", "-q", "side")
	r.git("mv", post, "content/posts/r1/umbenannt.md")
	r.commit("renamed on side")
	r.write("content/posts/r1/umbenannt.md", sentBack(long+"3", "2024-03-03T10:00:00Z"))
	r.commit("sent back on side")
	r.git("checkout", "-q", "-")
	r.git("merge", "-q", "-s", "ours", "-m", "keep main", "side")
	r.git("rm", "-q", "content/posts/r1/zwei.md")
	r.write("programme.yaml", "title: U\n")
	r.commit("deleted zwei")
	r.git("commit", "-q", "--allow-empty", "-m", "nothing")
	r.git("checkout", "-q", "-b", "more", "HEAD~2")
	r.write("content/posts/r2/drei.md", approvedPost("Drei.", "anna", "2024-03-04T10:00:00Z"))
	r.commit("drei")
	r.git("checkout", "-q", "-")
	r.git("merge", "-q", "--no-ff", "-m", "merge more", "more")
	r.git("mv", "content/posts/r2/drei.md", "content/posts/r2/vier.md")
	r.commit("drei renamed")
	return r
}

// TestPartsEqualOneLog: the commits of the read, cut into any number of
// parts and put together, are those of one git log, in its order, with
// the changes of post files; and the History does not depend on the
// number of parts.
func TestPartsEqualOneLog(t *testing.T) {
	t.Parallel()
	r := branchyRepo(t)
	var want []Commit
	err := ParseLog(strings.NewReader(r.git(logArgs()...)), func(c Commit) error {
		c.Changes = slices.DeleteFunc(c.Changes, func(ch Change) bool { return !isPostFile(ch.Path) && !isPostFile(ch.From) })
		want = append(want, c)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	commits := strings.Fields(r.git("rev-list", "--topo-order", "HEAD"))
	if len(want) != len(commits) || len(commits) < 9 {
		t.Fatalf("git log shows %d commits, rev-list %d", len(want), len(commits))
	}
	git, _ := exec.LookPath("git")
	run := runner{ctx: context.Background(), git: git, dir: r.dir}
	var first *History
	for k := 1; k <= len(commits)+1; k++ {
		var (
			mu     sync.Mutex // the parts call want side by side
			wanted []string
		)
		got, err := run.diffParts(split(commits, k), func(blob string) error {
			mu.Lock()
			defer mu.Unlock()
			wanted = append(wanted, blob)
			return nil
		})
		if err != nil {
			t.Fatalf("%d parts: %v", k, err)
		}
		if !slices.EqualFunc(got, want, func(x, y Commit) bool { return x.Hash == y.Hash && slices.Equal(x.Changes, y.Changes) }) {
			t.Fatalf("%d parts:\n%+v\nwant (git log):\n%+v", k, got, want)
		}
		if len(wanted) == 0 {
			t.Fatalf("%d parts: no post version asked for", k)
		}
		run.parts = k
		h, err := run.read(strings.TrimSpace(r.git("rev-parse", "HEAD")))
		if err != nil {
			t.Fatal(err)
		}
		if first == nil {
			first = h
		}
		sameHistory(t, h, first)
	}
	if e, ok := first.Superseding("content/posts/r1/umbenannt.md", at("2024-03-02T10:00:00Z")); !ok || e.Kind != ChangesRequested {
		t.Errorf("the request on the merged-away side branch under the new name: %+v, %v", e, ok)
	}
}

// sameHistory fails when got and want know other paths or other events.
func sameHistory(t *testing.T, got, want *History) {
	t.Helper()
	if len(got.lineage) != len(want.lineage) {
		t.Fatalf("%d paths known, want %d", len(got.lineage), len(want.lineage))
	}
	for p := range want.lineage {
		if g, w := got.Events(p), want.Events(p); !slices.Equal(g, w) {
			t.Fatalf("events of %s:\n%+v\nwant\n%+v", p, g, w)
		}
	}
}

// TestSplitKeepsOrder: the parts hold every commit once, in order.
func TestSplitKeepsOrder(t *testing.T) {
	t.Parallel()
	var commits []string
	for i := range 10 {
		commits = append(commits, strconv.Itoa(i))
	}
	for k := range 13 {
		parts := split(commits, k)
		if got := slices.Concat(parts...); !slices.Equal(got, commits) || len(parts) != max(1, min(k, 10)) {
			t.Errorf("split into %d: %v", k, parts)
		}
	}
	if got := split(nil, 2); len(got) != 1 || len(got[0]) != 0 {
		t.Errorf("split of no commits: %v", got)
	}
	if partsFor(10) != 1 || partsFor(1_000_000) > maxParts {
		t.Errorf("partsFor(10) = %d, partsFor(1e6) = %d", partsFor(10), partsFor(1_000_000))
	}
}

// TestCancelStopsGit: when the context is done (Ctrl-C), Read kills the
// git it runs and returns the context's error. The git here is a script
// that writes its process id and then waits for a long time.
func TestCancelStopsGit(t *testing.T) {
	bin, site := t.TempDir(), t.TempDir()
	if err := os.Mkdir(filepath.Join(site, ".git"), 0o755); err != nil {
		t.Fatal(err)
	}
	pidFile := filepath.Join(bin, "pid")
	script := "#!/bin/sh\necho $$ > " + pidFile + ".tmp && mv " + pidFile + ".tmp " + pidFile + "\nexec sleep 600\n"
	if err := os.WriteFile(filepath.Join(bin, "git"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		_, err := Read(ctx, site, Cache{Use: true})
		done <- err
	}()
	pid := 0
	for pid == 0 { // until the fake git has started
		select {
		case err := <-done:
			t.Fatalf("Read ended before it was cancelled: %v", err)
		default:
		}
		data, _ := os.ReadFile(pidFile)
		pid, _ = strconv.Atoi(strings.TrimSpace(string(data)))
		time.Sleep(10 * time.Millisecond)
	}
	cancel()
	if err := <-done; !errors.Is(err, context.Canceled) {
		t.Fatalf("Read = %v, want context.Canceled", err)
	}
	if err := syscall.Kill(pid, 0); !errors.Is(err, syscall.ESRCH) {
		t.Errorf("git (process %d) still runs after Read returned: %v", pid, err)
	}
}
