package history

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
	"github.com/tandem-mentoring/tandem/internal/diag"
)

// ErrShallow means the site is in a shallow clone: the history that may
// hold a later decision is missing.
var ErrShallow = diag.Fail(diag.T("the site is in a shallow git clone, so its history is cut off and an approval that a later one superseded cannot be found; " +
	"fetch the whole history (GitHub Actions: actions/checkout with fetch-depth: 0; elsewhere: git fetch --unshallow), or pass --no-history to skip this check"))

// Read returns the review history of the posts of the site in dir, or nil
// when dir is not in a git work tree. It runs git a few times, whatever
// the number of posts (see the package documentation). When ctx is done
// before the end, the git processes are killed and Read returns ctx's
// error once they have ended. With cache.Use, the read uses and leaves a
// cache (cache.go), sealed with cache.Key when set (seal.go); without, it
// reads everything and leaves nothing, for CI runners that reuse a build
// folder another branch's job could have written into.
func Read(ctx context.Context, dir string, cache Cache) (*History, error) {
	h, err := readAll(ctx, dir, cache)
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	return h, err
}

// readAll is Read without the check of ctx at the end.
func readAll(ctx context.Context, dir string, cache Cache) (*History, error) {
	top := workTree(dir)
	if top == "" {
		return nil, nil
	}
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, diag.Fail(diag.T("the site is in a git work tree (%s), but git is not installed to read its history; install git, or pass --no-history", top), err)
	}
	r := runner{ctx: ctx, git: git, dir: dir}
	out, err := r.output("rev-parse", "--is-shallow-repository")
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(out) == "true" {
		return nil, ErrShallow
	}
	out, err = r.output("rev-parse", "-q", "--verify", "HEAD")
	if err != nil {
		return &History{lineage: map[string]int{}}, nil // no commit yet
	}
	head := strings.TrimSpace(out)
	if err := r.locate(cache, top, head); err != nil {
		return nil, err
	}
	return r.read(head)
}

// read lists the commits reachable from head (git rev-list) that the
// cache (see cache.go) does not hold and hands them, cut into parts, to
// git diff-tree processes that run side by side, one per core (see
// partsFor). Each blob id of a post version they name for the first time
// goes to one git cat-file at once, and the versions it hands back are
// read for their decisions meanwhile. The list is in
// topological order (see identity.go). The parts' commits are put together
// in the order of the list, which is git log's, followed by the cached
// ones: the History is the one a single git log gives.
func (r runner) read(head string) (*History, error) {
	old := r.loadCache(head)
	if old != nil && old.Head == head {
		if h := old.history(); h != nil {
			return h, nil
		}
		old = nil // a path named twice: start over
	}
	args := []string{"rev-list", "--topo-order", head}
	if old != nil {
		args = append(args, "^"+old.Head) // the commits the cache lacks
	}
	list, err := r.output(args...)
	if err != nil {
		return nil, err
	}
	diffed, byBlob, err := r.readCommits(strings.Fields(list), old.seen())
	if err != nil {
		return nil, err
	}
	if old != nil { // a valid topological order: no old commit descends from a new one
		commits, decided := old.unpack()
		diffed = append(diffed, commits...)
		maps.Copy(byBlob, decided)
	}
	c := pack(r.prefix, head, diffed, byBlob)
	r.saveCache(c)
	return c.history(), nil
}

// readCommits diffs the commits and reads the post versions they name,
// except the blobs in known (read before). It returns the commits with
// their post changes, in order, and the decisions of each blob read.
//
// cat-file gets the same small delta base cache as diff-tree: measured
// on the benchmark's history (a fast-import pack) and on a repacked one,
// a cache of 256 MB or git's default made it slower, not faster.
func (r runner) readCommits(commits []string, known map[string]bool) ([]Commit, map[string][]Event, error) {
	parts := r.parts
	if parts == 0 {
		parts = partsFor(len(commits))
	}
	catCmd := r.command("-c", "core.deltaBaseCacheLimit=16m", "cat-file", "--batch", "--buffer")
	var catErrs strings.Builder
	catCmd.Stderr = &catErrs
	catIn, err1 := catCmd.StdinPipe()
	catOut, err2 := catCmd.StdoutPipe()
	if err := errors.Join(err1, err2); err != nil {
		return nil, nil, err
	}
	if err := catCmd.Start(); err != nil {
		return nil, nil, gitError([]string{"cat-file"}, err, "")
	}
	f := newFeed(catIn, known)
	var diffed []Commit
	diffDone := make(chan error, 1)
	go func() {
		var err error
		diffed, err = r.diffParts(split(commits, parts), f.want)
		diffDone <- errors.Join(err, f.close())
	}()
	byBlob, readErr := readBlobs(catOut, decisions)
	if readErr != nil {
		_, _ = io.Copy(io.Discard, catOut) // let cat-file finish
	}
	diffErr := <-diffDone
	catErr := catCmd.Wait()
	switch {
	case diffErr != nil:
		return nil, nil, diffErr
	case catErr != nil:
		return nil, nil, gitError([]string{"cat-file"}, catErr, catErrs.String())
	case readErr != nil:
		return nil, nil, readErr
	}
	return diffed, byBlob, nil
}

