package history

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// repo is a real git repository made for one test.
type repo struct {
	t   *testing.T
	dir string
}

// newRepo makes a git repository in a fresh folder. Git is required: CI
// installs it.
func newRepo(t *testing.T) repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatalf("git is missing: %v", err)
	}
	r := repo{t: t, dir: t.TempDir()}
	r.git("init", "-q")
	return r
}

// git runs git in the repository with a fixed author.
func (r repo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", args...)
	cmd.Dir = r.dir
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=T", "GIT_AUTHOR_EMAIL=t@example.org",
		"GIT_COMMITTER_NAME=T", "GIT_COMMITTER_EMAIL=t@example.org", "GIT_CONFIG_NOSYSTEM=1", "HOME="+r.dir)
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// write writes a file below the repository.
func (r repo) write(name, text string) {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit commits everything.
func (r repo) commit(msg string) {
	r.t.Helper()
	r.git("add", "-A")
	r.git("commit", "-q", "-m", msg)
}

// approvedPost is a post text approved by by at at (of its body).
func approvedPost(body, by, at string) string { return approvedAs(body, by, at, digestOf(body), "") }

// approvedAs is a post text with an approval of digest by by at at, and
// a slug line when slug is set.
func approvedAs(body, by, at, digest, slug string) string {
	if slug != "" {
		slug = "slug: " + slug + "\n"
	}
	return "---\ntitle: T\ndate: 2024-03-01\nround: r1\n" + slug + "status: approved\nreview:\n  approved_by: " + by +
		"\n  approved_at: " + at + "\n  digest: " + digest + "\n---\n\n" + body + "\n"
}

// sentBack is a post text a reviewer sent back at at.
func sentBack(body, at string) string {
	return "---\ntitle: T\ndate: 2024-03-01\nround: r1\nstatus: draft\nreview:\n  changes_requested:\n    by: frauke\n    at: " + at +
		"\n    note: Bitte kürzen.\n---\n\n" + body + "\n"
}

// logArgs are the arguments of the one git log over every commit that
// the parts of the read (rev-list, then diff-tree with DiffArgs) stand
// in for: their output must equal its output.
func logArgs() []string {
	return []string{"-c", "log.showSignature=false", "log", "--topo-order", "-z", "--raw", "-M", "--no-abbrev", "--no-color",
		"--relative", "--format=%x01%H"}
}

// digestOf is a digest for a post body, so that texts that differ carry
// approvals of different digests, as real approvals do.
func digestOf(body string) string {
	sum := sha256.Sum256([]byte(body))
	return "sha256:" + hex.EncodeToString(sum[:])
}
