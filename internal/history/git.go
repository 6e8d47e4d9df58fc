package history

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/tandem-mentoring/tandem/internal/content"
)

// ErrShallow means the site is in a shallow clone: the history that may
// hold a later decision is missing.
var ErrShallow = errors.New("the site is in a shallow git clone, so its history is cut off and an approval that a later one superseded cannot be found; " +
	"fetch the whole history (GitHub Actions: actions/checkout with fetch-depth: 0; elsewhere: git fetch --unshallow), or pass --no-history to skip this check")

// Read returns the review history of the posts of the site in dir, or nil
// when dir is not in a git work tree. It runs git three times, whatever
// the number of posts (see the package documentation).
func Read(ctx context.Context, dir string) (*History, error) {
	top := workTree(dir)
	if top == "" {
		return nil, nil
	}
	git, err := exec.LookPath("git")
	if err != nil {
		return nil, fmt.Errorf("the site is in a git work tree (%s), but git is not installed to read its history; install git, or pass --no-history", top)
	}
	r := runner{ctx: ctx, git: git, dir: dir}
	out, err := r.output("rev-parse", "--is-shallow-repository")
	if err != nil {
		return nil, err
	}
	if strings.TrimSpace(out) == "true" {
		return nil, ErrShallow
	}
	if _, err := r.output("rev-parse", "-q", "--verify", "HEAD"); err != nil {
		return &History{lineage: map[string]int{}}, nil // no commit yet
	}
	return r.read()
}

// read runs git log and git cat-file side by side: each blob id the log
// names for the first time goes to cat-file at once, and the versions
// cat-file hands back are read for their decisions meanwhile.
//
// The log names a post's versions newest first, but far apart (every
// other post's versions come between), while a pack may store the newer
// versions as changes to the older ones; cat-file gets a delta base cache
// that holds the bases of about 25,000 versions, so that it unpacks each
// base once instead of once per version.
func (r runner) read() (*History, error) {
	logCmd, catCmd := r.command(LogArgs()...), r.command("-c", "core.deltaBaseCacheLimit=256m", "cat-file", "--batch", "--buffer")
	var logErrs, catErrs strings.Builder
	logCmd.Stderr, catCmd.Stderr = &logErrs, &catErrs
	logOut, err1 := logCmd.StdoutPipe()
	catIn, err2 := catCmd.StdinPipe()
	catOut, err3 := catCmd.StdoutPipe()
	if err := errors.Join(err1, err2, err3); err != nil {
		return nil, err
	}
	if err := catCmd.Start(); err != nil {
		return nil, gitError([]string{"cat-file"}, err, "")
	}
	if err := logCmd.Start(); err != nil {
		catIn.Close()
		_ = catCmd.Wait()
		return nil, gitError([]string{"log"}, err, "")
	}
	b := newBuilder()
	logDone := make(chan error, 1)
	go func() { logDone <- feed(logOut, catIn, b) }()
	byBlob, readErr := readBlobs(catOut, decisions)
	if readErr != nil {
		_, _ = io.Copy(io.Discard, catOut) // let cat-file finish
	}
	logErr := <-logDone
	if err := logCmd.Wait(); err != nil {
		return nil, gitError([]string{"log"}, err, logErrs.String())
	}
	if err := catCmd.Wait(); err != nil {
		return nil, gitError([]string{"cat-file"}, err, catErrs.String())
	}
	if err := errors.Join(logErr, readErr); err != nil {
		return nil, err
	}
	return b.finish(byBlob), nil
}

// feed parses the log into b and writes each new blob id to cat-file's
// input, which it closes at the end.
func feed(log io.Reader, catIn io.WriteCloser, b *builder) error {
	w := bufio.NewWriterSize(catIn, 64<<10)
	err := ParseLog(log, func(c Commit) error {
		return b.add(c, func(blob string) error {
			_, err := w.WriteString(blob + "\n")
			return err
		})
	})
	if err != nil {
		_, _ = io.Copy(io.Discard, log) // let git log finish
	}
	err = errors.Join(err, w.Flush())
	return errors.Join(err, catIn.Close())
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
}

func (r runner) command(args ...string) *exec.Cmd {
	cmd := exec.CommandContext(r.ctx, r.git, append([]string{"-C", r.dir}, args...)...)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "GIT_TERMINAL_PROMPT=0", "GIT_OPTIONAL_LOCKS=0")
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
		return fmt.Errorf("reading the history: %s: %s", name, msg)
	}
	return fmt.Errorf("reading the history: %s: %w", name, err)
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