// workTree returns the folder holding the .git that dir is below, or "".
func workTree(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		if _, err := os.Lstat(filepath.Join(abs, ".git")); err == nil {
			return abs
		}
		up := filepath.Dir(abs)
		if up == abs {
			return ""
		}
		abs = up
	}
}

// runner runs git in the site folder.
type runner struct {
	ctx      context.Context
	git, dir string
	// parts is how many git diff-tree processes read the commits; 0
	// leaves it to partsFor.
	parts int
	// prefix is the site folder's path in the work tree ("" at its top,
	// else ending in /) and cache the cache file's path (see locate), ""
	// for none.
	prefix, cache string
	// key seals the cache when set (seal.go).
	key []byte
}

// command runs git on the commits as they were made: replacements (refs
// in refs/replace, which a fetch of every ref brings along) and a graft
// file could give a commit other parents or a version other text, and so
// hide a later decision; GIT_NO_REPLACE_OBJECTS and a graft file that
// cannot exist turn both off.
func (r runner) command(args ...string) *exec.Cmd {
	cmd := exec.CommandContext(r.ctx, r.git, append([]string{"-C", r.dir}, args...)...)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0",
		"GIT_NO_REPLACE_OBJECTS=1", "GIT_GRAFT_FILE="+filepath.Join(os.DevNull, "none"))
	return cmd
}

// output runs git and returns its standard output.
func (r runner) output(args ...string) (string, error) {
	var stderr strings.Builder
	cmd := r.command(args...)
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", gitError(args, err, stderr.String())
	}
	return string(out), nil
}

// stream runs git with stdin and hands its standard output to read.
func (r runner) stream(stdin io.Reader, read func(io.Reader) error, args ...string) error {
	var stderr strings.Builder
	cmd := r.command(args...)
	cmd.Stdin, cmd.Stderr = stdin, &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	if err := cmd.Start(); err != nil {
		return gitError(args, err, "")
	}
	readErr := read(out)
	if readErr != nil {
		_, _ = io.Copy(io.Discard, out) // let git finish writing
	}
	if err := cmd.Wait(); err != nil {
		return gitError(args, err, stderr.String())
	}
	return readErr
}

func gitError(args []string, err error, stderr string) error {
	for len(args) > 2 && args[0] == "-c" {
		args = args[2:]
	}
	name := "git " + args[0]
	if msg := strings.TrimSpace(stderr); msg != "" {
		return diag.Fail(diag.T("reading the history: %s: %s", name, msg), err)
	}
	return diag.Fail(diag.T("reading the history: %s: %s", name, err.Error()), err)
}

// readBlobs reads the answers of git cat-file --batch until it ends:
// "<id> blob <size>\n", the bytes and "\n" each. It returns what decide
// finds in each blob, by id.
func readBlobs(r io.Reader, decide func(name string, data []byte) []Event) (map[string][]Event, error) {
	br := bufio.NewReaderSize(r, 256<<10)
	found := map[string][]Event{}
	var data []byte
	for {
		head, err := br.ReadString('\n')
		if err == io.EOF && head == "" {
			return found, nil
		}
		if err != nil {
			return nil, fmt.Errorf("%w: cat-file ended early", errLog)
		}
		f := strings.Fields(head)
		size := -1
		if len(f) == 3 && f[1] == "blob" {
			size, _ = strconv.Atoi(f[2])
		}
		if size < 0 {
			return nil, fmt.Errorf("%w: cat-file said %q", errLog, strings.TrimSpace(head))
		}
		if size > content.MaxPostSize { // never a post: the loader refuses it unread
			if _, err := br.Discard(size + 1); err != nil {
				return nil, fmt.Errorf("%w: cat-file ended early", errLog)
			}
			continue
		}
		data = slices.Grow(data[:0], size+1)[:size+1]
		if _, err := io.ReadFull(br, data); err != nil {
			return nil, fmt.Errorf("%w: cat-file ended early", errLog)
		}
		if evs := decide("post.md", data[:size]); len(evs) > 0 {
			found[f[0]] = evs
		}
	}
}
